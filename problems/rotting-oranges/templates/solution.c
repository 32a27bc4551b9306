#include <stdio.h>
#include <stdlib.h>

/* grid[r][c] is '0' (empty), '1' (fresh orange) or '2' (rotten orange). Each minute, every
   rotten orange rots the fresh oranges directly above, below, left and right of it. Return
   the number of minutes until no fresh orange is left, or -1 if that never happens (0 if
   there is no fresh orange to begin with). You may modify grid. */
int orangesRotting(char** grid, int rows, int cols) {
    /* TODO: your code here */
    (void)grid;
    (void)rows;
    (void)cols;
    return 0;
}

int main(void) {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2) return 0;
    char** grid = malloc(sizeof(char*) * (size_t)rows);
    for (int r = 0; r < rows; r++) {
        grid[r] = malloc((size_t)cols + 1);
        int ch = getchar();
        while (ch != '0' && ch != '1' && ch != '2' && ch != EOF) ch = getchar();
        for (int c = 0; c < cols; c++) {
            grid[r][c] = (char)ch;
            ch = getchar();
        }
        grid[r][cols] = '\0';
    }
    printf("%d\n", orangesRotting(grid, rows, cols));
    for (int r = 0; r < rows; r++) free(grid[r]);
    free(grid);
    return 0;
}
