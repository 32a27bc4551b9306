// Starts sleeping threads with small stacks until pthread_create fails; prints how many it
// started and how the next one failed.
#include <pthread.h>
#include <unistd.h>

#include "attack.h"

static void* sleeper(void* arg) {
  (void)arg;
  for (;;) {
    pause();
  }
  return NULL;
}

int main(void) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 64 * 1024);
  for (int count = 0; count < 100000; ++count) {
    pthread_t thread;
    int err = pthread_create(&thread, &attr, sleeper, NULL);
    if (err != 0) {
      errno = err;
      printf("threads: %d\n", count);
      refused("pthread_create");
      return kRefused;
    }
  }
  escaped("100000 threads");
}
