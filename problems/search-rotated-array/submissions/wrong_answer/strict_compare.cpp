// WRONG ANSWER: tests "left half sorted" with nums[lo] < nums[mid] instead of <=. When
// lo == mid (a range of one or two elements) it wrongly treats the left half as unsorted,
// e.g. [3, 1] searching for 1 answers -1.
#include <bits/stdc++.h>
using namespace std;

int search(const vector<int>& nums, int target) {
    int lo = 0, hi = (int)nums.size() - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (nums[mid] == target) return mid;
        if (nums[lo] < nums[mid]) {
            if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
            else lo = mid + 1;
        } else {
            if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
            else hi = mid - 1;
        }
    }
    return -1;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n;
    vector<int> nums(n);
    for (int& x : nums) cin >> x;
    cin >> q;
    for (int i = 0; i < q; i++) {
        int x;
        cin >> x;
        cout << search(nums, x) << '\n';
    }
    return 0;
}
