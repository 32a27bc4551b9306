// WA: the O(n^2) table pal[i][j] = (s[i] == s[j] && pal[i + 1][j - 1]), but filled with i going
// up: pal[i + 1][j - 1] is read before it is computed, so only lengths 1 and 2 are found.
#include <bits/stdc++.h>
using namespace std;

// Return the number of palindromic substrings of s. Substrings at different positions count
// separately, even when they are equal.
long long countSubstrings(const string& s) {
    const int n = s.size();
    vector<vector<char>> pal(n, vector<char>(n, 0));
    long long count = 0;
    for (int i = 0; i < n; ++i) {  // Bug: i must go from n - 1 down to 0
        for (int j = i; j < n; ++j) {
            if (s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1])) {
                pal[i][j] = 1;
                ++count;
            }
        }
    }
    return count;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    cout << countSubstrings(s) << '\n';
    return 0;
}
