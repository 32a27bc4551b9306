#include <stdio.h>
#include <stdlib.h>

/* nums is sorted in non-decreasing order. Use O(1) extra memory.
 * Set *i and *j so that 0 <= *i < *j < n and nums[*i] + nums[*j] == target,
 * or set both to -1 if no such pair exists. Any valid pair is accepted.
 * Careful: nums[*i] + nums[*j] may not fit in an int. */
void twoSum(const int *nums, int n, int target, int *i, int *j) {
    /* TODO: your code here */
    (void)nums;
    (void)n;
    (void)target;
    *i = -1;
    *j = -1;
}

int main(void) {
    int n, target;
    if (scanf("%d %d", &n, &target) != 2) return 0;
    int *nums = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int k = 0; k < n; k++) {
        if (scanf("%d", &nums[k]) != 1) return 0;
    }
    int i, j;
    twoSum(nums, n, target, &i, &j);
    printf("%d %d\n", i, j);
    free(nums);
    return 0;
}
