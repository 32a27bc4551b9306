// WA: saves memory by clearing the whole map every 10 seconds. But a text printed just
// before a clearing is still inside its window afterwards: "a" printed at 9, a clearing at
// 10, and "a" at 15 is wrongly printed again.
#include <bits/stdc++.h>
using namespace std;

class Logger {
public:
    bool shouldPrintMessage(long long timestamp, const string& message) {
        if (timestamp >= lastCleanup_ + 10) {  // "old entries no longer matter": forget all
            lastPrinted_.clear();
            lastCleanup_ = timestamp;
        }
        auto it = lastPrinted_.find(message);
        if (it != lastPrinted_.end() && timestamp < it->second + 10) return false;
        lastPrinted_[message] = timestamp;  // only a printed message restarts its window
        return true;
    }

private:
    unordered_map<string, long long> lastPrinted_;
    long long lastCleanup_ = 0;
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
