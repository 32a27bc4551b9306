#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>

/* Return true if the last index can be reached from index 0, where nums[i] is the
   longest jump allowed from index i. */
bool canJump(const int* nums, int n) {
    /* TODO: your code here */
    return false;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int* nums = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%d", &nums[i]);
    puts(canJump(nums, n) ? "true" : "false");
    free(nums);
    return 0;
}
