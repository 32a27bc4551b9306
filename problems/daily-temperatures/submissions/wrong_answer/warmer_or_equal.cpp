// WA: pops with <= instead of <, so an equal temperature counts as warmer.
#include <bits/stdc++.h>
using namespace std;

// For every day i, return the number of days until a strictly warmer day
// (0 if there is none). The result has one entry per day.
vector<int> dailyTemperatures(const vector<int>& temps) {
    int n = (int)temps.size();
    vector<int> answer(n, 0);
    vector<int> waiting;
    for (int i = 0; i < n; ++i) {
        // Bug: <= also resolves a day with a later day of the same temperature,
        // which is not warmer.
        while (!waiting.empty() && temps[waiting.back()] <= temps[i]) {
            answer[waiting.back()] = i - waiting.back();
            waiting.pop_back();
        }
        waiting.push_back(i);
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
