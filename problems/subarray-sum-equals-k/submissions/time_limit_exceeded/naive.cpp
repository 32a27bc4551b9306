// TLE: correct, but tries every start i and extends the end j with a running sum.
// O(n^2): about 2 * 10^10 additions for n = 200000.
#include <bits/stdc++.h>
using namespace std;

// Return the number of non-empty contiguous subarrays of nums whose sum is exactly k.
// The sums and the count can exceed 32 bits.
long long subarraySum(vector<int>& nums, long long k) {
    long long count = 0;
    size_t n = nums.size();
    for (size_t i = 0; i < n; ++i) {
        long long sum = 0;
        for (size_t j = i; j < n; ++j) {
            sum += nums[j];
            if (sum == k) ++count;
        }
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
