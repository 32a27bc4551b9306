// Reads the size of the file named by its argument (in a read-only copy of a folder) and
// prints it: a program folder larger than the scratch space must still be copied whole.
#include <stdio.h>
#include <sys/stat.h>

int main(int argc, char** argv) {
  struct stat st;
  if (argc < 2 || stat(argv[1], &st) != 0) {
    perror("stat");
    return 1;
  }
  printf("%lld\n", (long long)st.st_size);
  return 0;
}
