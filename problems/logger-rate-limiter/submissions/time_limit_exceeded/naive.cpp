// TLE: keeps the log of printed messages and, for each new message, scans it backwards over
// the last 10 seconds looking for the same text. Correct, but a burst of 100000 different
// texts within 10 seconds makes every scan cover the whole burst: O(q^2), 5 * 10^9 steps.
#include <bits/stdc++.h>
using namespace std;

class Logger {
public:
    bool shouldPrintMessage(long long timestamp, const string& message) {
        for (size_t i = log_.size(); i-- > 0 && log_[i].first + 10 > timestamp;)
            if (log_[i].second == message) return false;
        log_.push_back({timestamp, message});
        return true;
    }

private:
    vector<pair<long long, string>> log_;  // printed messages, oldest first
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    Logger logger;
    string message, out;
    for (int i = 0; i < q; ++i) {
        long long timestamp;
        cin >> timestamp >> message;
        out += logger.shouldPrintMessage(timestamp, message) ? "true\n" : "false\n";
    }
    cout << out;
    return 0;
}
