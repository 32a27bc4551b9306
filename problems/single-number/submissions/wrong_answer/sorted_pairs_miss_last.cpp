// WA: sorts, then compares the pairs (0,1), (2,3), ...; when every pair matches, the lone
// value is the last (largest) one, but the loop ends and returns 0. The guard n == 1 covers
// only the one-element array. Passes the samples (their lone value is never the largest).
#include <bits/stdc++.h>
using namespace std;

// Every value in nums appears exactly twice, except one value that appears once.
// Return that value. Aim for O(n) time and O(1) extra memory.
int singleNumber(vector<int>& nums) {
    if (nums.size() == 1) return nums[0];
    sort(nums.begin(), nums.end());
    for (size_t i = 0; i + 1 < nums.size(); i += 2)
        if (nums[i] != nums[i + 1]) return nums[i];
    return 0;  // "unreachable"
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
