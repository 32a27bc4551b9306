// WA: assumes the two copies of a value are next to each other (as if the array were sorted)
// and returns the first nums[i] that differs from nums[i + 1], for i = 0, 2, 4, ...
#include <bits/stdc++.h>
using namespace std;

// Every value in nums appears exactly twice, except one value that appears once.
// Return that value. Aim for O(n) time and O(1) extra memory.
int singleNumber(vector<int>& nums) {
    size_t n = nums.size();
    for (size_t i = 0; i + 1 < n; i += 2)
        if (nums[i] != nums[i + 1]) return nums[i];
    return nums[n - 1];
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> nums(n);
    for (int& x : nums) cin >> x;
    cout << singleNumber(nums) << "\n";
    return 0;
}
