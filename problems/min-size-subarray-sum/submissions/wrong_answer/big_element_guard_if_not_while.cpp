// WRONG: cheap guards (total below S -> 0; some single element >= S -> 1), then a sliding
// window that shrinks from the left at most ONCE per new element ("if" instead of "while").
// The window can then never become shorter than it was, so after a long prefix of small
// values the answer stays too long. The guards answer the "no window" and "one element" tests.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long S;
    cin >> n >> S;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    long long total = accumulate(a.begin(), a.end(), 0LL);
    if (total < S) { cout << 0 << '\n'; return 0; }
    if (*max_element(a.begin(), a.end()) >= S) { cout << 1 << '\n'; return 0; }
    long long sum = 0;
    int best = n, left = 0;
    for (int right = 0; right < n; ++right) {
        sum += a[right];
        if (sum >= S) {  // bug: should be while
            best = min(best, right - left + 1);
            sum -= a[left++];
        }
    }
    cout << best << '\n';
}
