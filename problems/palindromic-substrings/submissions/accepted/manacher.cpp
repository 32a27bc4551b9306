// Accepted: Manacher's algorithm; a centre of radius p holds (p + 1) / 2 palindromes. O(n).
#include <bits/stdc++.h>
using namespace std;

// Return the number of palindromic substrings of s. Substrings at different positions count
// separately, even when they are equal.
long long countSubstrings(const string& s) {
    string t = "^#";
    for (char ch : s) {
        t += ch;
        t += '#';
    }
    t += '$';
    const int m = t.size();
    vector<int> p(m, 0);
    int centre = 0, right = 0;
    long long count = 0;
    for (int i = 1; i < m - 1; ++i) {
        if (i < right) p[i] = min(right - i, p[2 * centre - i]);
        while (t[i + p[i] + 1] == t[i - p[i] - 1]) ++p[i];
        if (i + p[i] > right) {
            centre = i;
            right = i + p[i];
        }
        count += (p[i] + 1) / 2;  // palindromes of s centred here: lengths p, p - 2, ... > 0
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
