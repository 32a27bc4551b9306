// Kattis-style checker for combination-sum: check INPUT ANSWER FEEDBACK_DIR < OUTPUT.
// The output must be a line with the number of combinations (equal to the answer file's
// first line), then that many lines, each a combination: candidates in non-decreasing
// order that sum to the target, no combination twice. Lines may come in any order; blank
// lines and extra spaces are ignored. Accept: exit 42. Reject: exit 43 with a reason in
// FEEDBACK_DIR/judgemessage.txt. Garbage, truncated or huge output is rejected early.
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

namespace {

const int kAccept = 42;
const int kReject = 43;
const size_t kMaxTokenLen = 12;
const size_t kMaxTokensPerLine = 64;  // a combination has at most target / 2 numbers
std::string feedback_dir;

[[noreturn]] void finish(int code, const std::string& message) {
    if (code != kAccept) {
        std::string path = feedback_dir + "/judgemessage.txt";
        if (FILE* f = std::fopen(path.c_str(), "w")) {
            std::fprintf(f, "%s\n", message.c_str());
            std::fclose(f);
        }
    }
    std::exit(code);
}

[[noreturn]] void fail(const std::string& message) {  // a problem with the judge's files
    std::fprintf(stderr, "checker failure: %s\n", message.c_str());
    std::exit(1);
}

bool is_space(int ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v'; }

// Reads one line of `in` split into tokens. Returns false at end of input when the line is
// empty. Stops collecting (and sets *too_long) past the token length or count caps.
bool read_line(FILE* in, std::vector<std::string>& toks, bool* too_long) {
    toks.clear();
    *too_long = false;
    int ch = std::getc(in);
    if (ch == EOF) return false;
    std::string tok;
    while (ch != EOF && ch != '\n') {
        if (is_space(ch)) {
            if (!tok.empty()) toks.push_back(tok), tok.clear();
        } else {
            tok.push_back(static_cast<char>(ch));
        }
        if (tok.size() > kMaxTokenLen || toks.size() > kMaxTokensPerLine) {
            *too_long = true;
            return true;
        }
        ch = std::getc(in);
    }
    if (!tok.empty()) toks.push_back(tok);
    return true;
}

// A canonical non-negative decimal integer (no sign, no leading zero), else -1.
long long parse_count(const std::string& s) {
    if (s.empty() || s.size() > kMaxTokenLen || (s.size() > 1 && s[0] == '0')) return -1;
    long long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

long long read_int(FILE* f, const char* what) {
    long long v;
    if (std::fscanf(f, "%lld", &v) != 1) fail(std::string("cannot read ") + what);
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) fail("usage: check INPUT ANSWER FEEDBACK_DIR < OUTPUT");
    feedback_dir = argv[3];
    FILE* input = std::fopen(argv[1], "r");
    FILE* answer = std::fopen(argv[2], "r");
    if (!input || !answer) fail("cannot open input or answer file");
    long long n = read_int(input, "n"), target = read_int(input, "target");
    std::set<long long> cands;
    for (long long i = 0; i < n; ++i) cands.insert(read_int(input, "candidate"));
    const long long expected = read_int(answer, "answer count");

    std::vector<std::string> toks;
    bool too_long = false;
    auto next_nonblank = [&]() {
        while (read_line(stdin, toks, &too_long)) {
            if (too_long) finish(kReject, "a line is too long");
            if (!toks.empty()) return true;
        }
        return false;
    };

    if (!next_nonblank()) finish(kReject, "empty output");
    if (toks.size() != 1 || parse_count(toks[0]) < 0)
        finish(kReject, "the first line must hold only the number of combinations");
    const long long reported = parse_count(toks[0]);
    if (reported != expected)
        finish(kReject, "reported " + std::to_string(reported) + " combinations, expected " +
                            std::to_string(expected));

    std::set<std::vector<long long>> seen;
    long long lines = 0;
    while (next_nonblank()) {
        ++lines;
        const std::string where = "combination line " + std::to_string(lines);
        if (lines > expected) finish(kReject, "more than " + std::to_string(expected) + " combination lines");
        std::vector<long long> combo;
        long long sum = 0;
        for (const auto& t : toks) {
            long long v = parse_count(t);
            if (v < 0) finish(kReject, where + ": '" + t + "' is not a number");
            if (!cands.count(v)) finish(kReject, where + ": " + std::to_string(v) + " is not a candidate");
            if (!combo.empty() && v < combo.back())
                finish(kReject, where + ": numbers are not in non-decreasing order");
            combo.push_back(v);
            sum += v;
            if (sum > target) finish(kReject, where + ": the sum exceeds the target");
        }
        if (sum != target) finish(kReject, where + ": sums to " + std::to_string(sum) + ", not " + std::to_string(target));
        if (!seen.insert(combo).second) finish(kReject, where + ": repeats an earlier combination");
    }
    if (lines < expected)
        finish(kReject, "only " + std::to_string(lines) + " combination lines, expected " + std::to_string(expected));
    finish(kAccept, "");
}
