// TLE: labels every land cell with its island id. A new cell with land neighbours takes a new
// id and a flood fill from it relabels the whole merged island. Correct, and cheap while the
// islands are small, but when one island grows cell by cell each addition relabels all of
// it: O(q^2) = 2 * 10^10 cell visits for a 447 x 447 block filled in reading order.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols, q;
    cin >> rows >> cols >> q;
    vector<int> label(rows * cols, 0);  // 0: water
    int nextLabel = 0, islands = 0;
    vector<int> stack;
    const int dr[] = {1, -1, 0, 0};
    const int dc[] = {0, 0, 1, -1};
    string out;
    for (int i = 0; i < q; ++i) {
        int r, c;
        cin >> r >> c;
        int id = r * cols + c;
        if (!label[id]) {
            set<int> around;  // distinct islands next to the new cell
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && label[nr * cols + nc])
                    around.insert(label[nr * cols + nc]);
            }
            islands += 1 - (int)around.size();
            int mine = ++nextLabel;
            label[id] = mine;
            if (!around.empty()) {  // relabel the merged island
                stack.assign(1, id);
                while (!stack.empty()) {
                    int v = stack.back();
                    stack.pop_back();
                    int vr = v / cols, vc = v % cols;
                    for (int d = 0; d < 4; ++d) {
                        int nr = vr + dr[d], nc = vc + dc[d];
                        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                        int u = nr * cols + nc;
                        if (label[u] && label[u] != mine) {
                            label[u] = mine;
                            stack.push_back(u);
                        }
                    }
                }
            }
        }
        out += to_string(islands);
        out += '\n';
    }
    cout << out;
}
