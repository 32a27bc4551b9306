#include <stdio.h>
#include <stdlib.h>

/* nums is an increasing array of n distinct values, rotated by an unknown amount.
   Return the index of target in nums, or -1 if it is absent. Aim for O(log n). */
int search(const int* nums, int n, int target) {
    /* TODO: your code here */
    return -1;
}

int main(void) {
    int n, q;
    if (scanf("%d", &n) != 1) return 0;
    int* nums = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%d", &nums[i]);
    if (scanf("%d", &q) != 1) q = 0;
    for (int i = 0; i < q; i++) {
        int x;
        scanf("%d", &x);
        printf("%d\n", search(nums, n, x));
    }
    free(nums);
    return 0;
}
