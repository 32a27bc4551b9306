// Kattis-protocol checker for k-closest-points.
//   check INPUT ANSWER FEEDBACK_DIR < candidate_output
// The candidate prints k points "x y", one per line, in any order. They are accepted (exit 42)
// when they are k of the input points (each input point used at most once: equal points count
// separately) and no point left out is strictly closer to the origin than a point printed.
// Anything else, including garbage, missing or extra tokens, is rejected (exit 43) with a
// one-line reason in FEEDBACK_DIR/judgemessage.txt. The answer file is not needed.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {

std::string feedback_dir;

[[noreturn]] void finish(int code, std::string msg) {
  if (!msg.empty()) {
    for (char& c : msg) {  // candidate tokens may hold any byte: keep the message printable
      if (static_cast<unsigned char>(c) < 32 || static_cast<unsigned char>(c) > 126) c = '?';
    }
    std::ofstream f(feedback_dir + "/judgemessage.txt");
    f << msg << "\n";
  }
  std::exit(code);
}
[[noreturn]] void reject(const std::string& msg) { finish(43, msg); }
[[noreturn]] void fail(const std::string& msg) {  // broken input file: judge error
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
  if (c == EOF) return false;
  while (c != EOF && !std::isspace(c)) {
    if (tok.size() <= max_len) tok.push_back(static_cast<char>(c));
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
  if (i == s.size() || s.size() - i > 18) return false;
  long long x = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    x = x * 10 + (s[i] - '0');
  }
  v = neg ? -x : x;
  return true;
}

long long read_int(std::FILE* f, const char* what) {
  std::string tok;
  long long v;
  if (!next_token(f, tok, 40) || !parse_int(tok, v)) fail(std::string("cannot read ") + what);
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
  if (!in) fail("cannot open input file");
  long long n = read_int(in, "n");
  long long k = read_int(in, "k");
  if (n < 1 || n > 10000000 || k < 1 || k > n) fail("bad n or k in input");
  std::vector<std::pair<long long, long long>> pts(static_cast<std::size_t>(n));
  for (auto& p : pts) {
    p.first = read_int(in, "x");
    p.second = read_int(in, "y");
    if (p.first < -2000000000LL || p.first > 2000000000LL || p.second < -2000000000LL ||
        p.second > 2000000000LL)
      fail("coordinate out of range in input");
  }
  std::fclose(in);

  auto dist = [](const std::pair<long long, long long>& p) {
    return p.first * p.first + p.second * p.second;  // < 2^63 for |coordinate| <= 2e9
  };
  // bound = the k-th smallest squared distance; below = how many points are strictly closer.
  std::vector<long long> d(pts.size());
  for (std::size_t i = 0; i < pts.size(); ++i) d[i] = dist(pts[i]);
  std::nth_element(d.begin(), d.begin() + (k - 1), d.end());
  const long long bound = d[static_cast<std::size_t>(k - 1)];
  long long below = 0;
  for (const auto& p : pts) below += dist(p) < bound;

  std::map<std::pair<long long, long long>, long long> avail;  // point -> copies left
  for (const auto& p : pts) ++avail[p];

  long long printed_below = 0;
  std::string tx, ty;
  for (long long i = 0; i < k; ++i) {
    if (!next_token(stdin, tx, 40)) {
      reject("expected " + std::to_string(k) + " points, got " + std::to_string(i));
    }
    if (!next_token(stdin, ty, 40)) {
      reject("point " + std::to_string(i + 1) + " has an x but no y");
    }
    long long x, y;
    if (!parse_int(tx, x) || !parse_int(ty, y)) {
      reject("point " + std::to_string(i + 1) + ": expected two integers, got '" +
             tx.substr(0, 20) + "' and '" + ty.substr(0, 20) + "'");
    }
    const std::string shown = "(" + std::to_string(x) + ", " + std::to_string(y) + ")";
    auto it = avail.find({x, y});
    if (it == avail.end()) reject("point " + shown + " is not in the input");
    if (it->second == 0) reject("point " + shown + " printed more times than it appears in the input");
    --it->second;
    const long long dd = dist({x, y});
    if (dd > bound) {
      reject("point " + shown + " is not among the k closest (squared distance " +
             std::to_string(dd) + ", the k-th smallest is " + std::to_string(bound) + ")");
    }
    printed_below += dd < bound;
  }
  if (next_token(stdin, tx, 40)) reject("extra output after " + std::to_string(k) + " points");
  if (printed_below != below) {
    // k points, none beyond the bound, but a point strictly inside was left out.
    reject("a point strictly closer than a printed one is missing");
  }
  finish(42, "");
}
