#include <stdio.h>
#include <stdlib.h>

/* The n edges (edges[i][0], edges[i][1]) form a tree on the nodes 1..n plus one extra edge.
   Return the index i of the edge whose removal leaves a tree; if several edges qualify, the
   one that appears last (the largest index). */
int findRedundantConnection(int n, int (*edges)[2]) {
    /* TODO: your code here */
    (void)n;
    (void)edges;
    return 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int (*edges)[2] = malloc(sizeof(int[2]) * (size_t)n);
    for (int i = 0; i < n; i++) {
        if (scanf("%d %d", &edges[i][0], &edges[i][1]) != 2) return 0;
    }
    int i = findRedundantConnection(n, edges);
    if (i >= 0 && i < n) printf("%d %d\n", edges[i][0], edges[i][1]);
    else printf("-1 -1\n");
    free(edges);
    return 0;
}
