#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A stack of integers that also reports its maximum and can remove it from anywhere.
   Every operation should take O(log n) time. */
typedef struct {
    /* TODO: your fields */
    int size;
} MaxStack;

/* capacity: at most this many pushes happen in total. */
MaxStack* maxStackCreate(int capacity) {
    MaxStack* obj = malloc(sizeof(MaxStack));
    obj->size = 0;
    /* TODO: allocate what you need */
    (void)capacity;
    return obj;
}

/* Put x on top of the stack. */
void maxStackPush(MaxStack* obj, int x) {
    /* TODO */
    (void)obj;
    (void)x;
}

/* Remove the top element (the stack is never empty here). */
void maxStackPop(MaxStack* obj) {
    /* TODO */
    (void)obj;
}

/* Return the top element (the stack is never empty here). */
int maxStackTop(MaxStack* obj) {
    /* TODO */
    (void)obj;
    return 0;
}

/* Return the largest element in the stack (the stack is never empty here). */
int maxStackGetMax(MaxStack* obj) {
    /* TODO */
    (void)obj;
    return 0;
}

/* Remove the largest element and return it; if it occurs several times, remove the copy
   nearest the top (the stack is never empty here). */
int maxStackPopMax(MaxStack* obj) {
    /* TODO */
    (void)obj;
    return 0;
}

void maxStackFree(MaxStack* obj) {
    /* TODO: free what you allocated */
    free(obj);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    MaxStack* stack = maxStackCreate(q);
    char op[16];
    for (int i = 0; i < q; i++) {
        if (scanf("%15s", op) != 1) break;
        if (strcmp(op, "push") == 0) {
            int x;
            if (scanf("%d", &x) != 1) break;
            maxStackPush(stack, x);
        } else if (strcmp(op, "pop") == 0) {
            maxStackPop(stack);
        } else if (strcmp(op, "top") == 0) {
            printf("%d\n", maxStackTop(stack));
        } else if (strcmp(op, "getMax") == 0) {
            printf("%d\n", maxStackGetMax(stack));
        } else { /* "popMax" */
            printf("%d\n", maxStackPopMax(stack));
        }
    }
    maxStackFree(stack);
    return 0;
}
