// Checker for top-k-frequent, follow-up 1 (Kattis protocol):
//   check INPUT ANSWER FEEDBACK_DIR < candidate_output
// The input is "k q" and q operations ("add x" or "top"). The output must hold one line per
// "top": m = min(k, d) distinct values, where d is the number of distinct values played so
// far, such that every printed value was played at least as often as every value not printed
// (ties at the cut broken any way, any order). Accepts with exit 42; rejects with exit 43 and
// a one-line reason in FEEDBACK_DIR/judgemessage.txt; exit 1 means the test data is broken.
//
// At a query, let c be the m-th largest count and g the number of values played more than c
// times. A set of m distinct played values is valid exactly when each has count >= c and g of
// them have count > c (so it holds all the values above the cut). A Fenwick tree over counts
// (value -> how many values have that count) gives c and g in O(log q).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
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

// Strict integer: optional '-', then 1 to 18 digits.
static bool parseInt(const std::string& s, long long& out) {
    size_t i = 0;
    bool neg = false;
    if (i < s.size() && s[i] == '-') {
        neg = true;
        ++i;
    }
    if (i == s.size() || s.size() - i > 18) return false;
    long long v = 0;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = neg ? -v : v;
    return true;
}

static std::string printable(const std::string& s) {
    std::string r = s.substr(0, 20);
    for (char& ch : r)
        if ((unsigned char)ch < 0x20 || (unsigned char)ch > 0x7e) ch = '?';
    if (s.size() > 20) r += "...";
    return r;
}

// Reads one line as a list of whitespace-separated tokens. At most kMaxTokens are kept
// (tooMany says when there were more); a longer token is cut to kMaxLen + 1 characters, which
// no valid integer has. False at end of input.
struct LineReader {
    static constexpr size_t kMaxLen = 24, kMaxTokens = 64;
    FILE* f;
    bool next(std::vector<std::string>& toks, bool& tooMany) {
        toks.clear();
        tooMany = false;
        int c = getc_unlocked(f);
        if (c == EOF) return false;
        std::string cur;
        bool inTok = false;
        for (; c != EOF && c != '\n'; c = getc_unlocked(f)) {
            bool space = c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
            if (space) {
                if (inTok) {
                    if (toks.size() < kMaxTokens) toks.push_back(cur);
                    else tooMany = true;
                    cur.clear();
                    inTok = false;
                }
            } else {
                inTok = true;
                if (cur.size() <= kMaxLen) cur.push_back((char)c);
            }
        }
        if (inTok) {
            if (toks.size() < kMaxTokens) toks.push_back(cur);
            else tooMany = true;
        }
        return true;
    }
};

struct Op {
    bool add;
    long long x;
};

struct Input {
    int k = 0, q = 0;
    std::vector<Op> ops;
};

struct Fenwick {  // index i = q + 1 - count, so prefix sums count values played >= count times
    std::vector<int> t;
    int n;
    explicit Fenwick(int size) : t(size + 1, 0), n(size) {}
    void add(int i, int d) {
        for (; i <= n; i += i & -i) t[i] += d;
    }
    // Smallest i with prefix(i) >= m (m >= 1 and <= total); also returns prefix(i - 1).
    int lowerBound(int m, int& before) const {
        int pos = 0, rem = m, step = 1;
        while (step * 2 <= n) step *= 2;
        for (; step > 0; step /= 2) {
            if (pos + step <= n && t[pos + step] < rem) {
                pos += step;
                rem -= t[pos];
            }
        }
        before = m - rem;
        return pos + 1;
    }
};

// Checks one output stream; returns "" when it is valid, else the reason.
static std::string judge(const Input& in, FILE* f) {
    std::unordered_map<long long, int> count;
    count.reserve(2 * in.ops.size() + 1);
    Fenwick fw(in.q);
    LineReader reader{f};
    std::vector<std::string> toks;
    std::vector<long long> vals;
    bool tooMany;
    int query = 0;
    for (const Op& op : in.ops) {
        if (op.add) {
            int& c = count[op.x];
            if (c > 0) fw.add(in.q + 1 - c, -1);
            ++c;
            fw.add(in.q + 1 - c, +1);
            continue;
        }
        ++query;
        const std::string where = "query " + std::to_string(query) + " (line " + std::to_string(query) + "): ";
        if (!reader.next(toks, tooMany))
            return "the output ends before query " + std::to_string(query) + " (one line per top query expected)";
        const int d = (int)count.size();
        const int m = d < in.k ? d : in.k;
        if (tooMany || (int)toks.size() > m)
            return where + "more than " + std::to_string(m) + (m == 1 ? " value" : " values");
        vals.clear();
        for (size_t i = 0; i < toks.size(); ++i) {
            long long v;
            if (!parseInt(toks[i], v)) return where + "not an integer: '" + printable(toks[i]) + "'";
            if (!count.count(v)) return where + std::to_string(v) + " has not been played yet";
            for (long long w : vals)
                if (w == v) return where + std::to_string(v) + " is printed twice";
            vals.push_back(v);
        }
        if ((int)vals.size() < m)
            return where + "expected " + std::to_string(m) + (m == 1 ? " value" : " values") + ", got " +
                   std::to_string(vals.size());
        int above;  // values played more often than the cut
        const int cut = in.q + 1 - fw.lowerBound(m, above);
        int printedAbove = 0;
        for (long long v : vals) {
            int c = count.find(v)->second;
            if (c < cut)
                return where + std::to_string(v) + " was played " + std::to_string(c) +
                       " times, but the top " + std::to_string(m) + " need at least " + std::to_string(cut);
            if (c > cut) ++printedAbove;
        }
        if (printedAbove != above)
            return where + "a value played more than " + std::to_string(cut) + " times is missing";
    }
    if (reader.next(toks, tooMany)) {
        do {
            if (!toks.empty() || tooMany)
                return "extra output after the line of the last query";
        } while (reader.next(toks, tooMany));
    }
    return "";
}

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s INPUT ANSWER FEEDBACK_DIR < OUTPUT\n", argv[0]);
        return 1;
    }
    feedback_dir = argv[3];
    Input in;
    FILE* fin = std::fopen(argv[1], "r");
    if (!fin) broken(std::string("cannot open input ") + argv[1]);
    if (std::fscanf(fin, "%d %d", &in.k, &in.q) != 2 || in.k < 1 || in.q < 1 || in.q > 10000000)
        broken("bad input header");
    in.ops.reserve(in.q);
    char word[8];
    for (int i = 0; i < in.q; ++i) {
        if (std::fscanf(fin, "%7s", word) != 1) broken("input has fewer than q operations");
        std::string w = word;
        if (w == "add") {
            long long x;
            if (std::fscanf(fin, "%lld", &x) != 1) broken("bad add in input");
            in.ops.push_back({true, x});
        } else if (w == "top") {
            if (i == 0) broken("the first operation must be an add");
            in.ops.push_back({false, 0});
        } else {
            broken("unknown operation in input");
        }
    }
    std::fclose(fin);

    FILE* fans = std::fopen(argv[2], "r");
    if (!fans) broken(std::string("cannot open answer ") + argv[2]);
    std::string why = judge(in, fans);
    std::fclose(fans);
    if (!why.empty()) broken("the answer file is not valid: " + why);

    why = judge(in, stdin);
    if (!why.empty()) verdict(43, why);
    verdict(42, "");
}
