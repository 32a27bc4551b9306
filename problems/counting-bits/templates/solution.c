#include <stdio.h>
#include <stdlib.h>

/* Store in bits[i] the number of 1 bits in the binary representation of i, for
   i = 0, 1, ..., n (bits has room for n + 1 entries). Aim for O(n) time in total. */
void countBits(int n, int* bits) {
    /* TODO: your code here */
    for (int i = 0; i <= n; i++) bits[i] = 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int* bits = malloc(sizeof(int) * (size_t)(n + 1));
    countBits(n, bits);
    for (int i = 0; i <= n; i++) printf(i > 0 ? " %d" : "%d", bits[i]);
    printf("\n");
    free(bits);
    return 0;
}
