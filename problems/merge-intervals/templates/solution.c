#include <stdio.h>
#include <stdlib.h>

/* intervals[i][0..1] = l, r: a closed interval; n of them, in any order.
   Write the merged intervals (overlapping or touching ones combined), sorted by l, into
   result (room for n intervals) and return how many there are. */
int merge(int (*intervals)[2], int n, int (*result)[2]) {
    /* TODO: your code here */
    return 0;
}

int main(void) {
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    int (*intervals)[2] = malloc(sizeof(int[2]) * (n > 0 ? n : 1));
    int (*result)[2] = malloc(sizeof(int[2]) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%d %d", &intervals[i][0], &intervals[i][1]);
    int m = merge(intervals, n, result);
    printf("%d\n", m);
    for (int i = 0; i < m; i++) printf("%d %d\n", result[i][0], result[i][1]);
    free(intervals);
    free(result);
    return 0;
}
