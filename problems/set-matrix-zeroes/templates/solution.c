#include <stdio.h>
#include <stdlib.h>

/* For every cell that holds 0 in the original matrix, set its whole row and its whole
   column to 0. Modify matrix in place (the caller prints it afterwards); matrix[r][c] is the
   cell in row r, column c. Zeros that you write do not count as original zeros. */
void setZeroes(int** matrix, int rows, int cols) {
    /* TODO: your code here */
    (void)matrix;
    (void)rows;
    (void)cols;
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

    setZeroes(matrix, rows, cols);

    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) printf(c > 0 ? " %d" : "%d", matrix[r][c]);
        printf("\n");
    }
    for (int r = 0; r < rows; r++) free(matrix[r]);
    free(matrix);
    return 0;
}
