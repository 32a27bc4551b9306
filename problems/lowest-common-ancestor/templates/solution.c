#include <stdio.h>
#include <stdlib.h>

struct TreeNode {
    int id; /* the node's index in the input, 1..n (handy for arrays) */
    long long val;
    struct TreeNode* left;
    struct TreeNode* right;
};

/* Called once, before the queries, with the root and the number of nodes. */
void lcaInit(struct TreeNode* root, int n) {
    /* TODO: preprocess the tree here */
}

/* Return the lowest common ancestor of u and v (a node is its own ancestor). */
struct TreeNode* lcaQuery(struct TreeNode* u, struct TreeNode* v) {
    /* TODO: your code here */
    return u;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    struct TreeNode* nodes = malloc(sizeof(struct TreeNode) * (n + 1));
    int* l = malloc(sizeof(int) * (n + 1));
    int* r = malloc(sizeof(int) * (n + 1));
    for (int i = 1; i <= n; ++i) {
        nodes[i].id = i;
        if (scanf("%lld %d %d", &nodes[i].val, &l[i], &r[i]) != 3) return 1;
    }
    for (int i = 1; i <= n; ++i) {
        nodes[i].left = l[i] ? &nodes[l[i]] : NULL;
        nodes[i].right = r[i] ? &nodes[r[i]] : NULL;
    }
    lcaInit(&nodes[1], n);
    int q;
    if (scanf("%d", &q) != 1) return 1;
    for (int i = 0; i < q; ++i) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) return 1;
        printf("%d\n", lcaQuery(&nodes[u], &nodes[v])->id);
    }
    free(nodes);
    free(l);
    free(r);
    return 0;
}
