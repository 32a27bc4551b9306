/* Intended solution; C has no standard hash map, so a small open-addressing table of prefix-sum
   counts, seeded with {0: 1}, looked up before inserting. O(n) expected time, O(n) space. */
#include <stdio.h>
#include <stdlib.h>

/* Return the number of non-empty contiguous subarrays of nums[0..n-1] whose sum is exactly
   k. The sums and the count can exceed 32 bits. */
long long subarraySum(const int* nums, int n, long long k) {
    size_t cap = 1;
    while (cap < 2 * (size_t)n + 2) cap <<= 1;
    long long* key = malloc(sizeof(long long) * cap);
    int* cnt = calloc(cap, sizeof(int));    /* cnt == 0 marks an empty slot */
    long long prefix = 0, count = 0;
    for (int i = -1; i < n; i++) {
        if (i >= 0) {
            prefix += nums[i];
            unsigned long long h = (unsigned long long)(prefix - k) * 0x9E3779B97F4A7C15ULL;
            for (size_t s = (size_t)(h >> 20) & (cap - 1); cnt[s] != 0; s = (s + 1) & (cap - 1))
                if (key[s] == prefix - k) {
                    count += cnt[s];
                    break;
                }
        }
        unsigned long long h = (unsigned long long)prefix * 0x9E3779B97F4A7C15ULL;
        size_t s = (size_t)(h >> 20) & (cap - 1);
        while (cnt[s] != 0 && key[s] != prefix) s = (s + 1) & (cap - 1);
        key[s] = prefix;
        cnt[s]++;                           /* i = -1 inserts the empty prefix 0 */
    }
    free(key);
    free(cnt);
    return count;
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
