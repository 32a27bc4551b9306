#include <bits/stdc++.h>
using namespace std;

// Return the number of ways to place n queens on an n x n board so that no two attack each
// other (same row, column or diagonal).
long long totalNQueens(int n) {
    // TODO: your code here
    return 0;
}

int main() {
    int n;
    cin >> n;
    cout << totalNQueens(n) << "\n";
    return 0;
}
