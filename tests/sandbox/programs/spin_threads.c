// Burns CPU on argv[1] threads (the main thread included) until killed.
#include <pthread.h>
#include <stdlib.h>

static void* spin(void* arg) {
  (void)arg;
  volatile unsigned long x = 0;
  for (;;)
    ++x;
  return NULL;
}

int main(int argc, char** argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 2;
  for (int i = 1; i < threads; ++i) {
    pthread_t thread;
    if (pthread_create(&thread, NULL, spin, NULL) != 0) {
      return 3;
    }
  }
  spin(NULL);
}
