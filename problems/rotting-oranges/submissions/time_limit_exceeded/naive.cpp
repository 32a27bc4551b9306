// TLE: one BFS per rotten orange; every fresh orange keeps the smallest distance to any
// rotten one, and the answer is the largest of those. Correct, but O(rotten * rows * cols):
// 2000 rotten oranges on a full 1000 x 1000 grid already mean 2 * 10^9 steps.
#include <bits/stdc++.h>
using namespace std;

int orangesRotting(vector<string>& grid) {
    int rows = grid.size(), cols = grid[0].size(), cells = rows * cols;
    const int INF = INT_MAX;
    vector<int> best(cells, INF), dist(cells);
    vector<int> queue(cells);
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    for (int s = 0; s < cells; ++s) {
        if (grid[s / cols][s % cols] != '2') continue;
        fill(dist.begin(), dist.end(), -1);
        int head = 0, tail = 0;
        queue[tail++] = s;
        dist[s] = 0;
        while (head < tail) {
            int p = queue[head++], r = p / cols, c = p % cols;
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '1') continue;
                int q = nr * cols + nc;
                if (dist[q] >= 0) continue;
                dist[q] = dist[p] + 1;
                best[q] = min(best[q], dist[q]);
                queue[tail++] = q;
            }
        }
    }
    int answer = 0;
    for (int p = 0; p < cells; ++p)
        if (grid[p / cols][p % cols] == '1') {
            if (best[p] == INF) return -1;
            answer = max(answer, best[p]);
        }
    return answer;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    cin >> rows >> cols;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;
    cout << orangesRotting(grid) << '\n';
    return 0;
}
