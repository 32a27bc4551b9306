#include <bits/stdc++.h>
using namespace std;

// The grid has rows x cols cells, all water at first. cells[i] = {r, c} becomes land at step
// i (it may already be land). Return counts, where counts[i] is the number of islands
// (4-directional) after the first i + 1 additions.
vector<int> numIslandsAfterEach(int rows, int cols, vector<vector<int>>& cells) {
    // TODO: your code here
    return {};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols, q;
    cin >> rows >> cols >> q;
    vector<vector<int>> cells(q, vector<int>(2));
    for (auto& cell : cells) cin >> cell[0] >> cell[1];
    vector<int> counts = numIslandsAfterEach(rows, cols, cells);
    string out;
    for (int x : counts) out += to_string(x) + "\n";
    cout << out;
    return 0;
}
