// Intended solution: monotonic deque of indices, O(n).
#include <bits/stdc++.h>
using namespace std;

// Return the maximum of every window of k consecutive elements of nums,
// from the leftmost window to the rightmost (nums.size() - k + 1 values).
vector<int> maxSlidingWindow(const vector<int>& nums, int k) {
    int n = (int)nums.size();
    vector<int> answer;
    answer.reserve(n - k + 1);
    deque<int> window;  // indices in the window; their values strictly decrease
    for (int i = 0; i < n; ++i) {
        while (!window.empty() && nums[window.back()] <= nums[i]) window.pop_back();
        window.push_back(i);
        if (window.front() <= i - k) window.pop_front();  // slid out of the window
        if (i >= k - 1) answer.push_back(nums[window.front()]);
    }
    return answer;
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
