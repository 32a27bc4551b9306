// judge list, judge show, judge start.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "../json_output.h"
#include "../starter.h"
#include "commands.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/kattis.h"
#include "judge/profiles.h"
#include "judge/result_json.h"
#include "judge/store.h"

namespace cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct ListOptions {
  std::string difficulty;
  std::vector<std::string> tags;
  bool any_tag = false;  ///< a problem with any of the tags, not all of them
  bool json = false;
  bool due = false;  ///< only reviews that are due (judge next's schedule)
};

// The reviews that are due, by problem (judge list --due); none without --due.
std::map<std::string, judge::coach::Pick> due_reviews(Context& ctx, bool due) {
  std::map<std::string, judge::coach::Pick> picks;
  if (due) {
    for (auto& pick : ctx.reading_session().schedule().picks) {
      if (pick.kind == judge::coach::PickKind::kDue) {
        picks.emplace(pick.problem, std::move(pick));
      }
    }
  }
  return picks;
}

// A problem that `judge list` shows, and the pack it is from.
struct Listed {
  judge::Problem problem;
  std::string pack;
};

// The library's problems that pass the filters of `o`, in the library's order; a problem that
// cannot be read is skipped with a warning.
std::vector<Listed> listed_problems(Context& ctx, const ListOptions& o,
                                    const std::map<std::string, judge::coach::Pick>& due) {
  std::vector<Listed> listed;
  for (const auto& entry : ctx.library().entries()) {
    judge::Problem p;
    try {
      p = judge::load_problem(entry.dir);
    } catch (const judge::Error& e) {
      fmt::print(stderr, "judge: warning: skipping {}: {}\n", entry.id, printable(e.what()));
      continue;
    }
    // An ICPC/Kattis package has no difficulty and no expected time (the format has neither:
    // Kattis rates problems by its users' results): "—", never a made-up "medium, 0m".
    if (!o.difficulty.empty() && (p.kattis || judge::to_string(p.difficulty) != o.difficulty)) {
      continue;
    }
    auto has_tag = [&p](const std::string& t) {
      return std::find(p.tags.begin(), p.tags.end(), t) != p.tags.end();
    };
    const bool tags_ok = o.any_tag && !o.tags.empty()
                             ? std::any_of(o.tags.begin(), o.tags.end(), has_tag)
                             : std::all_of(o.tags.begin(), o.tags.end(), has_tag);
    if (tags_ok && (!o.due || due.count(p.id) != 0)) {
      listed.push_back({std::move(p), entry.pack});
    }
  }
  return listed;
}

// A package's difficulty and expected time are null in JSON: the format has neither.
json difficulty_json(const judge::Problem& p) {
  return p.kattis ? json(nullptr) : json(judge::to_string(p.difficulty));
}
json minutes_json(const judge::Problem& p) {
  return p.kattis ? json(nullptr) : json(p.minutes);
}

// "solved", "attempted", or empty.
std::string status_of(const std::map<std::string, bool>& attempted, const std::string& id) {
  const auto it = attempted.find(id);
  return it == attempted.end() ? "" : (it->second ? "solved" : "attempted");
}

json list_json(const std::vector<Listed>& listed, const std::map<std::string, bool>& attempted,
               const std::map<std::string, judge::coach::Pick>& due) {
  json rows = json::array();
  for (const auto& [p, pack] : listed) {
    const std::string status = status_of(attempted, p.id);
    rows.push_back({{"id", p.id},
                    {"title", p.title},
                    {"difficulty", difficulty_json(p)},
                    {"minutes", minutes_json(p)},
                    {"tags", p.tags},
                    {"pack", pack},
                    {"status", judge::or_null(status)}});
    if (auto it = due.find(p.id); it != due.end()) {
      rows.back()["due"] = true;
      rows.back()["reason"] = it->second.reason;
    }
  }
  return rows;
}

Table list_table(const Terminal& term, const std::vector<Listed>& listed,
                 const std::map<std::string, bool>& attempted) {
  Table table({"", "ID", "TITLE", "LEVEL", "TIME", "TAGS"});
  // On a narrow terminal: cut the tags, then the titles; then drop the tags and the time.
  table.shrinkable(5, 12);
  table.shrinkable(2, 18);
  table.droppable(5);
  table.droppable(4);
  for (const auto& [p, pack] : listed) {
    const std::string status = status_of(attempted, p.id);
    std::string mark = status == "solved"      ? term.paint("✓", Style::kGreen)
                       : status == "attempted" ? term.paint("~", Style::kYellow)
                                               : " ";
    Style level = p.difficulty == judge::Difficulty::kEasy     ? Style::kGreen
                  : p.difficulty == judge::Difficulty::kMedium ? Style::kYellow
                                                               : Style::kRed;
    const bool rated = !p.kattis;  // a package has no difficulty and no expected time
    table.add({mark, p.id, printable(p.title),
               rated ? term.paint(judge::to_string(p.difficulty), level) : "—",
               rated ? fmt::format("{}m", p.minutes) : "—",
               printable(fmt::format("{}", fmt::join(p.tags, ", ")))});
  }
  return table;
}

void run_list(Context& ctx, const ListOptions& o) {
  if (!o.difficulty.empty() && o.difficulty != "easy" && o.difficulty != "medium" &&
      o.difficulty != "hard") {
    throw judge::Error(fmt::format("unknown difficulty '{}'", o.difficulty),
                       "use easy, medium or hard");
  }
  const auto attempted = ctx.reading_session().attempted();
  const auto due = due_reviews(ctx, o.due);
  const std::vector<Listed> listed = listed_problems(ctx, o, due);
  if (o.json) {
    fmt::print("{}\n", json_text(list_json(listed, attempted, due)));
    return;
  }
  // Several --tag: say how they combined, and the other way.
  std::string tag_note;
  if (o.tags.size() > 1) {
    tag_note = o.any_tag
                   ? fmt::format("Problems with any of the tags {}.\n", fmt::join(o.tags, ", "))
                   : fmt::format("Problems with all of the tags {} (--any-tag: any of them).\n",
                                 fmt::join(o.tags, ", "));
  }
  if (listed.empty()) {
    fmt::print(
        "{}{}\n", printable(tag_note),
        o.due ? "No review is due. 'judge next' picks a new problem." : "No problem matches.");
    return;
  }
  fmt::print("{}", printable(tag_note));
  fmt::print("{}", list_table(ctx.term, listed, attempted).render(ctx.term));
  fmt::print("{}\n", ctx.term.paint(fmt::format("{} problems. ✓ solved, ~ attempted. "
                                                "'judge show ID' for a statement.",
                                                listed.size()),
                                    Style::kDim));
}

struct ShowOptions {
  std::string problem;
  std::optional<int> hint;
  int followup = 0;
  bool json = false;
};

// An ICPC/Kattis package's statement as Markdown, with notes saying how it was rendered, how
// the time limit was obtained, and what the judge cannot judge in it.
std::string kattis_statement(const judge::Problem& p, std::vector<std::string>& notes) {
  notes.push_back("Time limit: " + p.time_limit_how);
  for (const auto& u : p.kattis->unsupported) {
    notes.push_back(fmt::format("Not supported: {} ({}); the judge will not judge this package",
                                u.feature, u.where));
  }
  if (!p.kattis->statement) {
    notes.push_back("Statement: the package has none");
    return fmt::format("# {}\n\n(no statement in the package)\n", p.title);
  }
  judge::kattis::RenderedStatement r = judge::kattis::render_statement(*p.kattis->statement);
  notes.push_back("Statement: rendered by " + r.renderer);
  for (const auto& n : r.notes) {
    notes.push_back("Statement: " + n);
  }
  std::string title = r.title.empty() ? p.title : r.title;
  return fmt::format("# {}\n\n{}", title, r.markdown);
}

// judge show ID --hint N: one hint, which costs points in a mock.
void print_hint(Context& ctx, const judge::Problem& p, int hint, bool as_json) {
  if (p.hints.empty()) {
    throw judge::Error(fmt::format("{} has no hints", p.id),
                       "work from the statement: judge show " + p.id);
  }
  if (hint < 1 || hint > static_cast<int>(p.hints.size())) {
    throw judge::Error(fmt::format("{} has hints 1 to {}, not {}", p.id, p.hints.size(), hint),
                       "start with --hint 1");
  }
  ctx.reading_mock().record_hint(p, hint);  // kept for stats; in a mock it costs points
  const std::string& text = p.hints[static_cast<std::size_t>(hint - 1)];
  if (as_json) {
    fmt::print("{}\n", json_text(json{{"problem", p.id}, {"hint", hint}, {"text", text}}));
  } else {
    fmt::print("Hint {} of {}: {}\n", hint, p.hints.size(), printable(text));
  }
}

void print_show_json(Context& ctx, const judge::Problem& p, const std::string& statement,
                     const std::vector<std::string>& notes) {
  json limits = {
      {"time_s", p.time_limit_s}, {"memory_mib", p.memory_mib}, {"output_mib", p.output_mib}};
  json per_language = json::object();
  for (const auto& l : ctx.languages().all()) {
    per_language[l.id] = judge::program_time_limit_s(l, p, 1.0);
  }
  limits["time_s_by_language"] = per_language;
  if (p.kattis) {
    limits["time_limit_how"] = p.time_limit_how;
  }
  json samples = json::array();
  for (const auto& t : p.tests) {
    if (t.sample && t.generated < 0) {
      samples.push_back({{"name", t.name},
                         {"input", judge::read_file(t.input.string())},
                         {"output", judge::read_file(t.answer.string())}});
    }
  }
  fmt::print("{}\n", json_text(json{{"id", p.id},
                                    {"title", p.title},
                                    {"difficulty", difficulty_json(p)},
                                    {"minutes", minutes_json(p)},
                                    {"tags", p.tags},
                                    {"hints", p.hints.size()},
                                    {"limits", limits},
                                    {"statement", statement},
                                    {"samples", samples},
                                    {"followups", p.followups.size()},
                                    {"stage", p.stage},
                                    {"notes", notes}}));
}

void print_kattis_show(Context& ctx, const judge::Problem& p, const std::string& statement,
                       const std::vector<std::string>& notes) {
  fmt::print("{}  {}  ICPC/Kattis package\n", ctx.term.paint(printable(p.title), Style::kBold),
             ctx.term.paint(fmt::format("[{}]", p.id), Style::kDim));
  fmt::print("{}\n", ctx.term.paint(
                         fmt::format("time {} (every language), memory {} MiB",
                                     p.time_limit_pending ? std::string("not measured yet")
                                                          : fmt::format("{:g} s", p.time_limit_s),
                                     p.memory_mib),
                         Style::kDim));
  for (const auto& note : notes) {
    fmt::print("{}\n", ctx.term.paint(printable(note), Style::kDim));
  }
  fmt::print("\n{}\n", render_markdown(statement, ctx.term));
}

// A problem of the judge's own format: title, limits per language, statement, and what else
// there is (hints, follow-ups).
void print_show(Context& ctx, const judge::Problem& p, const std::string& statement) {
  const Pager pager(ctx.term);
  fmt::print("{}  {}  {}\n", ctx.term.paint(printable(p.title), Style::kBold),
             ctx.term.paint(fmt::format("[{}]", p.id), Style::kDim),
             judge::to_string(p.difficulty));
  std::vector<std::string> scaled;
  for (const char* id : {"cpp", "python", "java", "javascript"}) {
    if (const judge::Language* l = ctx.languages().find(id)) {
      scaled.push_back(fmt::format("{} {:.1f} s", l->id, l->time_limit(p.time_limit_s)));
    }
  }
  fmt::print(
      "{}\n",
      ctx.term.paint(fmt::format("time {:.1f} s ({}), memory {} MiB, about {} "
                                 "minutes; tags: {}",
                                 p.time_limit_s, fmt::join(scaled, ", "), p.memory_mib, p.minutes,
                                 printable(fmt::format("{}", fmt::join(p.tags, ", ")))),
                     Style::kDim));
  fmt::print("\n{}\n", render_markdown(statement, ctx.term));
  if (!p.hints.empty()) {
    const std::string command =
        p.stage == 0 ? fmt::format("judge show {} --hint 1", p.id)
                     : fmt::format("judge show {} --followup {} --hint 1", p.base_id, p.stage);
    fmt::print("\n{}\n", ctx.term.paint(fmt::format("{} hint{} available: {}", p.hints.size(),
                                                    p.hints.size() == 1 ? "" : "s", command),
                                        Style::kDim));
  }
  if (!p.followups.empty()) {
    fmt::print("{}\n", ctx.term.paint(fmt::format("The interviewer has {} follow-up{} once it is "
                                                  "accepted: judge show {} --followup 1",
                                                  p.followups.size(),
                                                  p.followups.size() == 1 ? "" : "s", p.id),
                                      Style::kDim));
  }
}

void run_show(Context& ctx, const ShowOptions& o) {
  judge::Problem p = ctx.load_stage(o.problem, o.followup);
  print_mock_clock(ctx, o.json);
  if (o.hint) {
    print_hint(ctx, p, *o.hint, o.json);
    return;
  }
  std::vector<std::string> notes;  // what the user should know of an ICPC/Kattis package
  const std::string statement =
      p.kattis ? kattis_statement(p, notes) : judge::read_file(p.statement.string());
  if (o.json) {
    print_show_json(ctx, p, statement, notes);
  } else if (p.kattis) {
    print_kattis_show(ctx, p, statement, notes);
  } else {
    print_show(ctx, p, statement);
  }
}

struct StartOptions {
  std::string problem;
  std::string lang;
  std::string dir = ".";
  int followup = 0;
  bool force = false;
};

void run_start(Context& ctx, const StartOptions& o) {
  judge::Problem p = ctx.load_stage(o.problem, o.followup);
  if (o.lang.empty()) {
    throw judge::Error("which language? pass --lang (cpp, c, py, java, js)",
                       fmt::format("for example: judge start {} --lang py", p.id));
  }
  const judge::Language& lang = ctx.languages().get(o.lang);
  const fs::path file =
      write_starter_file(p, lang, o.dir, o.force, ctx.session().starter_marker(p, lang));
  std::error_code ec;
  const std::string ref = ctx.session().start(p, lang, file);
  if (p.kattis) {  // no difficulty, no expected time: see listed_problems
    fmt::print("Wrote {} ({}). The clock is running.\n", file.string(), lang.name);
  } else {
    fmt::print("Wrote {} ({}). The clock is running: about {} minutes for {} {} problem.\n",
               file.string(), lang.name, p.minutes,
               p.difficulty == judge::Difficulty::kEasy ? "an" : "a",
               judge::to_string(p.difficulty));
  }
  fmt::print("Read the problem: {}\n",
             p.stage == 0 ? fmt::format("judge show {}", ref)
                          : fmt::format("judge show {} --followup {}", p.base_id, p.stage));
  fmt::print("Try the examples: judge test {}\n",
             fs::relative(file, fs::current_path(), ec).string());
  fmt::print("Submit:           judge submit {}\n",
             fs::relative(file, fs::current_path(), ec).string());
  if (lang.id == "java") {
    fmt::print("{}\n", ctx.term.paint("Java: keep the public class named Main.", Style::kDim));
  }
}

}  // namespace

void add_problem_commands(CLI::App& app, Context& ctx) {
  auto list = std::make_shared<ListOptions>();
  auto* l = app.add_subcommand("list", "List the problems, with what you solved");
  l->add_option("--difficulty", list->difficulty, "Only easy, medium or hard problems");
  l->add_option("--tag", list->tags,
                "Only problems with this tag (repeatable: problems with all of them)");
  l->add_flag("--any-tag", list->any_tag, "With several --tag: problems with any of them");
  l->add_flag("--json", list->json, "Print JSON");
  l->add_flag("--due", list->due, "Only problems due for review (see judge next)");
  l->callback([&ctx, list] { run_list(ctx, *list); });

  auto show = std::make_shared<ShowOptions>();
  auto* s = app.add_subcommand("show", "Show a problem's statement, limits and examples");
  s->add_option("problem", show->problem, "Problem ID, or a problem folder")->required();
  s->add_option("--hint", show->hint, "Show hint N (1, 2, ...)");
  s->add_option("--followup", show->followup,
                "Show the problem's follow-up N (unlocked once the problem is accepted)");
  s->add_flag("--json", show->json, "Print JSON");
  s->callback([&ctx, show] { run_show(ctx, *show); });

  auto start = std::make_shared<StartOptions>();
  auto* st = app.add_subcommand("start", "Write a starter file for a problem and start the clock");
  st->add_option("problem", start->problem, "Problem ID, or a problem folder")->required();
  st->add_option("--followup", start->followup,
                 "Start the problem's follow-up N (unlocked once the problem is accepted)");
  st->add_option("--lang", start->lang, "Language: cpp, c, py, java, js, ...");
  st->add_option("--dir", start->dir, "Where to write the file (default: here)");
  st->add_flag("--force", start->force, "Overwrite an existing file");
  st->callback([&ctx, start] { run_start(ctx, *start); });
}

}  // namespace cli
