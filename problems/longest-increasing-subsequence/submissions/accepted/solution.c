/* Intended solution: patience sorting with a hand-written lower bound (first tail >= x).
   O(n log n) time, O(n) space. */
#include <stdio.h>
#include <stdlib.h>

/* Return the length of the longest strictly increasing subsequence of nums[0..n-1]
   (0 for an empty array). Aim for O(n log n). */
int lengthOfLIS(const int* nums, int n) {
    int* tails = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    int len = 0;
    for (int i = 0; i < n; i++) {
        int lo = 0, hi = len;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (tails[mid] < nums[i]) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = nums[i];
        if (lo == len) len++;
    }
    free(tails);
    return len;
}

int main(void) {
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    int* nums = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &nums[i]) != 1) return 0;
    }
    printf("%d\n", lengthOfLIS(nums, n));
    free(nums);
    return 0;
}
