// Intended solution: prefix sums with a hash map of prefix-sum counts, seeded with {0: 1};
// look up before inserting. O(n) time and space, 64-bit sums and count.
#include <bits/stdc++.h>
using namespace std;

// Return the number of non-empty contiguous subarrays of nums whose sum is exactly k.
// The sums and the count can exceed 32 bits.
long long subarraySum(vector<int>& nums, long long k) {
    unordered_map<long long, int> seen;
    seen.reserve(nums.size() * 2 + 1);
    seen[0] = 1;                        // the empty prefix: subarrays starting at index 0
    long long prefix = 0, count = 0;
    for (int x : nums) {
        prefix += x;
        auto it = seen.find(prefix - k);
        if (it != seen.end()) count += it->second;
        ++seen[prefix];                 // after the lookup: never pair a prefix with itself
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
