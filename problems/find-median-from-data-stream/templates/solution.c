#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Keeps a growing collection of integers and reports its median.
   medianFinderAdd should take O(log n) time, medianFinderMedian O(1). */
typedef struct {
    int capacity; /* the most values that will ever be added */
    /* TODO: your fields */
} MedianFinder;

MedianFinder* medianFinderCreate(int capacity) {
    MedianFinder* obj = malloc(sizeof(MedianFinder));
    obj->capacity = capacity;
    /* TODO: allocate what you need */
    return obj;
}

/* Add x to the collection. */
void medianFinderAdd(MedianFinder* obj, int x) {
    /* TODO */
}

/* Return the median of the values added so far (never called on an empty collection).
   With an even count it is the mean of the two middle values, which may end in .5.
   Careful: the sum of two ints may not fit in an int. */
double medianFinderMedian(MedianFinder* obj) {
    /* TODO */
    return 0.0;
}

void medianFinderFree(MedianFinder* obj) {
    /* TODO: free what you allocated */
    free(obj);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    MedianFinder* finder = medianFinderCreate(q);
    char op[16];
    for (int i = 0; i < q; i++) {
        if (scanf("%15s", op) != 1) break;
        if (strcmp(op, "add") == 0) {
            int x;
            if (scanf("%d", &x) != 1) break;
            medianFinderAdd(finder, x);
        } else { /* "median" */
            /* One digit after the decimal point; adding 0.0 turns -0.0 into 0.0. */
            printf("%.1f\n", medianFinderMedian(finder) + 0.0);
        }
    }
    medianFinderFree(finder);
    return 0;
}
