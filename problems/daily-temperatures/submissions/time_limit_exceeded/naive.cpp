// TLE: correct, but scans forward from every day: O(n^2), 4.5e10 steps at n = 300000 when no
// day (or only the last) is warmer.
#include <bits/stdc++.h>
using namespace std;

// For every day i, return the number of days until a strictly warmer day
// (0 if there is none). The result has one entry per day.
vector<int> dailyTemperatures(const vector<int>& temps) {
    int n = (int)temps.size();
    vector<int> answer(n, 0);
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            if (temps[j] > temps[i]) {
                answer[i] = j - i;
                break;
            }
        }
    }
    return answer;
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
