#include "judge/coach/closing.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "judge/error.h"
#include "messages.h"
#include "text.h"
#include "toml_reader.h"

// judge/data/closing.toml, embedded by CMake (NUL-terminated).
extern "C" const char judge_coach_closing[];

namespace judge::coach {
namespace {

const detail::MessageSpec& message_spec() {
  static const detail::MessageSpec spec = {
      {"template", {"min_questions"}},
      {"none", {"min_questions"}},
      {"too_few", {"count", "min_questions"}},
      {"generic", {"question", "reason"}},
      {"specific", {"question", "marker"}},
      {"plain", {"question"}},
      {"examples", {"examples"}},
      {"summary_good", {"count", "specific"}},
      {"summary_fix", {"count", "specific", "generic", "fixes"}},
  };
  return spec;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// "- ", "* ", "• ", "1. ", "2) " at the start of a line.
std::string_view drop_list_marker(std::string_view line) {
  for (std::string_view bullet : {"- ", "* ", "+ ", "\u2022 "}) {
    if (line.substr(0, bullet.size()) == bullet) {
      return trim(line.substr(bullet.size()));
    }
  }
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') {
    ++digits;
  }
  if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      line[digits + 1] == ' ') {
    return trim(line.substr(digits + 2));
  }
  return line;
}

std::size_t positive_count(judge::detail::TableReader& r, const toml::table& t,
                           std::string_view key, std::size_t fallback) {
  auto v = r.integer(key);
  if (!v) {
    return fallback;
  }
  if (*v < 1) {
    r.fail(*t.get(key), fmt::format("{} must be at least 1", r.key_name(key)),
           "write a whole number of 1 or more");
  }
  return static_cast<std::size_t>(*v);
}

// The first phrase of `phrases` found in `words`, or npos.
std::size_t first_found(const std::vector<detail::Phrase>& phrases,
                        const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    if (phrases[i].found_in(words)) {
      return i;
    }
  }
  return std::string::npos;
}

std::vector<detail::Phrase> compile(const std::vector<std::string>& texts) {
  return {texts.begin(), texts.end()};
}

}  // namespace

std::string_view ClosingRules::builtin_text() {
  return judge_coach_closing;
}

const ClosingRules& ClosingRules::builtin() {
  static const ClosingRules rules = parse(builtin_text(), "closing.toml (built in)");
  return rules;
}

ClosingRules ClosingRules::parse(std::string_view text, const std::string& name) {
  const toml::table root = judge::detail::parse_toml_text(text, name);
  judge::detail::TableReader top(root, name);
  ClosingRules rules;
  rules.min_questions = positive_count(top, root, "min_questions", rules.min_questions);
  rules.examples_shown = positive_count(top, root, "examples_shown", rules.examples_shown);
  std::set<std::string> ids;
  for (const toml::table* t : top.tables("generic")) {
    judge::detail::TableReader r(*t, name, "[[generic]]");
    GenericRule g;
    g.id = r.required_string("id");
    g.reason = r.required_string("reason");
    g.patterns = r.strings("patterns");
    r.reject_unknown_keys();
    if (!ids.insert("generic " + g.id).second) {
      r.fail(*t->get("id"), fmt::format("generic rule '{}' is defined twice", g.id),
             "give each [[generic]] rule an id of its own");
    }
    rules.generic.push_back(std::move(g));
  }
  rules.specific = top.strings("specific");
  for (const toml::table* t : top.tables("theme")) {
    judge::detail::TableReader r(*t, name, "[[theme]]");
    QuestionTheme theme;
    theme.id = r.required_string("id");
    theme.title = r.required_string("title");
    theme.keywords = r.strings("keywords");
    theme.examples = r.strings("examples");
    r.reject_unknown_keys();
    if (!ids.insert("theme " + theme.id).second) {
      r.fail(*t->get("id"), fmt::format("theme '{}' is defined twice", theme.id),
             "give each [[theme]] an id of its own");
    }
    if (theme.examples.empty()) {
      throw Error(fmt::format("{}theme '{}' has no examples", r.location(*t->get("id")), theme.id),
                  "add examples = [\"...\"]: the questions offered to the candidate");
    }
    rules.themes.push_back(std::move(theme));
  }
  rules.messages = std::make_shared<const detail::Messages>(
      detail::Messages::read(top.table("messages"), name, message_spec()));
  top.reject_unknown_keys();
  return rules;
}

std::string closing_template(const ClosingRules& rules) {
  return rules.messages->render("template",
                                {{"min_questions", std::to_string(rules.min_questions)}});
}

std::vector<std::string> split_questions(std::string_view text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) {
      eol = text.size();
    }
    std::string_view line = trim(text.substr(pos, eol - pos));
    pos = eol + 1;
    // Comments of the template and Markdown headings are no questions; nor is a label.
    if (line.empty() || line.front() == '#' ||
        (line.back() == ':' && line.find('?') == std::string_view::npos)) {
      if (eol == text.size()) {
        break;
      }
      continue;
    }
    line = drop_list_marker(line);
    std::size_t start = 0;
    while (start < line.size()) {
      const std::size_t mark = line.find('?', start);
      std::string_view piece = trim(line.substr(
          start, mark == std::string_view::npos ? std::string_view::npos : mark - start + 1));
      start = mark == std::string_view::npos ? line.size() : mark + 1;
      while (!piece.empty() && (piece.front() == '"' || piece.front() == '-')) {
        piece = trim(piece.substr(1));
      }
      const bool asked = !piece.empty() && piece.back() == '?';
      if ((asked && detail::count_words(piece) > 0) || detail::count_words(piece) >= 3) {
        out.emplace_back(piece);
      }
    }
    if (eol == text.size()) {
      break;
    }
  }
  return out;
}

namespace {

void add_item(ClosingReview& review, Severity severity, const std::string& code,
              std::string message) {
  review.feedback.items.push_back({severity, "closing." + code, std::move(message)});
}

// The rules' phrases, compiled once for every question.
struct CompiledRules {
  std::vector<detail::Phrase> specific;
  std::vector<std::vector<detail::Phrase>> generic;  // one list per generic rule
  std::vector<std::vector<detail::Phrase>> themes;   // one list per theme
};

CompiledRules compile_rules(const ClosingRules& rules) {
  CompiledRules compiled;
  compiled.specific = compile(rules.specific);
  for (const auto& g : rules.generic) {
    compiled.generic.push_back(compile(g.patterns));
  }
  for (const auto& t : rules.themes) {
    compiled.themes.push_back(compile(t.keywords));
  }
  return compiled;
}

// One question: specific (a specific phrase), generic (a generic pattern), or plain; and
// the themes it touches.
ClosingQuestion classify_question(const std::string& text, const CompiledRules& compiled,
                                  const ClosingRules& rules) {
  ClosingQuestion q;
  q.text = text;
  const auto words = detail::tokens(q.text);
  if (std::size_t s = first_found(compiled.specific, words); s != std::string::npos) {
    q.kind = QuestionKind::kSpecific;
    q.marker = rules.specific[s];
  } else {
    for (std::size_t g = 0; g < compiled.generic.size(); ++g) {
      if (first_found(compiled.generic[g], words) != std::string::npos) {
        q.kind = QuestionKind::kGeneric;
        q.rule = rules.generic[g].id;
        break;
      }
    }
  }
  for (std::size_t t = 0; t < compiled.themes.size(); ++t) {
    if (first_found(compiled.themes[t], words) != std::string::npos) {
      q.themes.push_back(rules.themes[t].id);
    }
  }
  return q;
}

// Feedback on the number of questions, then on each question.
void judge_questions(ClosingReview& review, const ClosingRules& rules) {
  const detail::Messages& m = *rules.messages;
  const std::string min = std::to_string(rules.min_questions);
  if (review.questions.empty()) {
    add_item(review, Severity::kWarning, "none", m.render("none", {{"min_questions", min}}));
  } else if (review.questions.size() < rules.min_questions) {
    add_item(review, Severity::kWarning, "too_few",
             m.render("too_few", {{"count", std::to_string(review.questions.size())},
                                  {"min_questions", min}}));
  }
  for (const auto& q : review.questions) {
    // A marker such as "deploy*" reads better without its star.
    std::string marker = q.marker;
    std::erase(marker, '*');
    switch (q.kind) {
      case QuestionKind::kGeneric: {
        auto rule = std::find_if(rules.generic.begin(), rules.generic.end(),
                                 [&q](const GenericRule& g) { return g.id == q.rule; });
        add_item(review, Severity::kWarning, "generic",
                 m.render("generic", {{"question", q.text}, {"reason", rule->reason}}));
        break;
      }
      case QuestionKind::kSpecific:
        add_item(review, Severity::kPraise, "specific",
                 m.render("specific", {{"question", q.text}, {"marker", marker}}));
        break;
      case QuestionKind::kPlain:
        add_item(review, Severity::kInfo, "plain", m.render("plain", {{"question", q.text}}));
        break;
    }
  }
}

// Example questions from the themes the candidate left out first (all of them when none was
// left out), starting at a place the seed chooses.
void suggest_examples(ClosingReview& review, const std::set<std::string>& touched,
                      std::uint64_t seed, const ClosingRules& rules) {
  std::vector<const QuestionTheme*> order;
  for (const auto& t : rules.themes) {
    if (touched.count(t.id) == 0) {
      order.push_back(&t);
    }
  }
  if (order.empty()) {
    for (const auto& t : rules.themes) {
      order.push_back(&t);
    }
  }
  std::string listed;
  for (std::size_t k = 0; k < order.size() && k < rules.examples_shown; ++k) {
    const QuestionTheme& t = *order[(seed + k) % order.size()];
    const std::string& example = t.examples[(seed / order.size() + k) % t.examples.size()];
    review.suggestions.push_back({t.id, t.title, example});
    listed += fmt::format("{}\"{}\" ({})", listed.empty() ? "" : "; ", example, t.title);
  }
  add_item(review, Severity::kInfo, "examples",
           rules.messages->render("examples", {{"examples", listed}}));
}

}  // namespace

ClosingReview review_closing(std::string_view text, std::uint64_t seed, const ClosingRules& rules) {
  ClosingReview review;
  const detail::Messages& m = *rules.messages;
  const CompiledRules compiled = compile_rules(rules);
  std::set<std::string> touched;
  std::size_t generic_count = 0;
  std::size_t specific_count = 0;
  for (const auto& text_of : split_questions(text)) {
    ClosingQuestion q = classify_question(text_of, compiled, rules);
    generic_count += q.kind == QuestionKind::kGeneric ? 1 : 0;
    specific_count += q.kind == QuestionKind::kSpecific ? 1 : 0;
    touched.insert(q.themes.begin(), q.themes.end());
    review.questions.push_back(std::move(q));
  }

  judge_questions(review, rules);
  if ((generic_count > 0 || review.questions.size() < rules.min_questions) &&
      !rules.themes.empty()) {
    suggest_examples(review, touched, seed, rules);
  }

  const std::size_t fixes = review.feedback.count(Severity::kWarning);
  review.feedback.summary = m.render(fixes == 0 ? "summary_good" : "summary_fix",
                                     {{"count", std::to_string(review.questions.size())},
                                      {"specific", std::to_string(specific_count)},
                                      {"generic", std::to_string(generic_count)},
                                      {"fixes", std::to_string(fixes)}});
  return review;
}

}  // namespace judge::coach
