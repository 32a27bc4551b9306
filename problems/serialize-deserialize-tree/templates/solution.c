#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct TreeNode {
    long long val;
    struct TreeNode* left;
    struct TreeNode* right;
};

/* Encodes a binary tree as a string, and decodes such a string back into a tree.
 * The starter code encodes every tree first, then wipes the original trees, and only then
 * decodes the strings: deserialize must rebuild the tree from the string alone. */

/* Encode the tree rooted at root (NULL for an empty tree) as a NUL-terminated string
 * allocated with malloc (the starter code frees it). */
char* serialize(struct TreeNode* root) {
    /* TODO: your code here */
    char* s = malloc(1);
    s[0] = '\0';
    return s;
}

/* Decode a string made by serialize into a new tree (allocate the nodes with malloc) and
 * return its root (NULL for an empty tree). */
struct TreeNode* deserialize(const char* data) {
    /* TODO: your code here */
    return NULL;
}

/* ---- the starter code runs the codec and prints the trees; no need to read further ---- */

static struct TreeNode* all; /* every original node, in one array */
static int total;

static int isOriginal(const struct TreeNode* p) {
    uintptr_t a = (uintptr_t)p, lo = (uintptr_t)all, hi = (uintptr_t)(all + total);
    return total > 0 && a >= lo && a < hi;
}

/* Prints the tree in the shared format, numbering the nodes in level order (root = 1, then
 * breadth-first, left to right). Refuses a tree that uses an original node or has more than
 * n nodes. */
static void printTree(struct TreeNode* root, int n) {
    struct TreeNode** order = malloc(sizeof(struct TreeNode*) * (size_t)(n + 2));
    int size = 0;
    if (root) order[size++] = root;
    for (int i = 0; i < size && size <= n; ++i) {
        if (isOriginal(order[i])) {
            printf("error: the decoded tree uses a node of the original tree\n");
            free(order);
            return;
        }
        if (order[i]->left) order[size++] = order[i]->left;
        if (order[i]->right && size <= n) order[size++] = order[i]->right;
    }
    if (size > n) {
        printf("error: the decoded tree has more nodes than the original\n");
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
    int t = 0;
    if (scanf("%d", &t) != 1) return 0;
    int* size = malloc(sizeof(int) * (size_t)(t + 1));
    int* start = malloc(sizeof(int) * (size_t)(t + 1));
    int cap = 1024;
    long long* val = malloc(sizeof(long long) * (size_t)cap);
    int* lc = malloc(sizeof(int) * (size_t)cap);
    int* rc = malloc(sizeof(int) * (size_t)cap);
    total = 0;
    for (int k = 0; k < t; ++k) {
        if (scanf("%d", &size[k]) != 1) return 0;
        start[k] = total;
        for (int i = 0; i < size[k]; ++i) {
            if (total == cap) {
                cap *= 2;
                val = realloc(val, sizeof(long long) * (size_t)cap);
                lc = realloc(lc, sizeof(int) * (size_t)cap);
                rc = realloc(rc, sizeof(int) * (size_t)cap);
            }
            if (scanf("%lld %d %d", &val[total], &lc[total], &rc[total]) != 3) return 0;
            ++total;
        }
    }
    all = malloc(sizeof(struct TreeNode) * (size_t)(total > 0 ? total : 1));
    for (int k = 0; k < t; ++k) {
        struct TreeNode* node = all + start[k] - 1; /* node[1..size[k]] */
        for (int i = 1; i <= size[k]; ++i) {
            int j = start[k] + i - 1;
            node[i].val = val[j];
            node[i].left = lc[j] ? &node[lc[j]] : NULL;
            node[i].right = rc[j] ? &node[rc[j]] : NULL;
        }
    }

    /* Phase 1: encode every tree. */
    char** encoded = malloc(sizeof(char*) * (size_t)(t + 1));
    for (int k = 0; k < t; ++k) encoded[k] = serialize(size[k] > 0 ? &all[start[k]] : NULL);

    /* Wipe the original trees (their nodes stay allocated, so no address is reused). */
    for (int j = 0; j < total; ++j) {
        all[j].val = 0;
        all[j].left = all[j].right = NULL;
    }

    /* Phase 2: decode the strings, last one first. */
    struct TreeNode** decoded = malloc(sizeof(struct TreeNode*) * (size_t)(t + 1));
    for (int k = t - 1; k >= 0; --k) decoded[k] = deserialize(encoded[k]);

    for (int k = 0; k < t; ++k) printTree(decoded[k], size[k]);
    for (int k = 0; k < t; ++k) free(encoded[k]);
    return 0;
}
