#include "judge/coach/explanation.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "judge/coach/measured.h"
#include "judge/error.h"
#include "judge/problem.h"
#include "messages.h"
#include "sections.h"
#include "settings.h"
#include "text.h"
#include "toml_reader.h"

// judge/data/explanation.toml, embedded by CMake (NUL-terminated).
extern "C" const char judge_coach_explanation[];

namespace judge::coach {
namespace {

using detail::Args;

const detail::MessageSpec& message_spec() {
  static const detail::MessageSpec spec = {
      {"empty", {}},
      {"approach_missing", {}},
      {"approach_thin", {"words"}},
      {"time_missing", {}},
      {"time_unread", {"claimed"}},
      {"time_same", {"claimed", "expected"}},
      {"time_worse", {"claimed", "expected"}},
      {"time_better", {"claimed", "expected", "hint"}},
      {"time_incomparable", {"claimed", "expected"}},
      {"time_per_operation", {"claimed", "expected"}},
      {"time_unchecked", {"claimed", "expected"}},
      {"space_missing", {}},
      {"space_unread", {"claimed"}},
      {"space_same", {"claimed", "expected"}},
      {"space_worse", {"claimed", "expected"}},
      {"space_better", {"claimed", "expected", "hint"}},
      {"space_incomparable", {"claimed", "expected"}},
      {"space_per_operation", {"claimed", "expected"}},
      {"space_unchecked", {"claimed", "expected"}},
      {"lower_bound", {"claimed"}},
      {"edge_missed", {"case"}},
      {"edge_covered", {"count"}},
      {"edge_missing", {}},
      {"measured_agrees", {"claimed", "slope", "measured"}},
      {"measured_differs", {"claimed", "slope", "measured"}},
      {"measured_only", {"slope", "measured"}},
      {"summary_good", {}},
      {"summary_fix", {"count", "first"}},
  };
  return spec;
}

enum class Kind { kOther, kApproach, kTime, kSpace, kComplexity, kEdge, kTests };

bool any_phrase(const std::vector<std::string>& phrases, const std::vector<std::string>& words) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&words](const std::string& p) { return detail::Phrase(p).found_in(words); });
}

Kind heading_kind(std::string_view heading, const ExplanationRules& rules) {
  const auto words = detail::tokens(heading);
  if (any_phrase(rules.edge_headings, words)) {
    return Kind::kEdge;
  }
  if (any_phrase(rules.test_headings, words)) {
    return Kind::kTests;
  }
  const bool time = any_phrase(rules.time_headings, words);
  const bool space = any_phrase(rules.space_headings, words);
  if (time && space) {
    return Kind::kComplexity;
  }
  if (time) {
    return Kind::kTime;
  }
  if (space) {
    return Kind::kSpace;
  }
  if (any_phrase(rules.complexity_headings, words)) {
    return Kind::kComplexity;
  }
  if (any_phrase(rules.approach_headings, words)) {
    return Kind::kApproach;
  }
  return Kind::kOther;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) {
    return {};
  }
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// "a path of left children (the deepest recursion)" without what is in parentheses.
std::string without_parentheses(std::string_view text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      depth = std::max(0, depth - 1);
    } else if (depth == 0) {
      out += c;
    }
  }
  return out;
}

// Tokens, with letters and digits glued together split apart: "1x1" gives 1, x, 1 and
// "64bit" gives 64, bit.
std::vector<std::string> split_tokens(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : detail::tokens(text)) {
    std::string piece;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const bool digit = t[i] >= '0' && t[i] <= '9';
      const bool was_digit = i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9';
      if (i > 0 && digit != was_digit && !piece.empty()) {
        out.push_back(piece);
        piece.clear();
      }
      piece += t[i];
    }
    if (!piece.empty()) {
      out.push_back(piece);
    }
  }
  return out;
}

bool is_stopword(const std::string& word, const ExplanationRules& rules) {
  return std::find(rules.stopwords.begin(), rules.stopwords.end(), word) != rules.stopwords.end();
}

// The synonym group of a word, or -1.
int group_of(const std::string& word, const ExplanationRules& rules) {
  for (std::size_t g = 0; g < rules.groups.size(); ++g) {
    for (const auto& w : rules.groups[g].words) {
      if (detail::same_stem(w, word)) {
        return static_cast<int>(g);
      }
    }
  }
  return -1;
}

bool is_subject(const std::string& word, const ExplanationRules& rules) {
  return std::any_of(rules.subjects.begin(), rules.subjects.end(),
                     [&word](const std::string& s) { return detail::same_stem(s, word); });
}

struct Keyword {
  int group = -1;
  std::string word;

  [[nodiscard]] bool matches(const std::string& token, const ExplanationRules& rules) const {
    if (group >= 0) {
      const auto& words = rules.groups[static_cast<std::size_t>(group)].words;
      return std::any_of(words.begin(), words.end(),
                         [&token](const std::string& w) { return detail::same_stem(w, token); });
    }
    return detail::same_stem(word, token);
  }
};

// The hint of the first rule whose words the explanation uses, or empty.
std::string better_hint(const std::vector<std::string>& words, bool space,
                        const ExplanationRules& rules) {
  for (const auto& h : rules.better_hints) {
    if (h.space == space && any_phrase(h.words, words)) {
      return h.hint;
    }
  }
  return {};
}

// The exponent a claim predicts for running time on one size variable, or none when the
// claim has several variables. A log factor moves a fitted exponent by about 0.1.
std::optional<double> predicted_slope(const Complexity& c) {
  if (!c.valid || c.variables().size() > 1) {
    return std::nullopt;
  }
  double slope = 0;
  for (const auto& term : c.terms) {
    for (const auto& [name, g] : term) {
      if (g.factorial || g.exp_base > 0) {
        return std::numeric_limits<double>::infinity();
      }
      slope = std::max(slope, g.power + 0.1 * g.log_power);
    }
  }
  return slope;
}

}  // namespace

Feedback feedback_with_measured(const Problem& problem, std::string_view explanation,
                                const std::string& measured_class, double slope) {
  return review_explanation(explanation, expectations_of(problem),
                            MeasuredGrowth{measured_class, slope})
      .feedback;
}

ProblemExpectations expectations_of(const Problem& problem) {
  return {problem.complexity, problem.complexity_space, problem.edge_cases,
          problem.complexity_growth};
}

std::string_view ExplanationRules::builtin_text() {
  return judge_coach_explanation;
}

const ExplanationRules& ExplanationRules::builtin() {
  static const ExplanationRules rules = parse(builtin_text(), "explanation.toml (built in)");
  return rules;
}

ExplanationRules ExplanationRules::parse(std::string_view text, const std::string& name) {
  const toml::table root = judge::detail::parse_toml_text(text, name);
  judge::detail::TableReader top(root, name);
  ExplanationRules rules;
  if (const toml::table* t = top.table("sections")) {
    judge::detail::TableReader r(*t, name, "[sections]");
    rules.approach_headings = r.strings("approach");
    rules.time_headings = r.strings("time");
    rules.space_headings = r.strings("space");
    rules.complexity_headings = r.strings("complexity");
    rules.edge_headings = r.strings("edge_cases");
    rules.test_headings = r.strings("tests");
    r.reject_unknown_keys();
  }
  if (const toml::table* t = top.table("thresholds")) {
    judge::detail::TableReader r(*t, name, "[thresholds]");
    rules.approach_min_words = read_count(r, *t, "approach_min_words", rules.approach_min_words, 1);
    rules.slope_tolerance = read_positive(r, *t, "slope_tolerance", rules.slope_tolerance, 5);
    r.reject_unknown_keys();
  }
  if (const toml::table* t = top.table("edge_cases")) {
    judge::detail::TableReader r(*t, name, "[edge_cases]");
    rules.stopwords = r.strings("stopwords");
    rules.subjects = r.strings("subjects");
    rules.min_share = read_positive(r, *t, "min_share", rules.min_share, 1);
    rules.window = read_count(r, *t, "window", rules.window, 1);
    for (const toml::table* g : r.tables("group")) {
      judge::detail::TableReader gr(*g, name, "[[edge_cases.group]]");
      SynonymGroup group;
      group.words = gr.strings("words");
      group.weak = gr.boolean("weak").value_or(false);
      gr.reject_unknown_keys();
      if (group.words.empty()) {
        throw Error(fmt::format("{}a synonym group needs words", gr.location()),
                    "add words = [\"...\", \"...\"]");
      }
      rules.groups.push_back(std::move(group));
    }
    r.reject_unknown_keys();
  }
  for (const toml::table* t : top.tables("better_hint")) {
    judge::detail::TableReader r(*t, name, "[[better_hint]]");
    BetterHint h;
    const std::string resource = r.required_string("resource");
    if (resource != "time" && resource != "space") {
      r.fail(*t->get("resource"),
             fmt::format("resource must be \"time\" or \"space\", got \"{}\"", resource),
             "write resource = \"time\" or resource = \"space\"");
    }
    h.space = resource == "space";
    h.words = r.strings("words");
    h.hint = r.required_string("hint");
    r.reject_unknown_keys();
    rules.better_hints.push_back(std::move(h));
  }
  rules.messages = std::make_shared<const detail::Messages>(
      detail::Messages::read(top.table("messages"), name, message_spec()));
  top.reject_unknown_keys();
  return rules;
}

ExplanationSections parse_explanation(std::string_view text, const ExplanationRules& rules) {
  ExplanationSections out;
  const auto sections = detail::split_sections(text, [&rules](std::string_view label) {
    return heading_kind(label, rules) != Kind::kOther;
  });
  for (const auto& s : sections) {
    const Kind kind = s.heading.empty() ? Kind::kApproach : heading_kind(s.heading, rules);
    if (!s.heading.empty()) {
      out.by_headings = true;
    }
    ExplanationSection* target = &out.approach;
    switch (kind) {
      case Kind::kTime:
        target = &out.time;
        break;
      case Kind::kSpace:
        target = &out.space;
        break;
      case Kind::kComplexity:
        target = &out.complexity;
        break;
      case Kind::kEdge:
        target = &out.edge_cases;
        break;
      case Kind::kTests:
        target = &out.tests;
        break;
      default:
        break;
    }
    const std::string body = trim(text.substr(s.body_begin, s.body_end - s.body_begin));
    if (!body.empty()) {
      target->text += (target->text.empty() ? "" : "\n") + body;
      target->found = true;
    }
  }
  for (auto* s :
       {&out.approach, &out.time, &out.space, &out.complexity, &out.edge_cases, &out.tests}) {
    s->words = detail::count_words(s->text);
  }
  return out;
}

bool mentions_edge_case(std::string_view text, std::string_view edge_case,
                        const ExplanationRules& rules) {
  // "no prices or a single day": either one is the case.
  const std::string folded = detail::fold(edge_case);
  if (auto at = folded.find(" or "); at != std::string::npos) {
    return mentions_edge_case(text, edge_case.substr(0, at), rules) ||
           mentions_edge_case(text, edge_case.substr(at + 4), rules);
  }
  std::vector<Keyword> required;
  bool has_subject = false;
  std::vector<Keyword> subjects;
  for (const auto& word : split_tokens(without_parentheses(edge_case))) {
    if (is_stopword(word, rules)) {
      continue;
    }
    Keyword k{group_of(word, rules), word};
    auto& list = (k.group < 0 && is_subject(word, rules)) ? subjects : required;
    const bool seen = std::any_of(list.begin(), list.end(), [&k](const Keyword& o) {
      return k.group >= 0 ? o.group == k.group : (o.group < 0 && detail::same_stem(o.word, k.word));
    });
    if (!seen) {
      list.push_back(k);
    }
    has_subject = has_subject || (k.group < 0 && is_subject(word, rules));
  }
  if (required.empty()) {
    required = std::move(subjects);  // "the input" alone: its own words are all there is
    has_subject = false;
  }
  if (required.empty()) {
    return false;
  }
  const std::size_t needed =
      required.size() <= 2 ? required.size()
                           : static_cast<std::size_t>(
                                 std::ceil(static_cast<double>(required.size()) * rules.min_share));
  // "empty" or "one" alone says little: "no duplicates in the array" is not the empty array.
  const bool need_subject = required.size() == 1 && has_subject && required[0].group >= 0 &&
                            rules.groups[static_cast<std::size_t>(required[0].group)].weak;
  for (const auto& sentence : detail::sentences(text)) {
    const auto words = split_tokens(text.substr(sentence.begin, sentence.end - sentence.begin));
    if (need_subject) {
      // Right next to it: "the array is empty", "n = 0", "no elements".
      constexpr std::size_t kNear = 2;
      for (std::size_t i = 0; i < words.size(); ++i) {
        if (!required[0].matches(words[i], rules)) {
          continue;
        }
        const std::size_t from = i >= kNear ? i - kNear : 0;
        for (std::size_t j = from; j < words.size() && j <= i + kNear; ++j) {
          if (j != i && is_subject(words[j], rules)) {
            return true;
          }
        }
      }
      continue;
    }
    for (std::size_t start = 0; start < words.size(); ++start) {
      const std::size_t stop = std::min(words.size(), start + rules.window);
      std::size_t matched = 0;
      for (const auto& k : required) {
        for (std::size_t i = start; i < stop; ++i) {
          if (k.matches(words[i], rules)) {
            ++matched;
            break;
          }
        }
      }
      if (matched >= needed) {
        return true;
      }
    }
  }
  return false;
}

namespace {

void add_item(ExplanationReview& review, Severity severity, const std::string& code,
              std::string message) {
  // A message whose last placeholder was empty ends in a blank.
  while (!message.empty() && message.back() == ' ') {
    message.pop_back();
  }
  review.feedback.items.push_back({severity, "explain." + code, std::move(message)});
}

void check_approach(ExplanationReview& review, const ExplanationRules& rules) {
  const detail::Messages& m = *rules.messages;
  const ExplanationSection& approach = review.sections.approach;
  if (!approach.found) {
    add_item(review, Severity::kWarning, "approach.missing", m.render("approach_missing"));
  } else if (approach.words < rules.approach_min_words) {
    add_item(review, Severity::kWarning, "approach.thin",
             m.render("approach_thin", {{"words", std::to_string(approach.words)}}));
  }
}

// The feedback on how a claimed bound compares with the problem's; `r` is "time" or "space".
void add_comparison(ExplanationReview& review, Order order, const std::string& r, const Args& args,
                    const detail::Messages& m) {
  switch (order) {
    case Order::kSame:
      add_item(review, Severity::kPraise, r + ".same", m.render(r + "_same", args));
      break;
    case Order::kGreater:
      add_item(review, Severity::kWarning, r + ".worse", m.render(r + "_worse", args));
      break;
    case Order::kLess:
      // Likely a cost left out when the explanation names one ("sort", "recursion"); else
      // it may well be right, and the candidate only has to say why.
      add_item(review, args[2].second.empty() ? Severity::kInfo : Severity::kWarning, r + ".better",
               m.render(r + "_better", args));
      break;
    case Order::kIncomparable:
      add_item(review, Severity::kInfo, r + ".incomparable", m.render(r + "_incomparable", args));
      break;
  }
}

// The claimed time (or space) bound: missing, unread, or compared with the problem's.
void check_claim(ExplanationReview& review, const ProblemExpectations& expected, bool space,
                 const std::vector<std::string>& words, const ExplanationRules& rules) {
  const detail::Messages& m = *rules.messages;
  const std::optional<Claim>& claim = space ? review.claims.space : review.claims.time;
  const std::string& bound = space ? expected.space : expected.time;
  std::optional<Complexity>& expected_out = space ? review.expected_space : review.expected_time;
  const std::string r = space ? "space" : "time";
  if (!bound.empty()) {
    expected_out = parse_complexity(bound);
  }
  if (!claim) {
    add_item(review, Severity::kWarning, r + ".missing", m.render(r + "_missing"));
    return;
  }
  const Complexity& c = claim->complexity;
  if (c.lower_bound) {
    add_item(review, Severity::kInfo, "lower_bound",
             m.render("lower_bound", {{"claimed", c.written}}));
  }
  if (!c.valid) {
    add_item(review, Severity::kInfo, r + ".unread",
             m.render(r + "_unread", {{"claimed", c.written}}));
    return;
  }
  if (!expected_out) {
    return;  // the problem gives no bound to compare with
  }
  const Args args = {{"claimed", c.canonical},
                     {"expected", expected_out->valid ? expected_out->canonical : bound},
                     {"hint", better_hint(words, space, rules)}};
  if (!expected_out->valid) {
    add_item(review, Severity::kInfo, r + ".unchecked", m.render(r + "_unchecked", args));
    return;
  }
  if (c.per_operation && !expected_out->per_operation) {
    add_item(review, Severity::kInfo, r + ".per_operation", m.render(r + "_per_operation", args));
    return;
  }
  const Order order = compare(c, *expected_out);
  (space ? review.space_order : review.time_order) = order;
  add_comparison(review, order, r, args, m);
}

void check_edge_cases(ExplanationReview& review, std::string_view text,
                      const ProblemExpectations& expected, const ExplanationRules& rules) {
  const detail::Messages& m = *rules.messages;
  for (const auto& edge : expected.edge_cases) {
    if (mentions_edge_case(text, edge, rules)) {
      review.edge_cases_mentioned.push_back(edge);
    } else {
      review.edge_cases_missed.push_back(edge);
      add_item(review, Severity::kWarning, "edge.missed",
               m.render("edge_missed", {{"case", edge}}));
    }
  }
  if (!expected.edge_cases.empty() && review.edge_cases_missed.empty()) {
    add_item(review, Severity::kPraise, "edge.covered",
             m.render("edge_covered", {{"count", std::to_string(expected.edge_cases.size())}}));
  }
  if (expected.edge_cases.empty() && !review.sections.edge_cases.found) {
    add_item(review, Severity::kWarning, "edge.missing", m.render("edge_missing"));
  }
}

// The slope the claimed time predicts in the probe's one size: the claim's own when it has one
// variable; else, when it is the problem's bound, the slope of the bound's class in that size
// (the table's growth): O(n * m) for edit distance, whose probe grows both strings, is n^2.
std::optional<double> claimed_slope(const ExplanationReview& review,
                                    const ProblemExpectations& expected) {
  if (!review.claims.time) {
    return std::nullopt;
  }
  const Complexity& claim = review.claims.time->complexity;
  if (auto slope = predicted_slope(claim)) {
    return slope;
  }
  const auto growth = parse_complexity(expected.growth);
  if (!growth || !review.expected_time || compare(claim, *review.expected_time) != Order::kSame) {
    return std::nullopt;
  }
  return predicted_slope(*growth);
}

// The measured growth against the claimed time bound's slope.
void check_measured(ExplanationReview& review, const ProblemExpectations& expected,
                    const MeasuredGrowth& measured, const ExplanationRules& rules) {
  const detail::Messages& m = *rules.messages;
  const std::string shown =
      measured.complexity_class.empty() ? "" : " (" + measured.complexity_class + ")";
  Args args = {{"slope", fmt::format("{:.1f}", measured.slope)}, {"measured", shown}};
  const auto predicted = claimed_slope(review, expected);
  if (predicted) {
    args.emplace_back("claimed", review.claims.time->complexity.canonical);
    // An exponential claim has no slope: it agrees with a growth steeper than any polynomial
    // the probe fits (n^3 is the steepest), or with the exponential class.
    const bool agrees =
        std::isinf(*predicted)
            ? measured.slope > 3 + rules.slope_tolerance || measured.complexity_class == "O(2^n)"
            : std::abs(*predicted - measured.slope) <= rules.slope_tolerance;
    if (agrees) {
      add_item(review, Severity::kPraise, "measured.agrees", m.render("measured_agrees", args));
    } else {
      add_item(review, Severity::kWarning, "measured.differs", m.render("measured_differs", args));
    }
  } else {
    add_item(review, Severity::kInfo, "measured.only", m.render("measured_only", args));
  }
}

// The summary: all good, or how many things to fix and the first of them.
std::string summary_of(const ExplanationReview& review, const detail::Messages& m) {
  const std::size_t fixes = review.feedback.count(Severity::kWarning);
  if (fixes == 0) {
    return m.render("summary_good");
  }
  const auto first =
      std::find_if(review.feedback.items.begin(), review.feedback.items.end(),
                   [](const FeedbackItem& item) { return item.severity == Severity::kWarning; });
  return m.render("summary_fix", {{"count", std::to_string(fixes)}, {"first", first->message}});
}

}  // namespace

ExplanationReview review_explanation(std::string_view text, const ProblemExpectations& expected,
                                     const std::optional<MeasuredGrowth>& measured,
                                     const ExplanationRules& rules) {
  ExplanationReview review;
  const detail::Messages& m = *rules.messages;
  review.sections = parse_explanation(text, rules);
  if (trim(text).empty()) {
    add_item(review, Severity::kWarning, "empty", m.render("empty"));
    review.feedback.summary = review.feedback.items.back().message;
    return review;
  }
  const auto words = detail::tokens(text);
  check_approach(review, rules);
  review.claims = extract_claims(text);
  check_claim(review, expected, false, words, rules);
  check_claim(review, expected, true, words, rules);
  check_edge_cases(review, text, expected, rules);
  if (measured) {
    check_measured(review, expected, *measured, rules);
  }
  review.feedback.summary = summary_of(review, m);
  return review;
}

}  // namespace judge::coach
