// WA: records the current prefix before looking up prefix - k. When k = 0 the lookup then
// finds the prefix itself and counts the empty subarray at every position.
#include <bits/stdc++.h>
using namespace std;

// Return the number of non-empty contiguous subarrays of nums whose sum is exactly k.
// The sums and the count can exceed 32 bits.
long long subarraySum(vector<int>& nums, long long k) {
    unordered_map<long long, long long> seen;
    seen[0] = 1;
    long long prefix = 0, count = 0;
    for (int x : nums) {
        prefix += x;
        ++seen[prefix];
        auto it = seen.find(prefix - k);
        if (it != seen.end()) count += it->second;
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
