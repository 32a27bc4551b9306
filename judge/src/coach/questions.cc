#include "judge/coach/questions.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/error.h"
#include "judge/problem.h"
#include "toml_reader.h"

// judge/data/questions.toml, embedded by CMake (NUL-terminated).
extern "C" const char judge_coach_questions[];

namespace judge::coach {
namespace {

constexpr const char* kBuiltinName = "questions.toml (built in)";

// A step of splitmix64: a fixed, portable mix of the seed (the standard library's
// distributions differ between implementations, and a seed must pick the same question
// everywhere).
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Reads one file; checks that need the rest of the bank are done by the caller.
QuestionBank::Parsed parse_file(const toml::table& root, const std::string& name) {
  judge::detail::TableReader top(root, name);
  QuestionBank::Parsed parsed;
  if (const toml::table* competencies = top.table("competencies")) {
    std::vector<std::pair<std::uint32_t, Competency>> ordered;
    for (const auto& [key, node] : *competencies) {
      const auto* description = node.as_string();
      if (description == nullptr) {
        top.fail(node,
                 fmt::format("competency '{}' must be a string (what the interviewer "
                             "listens for)",
                             key.str()),
                 "write it as id = \"what the interviewer listens for\"");
      }
      if (!valid_problem_id(key.str())) {
        top.fail(
            node,
            fmt::format("competency id '{}' must be lowercase letters, digits and '-'", key.str()),
            "rename it, for example customer-focus");
      }
      ordered.emplace_back(node.source().begin.line,
                           Competency{std::string(key.str()), description->get()});
    }
    // A TOML table iterates by key; keep the file's order.
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& entry : ordered) {
      parsed.competencies.push_back(std::move(entry.second));
    }
  }
  for (const toml::table* table : top.tables("question")) {
    judge::detail::TableReader r(*table, name, "[[question]]");
    Question q;
    q.id = r.required_string("id");
    q.competency = r.required_string("competency");
    q.text = r.required_string("text");
    q.follow_ups = r.strings("follow_ups");
    q.source = name;
    r.reject_unknown_keys();
    const std::string where = r.location(*table->get("id"));
    if (!valid_problem_id(q.id)) {
      throw Error(fmt::format("{}question id '{}' must be lowercase letters, digits and '-', "
                              "starting with a letter",
                              where, q.id),
                  "for example id = \"own-late-launch\"");
    }
    if (q.text.find_first_not_of(" \t\n") == std::string::npos) {
      throw Error(fmt::format("{}question '{}' has an empty text", where, q.id),
                  "write the question as the interviewer would ask it");
    }
    parsed.locations.push_back(where);
    parsed.questions.push_back(std::move(q));
  }
  top.reject_unknown_keys();
  return parsed;
}

}  // namespace

std::string_view QuestionBank::builtin_text() {
  return judge_coach_questions;
}

QuestionBank QuestionBank::builtin() {
  return parse(builtin_text(), kBuiltinName);
}

QuestionBank QuestionBank::parse(std::string_view text, const std::string& name) {
  QuestionBank bank;
  bank.add_text(text, name);
  return bank;
}

void QuestionBank::add_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw Error(fmt::format("cannot read the question file {}", path.string()),
                "check the path; a question file is TOML (see docs/coaching.md)");
  }
  const std::string name = path.string();
  merge(parse_file(judge::detail::parse_toml_file(name), name), name);
}

void QuestionBank::add_text(std::string_view text, const std::string& name) {
  merge(parse_file(judge::detail::parse_toml_text(text, name), name), name);
}

void QuestionBank::merge(Parsed parsed, const std::string& name) {
  // Checked on a copy: a file with an error adds nothing.
  std::vector<Competency> competencies = competencies_;
  std::vector<Question> questions = questions_;
  auto has_competency = [&competencies](std::string_view id) {
    return std::any_of(competencies.begin(), competencies.end(),
                       [id](const Competency& c) { return c.id == id; });
  };
  for (auto& c : parsed.competencies) {
    if (has_competency(c.id)) {
      throw Error(fmt::format("{}: competency '{}' is already defined", name, c.id),
                  "use the existing competency in your questions, or choose another id");
    }
    competencies.push_back(std::move(c));
  }
  std::vector<std::string> known;
  for (const auto& c : competencies) {
    known.push_back(c.id);
  }
  for (std::size_t i = 0; i < parsed.questions.size(); ++i) {
    Question& q = parsed.questions[i];
    const std::string& where = parsed.locations[i];
    auto other = std::find_if(questions.begin(), questions.end(),
                              [&q](const Question& x) { return x.id == q.id; });
    if (other != questions.end()) {
      throw Error(
          fmt::format("{}question id '{}' is already used in {}", where, q.id, other->source),
          "choose another id: ids are unique across the built-in bank and every pack");
    }
    if (!has_competency(q.competency)) {
      auto guess = judge::detail::closest(q.competency, known);
      throw Error(
          fmt::format("{}question '{}' has an unknown competency '{}'{}", where, q.id, q.competency,
                      guess ? fmt::format("; did you mean '{}'?", *guess) : ""),
          fmt::format("the competencies are: {}; a file can add its own under "
                      "[competencies]",
                      fmt::join(known, ", ")));
    }
    questions.push_back(std::move(q));
  }
  competencies_ = std::move(competencies);
  questions_ = std::move(questions);
}

const Question* QuestionBank::find(std::string_view id) const {
  for (const auto& q : questions_) {
    if (q.id == id) {
      return &q;
    }
  }
  return nullptr;
}

const Competency* QuestionBank::find_competency(std::string_view id) const {
  for (const auto& c : competencies_) {
    if (c.id == id) {
      return &c;
    }
  }
  return nullptr;
}

const Question& QuestionBank::pick(const PickOptions& options) const {
  std::vector<const Question*> pool;
  for (const auto& q : questions_) {
    if (options.competency.empty() || q.competency == options.competency) {
      pool.push_back(&q);
    }
  }
  if (pool.empty()) {
    std::vector<std::string> known;
    for (const auto& c : competencies_) {
      known.push_back(c.id);
    }
    throw Error(options.competency.empty()
                    ? std::string("the question bank is empty")
                    : fmt::format("no question probes the competency '{}'", options.competency),
                fmt::format("the competencies are: {}", fmt::join(known, ", ")));
  }
  auto recency = [&options](const Question& q) {  // 0: asked last; npos: never asked
    auto it = std::find(options.recent.begin(), options.recent.end(), q.id);
    return it == options.recent.end() ? std::string::npos
                                      : static_cast<std::size_t>(it - options.recent.begin());
  };
  std::vector<const Question*> fresh;
  for (const Question* q : pool) {
    if (recency(*q) == std::string::npos) {
      fresh.push_back(q);
    }
  }
  if (fresh.empty()) {
    // All asked already: the one asked longest ago, with no dice, so that a long practice
    // cycles through the whole bank.
    return **std::max_element(pool.begin(), pool.end(), [&recency](const auto* a, const auto* b) {
      return recency(*a) < recency(*b);
    });
  }
  // Vary the competency: skip the ones the last three questions probed, while others remain.
  constexpr std::size_t kSpread = 3;
  std::set<std::string, std::less<>> recent_competencies;
  for (std::size_t i = 0; i < options.recent.size() && i < kSpread; ++i) {
    if (const Question* q = find(options.recent[i])) {
      recent_competencies.insert(q->competency);
    }
  }
  std::vector<const Question*> preferred;
  for (const Question* q : fresh) {
    if (recent_competencies.count(q->competency) == 0) {
      preferred.push_back(q);
    }
  }
  const auto& choices = preferred.empty() ? fresh : preferred;
  return *choices[mix(options.seed) % choices.size()];
}

}  // namespace judge::coach
