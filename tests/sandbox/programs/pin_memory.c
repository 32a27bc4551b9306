// Holds memory outside the program's resident set, in one of the ways a resident-set limit
// does not see, and keeps it for 300 ms:
//   memfd MiB   a memory file grown with fallocate
//   tmp MiB     files in the scratch folder (/tmp, a tmpfs: memory)
//   pipes MiB   pipe buffers, grown with F_SETPIPE_SZ and filled
//   small-pipes MiB  pipe buffers of the default size, filled
//   posix MiB   POSIX shared memory (shm_open, /dev/shm)
//   sysv MiB    System V shared memory (shmget)
// Prints how much it held. Exits 77 if it held all it asked for, 10 if it was refused first.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "attack.h"

static void hold(long held_mib, long want_mib) {
  printf("held: %ld MiB\n", held_mib);
  fflush(stdout);
  struct timespec pause = {0, 300 * 1000 * 1000};
  nanosleep(&pause, NULL);
  if (held_mib >= want_mib) {
    escaped("held it all");
  }
  exit(kRefused);
}

static char chunk[1 << 20];

int main(int argc, char** argv) {
  if (argc < 3) {
    return 2;
  }
  const char* mode = argv[1];
  const long want = atol(argv[2]);
  memset(chunk, 'x', sizeof chunk);
  long held = 0;
  if (strcmp(mode, "memfd") == 0) {
    int fd = memfd_create("pin", 0);
    if (fd < 0) {
      refused("memfd_create");
      return kRefused;
    }
    for (; held < want; ++held) {
      if (fallocate(fd, 0, held << 20, 1 << 20) != 0) {
        refused("fallocate");
        break;
      }
    }
  } else if (strcmp(mode, "tmp") == 0) {
    signal(SIGXFSZ, SIG_IGN);
    for (int n = 0; held < want; ++n) {
      char path[64];
      snprintf(path, sizeof path, "/tmp/pin-%d", n);
      int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd < 0) {
        refused("create");
        break;
      }
      for (int i = 0; i < 16 && held < want; ++i, ++held) {
        if (write(fd, chunk, sizeof chunk) != (ssize_t)sizeof chunk) {
          refused("write");
          close(fd);
          hold(held, want);
        }
      }
      close(fd);
    }
  } else if (strcmp(mode, "pipes") == 0 || strcmp(mode, "small-pipes") == 0) {
    long bytes = 0;
    for (;;) {
      int p[2];
      if (pipe2(p, O_NONBLOCK) != 0) {
        refused("pipe");
        break;
      }
      if (strcmp(mode, "pipes") == 0 && fcntl(p[1], F_SETPIPE_SZ, 1 << 20) < 0) {
        refused("F_SETPIPE_SZ");
      }
      ssize_t w;
      while ((w = write(p[1], chunk, sizeof chunk)) > 0) {
        bytes += w;
      }
      if (bytes >= want << 20) {
        break;
      }
    }
    held = bytes >> 20;
  } else if (strcmp(mode, "posix") == 0) {
    int fd = shm_open("/judge-pin", O_RDWR | O_CREAT, 0600);
    if (fd < 0) {
      refused("shm_open");
      return kRefused;
    }
    shm_unlink("/judge-pin");
    for (; held < want; ++held) {
      if (fallocate(fd, 0, held << 20, 1 << 20) != 0) {
        refused("fallocate");
        break;
      }
    }
  } else if (strcmp(mode, "sysv") == 0) {
    int id = shmget(IPC_PRIVATE, (size_t)want << 20, IPC_CREAT | 0600);
    if (id < 0) {
      refused("shmget");
      return kRefused;
    }
    char* mem = shmat(id, NULL, 0);
    shmctl(id, IPC_RMID, NULL);
    if (mem == (char*)-1) {
      refused("shmat");
      return kRefused;
    }
    memset(mem, 'x', (size_t)want << 20);  // stays attached while hold() sleeps
    held = want;
  } else {
    return 2;
  }
  hold(held, want);
}
