// WA: a greedy scan that takes every element larger than the last one taken. An early large
// value blocks the smaller ones after it (10 1 2 3 11 gives 2, not 4).
#include <bits/stdc++.h>
using namespace std;

// Return the length of the longest strictly increasing subsequence of nums
// (0 for an empty array). Aim for O(n log n).
int lengthOfLIS(vector<int>& nums) {
    int count = 0;
    long long last = LLONG_MIN;
    for (int x : nums)
        if (x > last) {
            last = x;
            ++count;
        }
    return count;
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
