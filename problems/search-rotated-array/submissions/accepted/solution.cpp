// Rotation-aware binary search, O(log n) per query.
#include <bits/stdc++.h>
using namespace std;

int search(const vector<int>& nums, int target) {
    int lo = 0, hi = (int)nums.size() - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (nums[mid] == target) return mid;
        if (nums[lo] <= nums[mid]) {             // left half [lo, mid] is sorted
            if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
            else lo = mid + 1;
        } else {                                 // right half [mid, hi] is sorted
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
    string out;
    out.reserve((size_t)q * 8);
    for (int i = 0; i < q; i++) {
        int x;
        cin >> x;
        out += to_string(search(nums, x));
        out += '\n';
    }
    cout << out;
    return 0;
}
