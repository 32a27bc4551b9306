// WA: lets a message through only when MORE than 10 seconds have passed since it was
// printed: a message printed at 0 is wrongly suppressed at exactly 10.
#include <bits/stdc++.h>
using namespace std;

class Logger {
public:
    bool shouldPrintMessage(long long timestamp, const string& message) {
        auto it = lastPrinted_.find(message);
        if (it != lastPrinted_.end() && timestamp - it->second <= 10) return false;
        lastPrinted_[message] = timestamp;  // only a printed message restarts its window
        return true;
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
