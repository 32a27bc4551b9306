#include <stdio.h>
#include <stdlib.h>

/* Store in out[0 .. rows*cols-1] the values of the matrix in spiral order: along the top
   row from left to right, down the right column, along the bottom row from right to left,
   up the left column, then the same for the inner part, until every cell has been listed
   exactly once. matrix[r][c] is the cell in row r, column c; rows, cols >= 1.
   out has room for rows * cols values. */
void spiralOrder(int** matrix, int rows, int cols, int* out) {
    /* TODO: your code here */
    (void)matrix;
    for (int i = 0; i < rows * cols; i++) out[i] = 0;
}

int main(void) {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2) return 0;
    int** matrix = malloc(sizeof(int*) * (size_t)rows);
    for (int r = 0; r < rows; r++) {
        matrix[r] = malloc(sizeof(int) * (size_t)cols);
        for (int c = 0; c < cols; c++) {
            if (scanf("%d", &matrix[r][c]) != 1) return 0;
        }
    }
    int* out = malloc(sizeof(int) * (size_t)rows * (size_t)cols);

    spiralOrder(matrix, rows, cols, out);

    for (int i = 0; i < rows * cols; i++) printf(i > 0 ? " %d" : "%d", out[i]);
    printf("\n");
    for (int r = 0; r < rows; r++) free(matrix[r]);
    free(matrix);
    free(out);
    return 0;
}
