/* Intended solution: monotonic deque of indices, O(n). */
#include <stdio.h>
#include <stdlib.h>

/* Store in answer[0..n-k] the maximum of every window of k consecutive elements
   of nums, from the leftmost window to the rightmost (n - k + 1 values). */
void maxSlidingWindow(const int* nums, int n, int k, int* answer) {
    int* window = malloc(sizeof(int) * (size_t)n); /* deque of indices in window[head..tail) */
    int head = 0, tail = 0;
    for (int i = 0; i < n; i++) {
        while (tail > head && nums[window[tail - 1]] <= nums[i]) tail--;
        window[tail++] = i;
        if (window[head] <= i - k) head++;
        if (i >= k - 1) answer[i - k + 1] = nums[window[head]];
    }
    free(window);
}

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    int* nums = malloc(sizeof(int) * (size_t)n);
    int* answer = malloc(sizeof(int) * (size_t)(n - k + 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &nums[i]) != 1) return 0;
    }

    maxSlidingWindow(nums, n, k, answer);

    for (int i = 0; i < n - k + 1; i++) printf(i > 0 ? " %d" : "%d", answer[i]);
    printf("\n");
    free(nums);
    free(answer);
    return 0;
}
