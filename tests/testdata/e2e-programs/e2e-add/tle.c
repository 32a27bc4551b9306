/* A busy loop that never ends. */
int main(void) {
  volatile unsigned long spins = 0;
  for (;;) {
    ++spins;
  }
}
