#include <bits/stdc++.h>
using namespace std;

// For every day i, return the number of days until a strictly warmer day
// (0 if there is none). The result has one entry per day.
vector<int> dailyTemperatures(const vector<int>& temps) {
    // TODO: your code here
    return {};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> temps(n);
    for (int& t : temps) cin >> t;

    vector<int> answer = dailyTemperatures(temps);

    string out;
    for (size_t i = 0; i < answer.size(); ++i) {
        if (i > 0) out += ' ';
        out += to_string(answer[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
