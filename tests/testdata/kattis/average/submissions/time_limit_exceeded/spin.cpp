int main() {
  volatile unsigned long long counter = 0;
  for (;;) {
    counter = counter + 1;
  }
}
