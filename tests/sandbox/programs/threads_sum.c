// Sums 1..argv[1] on 4 threads, each with the default stack, and prints the total.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { kThreads = 4 };

struct Part {
  unsigned long from, to, sum;
};

static void* add(void* arg) {
  struct Part* part = arg;
  for (unsigned long i = part->from; i < part->to; ++i) {
    part->sum += i;
  }
  return NULL;
}

int main(int argc, char** argv) {
  unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000000;
  struct Part parts[kThreads];
  pthread_t threads[kThreads];
  for (int i = 0; i < kThreads; ++i) {
    parts[i] = (struct Part){n * i / kThreads + 1, n * (i + 1) / kThreads + 1, 0};
    if (pthread_create(&threads[i], NULL, add, &parts[i]) != 0) {
      perror("pthread_create");
      return 3;
    }
  }
  unsigned long total = 0;
  for (int i = 0; i < kThreads; ++i) {
    pthread_join(threads[i], NULL);
    total += parts[i].sum;
  }
  printf("%lu\n", total);
  return 0;
}
