// Touches every page of a 512 MiB static array.
static char big[512 << 20];

int main(void) {
  for (unsigned long i = 0; i < sizeof big; i += 4096) {
    big[i] = 1;
  }
  return big[4096];
}
