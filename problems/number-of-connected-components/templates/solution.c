#include <stdio.h>
#include <stdlib.h>

/* Nodes are numbered 1..n; edges[i][0] and edges[i][1] (0 <= i < m) are the two ends of an
   undirected edge (equal ends and repeated pairs are possible). Return the number of
   connected components. */
int countComponents(int n, int m, int (*edges)[2]) {
    /* TODO: your code here */
    (void)n;
    (void)m;
    (void)edges;
    return 0;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    int (*edges)[2] = malloc(sizeof(int[2]) * (size_t)(m > 0 ? m : 1));
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d", &edges[i][0], &edges[i][1]) != 2) return 0;
    }
    printf("%d\n", countComponents(n, m, edges));
    free(edges);
    return 0;
}
