#include <stdio.h>
#include <stdlib.h>

/* Every value in nums[0..n-1] appears exactly twice, except one value that appears once.
   Return that value. Aim for O(n) time and O(1) extra memory. */
int singleNumber(const int* nums, int n) {
    /* TODO: your code here */
    return 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int* nums = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &nums[i]) != 1) return 0;
    }
    printf("%d\n", singleNumber(nums, n));
    free(nums);
    return 0;
}
