#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int x, y, z;
} Triplet;

/* Return a malloc'ed array of every distinct triplet of values at three different positions
 * of nums (of length n) with x + y + z == 0, each triplet exactly once, and store their
 * number in *count. Any order: main() sorts them. Return NULL when *count is 0.
 * Careful: the sum of three values may not fit in an int. */
Triplet *threeSum(const int *nums, int n, int *count) {
    /* TODO: your code here */
    (void)nums;
    (void)n;
    *count = 0;
    return NULL;
}

static int cmp_int(const void *p, const void *q) {
    int a = *(const int *)p, b = *(const int *)q;
    return (a > b) - (a < b);
}

static int cmp_triplet(const void *p, const void *q) {
    const Triplet *a = p, *b = q;
    if (a->x != b->x) return (a->x > b->x) - (a->x < b->x);
    if (a->y != b->y) return (a->y > b->y) - (a->y < b->y);
    return (a->z > b->z) - (a->z < b->z);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int *nums = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int k = 0; k < n; k++) {
        if (scanf("%d", &nums[k]) != 1) return 0;
    }
    int count = 0;
    Triplet *res = threeSum(nums, n, &count);
    for (int k = 0; k < count; k++) { /* canonical form: each triplet ascending, */
        int v[3] = {res[k].x, res[k].y, res[k].z};
        qsort(v, 3, sizeof(int), cmp_int);
        res[k].x = v[0];
        res[k].y = v[1];
        res[k].z = v[2];
    }
    if (count > 0) qsort(res, (size_t)count, sizeof(Triplet), cmp_triplet); /* sorted */
    printf("%d\n", count);
    for (int k = 0; k < count; k++) printf("%d %d %d\n", res[k].x, res[k].y, res[k].z);
    free(res);
    free(nums);
    return 0;
}
