// WA: precomputes the counts of all 16-bit numbers in a table and looks up only the low 16
// bits of i: right up to 65535, wrong from 65536 on (the high half is ignored).
#include <bits/stdc++.h>
using namespace std;

// Return n + 1 numbers: entry i is the number of 1 bits in the binary representation of i,
// for i = 0, 1, ..., n. Aim for O(n) time in total.
vector<int> countBits(int n) {
    static int table[1 << 16];
    for (int v = 1; v < (1 << 16); ++v) table[v] = table[v >> 1] + (v & 1);
    vector<int> bits(n + 1, 0);
    for (int i = 0; i <= n; ++i) bits[i] = table[i & 0xFFFF];
    return bits;
}

int main() {
    int n = 0;
    if (!(cin >> n)) return 0;
    vector<int> bits = countBits(n);
    string out;
    out.reserve(bits.size() * 3 + 1);
    for (size_t i = 0; i < bits.size(); ++i) {
        if (i > 0) out += ' ';
        out += to_string(bits[i]);
    }
    out += '\n';
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
