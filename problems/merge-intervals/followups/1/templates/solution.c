#include <stdio.h>
#include <stdlib.h>

/* intervals[i][0..1] = l, r: the closed interval that arrives i-th; n of them.
   Write into counts[i] the number of disjoint intervals in the union of intervals[0..i]
   (overlapping or touching intervals merge). */
void countAfterEach(int (*intervals)[2], int n, int *counts) {
    /* TODO: your code here */
    for (int i = 0; i < n; i++) counts[i] = 0;
}

int main(void) {
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    int (*intervals)[2] = malloc(sizeof(int[2]) * (n > 0 ? n : 1));
    int *counts = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%d %d", &intervals[i][0], &intervals[i][1]);
    countAfterEach(intervals, n, counts);
    for (int i = 0; i < n; i++) printf("%d\n", counts[i]);
    free(intervals);
    free(counts);
    return 0;
}
