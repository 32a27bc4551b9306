#include <bits/stdc++.h>
using namespace std;

// Use memory proportional to the shorter word: the full table does not fit.
// Return the fewest single-letter insertions, deletions and replacements that turn word1
// into word2 (either word may be empty).
int minDistance(const string& word1, const string& word2) {
    // TODO: your code here
    return 0;
}

static string readLine() {
    string s;
    getline(cin, s);  // a missing line leaves s empty
    if (!s.empty() && s.back() == '\r') s.pop_back();
    return s;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string word1 = readLine();
    string word2 = readLine();
    cout << minDistance(word1, word2) << '\n';
    return 0;
}
