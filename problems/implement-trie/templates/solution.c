#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A trie (prefix tree) of lowercase words. Every operation should take O(length of the
   word) time, whatever the number of words stored. The inserted words have at most 500000
   letters in total. */
typedef struct {
    int unused; /* TODO: your fields */
} Trie;

Trie* trieCreate(void) {
    Trie* t = malloc(sizeof(Trie));
    /* TODO: set up your fields */
    return t;
}

/* Add word to the set of words (adding a word twice changes nothing). */
void trieInsert(Trie* t, const char* word) {
    /* TODO */
    (void)t;
    (void)word;
}

/* Return true if word was inserted before. */
bool trieSearch(Trie* t, const char* word) {
    /* TODO */
    (void)t;
    (void)word;
    return false;
}

/* Return true if some inserted word starts with prefix (a word starts with itself). */
bool trieStartsWith(Trie* t, const char* prefix) {
    /* TODO */
    (void)t;
    (void)prefix;
    return false;
}

void trieFree(Trie* t) {
    /* TODO: free what you allocated */
    free(t);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    Trie* trie = trieCreate();
    char op[16], w[64];
    for (int i = 0; i < q; i++) {
        if (scanf("%15s %63s", op, w) != 2) break;
        if (strcmp(op, "insert") == 0) {
            trieInsert(trie, w);
        } else if (strcmp(op, "search") == 0) {
            puts(trieSearch(trie, w) ? "true" : "false");
        } else { /* "prefix" */
            puts(trieStartsWith(trie, w) ? "true" : "false");
        }
    }
    trieFree(trie);
    return 0;
}
