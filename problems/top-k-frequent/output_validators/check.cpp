// Checker for top-k-frequent (Kattis protocol):
//   check INPUT ANSWER FEEDBACK_DIR < candidate_output
// Accepts (exit 42) any k distinct values from the input whose frequencies are the k largest
// (ties at the cut may be broken either way, order does not matter); rejects (exit 43) with a
// one-line reason in FEEDBACK_DIR/judgemessage.txt. Exit 1 means the test data is broken.
//
// A set S of k distinct values is valid exactly when the sum of their frequencies equals the
// sum of the k largest frequencies: the i-th largest frequency in any k-subset is at most the
// i-th largest overall, so equal sums force equality term by term.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

static std::string feedback_dir;

[[noreturn]] static void verdict(int code, const std::string& msg) {
    if (!msg.empty()) {
        std::string path = feedback_dir + "/judgemessage.txt";
        if (FILE* f = std::fopen(path.c_str(), "w")) {
            std::fprintf(f, "%s\n", msg.c_str());
            std::fclose(f);
        }
    }
    std::exit(code);
}

[[noreturn]] static void broken(const std::string& msg) {
    std::fprintf(stderr, "checker: %s\n", msg.c_str());
    verdict(1, "checker: " + msg);
}

// Reads whitespace-separated tokens from a FILE, never storing more than kMax characters.
class Tokens {
public:
    explicit Tokens(FILE* f) : f_(f) {}
    // Returns false at end of input. `tooLong` is set when a token exceeded kMax characters.
    bool next(std::string& tok, bool& tooLong) {
        tok.clear();
        tooLong = false;
        int c;
        do {
            c = getc_unlocked(f_);
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f');
        if (c == EOF) return false;
        while (c != EOF && !(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f')) {
            if (tok.size() < kMax) tok.push_back((char)c);
            else tooLong = true;
            c = getc_unlocked(f_);
        }
        return true;
    }
    static constexpr size_t kMax = 24;

private:
    FILE* f_;
};

// Strict integer: optional '-', then 1 to 19 digits.
static bool parseInt(const std::string& s, long long& out) {
    size_t i = 0;
    bool neg = false;
    if (i < s.size() && s[i] == '-') {
        neg = true;
        ++i;
    }
    if (i == s.size() || s.size() - i > 19) return false;
    unsigned long long v = 0;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (unsigned long long)(s[i] - '0');
    }
    if (v > (unsigned long long)9e18) return false;   // far outside the allowed values anyway
    out = neg ? -(long long)v : (long long)v;
    return true;
}

struct Problem {
    int n = 0, k = 0;
    std::unordered_map<long long, long long> freq;
    long long bestSum = 0;   // sum of the k largest frequencies
};

// Checks one output stream; returns "" when it is a valid answer, else the reason.
static std::string judge(const Problem& p, FILE* f) {
    Tokens in(f);
    std::string tok;
    bool tooLong;
    std::unordered_set<long long> seen;
    long long sum = 0;
    int count = 0;
    while (in.next(tok, tooLong)) {
        if (count == p.k) return "more than k = " + std::to_string(p.k) + " values in the output";
        long long v;
        if (tooLong || !parseInt(tok, v)) {
            std::string shown = tok.substr(0, 20);
            for (char& ch : shown)
                if (ch < 0x20 || ch > 0x7e) ch = '?';   // keep the message printable
            if (tooLong || tok.size() > 20) shown += "...";
            return "value " + std::to_string(count + 1) + " is not an integer: '" + shown + "'";
        }
        auto it = p.freq.find(v);
        if (it == p.freq.end()) return "value " + std::to_string(v) + " does not appear in the input";
        if (!seen.insert(v).second) return "value " + std::to_string(v) + " is printed twice";
        sum += it->second;
        ++count;
    }
    if (count < p.k)
        return "expected " + std::to_string(p.k) + (p.k == 1 ? " value" : " values") + ", got " +
               std::to_string(count);
    if (sum != p.bestSum)
        return "these are not the k most frequent values (their counts add up to " +
               std::to_string(sum) + ", the best possible is " + std::to_string(p.bestSum) + ")";
    return "";
}

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s INPUT ANSWER FEEDBACK_DIR < OUTPUT\n", argv[0]);
        return 1;
    }
    feedback_dir = argv[3];
    Problem p;
    FILE* fin = std::fopen(argv[1], "r");
    if (!fin) broken(std::string("cannot open input ") + argv[1]);
    if (std::fscanf(fin, "%d %d", &p.n, &p.k) != 2 || p.n < 1 || p.k < 1) broken("bad input header");
    p.freq.reserve((size_t)p.n * 2 + 1);
    for (int i = 0; i < p.n; ++i) {
        long long x;
        if (std::fscanf(fin, "%lld", &x) != 1) broken("input has fewer than n values");
        ++p.freq[x];
    }
    std::fclose(fin);
    if ((size_t)p.k > p.freq.size()) broken("k is larger than the number of distinct values");
    std::vector<long long> counts;
    counts.reserve(p.freq.size());
    for (auto& [v, c] : p.freq) counts.push_back(c);
    std::nth_element(counts.begin(), counts.begin() + (p.k - 1), counts.end(), std::greater<long long>());
    for (int i = 0; i < p.k; ++i) p.bestSum += counts[i];

    FILE* fans = std::fopen(argv[2], "r");
    if (!fans) broken(std::string("cannot open answer ") + argv[2]);
    std::string why = judge(p, fans);
    std::fclose(fans);
    if (!why.empty()) broken("the answer file is not valid: " + why);

    why = judge(p, stdin);
    if (!why.empty()) verdict(43, why);
    verdict(42, "");
}
