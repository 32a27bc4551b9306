// WA: keeps values in the deque and evicts the front when it equals the leaving value;
// with repeated values it evicts an element that is still inside the window.
#include <bits/stdc++.h>
using namespace std;

// Return the maximum of every window of k consecutive elements of nums,
// from the leftmost window to the rightmost (nums.size() - k + 1 values).
vector<int> maxSlidingWindow(const vector<int>& nums, int k) {
    int n = (int)nums.size();
    vector<int> answer;
    deque<int> window;  // Bug: stores values, not indices
    for (int i = 0; i < n; ++i) {
        // The element leaving the window is recognised by its value. Since equal values are
        // popped below (<=), the front may be a later copy that must stay: it gets evicted.
        if (i >= k && !window.empty() && window.front() == nums[i - k]) window.pop_front();
        while (!window.empty() && window.back() <= nums[i]) window.pop_back();
        window.push_back(nums[i]);
        if (i >= k - 1) answer.push_back(window.front());
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
