#include <bits/stdc++.h>
using namespace std;

// Return the maximum of every window of k consecutive elements of nums,
// from the leftmost window to the rightmost (nums.size() - k + 1 values).
vector<int> maxSlidingWindow(const vector<int>& nums, int k) {
    // TODO: your code here
    return {};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<int> nums(n);
    for (int& x : nums) cin >> x;

    vector<int> answer = maxSlidingWindow(nums, k);

    string out;
    for (size_t i = 0; i < answer.size(); ++i) {
        if (i > 0) out += ' ';
        out += to_string(answer[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
