/* Allocates and touches 512 MiB, far over the 64 MiB limit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  for (int i = 0; i < 64; ++i) {
    char* block = malloc(8 << 20);
    if (block == NULL) return 1;
    memset(block, i + 1, 8 << 20);
  }
  puts("unreachable");
  return 0;
}
