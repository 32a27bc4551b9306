// Prints a greeting and its arguments; exits with the number of arguments.
#include <stdio.h>
int main(int argc, char** argv) {
  printf("hello");
  for (int i = 1; i < argc; ++i)
    printf(" %s", argv[i]);
  printf("\n");
  return argc - 1;
}
