// Intended solution: patience sorting. tails[L-1] = the smallest last value of a strictly
// increasing subsequence of length L; replace the first tail >= x (lower_bound).
// O(n log n) time, O(n) space.
#include <bits/stdc++.h>
using namespace std;

// Return the length of the longest strictly increasing subsequence of nums
// (0 for an empty array). Aim for O(n log n).
int lengthOfLIS(vector<int>& nums) {
    vector<int> tails;
    for (int x : nums) {
        auto it = lower_bound(tails.begin(), tails.end(), x);  // first tail >= x
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
