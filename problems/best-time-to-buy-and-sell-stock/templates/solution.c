#include <stdio.h>
#include <stdlib.h>

/* Return the maximum profit of one buy followed by one later sell, or 0 if no trade
   makes money. */
long long maxProfit(const long long* prices, int n) {
    /* TODO: your code here */
    return 0;
}

int main(void) {
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    long long* prices = malloc(sizeof(long long) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%lld", &prices[i]);
    printf("%lld\n", maxProfit(prices, n));
    free(prices);
    return 0;
}
