#include <stdio.h>
#include <stdlib.h>

/* Return the largest total profit of at most k trades (buy one share, sell it on a later
   day; at most one share held at a time), or 0 if no trade makes money. */
long long maxProfit(int k, const long long* prices, int n) {
    /* TODO: your code here */
    return 0;
}

int main(void) {
    int n = 0, k = 0;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    long long* prices = malloc(sizeof(long long) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%lld", &prices[i]);
    printf("%lld\n", maxProfit(k, prices, n));
    free(prices);
    return 0;
}
