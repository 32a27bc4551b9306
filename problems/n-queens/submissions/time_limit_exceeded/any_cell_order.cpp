// TOO SLOW: puts the next queen on ANY free, unattacked cell (not in the next row), counts the
// complete placements and divides by n! because every board was built in all n! orders.
// Correct, but it explores every ordering of every partial placement: already more than 10^12
// steps for n = 12.
#include <bits/stdc++.h>
using namespace std;

int n;
vector<int> qr, qc;

bool safe(int r, int c) {
    for (size_t i = 0; i < qr.size(); ++i)
        if (qr[i] == r || qc[i] == c || abs(qr[i] - r) == abs(qc[i] - c)) return false;
    return true;
}

long long place(int k) {
    if (k == n) return 1;
    long long total = 0;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            if (safe(r, c)) {
                qr.push_back(r);
                qc.push_back(c);
                total += place(k + 1);
                qr.pop_back();
                qc.pop_back();
            }
    return total;
}

int main() {
    cin >> n;
    long long fact = 1;
    for (int i = 2; i <= n; ++i) fact *= i;
    cout << place(0) / fact << '\n';
}
