// The smallest program: the cost of starting and ending a process, nothing else.
int main(void) {
  return 0;
}
