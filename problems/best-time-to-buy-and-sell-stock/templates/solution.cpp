#include <bits/stdc++.h>
using namespace std;

// Return the maximum profit of one buy followed by one later sell, or 0 if no trade
// makes money.
long long maxProfit(const vector<long long>& prices) {
    // TODO: your code here
    return 0;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<long long> prices(n);
    for (auto& x : prices) cin >> x;
    cout << maxProfit(prices) << "\n";
    return 0;
}
