#include <stdio.h>
#include <stdlib.h>

struct TreeNode {
    long long val;
    struct TreeNode* left;
    struct TreeNode* right;
};

/* Write the values of the tree level by level, from left to right within a level, into
 * values[] (room for n values), and the number of nodes of level d into levelSizes[d] (room
 * for n levels; the root is at depth 0). Return the number of levels (0 for an empty tree,
 * where root is NULL). */
int levelOrder(struct TreeNode* root, int n, long long* values, int* levelSizes) {
    /* TODO: your code here */
    return 0;
}

int main(void) {
    int n = 0;
    if (scanf("%d", &n) != 1) n = 0;
    struct TreeNode* nodes = malloc(sizeof(struct TreeNode) * (n + 1));
    int* l = malloc(sizeof(int) * (n + 1));
    int* r = malloc(sizeof(int) * (n + 1));
    for (int i = 1; i <= n; ++i) {
        if (scanf("%lld %d %d", &nodes[i].val, &l[i], &r[i]) != 3) return 1;
    }
    for (int i = 1; i <= n; ++i) {
        nodes[i].left = l[i] ? &nodes[l[i]] : NULL;
        nodes[i].right = r[i] ? &nodes[r[i]] : NULL;
    }
    struct TreeNode* root = n > 0 ? &nodes[1] : NULL;
    long long* values = malloc(sizeof(long long) * (n + 1));
    int* levelSizes = calloc((size_t)n + 1, sizeof(int));

    int levels = levelOrder(root, n, values, levelSizes);

    int k = 0;
    for (int d = 0; d < levels && d <= n; ++d) {
        for (int i = 0; i < levelSizes[d] && k < n; ++i, ++k) printf(i > 0 ? " %lld" : "%lld", values[k]);
        printf("\n");
    }
    free(nodes);
    free(l);
    free(r);
    free(values);
    free(levelSizes);
    return 0;
}
