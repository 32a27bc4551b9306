#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

/* Return true if s (length n), keeping only letters and digits and ignoring case, reads the
 * same forwards and backwards. */
bool isPalindrome(const char* s, int n) {
    /* TODO: your code here */
    return false;
}

int main(void) {
    int cap = 1 << 16, n = 0, c;
    char* s = malloc(cap);
    while ((c = getchar()) != EOF && c != '\n') {
        if (n + 1 >= cap) {
            cap *= 2;
            s = realloc(s, cap);
        }
        s[n++] = (char)c;
    }
    s[n] = '\0';
    printf("%s\n", isPalindrome(s, n) ? "true" : "false");
    free(s);
    return 0;
}
