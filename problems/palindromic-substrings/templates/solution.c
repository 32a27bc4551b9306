#include <stdio.h>
#include <string.h>

/* Return the number of palindromic substrings of s (length n). Substrings at different
   positions count separately, even when they are equal. */
long long countSubstrings(const char* s, int n) {
    /* TODO: your code here */
    return -1;
}

int main(void) {
    static char s[5000 + 16];
    if (scanf("%5015s", s) != 1) return 0;
    printf("%lld\n", countSubstrings(s, (int)strlen(s)));
    return 0;
}
