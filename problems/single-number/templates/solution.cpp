#include <bits/stdc++.h>
using namespace std;

// Every value in nums appears exactly twice, except one value that appears once.
// Return that value. Aim for O(n) time and O(1) extra memory.
int singleNumber(vector<int>& nums) {
    // TODO: your code here
    return 0;
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
