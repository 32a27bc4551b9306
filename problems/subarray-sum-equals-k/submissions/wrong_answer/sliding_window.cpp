// WA: the two-pointer window that is right for positive values: grow the right end, shrink
// from the left while the sum exceeds k, count when it equals k. With negative values (or
// zeros) the window misses subarrays.
#include <bits/stdc++.h>
using namespace std;

// Return the number of non-empty contiguous subarrays of nums whose sum is exactly k.
// The sums and the count can exceed 32 bits.
long long subarraySum(vector<int>& nums, long long k) {
    long long count = 0, sum = 0;
    size_t left = 0;
    for (size_t right = 0; right < nums.size(); ++right) {
        sum += nums[right];
        while (left <= right && sum > k) sum -= nums[left++];
        if (sum == k && left <= right) ++count;
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
