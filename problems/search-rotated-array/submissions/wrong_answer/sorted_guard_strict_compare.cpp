// WRONG: cheap guards first -- arrays of one or two elements are searched linearly, and an
// array that is not rotated (first < last) gets a plain binary search -- then the rotation-aware
// search with the classic bug nums[lo] < nums[mid] instead of <=. The guards cover every tiny
// or sorted array; the bug still bites when a bigger search narrows down to two elements that
// straddle the pivot.
#include <bits/stdc++.h>
using namespace std;

int search(const vector<int>& nums, int target) {
    int n = (int)nums.size();
    if (n <= 2) {
        for (int i = 0; i < n; i++)
            if (nums[i] == target) return i;
        return -1;
    }
    if (nums[0] < nums[n - 1]) {
        auto it = lower_bound(nums.begin(), nums.end(), target);
        return (it != nums.end() && *it == target) ? int(it - nums.begin()) : -1;
    }
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (nums[mid] == target) return mid;
        if (nums[lo] < nums[mid]) {  // bug: should be <=
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
