// Accepted alternative: counts the bits of every number on its own with a loop over its bits.
// O(n log n), but at n = 2e6 that is only about 4e7 cheap steps: the limits cannot tell it
// from the O(n) recurrence (the output dominates), so it is shipped as accepted, not TLE.
#include <bits/stdc++.h>
using namespace std;

// Return n + 1 numbers: entry i is the number of 1 bits in the binary representation of i,
// for i = 0, 1, ..., n. Aim for O(n) time in total.
vector<int> countBits(int n) {
    vector<int> bits(n + 1, 0);
    for (int i = 0; i <= n; ++i) {
        int c = 0;
        for (unsigned x = i; x != 0; x >>= 1) c += x & 1;
        bits[i] = c;
    }
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
