// WA: the right prefix-sum method, but the running sum is a 32-bit int (like the values).
// Past 2^31 it wraps, so prefixes that differ by a multiple of 2^32 look equal and sums that
// equal k are missed or invented.
#include <bits/stdc++.h>
using namespace std;

// Return the number of non-empty contiguous subarrays of nums whose sum is exactly k.
// The sums and the count can exceed 32 bits.
long long subarraySum(vector<int>& nums, long long k) {
    unordered_map<int, long long> seen;
    seen[0] = 1;
    int prefix = 0;
    long long count = 0;
    for (int x : nums) {
        prefix = (int)((unsigned)prefix + (unsigned)x);   // wraps like a 32-bit sum
        auto it = seen.find((int)((unsigned)prefix - (unsigned)k));
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
