#include <stdio.h>
#include <stdlib.h>

/* Return k distinct values of nums (length n) that occur most often (ties broken any way), in
 * any order: a malloc'ed array, with its length stored in *returnSize. */
int* topKFrequent(const int* nums, int n, int k, int* returnSize) {
    /* TODO: your code here */
    *returnSize = 0;
    return NULL;
}

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 1;
    int* nums = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int i = 0; i < n; ++i)
        if (scanf("%d", &nums[i]) != 1) return 1;
    int size = 0;
    int* ans = topKFrequent(nums, n, k, &size);
    for (int i = 0; i < size; ++i) printf(i + 1 < size ? "%d " : "%d", ans[i]);
    printf("\n");
    free(ans);
    free(nums);
    return 0;
}
