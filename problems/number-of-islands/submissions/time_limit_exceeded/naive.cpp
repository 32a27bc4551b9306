// TOO SLOW: for every land cell, runs a fresh BFS over its whole island (no shared visited
// marks) and counts the cell only if it has the smallest index of its island. Correct, but
// O(sum of island sizes squared) = O((rows*cols)^2) on one big island.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    if (!(cin >> rows >> cols)) return 0;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;
    const int n = rows * cols;
    vector<int> seen(n, -1), queue;
    const int dr[] = {1, -1, 0, 0};
    const int dc[] = {0, 0, 1, -1};
    int islands = 0;
    for (int start = 0; start < n; ++start) {
        if (grid[start / cols][start % cols] != '1') continue;
        bool smallest = true;
        queue.assign(1, start);
        seen[start] = start;
        for (size_t head = 0; head < queue.size(); ++head) {
            int v = queue[head];
            if (v < start) smallest = false;
            int cr = v / cols, cc = v % cols;
            for (int d = 0; d < 4; ++d) {
                int nr = cr + dr[d], nc = cc + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '1') continue;
                int u = nr * cols + nc;
                if (seen[u] == start) continue;
                seen[u] = start;
                queue.push_back(u);
            }
        }
        if (smallest) ++islands;
    }
    cout << islands << '\n';
}
