// WA: patience sorting with upper_bound (first tail > x), which lets equal values extend a
// subsequence: it computes the longest NON-DECREASING subsequence. The guard for an all-equal
// array hides the bug on sample 2; repeats inside an increasing run still break it.
#include <bits/stdc++.h>
using namespace std;

// Return the length of the longest strictly increasing subsequence of nums
// (0 for an empty array). Aim for O(n log n).
int lengthOfLIS(vector<int>& nums) {
    if (!nums.empty() && all_of(nums.begin(), nums.end(), [&](int x) { return x == nums[0]; }))
        return 1;
    vector<int> tails;
    for (int x : nums) {
        auto it = upper_bound(tails.begin(), tails.end(), x);
        if (it == tails.end()) tails.push_back(x);
        else *it = x;
    }
    return (int)tails.size();
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
