#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Return the length of the longest substring of s (of length n) in which no character
 * repeats. s contains printable ASCII characters (spaces included) and may be empty. */
int lengthOfLongestSubstring(const char *s, int n) {
    /* TODO: your code here */
    (void)s;
    (void)n;
    return 0;
}

int main(void) {
    size_t cap = 1 << 16, n = 0;
    char *s = malloc(cap);
    int c;
    while ((c = getchar()) != EOF && c != '\n') { /* the whole line: s may contain spaces */
        if (n + 1 >= cap) {
            cap *= 2;
            s = realloc(s, cap);
        }
        s[n++] = (char)c;
    }
    if (n > 0 && s[n - 1] == '\r') n--;
    s[n] = '\0';
    printf("%d\n", lengthOfLongestSubstring(s, (int)n));
    free(s);
    return 0;
}
