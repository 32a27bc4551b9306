#include <stdio.h>
#include <stdlib.h>

/* Print every distinct combination of candidates (each may be used any number of times)
 * that sums to target, through emit() below: one call per combination, never the same
 * multiset twice, in any order. Return the number of combinations emitted.
 *
 * Example: with candidates {2, 3, 6, 7} and target 7, call emit({2, 2, 3}, 3) and emit({7}, 1)
 * and return 2. */
static void emit(const int *combo, int len);

int combinationSum(const int *candidates, int n, int target) {
    /* TODO: your code here */
    (void)candidates;
    (void)n;
    (void)target;
    return 0;
}

/* ---- output plumbing: combinations are buffered, then printed after their count ---- */
static char *out_buf = NULL;
static size_t out_len = 0, out_cap = 0;

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void emit(const int *combo, int len) {
    int *sorted = malloc(sizeof(int) * (len > 0 ? len : 1));
    for (int i = 0; i < len; i++) sorted[i] = combo[i];
    qsort(sorted, len, sizeof(int), cmp_int);  /* printed in non-decreasing order */
    for (int i = 0; i < len; i++) {
        if (out_len + 16 > out_cap) {
            out_cap = out_cap ? out_cap * 2 : 1 << 16;
            out_buf = realloc(out_buf, out_cap);
        }
        out_len += sprintf(out_buf + out_len, i + 1 < len ? "%d " : "%d", sorted[i]);
    }
    if (out_len + 2 > out_cap) {
        out_cap = out_cap ? out_cap * 2 : 1 << 16;
        out_buf = realloc(out_buf, out_cap);
    }
    out_buf[out_len++] = '\n';
    free(sorted);
}

int main(void) {
    int n, target;
    if (scanf("%d %d", &n, &target) != 2) return 0;
    int *candidates = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &candidates[i]) != 1) return 0;
    }
    int count = combinationSum(candidates, n, target);
    printf("%d\n", count);
    if (out_len > 0) fwrite(out_buf, 1, out_len, stdout);
    free(out_buf);
    free(candidates);
    return 0;
}
