#include <stdio.h>
#include <stdlib.h>

struct TreeNode {
    long long val;
    struct TreeNode* left;
    struct TreeNode* right;
};

/* Return the number of nodes on the longest path from root down to a leaf.
 * root is NULL for an empty tree (depth 0). */
int maxDepth(struct TreeNode* root) {
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
    printf("%d\n", maxDepth(root));
    free(nodes);
    free(l);
    free(r);
    return 0;
}
