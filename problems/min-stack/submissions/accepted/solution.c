/* Intended solution: a second stack of running minimums, O(1) per operation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int* values;
    int* mins; /* mins[i] = minimum of values[0..i] */
    int size;
} MinStack;

MinStack* minStackCreate(int capacity) {
    MinStack* obj = malloc(sizeof(MinStack));
    size_t cap = (size_t)(capacity > 0 ? capacity : 1);
    obj->values = malloc(sizeof(int) * cap);
    obj->mins = malloc(sizeof(int) * cap);
    obj->size = 0;
    return obj;
}

void minStackPush(MinStack* obj, int x) {
    int s = obj->size;
    obj->values[s] = x;
    obj->mins[s] = (s == 0 || x < obj->mins[s - 1]) ? x : obj->mins[s - 1];
    obj->size = s + 1;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->values[obj->size - 1];
}

int minStackGetMin(MinStack* obj) {
    return obj->mins[obj->size - 1];
}

void minStackFree(MinStack* obj) {
    free(obj->values);
    free(obj->mins);
    free(obj);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    MinStack* stack = minStackCreate(q);
    char op[16];
    for (int i = 0; i < q; i++) {
        if (scanf("%15s", op) != 1) break;
        if (strcmp(op, "push") == 0) {
            int x;
            if (scanf("%d", &x) != 1) break;
            minStackPush(stack, x);
        } else if (strcmp(op, "pop") == 0) {
            minStackPop(stack);
        } else if (strcmp(op, "top") == 0) {
            printf("%d\n", minStackTop(stack));
        } else { /* "getMin" */
            printf("%d\n", minStackGetMin(stack));
        }
    }
    minStackFree(stack);
    return 0;
}
