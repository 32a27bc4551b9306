// Kattis-style checker for course-schedule: check INPUT ANSWER FEEDBACK_DIR < OUTPUT.
// Accepts (exit 42) any order that lists every course exactly once with each course after
// all its prerequisites, or "IMPOSSIBLE" exactly when the answer file says so. Everything
// else, including empty, garbage, truncated or oversized output, is rejected (exit 43).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

const int kAccept = 42;
const int kReject = 43;
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

// Reads the next whitespace-separated token of `in` into `tok`, at most `max_len`
// characters. Returns false at end of input; a longer token is returned cut to max_len + 1
// characters so that the caller rejects it without reading it all.
bool next_token(FILE* in, std::string& tok, size_t max_len) {
    tok.clear();
    int ch = std::fgetc(in);
    while (ch != EOF && (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t')) ch = std::fgetc(in);
    if (ch == EOF) return false;
    while (ch != EOF && !(ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t')) {
        if (tok.size() <= max_len) tok.push_back(static_cast<char>(ch));
        if (tok.size() > max_len) return true;
        ch = std::fgetc(in);
    }
    return true;
}

// Parses a canonical positive decimal integer (no sign, no leading zero); -1 if not one.
long long parse_positive(const std::string& s) {
    if (s.empty() || s.size() > 12 || s[0] == '0') return -1;
    long long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

long long read_int(FILE* f, const char* what) {
    std::string tok;
    if (!next_token(f, tok, 20)) fail(std::string("missing ") + what);
    char* end = nullptr;
    long long v = std::strtoll(tok.c_str(), &end, 10);
    if (*end != '\0') fail(std::string("bad ") + what);
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) fail("usage: check INPUT ANSWER FEEDBACK_DIR < OUTPUT");
    feedback_dir = argv[3];
    FILE* input = std::fopen(argv[1], "r");
    FILE* answer = std::fopen(argv[2], "r");
    if (!input || !answer) fail("cannot open input or answer file");

    long long n = read_int(input, "n"), m = read_int(input, "m");
    std::vector<int> ea(m), eb(m);
    for (long long i = 0; i < m; ++i) {
        ea[i] = static_cast<int>(read_int(input, "a"));
        eb[i] = static_cast<int>(read_int(input, "b"));
    }
    std::string tok;
    if (!next_token(answer, tok, 20)) fail("empty answer file");
    const bool possible = tok != "IMPOSSIBLE";

    FILE* out = stdin;
    if (!next_token(out, tok, 20)) finish(kReject, "empty output");
    if (!possible) {
        if (tok != "IMPOSSIBLE") finish(kReject, "expected IMPOSSIBLE: the prerequisites contain a cycle");
        if (next_token(out, tok, 20)) finish(kReject, "extra output after IMPOSSIBLE");
        finish(kAccept, "");
    }
    if (tok == "IMPOSSIBLE") finish(kReject, "printed IMPOSSIBLE, but a valid order exists");

    std::vector<long long> position(n + 1, -1);
    for (long long i = 0; i < n; ++i) {
        if (i > 0 && !next_token(out, tok, 20))
            finish(kReject, "output too short: " + std::to_string(i) + " courses listed, expected " +
                                std::to_string(n));
        long long c = parse_positive(tok);
        if (c < 1 || c > n) finish(kReject, "token " + std::to_string(i + 1) + " is not a course number 1.." + std::to_string(n));
        if (position[c] != -1) finish(kReject, "course " + std::to_string(c) + " listed twice");
        position[c] = i;
    }
    if (next_token(out, tok, 20)) finish(kReject, "extra output after the n courses");
    for (long long i = 0; i < m; ++i) {
        if (position[eb[i]] > position[ea[i]])
            finish(kReject, "course " + std::to_string(ea[i]) + " is taken before its prerequisite " +
                                std::to_string(eb[i]));
        if (ea[i] == eb[i]) fail("self-loop in a possible instance");
    }
    finish(kAccept, "");
}
