// TLE: the textbook O(n^2) DP, best[i] = 1 + max best[j] over j < i with a[j] < a[i].
// About 2 * 10^10 inner steps for n = 200000.
#include <bits/stdc++.h>
using namespace std;

// Return the length of the longest strictly increasing subsequence of nums
// (0 for an empty array). Aim for O(n log n).
int lengthOfLIS(vector<int>& nums) {
    int n = (int)nums.size(), answer = 0;
    vector<int> best(n, 1);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < i; ++j)
            if (nums[j] < nums[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
        answer = max(answer, best[i]);
    }
    return answer;
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
