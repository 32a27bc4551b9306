/* Intended solution without a hash map: the stack method. Walk the preorder; a new node is the
   left child of the stack's top unless the top is the next inorder value; then pop while it is,
   and the new node is the right child of the last node popped. O(n) time and space. */
#include <stdio.h>
#include <stdlib.h>

struct TreeNode {
    long long val;
    struct TreeNode* left;
    struct TreeNode* right;
};

/* Build the binary tree whose preorder and inorder traversals (n values each, all distinct)
 * are given and return its root, or NULL when n = 0. Allocate the nodes with malloc. */
struct TreeNode* buildTree(const long long* preorder, const long long* inorder, int n) {
    if (n == 0) return NULL;
    struct TreeNode** stack = malloc(sizeof(struct TreeNode*) * (size_t)n);
    int top = 0, j = 0;
    struct TreeNode* root = malloc(sizeof(struct TreeNode));
    root->val = preorder[0];
    root->left = root->right = NULL;
    stack[top++] = root;
    for (int i = 1; i < n; ++i) {
        struct TreeNode* node = malloc(sizeof(struct TreeNode));
        node->val = preorder[i];
        node->left = node->right = NULL;
        struct TreeNode* parent = stack[top - 1];
        if (parent->val != inorder[j]) {
            parent->left = node;
        } else {
            while (top > 0 && stack[top - 1]->val == inorder[j]) {
                parent = stack[--top];
                ++j;
            }
            parent->right = node;
        }
        stack[top++] = node;
    }
    free(stack);
    return root;
}

/* ---- the starter code prints the tree; no need to read further ---- */

/* Prints the tree in the shared format, numbering the nodes in level order (root = 1, then
 * breadth-first, left to right). Stops if more than n nodes are reached. */
static void printTree(struct TreeNode* root, int n) {
    struct TreeNode** order = malloc(sizeof(struct TreeNode*) * (size_t)(n + 2));
    int size = 0;
    if (root) order[size++] = root;
    for (int i = 0; i < size && size <= n; ++i) {
        if (order[i]->left) order[size++] = order[i]->left;
        if (order[i]->right && size <= n) order[size++] = order[i]->right;
    }
    if (size > n) {
        printf("error: the tree has more than n nodes, or a node is reached twice\n");
        free(order);
        return;
    }
    printf("%d\n", size);
    int next = 2; /* children are numbered in the order breadth-first search meets them */
    for (int i = 0; i < size; ++i) {
        int l = order[i]->left ? next++ : 0;
        int r = order[i]->right ? next++ : 0;
        printf("%lld %d %d\n", order[i]->val, l, r);
    }
    free(order);
}

int main(void) {
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    long long* preorder = malloc(sizeof(long long) * (size_t)(n + 1));
    long long* inorder = malloc(sizeof(long long) * (size_t)(n + 1));
    for (int i = 0; i < n; ++i)
        if (scanf("%lld", &preorder[i]) != 1) return 0;
    for (int i = 0; i < n; ++i)
        if (scanf("%lld", &inorder[i]) != 1) return 0;

    struct TreeNode* root = buildTree(preorder, inorder, n);

    printTree(root, n);
    free(preorder);
    free(inorder);
    return 0;
}
