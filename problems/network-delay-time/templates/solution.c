#include <stdio.h>
#include <stdlib.h>

/* Nodes are numbered 1..n. Edge i is a one-way link from edges[i][0] to edges[i][1] with
   delay edges[i][2] (1 <= delay <= 10^9), for 0 <= i < m. A signal starts at node k at time
   0. Return the time at which the last node receives it, or -1 if some node never does.
   The answer can exceed 32 bits. */
long long networkDelayTime(int n, int m, int (*edges)[3], int k) {
    /* TODO: your code here */
    (void)n;
    (void)m;
    (void)edges;
    (void)k;
    return 0;
}

int main(void) {
    int n, m, k;
    if (scanf("%d %d %d", &n, &m, &k) != 3) return 0;
    int (*edges)[3] = malloc(sizeof(int[3]) * (size_t)(m > 0 ? m : 1));
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d %d", &edges[i][0], &edges[i][1], &edges[i][2]) != 3) return 0;
    }
    printf("%lld\n", networkDelayTime(n, m, edges, k));
    free(edges);
    return 0;
}
