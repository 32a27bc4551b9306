#include <stdio.h>
#include <stdlib.h>

/* Courses are numbered 1..n. For each i < m, course b[i] must be taken before course a[i].
 * If an order that takes all n courses exists, write one (any valid order) into
 * order[0..n-1] and return 1; otherwise return 0. */
int findOrder(int n, int m, const int *a, const int *b, int *order) {
    /* TODO: your code here */
    (void)n;
    (void)m;
    (void)a;
    (void)b;
    (void)order;
    return 0;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    int *a = malloc(sizeof(int) * (m + 1));
    int *b = malloc(sizeof(int) * (m + 1));
    int *order = malloc(sizeof(int) * (n + 1));
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d", &a[i], &b[i]) != 2) return 0;
    }
    if (!findOrder(n, m, a, b, order)) {
        printf("IMPOSSIBLE\n");
    } else {
        for (int i = 0; i < n; i++) printf("%d%c", order[i], i + 1 < n ? ' ' : '\n');
    }
    free(a);
    free(b);
    free(order);
    return 0;
}
