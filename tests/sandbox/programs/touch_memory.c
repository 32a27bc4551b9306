// Allocates argv[1] MiB, touches every page, and exits.
#include <stdlib.h>
#include <sys/mman.h>

int main(int argc, char** argv) {
  size_t size = (size_t)atol(argv[1]) << 20;
  volatile char* p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    return 3;
  }
  for (size_t i = 0; i < size; i += 4096) {
    p[i] = 1;
  }
  return 0;
}
