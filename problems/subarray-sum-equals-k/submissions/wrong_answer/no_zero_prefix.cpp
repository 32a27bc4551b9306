// WA: forgets to seed the map with the empty prefix {0: 1}, so subarrays that start at index 0
// are never counted. The guard for one element hides it on single-element arrays.
#include <bits/stdc++.h>
using namespace std;

// Return the number of non-empty contiguous subarrays of nums whose sum is exactly k.
// The sums and the count can exceed 32 bits.
long long subarraySum(vector<int>& nums, long long k) {
    if (nums.size() == 1) return nums[0] == k ? 1 : 0;
    unordered_map<long long, long long> seen;
    long long prefix = 0, count = 0;
    for (int x : nums) {
        prefix += x;
        auto it = seen.find(prefix - k);
        if (it != seen.end()) count += it->second;
        ++seen[prefix];
    }
    return count;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    long long k = 0;
    cin >> n >> k;
    vector<int> nums(n);
    for (int& x : nums) cin >> x;
    cout << subarraySum(nums, k) << "\n";
    return 0;
}
