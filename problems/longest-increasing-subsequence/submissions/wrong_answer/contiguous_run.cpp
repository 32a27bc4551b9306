// WA: computes the longest strictly increasing CONTIGUOUS run instead of a subsequence.
#include <bits/stdc++.h>
using namespace std;

// Return the length of the longest strictly increasing subsequence of nums
// (0 for an empty array). Aim for O(n log n).
int lengthOfLIS(vector<int>& nums) {
    int best = 0, run = 0;
    for (size_t i = 0; i < nums.size(); ++i) {
        run = (i > 0 && nums[i] > nums[i - 1]) ? run + 1 : 1;
        best = max(best, run);
    }
    return best;
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
