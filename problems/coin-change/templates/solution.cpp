#include <bits/stdc++.h>
using namespace std;

// Return the fewest coins (each value usable any number of times) that add up to exactly
// amount, or -1 if that is impossible. amount = 0 needs 0 coins.
int coinChange(vector<int>& coins, int amount) {
    // TODO: your code here
    return 0;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, amount;
    cin >> n >> amount;
    vector<int> coins(n);
    for (auto& c : coins) cin >> c;
    cout << coinChange(coins, amount) << '\n';
    return 0;
}
