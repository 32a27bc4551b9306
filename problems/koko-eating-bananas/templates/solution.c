#include <stdio.h>
#include <stdlib.h>

/* Return the smallest integer speed k >= 1 such that eating the n piles at k bananas per
   hour (one pile at a time, ceil(pile / k) hours per pile) takes at most h hours. */
int minEatingSpeed(const int* piles, int n, int h) {
    /* TODO: your code here */
    return 0;
}

int main(void) {
    int n, h;
    if (scanf("%d %d", &n, &h) != 2) return 0;
    int* piles = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%d", &piles[i]);
    printf("%d\n", minEatingSpeed(piles, n, h));
    free(piles);
    return 0;
}
