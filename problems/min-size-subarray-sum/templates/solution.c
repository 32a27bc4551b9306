#include <stdio.h>
#include <stdlib.h>

/* Return the minimum length of a contiguous subarray of nums (of length n) whose sum is
 * >= target, or 0 if there is none. All nums are positive. Sums may not fit in an int. */
int minSubArrayLen(long long target, const int *nums, int n) {
    /* TODO: your code here */
    (void)target;
    (void)nums;
    (void)n;
    return 0;
}

int main(void) {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    int *nums = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int k = 0; k < n; k++) {
        if (scanf("%d", &nums[k]) != 1) return 0;
    }
    printf("%d\n", minSubArrayLen(target, nums, n));
    free(nums);
    return 0;
}
