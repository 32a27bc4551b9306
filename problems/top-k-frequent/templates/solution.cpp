#include <bits/stdc++.h>
using namespace std;

// Return k distinct values of nums that occur most often (ties broken any way), in any order.
vector<int> topKFrequent(const vector<int>& nums, int k) {
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
    vector<int> ans = topKFrequent(nums, k);
    for (size_t i = 0; i < ans.size(); ++i) cout << ans[i] << (i + 1 < ans.size() ? " " : "");
    cout << "\n";
    return 0;
}
