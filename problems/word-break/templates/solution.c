#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Return true if s can be split into a sequence of one or more of the m words of wordDict (a
   word may be used any number of times), false otherwise. */
bool wordBreak(const char* s, char** wordDict, int m) {
    /* TODO: your code here */
    return false;
}

int main(void) {
    static char s[10001 + 16];
    int m;
    if (scanf("%10016s %d", s, &m) != 2) return 0;
    char** wordDict = malloc(sizeof(char*) * (size_t)(m > 0 ? m : 1));
    for (int i = 0; i < m; i++) {
        wordDict[i] = malloc(32);
        if (scanf("%31s", wordDict[i]) != 1) wordDict[i][0] = '\0';
    }
    printf("%s\n", wordBreak(s, wordDict, m) ? "true" : "false");
    for (int i = 0; i < m; i++) free(wordDict[i]);
    free(wordDict);
    return 0;
}
