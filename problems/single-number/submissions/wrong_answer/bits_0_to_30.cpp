// WA: counts, for each bit position, how many values have that bit set, and keeps the odd
// positions. It only looks at bits 0..30, so the sign bit is lost and a negative answer comes
// out as a non-negative number. Passes the samples (their answers are non-negative).
#include <bits/stdc++.h>
using namespace std;

// Every value in nums appears exactly twice, except one value that appears once.
// Return that value. Aim for O(n) time and O(1) extra memory.
int singleNumber(vector<int>& nums) {
    int x = 0;
    for (int b = 0; b < 31; ++b) {
        int count = 0;
        for (int v : nums) count += (v >> b) & 1;
        if (count % 2 == 1) x |= 1 << b;
    }
    return x;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> nums(n);
    for (int& x : nums) cin >> x;
    cout << singleNumber(nums) << "\n";
    return 0;
}
