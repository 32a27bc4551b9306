#include <bits/stdc++.h>
using namespace std;

// nums is an increasing array of distinct values, rotated by an unknown amount.
// Return the index of target in nums, or -1 if it is absent. Aim for O(log n).
int search(const vector<int>& nums, int target) {
    // TODO: your code here
    return -1;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n;
    vector<int> nums(n);
    for (int& x : nums) cin >> x;
    cin >> q;
    string out;
    for (int i = 0; i < q; i++) {
        int x;
        cin >> x;
        out += to_string(search(nums, x));
        out += '\n';
    }
    cout << out;
    return 0;
}
