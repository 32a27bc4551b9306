// A static array of 1.75 GiB, larger than the address space the tests allow: the program
// cannot even be loaded.
static char huge[1792UL << 20];

int main(void) {
  for (unsigned long i = 0; i < sizeof huge; i += 4096) {
    huge[i] = 1;
  }
  return huge[4096];
}
