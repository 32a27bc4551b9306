#include <bits/stdc++.h>
using namespace std;

// Return the length of the longest strictly increasing subsequence of nums
// (0 for an empty array). Aim for O(n log n).
int lengthOfLIS(vector<int>& nums) {
    // TODO: your code here
    return 0;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> nums(n);
    for (int& x : nums) cin >> x;
    cout << lengthOfLIS(nums) << "\n";
    return 0;
}
