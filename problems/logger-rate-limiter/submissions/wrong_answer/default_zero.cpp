// WA: looks the text up with operator[], which gives 0 for a text never seen: a new text
// arriving in the first 10 seconds (timestamp < 10) is wrongly suppressed. Once the clock
// is past 10, it behaves correctly.
#include <bits/stdc++.h>
using namespace std;

class Logger {
public:
    bool shouldPrintMessage(long long timestamp, const string& message) {
        long long last = lastPrinted_[message];  // bug: a new text counts as printed at 0
        if (timestamp < last + 10) return false;
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
