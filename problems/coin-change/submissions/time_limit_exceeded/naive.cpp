// TOO SLOW: plain recursion without memoization, fewest(a) = 1 + min over coins of
// fewest(a - c). Correct, but the same amounts are solved again and again: the number of
// calls grows exponentially with the amount (about n^(amount / smallest coin)).
#include <bits/stdc++.h>
using namespace std;

vector<long long> coins;

long long fewest(long long a) {
    if (a == 0) return 0;
    long long best = -1;
    for (long long c : coins) {
        if (c > a) continue;
        long long sub = fewest(a - c);
        if (sub >= 0 && (best < 0 || sub + 1 < best)) best = sub + 1;
    }
    return best;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long amount;
    if (!(cin >> n >> amount)) return 0;
    coins.resize(n);
    for (auto& c : coins) cin >> c;
    cout << fewest(amount) << '\n';
}
