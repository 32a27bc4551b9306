// The behavioural question bank of the mock phone screen: questions kept as data
// (judge/data/questions.toml, built into the binary), each tagged with the competency it
// probes, which a pack can extend with a file of its own.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace judge::coach {

struct Competency {
  std::string id;           ///< "ownership"
  std::string description;  ///< what the interviewer listens for, one sentence
};

struct Question {
  std::string id;                       ///< "own-unowned-problem": letters, digits and '-'
  std::string competency;               ///< a Competency id
  std::string text;                     ///< the question as the interviewer asks it
  std::vector<std::string> follow_ups;  ///< what the interviewer may ask next
  std::string source;  ///< the file it came from: "questions.toml (built in)" or a path
};

/// What pick() should avoid and prefer.
struct PickOptions {
  std::uint64_t seed = 0;
  /// Question ids asked before, the most recent first. These are skipped while others remain;
  /// when every question has been asked, the one asked longest ago comes back.
  std::vector<std::string> recent;
  /// Only this competency, when not empty.
  std::string competency;
};

class QuestionBank {
 public:
  /// The bank built into the binary (judge/data/questions.toml). Parsed on each call.
  [[nodiscard]] static QuestionBank builtin();
  /// The text of the built-in file, as compiled in.
  [[nodiscard]] static std::string_view builtin_text();

  /// A bank from TOML text; `name` names it in errors.
  [[nodiscard]] static QuestionBank parse(std::string_view text, const std::string& name);

  /// Adds the questions (and competencies) of another file, for example a pack's. An id that
  /// is already in the bank, an unknown competency or a bad key is an Error naming
  /// "path:line:column"; the bank is then unchanged.
  void add_file(const std::filesystem::path& path);
  /// As add_file, from text; `name` names it in errors.
  void add_text(std::string_view text, const std::string& name);

  [[nodiscard]] const std::vector<Question>& questions() const noexcept { return questions_; }
  [[nodiscard]] const std::vector<Competency>& competencies() const noexcept {
    return competencies_;
  }
  /// The question with this id, or null.
  [[nodiscard]] const Question* find(std::string_view id) const;
  /// The competency with this id, or null.
  [[nodiscard]] const Competency* find_competency(std::string_view id) const;

  /// One question, the same for the same bank, options and seed. Among the questions not in
  /// `recent`, those probing a competency the last three asked did not probe come first.
  /// Throws Error when no question has the requested competency.
  [[nodiscard]] const Question& pick(const PickOptions& options) const;

  /// One file's content, before it is checked against the bank.
  struct Parsed {
    std::vector<Competency> competencies;
    std::vector<Question> questions;
    std::vector<std::string> locations;  ///< "file:line:column: " of each question
  };

 private:
  void merge(Parsed parsed, const std::string& name);

  std::vector<Competency> competencies_;
  std::vector<Question> questions_;
};

}  // namespace judge::coach
