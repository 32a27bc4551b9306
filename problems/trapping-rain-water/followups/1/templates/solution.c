#include <stdio.h>
#include <stdlib.h>

/* Use O(1) extra memory besides the heights.
 * Return the total amount of water trapped between the n bars of the given heights.
 * The total may not fit in an int. */
long long trap(const int *height, int n) {
    /* TODO: your code here */
    (void)height;
    (void)n;
    return 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int *height = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int k = 0; k < n; k++) {
        if (scanf("%d", &height[k]) != 1) return 0;
    }
    printf("%lld\n", trap(height, n));
    free(height);
    return 0;
}
