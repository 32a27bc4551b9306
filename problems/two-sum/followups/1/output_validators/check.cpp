// Kattis-protocol checker for two-sum.
//   check INPUT ANSWER FEEDBACK_DIR < candidate_output
// Accepts (exit 42) "i j" with 0 <= i < j < n and a[i] + a[j] == target, or "-1 -1" when the
// answer file says that no pair exists. Anything else, including garbage, extra tokens, or
// empty output, is rejected (exit 43) with a one-line reason in FEEDBACK_DIR/judgemessage.txt.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

std::string feedback_dir;

[[noreturn]] void finish(int code, std::string msg) {
  if (!msg.empty()) {
    for (char& c : msg) {  // candidate tokens may hold any byte: keep the message printable
      if (static_cast<unsigned char>(c) < 32 || static_cast<unsigned char>(c) > 126) {
        c = '?';
      }
    }
    std::ofstream f(feedback_dir + "/judgemessage.txt");
    f << msg << "\n";
  }
  std::exit(code);
}
[[noreturn]] void reject(const std::string& msg) {
  finish(43, msg);
}
[[noreturn]] void fail(const std::string& msg) {  // broken input or answer file: judge error
  std::fprintf(stderr, "checker failure: %s\n", msg.c_str());
  finish(1, "checker failure: " + msg);
}

// Reads the next whitespace-separated token, at most max_len characters (longer tokens are
// truncated to max_len + 1 characters so that the caller sees they are too long). Returns
// false at end of file.
bool next_token(std::FILE* f, std::string& tok, std::size_t max_len) {
  tok.clear();
  int c;
  do {
    c = std::fgetc(f);
  } while (c != EOF && std::isspace(c));
  if (c == EOF)
    return false;
  while (c != EOF && !std::isspace(c)) {
    if (tok.size() <= max_len)
      tok.push_back(static_cast<char>(c));
    c = std::fgetc(f);
  }
  return true;
}

// Strict decimal integer: optional '-', 1 to 18 digits. Returns false otherwise.
bool parse_int(const std::string& s, long long& v) {
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && s[i] == '-') {
    neg = true;
    ++i;
  }
  if (i == s.size() || s.size() - i > 18)
    return false;
  long long x = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9')
      return false;
    x = x * 10 + (s[i] - '0');
  }
  v = neg ? -x : x;
  return true;
}

long long read_int(std::FILE* f, const char* what) {
  std::string tok;
  long long v;
  if (!next_token(f, tok, 40) || !parse_int(tok, v))
    fail(std::string("cannot read ") + what);
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: check INPUT ANSWER FEEDBACK_DIR < OUTPUT\n");
    return 1;
  }
  feedback_dir = argv[3];

  std::FILE* in = std::fopen(argv[1], "r");
  if (!in)
    fail("cannot open input file");
  long long n = read_int(in, "n");
  long long target = read_int(in, "target");
  if (n < 0 || n > 10000000)
    fail("bad n in input");
  std::vector<long long> a(static_cast<std::size_t>(n));
  for (auto& x : a) x = read_int(in, "array value");
  std::fclose(in);

  std::FILE* ans = std::fopen(argv[2], "r");
  if (!ans)
    fail("cannot open answer file");
  long long ai = read_int(ans, "answer i");
  read_int(ans, "answer j");
  std::fclose(ans);
  const bool exists = ai != -1;

  std::string t1, t2, extra;
  if (!next_token(stdin, t1, 40))
    reject("empty output: expected two integers");
  if (!next_token(stdin, t2, 40))
    reject("expected two integers, got only one");
  long long i, j;
  if (!parse_int(t1, i) || !parse_int(t2, j)) {
    reject("expected two integers, got '" + t1.substr(0, 20) + "' and '" + t2.substr(0, 20) + "'");
  }
  if (next_token(stdin, extra, 40))
    reject("extra output after the two integers");

  if (i == -1 && j == -1) {
    if (exists)
      reject("printed -1 -1 but a valid pair exists");
    finish(42, "");
  }
  const std::string pair = std::to_string(i) + " " + std::to_string(j);
  if (i < 0 || j < 0 || i >= n || j >= n)
    reject("index out of range: " + pair);
  if (i == j)
    reject("the two indices must be distinct: " + pair);
  if (i > j)
    reject("indices must be printed in increasing order: " + pair);
  const long long sum = a[static_cast<std::size_t>(i)] + a[static_cast<std::size_t>(j)];
  if (sum != target) {
    reject("a[" + std::to_string(i) + "] + a[" + std::to_string(j) + "] = " + std::to_string(sum) +
           ", not the target " + std::to_string(target));
  }
  if (!exists)
    fail("candidate found a valid pair but the answer file says none exists");
  finish(42, "");
}
