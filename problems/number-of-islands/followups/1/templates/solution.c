#include <stdio.h>
#include <stdlib.h>

/* The grid has rows x cols cells, all water at first. cells[i][0..1] = r, c becomes land at
   step i (it may already be land); q steps. Write into counts[i] the number of islands
   (4-directional) after the first i + 1 additions. */
void numIslandsAfterEach(int rows, int cols, int (*cells)[2], int q, int *counts) {
    /* TODO: your code here */
    for (int i = 0; i < q; i++) counts[i] = 0;
}

int main(void) {
    int rows, cols, q;
    if (scanf("%d %d %d", &rows, &cols, &q) != 3) return 0;
    int (*cells)[2] = malloc(sizeof(int[2]) * (q > 0 ? q : 1));
    int *counts = malloc(sizeof(int) * (q > 0 ? q : 1));
    for (int i = 0; i < q; i++) scanf("%d %d", &cells[i][0], &cells[i][1]);
    numIslandsAfterEach(rows, cols, cells, q, counts);
    for (int i = 0; i < q; i++) printf("%d\n", counts[i]);
    free(cells);
    free(counts);
    return 0;
}
