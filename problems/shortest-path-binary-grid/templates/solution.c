#include <stdio.h>
#include <stdlib.h>

/* Return the number of cells on a shortest path from the top-left cell to the bottom-right
 * cell, moving in 8 directions through '0' cells only, or -1 if there is no such path.
 * grid[r][c] is '0' (free) or '1' (blocked). You may modify grid. */
int shortestPathBinaryMatrix(char **grid, int rows, int cols) {
    /* TODO: your code here */
    (void)grid;
    (void)rows;
    (void)cols;
    return 0;
}

int main(void) {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2) return 0;
    char **grid = malloc(sizeof(char *) * rows);
    for (int r = 0; r < rows; r++) {
        grid[r] = malloc(cols + 1);
        int ch = getchar();
        while (ch != '0' && ch != '1' && ch != EOF) ch = getchar();
        for (int c = 0; c < cols; c++) {
            grid[r][c] = (char)ch;
            ch = getchar();
        }
        grid[r][cols] = '\0';
    }
    printf("%d\n", shortestPathBinaryMatrix(grid, rows, cols));
    for (int r = 0; r < rows; r++) free(grid[r]);
    free(grid);
    return 0;
}
