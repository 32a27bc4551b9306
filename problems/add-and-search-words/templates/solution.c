#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A dictionary of lowercase words that can be searched with patterns in which '.' stands
   for any one letter. The added words have at most 500000 letters in total. */
typedef struct {
    int unused; /* TODO: your fields */
} WordDictionary;

WordDictionary* wordDictionaryCreate(void) {
    WordDictionary* d = malloc(sizeof(WordDictionary));
    /* TODO: set up your fields */
    return d;
}

/* Add word to the dictionary (adding a word twice changes nothing). */
void wordDictionaryAddWord(WordDictionary* d, const char* word) {
    /* TODO */
    (void)d;
    (void)word;
}

/* Return true if some added word matches pattern: the same length, and equal letters
   wherever pattern has a letter ('.' matches any letter). Patterns have at most 2 dots. */
bool wordDictionarySearch(WordDictionary* d, const char* pattern) {
    /* TODO */
    (void)d;
    (void)pattern;
    return false;
}

void wordDictionaryFree(WordDictionary* d) {
    /* TODO: free what you allocated */
    free(d);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    WordDictionary* dict = wordDictionaryCreate();
    char op[16], w[64];
    for (int i = 0; i < q; i++) {
        if (scanf("%15s %63s", op, w) != 2) break;
        if (strcmp(op, "add") == 0) {
            wordDictionaryAddWord(dict, w);
        } else { /* "search" */
            puts(wordDictionarySearch(dict, w) ? "true" : "false");
        }
    }
    wordDictionaryFree(dict);
    return 0;
}
