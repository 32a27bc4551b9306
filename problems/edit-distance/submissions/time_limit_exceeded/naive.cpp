// TOO SLOW: the recurrence as plain recursion without memoization. Correct, but when the
// last letters differ it branches three ways, so the number of calls grows like 3^(n+m)
// (the Delannoy numbers): hopeless beyond a dozen letters.
#include <bits/stdc++.h>
using namespace std;

string a, b;

int dist(int i, int j) {  // edit distance between a[0..i) and b[0..j)
    if (i == 0) return j;
    if (j == 0) return i;
    if (a[i - 1] == b[j - 1]) return dist(i - 1, j - 1);
    return 1 + min({dist(i - 1, j - 1), dist(i - 1, j), dist(i, j - 1)});
}

int main() {
    getline(cin, a);
    getline(cin, b);
    if (!a.empty() && a.back() == '\r') a.pop_back();
    if (!b.empty() && b.back() == '\r') b.pop_back();
    cout << dist(static_cast<int>(a.size()), static_cast<int>(b.size())) << '\n';
}
