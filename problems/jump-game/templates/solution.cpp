#include <bits/stdc++.h>
using namespace std;

// Return true if the last index can be reached from index 0, where nums[i] is the
// longest jump allowed from index i.
bool canJump(const vector<int>& nums) {
    // TODO: your code here
    return false;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> nums(n);
    for (int& x : nums) cin >> x;
    cout << (canJump(nums) ? "true" : "false") << "\n";
    return 0;
}
