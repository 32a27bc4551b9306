#include <bits/stdc++.h>
using namespace std;

// Return the largest total profit of at most k trades (buy one share, sell it on a later
// day; at most one share held at a time), or 0 if no trade makes money.
long long maxProfit(int k, const vector<long long>& prices) {
    // TODO: your code here
    return 0;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0, k = 0;
    cin >> n >> k;
    vector<long long> prices(n);
    for (auto& x : prices) cin >> x;
    cout << maxProfit(k, prices) << "\n";
    return 0;
}
