// WA: records the time of every arrival, printed or not. A suppressed message then restarts
// its own 10-second window: "ping" at 0, 5 and 10 prints only at 0 (it should print at 10).
#include <bits/stdc++.h>
using namespace std;

class Logger {
public:
    bool shouldPrintMessage(long long timestamp, const string& message) {
        auto it = lastPrinted_.find(message);
        bool print = it == lastPrinted_.end() || timestamp >= it->second + 10;
        lastPrinted_[message] = timestamp;  // bug: a suppressed message restarts the window too
        return print;
    }

private:
    unordered_map<string, long long> lastPrinted_;
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
