#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

struct TreeNode {
    long long val;
    struct TreeNode* left;
    struct TreeNode* right;
};

/* Return true if the tree is a binary search tree: for every node, all values in its left
 * subtree are smaller and all values in its right subtree are larger (strictly).
 * root is NULL for an empty tree. */
bool isValidBST(struct TreeNode* root) {
    /* TODO: your code here */
    return false;
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
    printf("%s\n", isValidBST(root) ? "true" : "false");
    free(nodes);
    free(l);
    free(r);
    return 0;
}
