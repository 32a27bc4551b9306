// TLE: scans the whole array for every query. Correct, but O(n q): about 4 * 10^10
// comparisons when n = q = 200000 and the queries are missing.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n;
    vector<int> nums(n);
    for (int& x : nums) cin >> x;
    cin >> q;
    for (int i = 0; i < q; i++) {
        int x;
        cin >> x;
        int ans = -1;
        for (int j = 0; j < n; j++)
            if (nums[j] == x) { ans = j; break; }
        cout << ans << '\n';
    }
    return 0;
}
