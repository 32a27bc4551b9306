/* Intended solution: monotonic stack of days still waiting for a warmer one, O(n). */
#include <stdio.h>
#include <stdlib.h>

/* For every day i, store in answer[i] the number of days until a strictly
   warmer day (0 if there is none). answer has room for n entries. */
void dailyTemperatures(const int* temps, int n, int* answer) {
    int* waiting = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1)); /* stack of days */
    int top = 0;
    for (int i = 0; i < n; i++) {
        answer[i] = 0;
        while (top > 0 && temps[waiting[top - 1]] < temps[i]) {
            int j = waiting[--top];
            answer[j] = i - j;
        }
        waiting[top++] = i;
    }
    free(waiting);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int* temps = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    int* answer = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &temps[i]) != 1) return 0;
    }

    dailyTemperatures(temps, n, answer);

    for (int i = 0; i < n; i++) printf(i > 0 ? " %d" : "%d", answer[i]);
    printf("\n");
    free(temps);
    free(answer);
    return 0;
}
