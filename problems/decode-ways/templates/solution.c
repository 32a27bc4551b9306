#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Return the number of ways to decode the digit string s of length n (1 -> A, 2 -> B, ...,
   26 -> Z), modulo 1000000007. A code never has a leading zero: "06" is not a code. */
int numDecodings(const char* s, int n) {
    /* TODO: your code here */
    return -1;
}

int main(void) {
    static char s[1000000 + 16];
    if (scanf("%1000015s", s) != 1) return 0;
    printf("%d\n", numDecodings(s, (int)strlen(s)));
    return 0;
}
