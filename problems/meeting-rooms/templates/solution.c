#include <stdio.h>
#include <stdlib.h>

/* intervals[i][0..1] = s, e: a meeting occupying the half-open interval [s, e); n meetings.
   Return the minimum number of rooms needed to hold all meetings. */
int minMeetingRooms(int (*intervals)[2], int n) {
    /* TODO: your code here */
    return 0;
}

int main(void) {
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    int (*intervals)[2] = malloc(sizeof(int[2]) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%d %d", &intervals[i][0], &intervals[i][1]);
    printf("%d\n", minMeetingRooms(intervals, n));
    free(intervals);
    return 0;
}
