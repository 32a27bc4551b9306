#include <bits/stdc++.h>
using namespace std;

// A rate limiter for log messages. Messages arrive in non-decreasing order of timestamp.
class Logger {
public:
    Logger() {
        // TODO: set up your fields
    }

    // Return true if the message is printed: its text was never printed, or was last
    // printed at t0 with t0 + 10 <= timestamp. A message that is not printed (false) does
    // not count as printed.
    bool shouldPrintMessage(int timestamp, const string& message) {
        // TODO
        return false;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    Logger logger;
    string message, out;
    for (int i = 0; i < q; ++i) {
        int timestamp;
        cin >> timestamp >> message;
        out += logger.shouldPrintMessage(timestamp, message) ? "true\n" : "false\n";
    }
    cout << out;
    return 0;
}
