#include <bits/stdc++.h>
using namespace std;

// Return the length of the longest block of consecutive values of a in which no value
// repeats. Values are between 0 and 2^31 - 1; a may be empty.
int longestDistinctRun(const vector<int>& a) {
    // TODO: your code here
    return 0;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    cout << longestDistinctRun(a) << '\n';
    return 0;
}
