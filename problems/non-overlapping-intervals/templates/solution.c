#include <stdio.h>
#include <stdlib.h>

/* starts[i], ends[i] describe the half-open interval [starts[i], ends[i]). Return the minimum
   number of intervals to remove so that no two of the remaining ones overlap (touching is
   fine). You may reorder the arrays. */
int eraseOverlapIntervals(int* starts, int* ends, int n) {
    /* TODO: your code here */
    return -1;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int* starts = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    int* ends = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d %d", &starts[i], &ends[i]) != 2) return 0;
    }
    printf("%d\n", eraseOverlapIntervals(starts, ends, n));
    free(starts);
    free(ends);
    return 0;
}
