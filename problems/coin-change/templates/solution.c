#include <stdio.h>
#include <stdlib.h>

/* Return the fewest coins (each value usable any number of times) that add up to exactly
 * amount, or -1 if that is impossible. amount = 0 needs 0 coins. */
int coinChange(const int *coins, int n, int amount) {
    /* TODO: your code here */
    (void)coins;
    (void)n;
    (void)amount;
    return 0;
}

int main(void) {
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2) return 0;
    int *coins = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &coins[i]) != 1) return 0;
    }
    printf("%d\n", coinChange(coins, n, amount));
    free(coins);
    return 0;
}
