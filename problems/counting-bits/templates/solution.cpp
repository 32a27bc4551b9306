#include <bits/stdc++.h>
using namespace std;

// Return n + 1 numbers: entry i is the number of 1 bits in the binary representation of i,
// for i = 0, 1, ..., n. Aim for O(n) time in total.
vector<int> countBits(int n) {
    // TODO: your code here
    return {};
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
