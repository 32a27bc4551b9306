// Sums 1..argv[1] on argv[2] threads (default 4, at most 64), each with the default stack (as
// large as the stack limit), and prints the total.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { kMaxThreads = 64 };

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
  int thread_count = argc > 2 ? atoi(argv[2]) : 4;
  if (thread_count < 1 || thread_count > kMaxThreads) {
    return 2;
  }
  struct Part parts[kMaxThreads];
  pthread_t threads[kMaxThreads];
  for (int i = 0; i < thread_count; ++i) {
    parts[i] = (struct Part){n * i / thread_count + 1, n * (i + 1) / thread_count + 1, 0};
    if (pthread_create(&threads[i], NULL, add, &parts[i]) != 0) {
      perror("pthread_create");
      return 3;
    }
  }
  unsigned long total = 0;
  for (int i = 0; i < thread_count; ++i) {
    pthread_join(threads[i], NULL);
    total += parts[i].sum;
  }
  printf("%lu\n", total);
  return 0;
}
