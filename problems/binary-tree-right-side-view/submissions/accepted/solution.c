/* Intended solution: BFS with an array used as a queue; the last node of each level is
   visible. O(n) time and space. */
#include <stdio.h>
#include <stdlib.h>

struct TreeNode {
    long long val;
    struct TreeNode* left;
    struct TreeNode* right;
};

/* Write into view[] (room for n values) the values seen from the right side: for every level
 * from the root down, the value of the last node of that level from left to right. Return
 * how many values you wrote (the number of levels; 0 for an empty tree, where root is NULL). */
int rightSideView(struct TreeNode* root, int n, long long* view) {
    if (root == NULL) return 0;
    struct TreeNode** q = malloc(sizeof(struct TreeNode*) * (size_t)n);
    int head = 0, tail = 0, m = 0;
    q[tail++] = root;
    while (head < tail) {
        int end = tail;
        view[m++] = q[end - 1]->val;    /* the last node of this level */
        for (; head < end; ++head) {
            struct TreeNode* u = q[head];
            if (u->left) q[tail++] = u->left;
            if (u->right) q[tail++] = u->right;
        }
    }
    free(q);
    return m;
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
    long long* view = malloc(sizeof(long long) * (n + 1));

    int m = rightSideView(root, n, view);

    for (int i = 0; i < m && i < n; ++i) printf(i > 0 ? " %lld" : "%lld", view[i]);
    printf("\n");
    free(nodes);
    free(l);
    free(r);
    free(view);
    return 0;
}
