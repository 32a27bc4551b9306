#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include <bits/stdc++.h>

int main() {
  // A TCP connection to the judge's machine: no network in the sandbox.
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(80);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  long long a = 0;
  long long b = 0;
  std::cin >> a >> b;
  std::cout << a + b << "\n";
}
