// Kattis-protocol checker: check INPUT ANSWER FEEDBACK_DIR < OUTPUT.
// Accepts (42) two positive integers that add up to n; rejects (43) anything else, with the
// reason in FEEDBACK_DIR/judgemessage.txt.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

namespace {

std::string feedback;

[[noreturn]] void reject(const std::string& why) {
  std::ofstream(feedback + "/judgemessage.txt") << why << "\n";
  std::exit(43);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: check INPUT ANSWER FEEDBACK_DIR < OUTPUT\n";
    return 1;
  }
  feedback = argv[3];
  long long n = 0;
  std::ifstream input(argv[1]);
  if (!(input >> n)) {
    std::cerr << "cannot read n from the input\n";
    return 1;
  }
  long long a = 0;
  long long b = 0;
  if (!(std::cin >> a >> b)) {
    reject("expected two integers");
  }
  std::string extra;
  if (std::cin >> extra) {
    reject("extra output after the two integers");
  }
  if (a <= 0 || b <= 0) {
    reject("both numbers must be positive");
  }
  if (a + b != n) {
    reject("the numbers do not add up to n");
  }
  std::ofstream(feedback + "/judgemessage.txt") << "a valid split\n";
  return 42;
}
