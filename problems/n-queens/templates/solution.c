#include <stdio.h>

/* Return the number of ways to place n queens on an n x n board so that no two attack each
 * other (same row, column or diagonal). */
long long totalNQueens(int n) {
    /* TODO: your code here */
    return 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    printf("%lld\n", totalNQueens(n));
    return 0;
}
