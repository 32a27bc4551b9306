#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Return true if every bracket in s (of length n) is closed by a bracket of the same type,
 * in the right order; false otherwise. s contains only ()[]{} and may be empty (n = 0). */
bool isValid(const char *s, size_t n) {
    /* TODO: your code here */
    (void)s;
    (void)n;
    return false;
}

int main(void) {
    size_t cap = 1 << 16, n = 0;
    char *s = malloc(cap);
    int c;
    while ((c = getchar()) != EOF && c != '\n') { /* the whole line; empty when s is empty */
        if (n + 1 >= cap) {
            cap *= 2;
            s = realloc(s, cap);
        }
        s[n++] = (char)c;
    }
    while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' ')) n--;
    s[n] = '\0';
    puts(isValid(s, n) ? "true" : "false");
    free(s);
    return 0;
}
