#include <stdio.h>
#include <stdlib.h>

/* Rotate the n x n matrix by 90 degrees clockwise, in place: modify matrix itself (the
   caller prints it afterwards). matrix[r][c] is the cell in row r, column c. Try not to
   allocate a second n x n matrix. */
void rotate(int** matrix, int n) {
    /* TODO: your code here */
    (void)matrix;
    (void)n;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int** matrix = malloc(sizeof(int*) * (size_t)n);
    for (int r = 0; r < n; r++) {
        matrix[r] = malloc(sizeof(int) * (size_t)n);
        for (int c = 0; c < n; c++) {
            if (scanf("%d", &matrix[r][c]) != 1) return 0;
        }
    }

    rotate(matrix, n);

    for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) printf(c > 0 ? " %d" : "%d", matrix[r][c]);
        printf("\n");
    }
    for (int r = 0; r < n; r++) free(matrix[r]);
    free(matrix);
    return 0;
}
