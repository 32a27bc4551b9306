#include "judge/result_json.h"

namespace judge {

using nlohmann::json;

namespace {

template <typename T>
json or_null(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

}  // namespace

json or_null(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

json test_json(const TestRow& t) {
  return {{"name", t.name},
          {"verdict", code(t.verdict)},
          {"time_ms", t.time_ms},
          {"wall_ms", t.wall_ms},
          {"memory_kb", t.memory_kb},
          {"exit_code", or_null(t.exit_code)},
          {"signal", or_null(t.signal)},
          {"message", t.message},
          {"desc", t.sample ? json(nullptr) : json(t.desc)}};
}

TestRow test_row(const TestOutcome& t, std::size_t sample_count) {
  TestRow row;
  row.index = static_cast<int>(t.index);
  row.name = public_test_name(t, sample_count);
  row.sample = t.sample;
  row.verdict = t.verdict;
  row.time_ms = t.time_ms;
  row.wall_ms = t.wall_ms;
  row.memory_kb = t.memory_kb;
  row.exit_code = t.exit_code;
  row.signal = t.signal;
  row.message = t.message;
  row.desc = t.desc;
  return row;
}

json outcome_json(const JudgeOutcome& outcome, std::size_t sample_count) {
  json tests = json::array();
  for (const auto& t : outcome.tests) {
    tests.push_back(test_json(test_row(t, sample_count)));
  }
  return {{"verdict", code(outcome.verdict)},
          {"compile",
           {{"ok", outcome.compile.ok},
            {"time_ms", outcome.compile.time.count()},
            {"cached", outcome.compile.cached},
            {"message", outcome.compile.message}}},
          {"tests", tests},
          {"passed", outcome.passed},
          {"total", outcome.planned},
          {"time_ms", outcome.max_time_ms},
          {"memory_kb", outcome.max_memory_kb},
          {"error", outcome.error}};
}

json submission_json(const SubmissionRow& r, bool full) {
  json j = {{"id", r.id},
            {"kind", r.kind == RunKind::kTest ? "test" : "submit"},
            {"problem", r.problem},
            {"problem_dir", or_null(r.problem_dir)},
            {"language", r.language},
            {"file", r.file_name},
            {"created_at", r.created_at},
            {"finished_at", or_null(r.finished_at)},
            {"status", r.status},
            {"forgotten", !r.forgotten_at.empty()},
            {"revealed", !r.revealed_at.empty()},
            {"verdict", r.verdict ? json(code(*r.verdict)) : json(nullptr)},
            {"time_ms", r.time_ms},
            {"memory_kb", r.memory_kb},
            {"passed", r.passed},
            {"total", r.planned},
            {"mock", r.mock != 0 ? json(r.mock) : json(nullptr)},
            {"overtime", r.overtime}};
  if (full) {
    j["feedback"] = r.feedback ? feedback_json(*r.feedback) : json(nullptr);
    j["source"] = r.source;
    j["explanation"] = r.explanation;
    j["compile"] = {{"ok", r.compile_ok},
                    {"time_ms", r.compile_time_ms},
                    {"cached", r.compile_cached},
                    {"message", r.compile_message}};
    json tests = json::array();
    for (const auto& t : r.tests) {
      tests.push_back(test_json(t));
    }
    j["tests"] = tests;
  }
  return j;
}

json feedback_json(const coach::Feedback& feedback) {
  json items = json::array();
  for (const auto& item : feedback.items) {
    items.push_back({{"severity", coach::to_string(item.severity)},
                     {"code", item.code},
                     {"message", item.message}});
  }
  return {{"summary", feedback.summary}, {"items", items}};
}

coach::Feedback feedback_from_json(const json& j) {
  coach::Feedback feedback;
  if (!j.is_object()) {
    return feedback;
  }
  auto text = [](const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  feedback.summary = text(j, "summary");
  const auto items = j.find("items");
  if (items == j.end() || !items->is_array()) {
    return feedback;
  }
  for (const auto& item : *items) {
    if (!item.is_object()) {
      continue;
    }
    coach::FeedbackItem out;
    const std::string severity = text(item, "severity");
    out.severity = severity == "praise"    ? coach::Severity::kPraise
                   : severity == "warning" ? coach::Severity::kWarning
                                           : coach::Severity::kInfo;
    out.code = text(item, "code");
    out.message = text(item, "message");
    feedback.items.push_back(std::move(out));
  }
  return feedback;
}

json stats_json(const StatsModel& stats) {
  json problems = json::array();
  for (const auto& s : stats.problems) {
    problems.push_back({{"problem", s.problem},
                        {"title", s.title},
                        {"difficulty", s.difficulty},
                        {"attempts", s.attempts},
                        {"solved", s.solved},
                        {"first_accepted_at", or_null(s.first_accepted_at)},
                        {"seconds_to_accept", or_null(s.seconds_to_accept)}});
  }
  auto tallies = [](const std::map<std::string, Tally>& by) {
    json out = json::object();
    for (const auto& [key, t] : by) {
      out[key] = {{"solved", t.solved}, {"total", t.total}};
    }
    return out;
  };
  return {{"submissions", stats.submissions}, {"solved", stats.solved},
          {"reveals", stats.reveals},         {"by_difficulty", tallies(stats.by_difficulty)},
          {"by_tag", tallies(stats.by_tag)},  {"problems", problems},
          {"unreadable", stats.unreadable}};
}

}  // namespace judge
