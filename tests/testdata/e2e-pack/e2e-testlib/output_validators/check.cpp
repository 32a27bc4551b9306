// A checker that follows testlib's protocol without testlib.h: check INPUT OUTPUT ANSWER.
// Exit 0 accepts, 1 is a wrong answer, 2 a presentation error, 3 a checker failure (a broken
// input or answer file). The first line of standard error is the message.
#include <fstream>
#include <iostream>
#include <string>

namespace {

constexpr int kOk = 0;
constexpr int kWrongAnswer = 1;
constexpr int kPresentationError = 2;
constexpr int kFail = 3;

int verdict(int code, const std::string& message) {
  std::cerr << message << "\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    return verdict(kFail, "usage: check INPUT OUTPUT ANSWER");
  }
  std::ifstream input(argv[1]);
  std::ifstream output(argv[2]);
  std::ifstream answer(argv[3]);
  long long n = 0;
  if (!(input >> n)) {
    return verdict(kFail, "cannot read n from the input");
  }
  // The jury's answer must itself be a valid split: anything else is the pack's fault.
  long long ja = 0;
  long long jb = 0;
  if (!(answer >> ja >> jb) || ja <= 0 || jb <= 0 || ja + jb != n) {
    return verdict(kFail, "the answer file is not a valid split");
  }
  long long a = 0;
  long long b = 0;
  if (!(output >> a >> b)) {
    return verdict(kPresentationError, "expected two integers");
  }
  if (a <= 0 || b <= 0) {
    return verdict(kWrongAnswer, "both numbers must be positive");
  }
  if (a + b != n) {
    return verdict(kWrongAnswer, "the numbers do not add up to n");
  }
  return verdict(kOk, "ok");
}
