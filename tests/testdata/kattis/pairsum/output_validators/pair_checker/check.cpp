// Accepts any pair i != j whose numbers add up to t, or "impossible" when the judge's answer
// says there is no pair. Called as: check INPUT ANSWER FEEDBACK_DIR < OUTPUT
#include <iostream>
#include <sstream>
#include <vector>

#include "checker.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: check input answer feedback_dir < output\n";
    return 1;
  }
  const std::string feedback = argv[3];
  std::ifstream input(argv[1]);
  std::ifstream answer(argv[2]);
  long long n = 0;
  long long t = 0;
  input >> n >> t;
  std::vector<long long> a(static_cast<std::size_t>(n));
  for (auto& x : a) input >> x;
  std::string first;
  answer >> first;
  const bool possible = first != "impossible";

  std::string word;
  if (!(std::cin >> word)) verdict(feedback, kWrongAnswer, "empty output");
  if (word == "impossible") {
    verdict(feedback, possible ? kWrongAnswer : kAccepted,
            possible ? "said impossible, but a pair exists" : "right: impossible");
  }
  long long i = 0;
  long long j = 0;
  std::istringstream(word) >> i;
  if (!(std::cin >> j)) verdict(feedback, kWrongAnswer, "expected two positions");
  if (i < 1 || j < 1 || i > n || j > n || i == j) {
    verdict(feedback, kWrongAnswer, "positions out of range or equal");
  }
  if (a[static_cast<std::size_t>(i - 1)] + a[static_cast<std::size_t>(j - 1)] != t) {
    verdict(feedback, kWrongAnswer, "the two numbers do not add up to t");
  }
  std::string extra;
  if (std::cin >> extra) verdict(feedback, kWrongAnswer, "extra output after the pair");
  verdict(feedback, kAccepted, "a right pair");
}
