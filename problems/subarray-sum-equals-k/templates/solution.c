#include <stdio.h>
#include <stdlib.h>

/* Return the number of non-empty contiguous subarrays of nums[0..n-1] whose sum is exactly
   k. The sums and the count can exceed 32 bits. */
long long subarraySum(const int* nums, int n, long long k) {
    /* TODO: your code here */
    return 0;
}

int main(void) {
    int n = 0;
    long long k = 0;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    int* nums = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &nums[i]) != 1) return 0;
    }
    printf("%lld\n", subarraySum(nums, n, k));
    free(nums);
    return 0;
}
