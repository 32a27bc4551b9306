#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A stack of integers that also reports its minimum.
   Every operation should take O(1) time. */
typedef struct {
    /* TODO: your fields */
    int size;
} MinStack;

/* capacity: the stack never holds more than this many elements. */
MinStack* minStackCreate(int capacity) {
    MinStack* obj = malloc(sizeof(MinStack));
    obj->size = 0;
    /* TODO: allocate what you need */
    return obj;
}

/* Put x on top of the stack. */
void minStackPush(MinStack* obj, int x) {
    /* TODO */
}

/* Remove the top element (the stack is never empty here). */
void minStackPop(MinStack* obj) {
    /* TODO */
}

/* Return the top element (the stack is never empty here). */
int minStackTop(MinStack* obj) {
    /* TODO */
    return 0;
}

/* Return the smallest element in the stack (the stack is never empty here). */
int minStackGetMin(MinStack* obj) {
    /* TODO */
    return 0;
}

void minStackFree(MinStack* obj) {
    /* TODO: free what you allocated */
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
