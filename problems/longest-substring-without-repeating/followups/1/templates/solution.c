#include <stdio.h>
#include <stdlib.h>

/* Return the length of the longest block of consecutive values of a (of length n) in which
   no value repeats. Values are between 0 and 2^31 - 1; n may be 0. */
int longestDistinctRun(const int *a, int n) {
    /* TODO: your code here */
    (void)a;
    (void)n;
    return 0;
}

int main(void) {
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    int *a = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    printf("%d\n", longestDistinctRun(a, n));
    free(a);
    return 0;
}
