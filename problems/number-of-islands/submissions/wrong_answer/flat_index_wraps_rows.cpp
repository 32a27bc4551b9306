// WRONG: stores the grid as one flat array and takes v - 1 and v + 1 as the left and right
// neighbours without checking the row boundary. The last cell of a row and the first cell of
// the next row are then treated as touching, and two islands that meet only across the edge
// of the grid are merged. Missed edge case: land on the left and right borders.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    cin >> rows >> cols;
    const int n = rows * cols;
    string flat;
    for (int r = 0; r < rows; ++r) {
        string row;
        cin >> row;
        flat += row;
    }
    int islands = 0;
    vector<int> st;
    for (int s = 0; s < n; ++s) {
        if (flat[s] != '1') continue;
        ++islands;
        flat[s] = '0';
        st.assign(1, s);
        while (!st.empty()) {
            int v = st.back();
            st.pop_back();
            for (int u : {v - 1, v + 1, v - cols, v + cols}) {  // bug: v - 1 / v + 1 cross rows
                if (u < 0 || u >= n || flat[u] != '1') continue;
                flat[u] = '0';
                st.push_back(u);
            }
        }
    }
    cout << islands << '\n';
}
