#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int x, y;
} Point;

/* Write the k points of points[0..n-1] closest to the origin (0, 0) into result[0..k-1], in
   any order. If several points tie at the boundary distance, any of them may be chosen.
   You may reorder `points`. Careful: x * x + y * y does not fit in an int. */
void kClosest(Point* points, int n, int k, Point* result) {
    /* TODO: your code here */
}

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    Point* points = malloc(sizeof(Point) * (size_t)n);
    for (int i = 0; i < n; i++) {
        if (scanf("%d %d", &points[i].x, &points[i].y) != 2) return 0;
    }
    Point* result = calloc((size_t)k, sizeof(Point));
    kClosest(points, n, k, result);
    for (int i = 0; i < k; i++) printf("%d %d\n", result[i].x, result[i].y);
    free(points);
    free(result);
    return 0;
}
