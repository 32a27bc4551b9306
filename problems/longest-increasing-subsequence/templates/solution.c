#include <stdio.h>
#include <stdlib.h>

/* Return the length of the longest strictly increasing subsequence of nums[0..n-1]
   (0 for an empty array). Aim for O(n log n). */
int lengthOfLIS(const int* nums, int n) {
    /* TODO: your code here */
    return 0;
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
