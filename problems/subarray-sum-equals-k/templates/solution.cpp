#include <bits/stdc++.h>
using namespace std;

// Return the number of non-empty contiguous subarrays of nums whose sum is exactly k.
// The sums and the count can exceed 32 bits.
long long subarraySum(vector<int>& nums, long long k) {
    // TODO: your code here
    return 0;
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
