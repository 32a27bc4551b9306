// Opens TCP, UDP and UNIX sockets and connects each to the address given (argv[1]: a TCP port
// on 127.0.0.1 the test listens on; argv[2]: a UNIX socket path it listens on). A socketpair()
// is not tried: a connected pair reaches nothing outside the process, and the JVM needs one.
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include "attack.h"

static void try_connect(int domain, int type, const struct sockaddr* addr, socklen_t len,
                        const char* what) {
  int fd = socket(domain, type, 0);
  if (fd < 0) {
    refused(what);
    return;
  }
  if (addr == NULL || connect(fd, addr, len) == 0) {
    escaped(what);
  }
  refused(what);
}

int main(int argc, char** argv) {
  if (argc != 3) {
    return 2;
  }
  struct sockaddr_in in = {.sin_family = AF_INET, .sin_port = htons((unsigned short)atoi(argv[1]))};
  in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  try_connect(AF_INET, SOCK_STREAM, (struct sockaddr*)&in, sizeof in, "tcp");
  try_connect(AF_INET, SOCK_DGRAM, NULL, 0, "udp");
  struct sockaddr_un un = {.sun_family = AF_UNIX};
  strncpy(un.sun_path, argv[2], sizeof un.sun_path - 1);
  try_connect(AF_UNIX, SOCK_STREAM, (struct sockaddr*)&un, sizeof un, "unix");
  return kRefused;
}
