/* Intended solution: bits[i] = bits[i >> 1] + (i & 1). O(n) time, O(1) extra space. */
#include <stdio.h>
#include <stdlib.h>

/* Store in bits[i] the number of 1 bits in the binary representation of i, for
   i = 0, 1, ..., n (bits has room for n + 1 entries). Aim for O(n) time in total. */
void countBits(int n, int* bits) {
    bits[0] = 0;
    for (int i = 1; i <= n; i++) bits[i] = bits[i >> 1] + (i & 1); /* drop the lowest bit */
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
