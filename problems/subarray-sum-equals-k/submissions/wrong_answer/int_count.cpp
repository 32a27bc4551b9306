// WA: the right prefix-sum method, but the count is a 32-bit int: with 200000 zeros and k = 0
// there are 20000100000 subarrays, and the count wraps around.
#include <bits/stdc++.h>
using namespace std;

// Return the number of non-empty contiguous subarrays of nums whose sum is exactly k.
// The sums and the count can exceed 32 bits.
long long subarraySum(vector<int>& nums, long long k) {
    unordered_map<long long, int> seen;
    seen[0] = 1;
    long long prefix = 0;
    int count = 0;
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
