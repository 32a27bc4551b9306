#include <stdio.h>
#include <stdlib.h>

/* Cities are numbered 1..n. Flight i (0 <= i < m) goes from flights[i][0] to flights[i][1]
   and costs flights[i][2]. Return the cheapest price of a route from src to dst with at
   most k stops (at most k + 1 flights), 0 if src == dst, or -1 if there is no such route. */
int findCheapestPrice(int n, int m, int (*flights)[3], int src, int dst, int k) {
    /* TODO: your code here */
    (void)n;
    (void)m;
    (void)flights;
    (void)src;
    (void)dst;
    (void)k;
    return 0;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    int (*flights)[3] = malloc(sizeof(int[3]) * (size_t)(m > 0 ? m : 1));
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d %d", &flights[i][0], &flights[i][1], &flights[i][2]) != 3) return 0;
    }
    int src, dst, k;
    if (scanf("%d %d %d", &src, &dst, &k) != 3) return 0;
    printf("%d\n", findCheapestPrice(n, m, flights, src, dst, k));
    free(flights);
    return 0;
}
