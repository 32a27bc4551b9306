// Recurses argv[1] frames deep (about 100 bytes of stack each) and prints the depth reached.
#include <stdio.h>
#include <stdlib.h>

// A real frame per call: the buffer escapes (to an empty asm) before and after the recursive
// call, so the compiler can neither drop it nor turn the recursion into a loop.
__attribute__((noinline)) static long recurse(long n) {
  char frame[64];
  frame[0] = (char)n;
  __asm__ volatile("" : : "r"(frame) : "memory");
  if (n == 0) {
    return 0;
  }
  long depth = recurse(n - 1) + 1;
  __asm__ volatile("" : : "r"(frame) : "memory");
  return depth;
}

int main(int argc, char** argv) {
  long depth = argc > 1 ? atol(argv[1]) : 1000000;
  printf("%ld\n", recurse(depth));
  return 0;
}
