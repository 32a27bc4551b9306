// WA: starts the accumulator at nums[0] and then XORs from index 0, so nums[0] is counted
// twice and the result is answer ^ nums[0]. The guard n == 1 hides the bug on one element.
#include <bits/stdc++.h>
using namespace std;

// Every value in nums appears exactly twice, except one value that appears once.
// Return that value. Aim for O(n) time and O(1) extra memory.
int singleNumber(vector<int>& nums) {
    if (nums.size() == 1) return nums[0];
    int x = nums[0];
    for (size_t i = 0; i < nums.size(); ++i) x ^= nums[i];
    return x;
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
