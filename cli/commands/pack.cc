// judge pack check|add|list|remove.
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../json_output.h"
#include "commands.h"
#include "judge/error.h"
#include "judge/pack_check.h"
#include "judge/paths.h"

namespace cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct CheckOptions {
  std::string dir;
  int jobs = 0;
  bool no_templates = false;
  bool json = false;
};

std::string status_cell(const Terminal& term, judge::CheckRow::Status status) {
  switch (status) {
    case judge::CheckRow::Status::kOk:
      return term.paint("ok", Style::kGreen);
    case judge::CheckRow::Status::kFailed:
      return term.paint("FAIL", Style::kRed);
    case judge::CheckRow::Status::kSkipped:
      return term.paint("skip", Style::kYellow);
    case judge::CheckRow::Status::kWarning:
      return term.paint("warn", Style::kYellow);
  }
  return "?";
}

// How many problems, failures and warnings the rows hold.
struct CheckTotals {
  int problems = 0;
  int failed = 0;
  int warnings = 0;
};

CheckTotals count_rows(const std::vector<judge::CheckRow>& rows) {
  CheckTotals t;
  std::string last;
  for (const auto& r : rows) {
    if (r.problem != last) {
      ++t.problems;
      last = r.problem;
    }
    t.failed += r.status == judge::CheckRow::Status::kFailed ? 1 : 0;
    t.warnings += r.status == judge::CheckRow::Status::kWarning ? 1 : 0;
  }
  return t;
}

json rows_json(const std::vector<judge::CheckRow>& rows) {
  json out = json::array();
  for (const auto& r : rows) {
    out.push_back({{"problem", r.problem},
                   {"item", r.item},
                   {"expected", r.expected},
                   {"got", r.got},
                   {"status", r.status == judge::CheckRow::Status::kOk        ? "ok"
                              : r.status == judge::CheckRow::Status::kFailed  ? "failed"
                              : r.status == judge::CheckRow::Status::kWarning ? "warning"
                                                                              : "skipped"},
                   {"detail", r.detail},
                   {"time_ms", r.time_ms}});
  }
  return out;
}

// One problem's rows as a table, printed as soon as it is checked.
void print_problem_rows(Context& ctx, const std::vector<judge::CheckRow>& rows) {
  Table table({"ITEM", "EXPECTED", "GOT", "", "DETAIL"});
  bool bad = false;
  for (const auto& r : rows) {
    bad = bad || r.status == judge::CheckRow::Status::kFailed;
    table.add({printable(r.item), printable(r.expected), printable(r.got),
               status_cell(ctx.term, r.status), printable(r.detail)});
  }
  fmt::print("{} {}\n{}\n", ctx.term.paint(printable(rows.front().problem), Style::kBold),
             bad ? ctx.term.paint("FAILED", Style::kRed) : ctx.term.paint("ok", Style::kGreen),
             table.render(ctx.term));
  std::fflush(stdout);
}

void print_check_summary(Context& ctx, const std::vector<judge::CheckRow>& rows,
                         const CheckTotals& t) {
  if (t.failed == 0) {
    fmt::print("{}: {} problem{} checked, no failure{}.\n", ctx.term.paint("ok", Style::kGreen),
               t.problems, t.problems == 1 ? "" : "s",
               t.warnings == 0
                   ? ""
                   : fmt::format(", {} warning{}", t.warnings, t.warnings == 1 ? "" : "s"));
    for (const auto& r : rows) {
      if (r.status == judge::CheckRow::Status::kWarning) {
        fmt::print("  warning: {}/{}: {}\n", printable(r.problem), printable(r.item),
                   printable(r.detail));
      }
    }
    return;
  }
  fmt::print("{}: {} failure{} in {} problem{}:\n", ctx.term.paint("FAILED", Style::kRed), t.failed,
             t.failed == 1 ? "" : "s", t.problems, t.problems == 1 ? "" : "s");
  for (const auto& r : rows) {
    if (r.status == judge::CheckRow::Status::kFailed) {
      fmt::print("  {}/{}: expected {}, got {}{}\n", printable(r.problem), printable(r.item),
                 printable(r.expected), printable(r.got),
                 r.detail.empty() ? "" : " (" + printable(r.detail) + ")");
    }
  }
}

void run_check(Context& ctx, const CheckOptions& o) {
  std::error_code ec;
  if (!fs::is_directory(o.dir, ec)) {
    throw judge::Error(fmt::format("no such folder: {}", o.dir),
                       "give the folder of a pack, of a problem or of an ICPC/Kattis package");
  }
  int jobs =
      o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  ctx.hide(fs::absolute(o.dir));  // a pack checked by path may sit under /usr
  ctx.warn_degraded();
  judge::PackChecker checker(ctx.runner(), ctx.compiler(), ctx.languages(), judge::cache_dir());
  auto progress = [&](const std::vector<judge::CheckRow>& rows) {
    if (!o.json && !rows.empty()) {
      print_problem_rows(ctx, rows);
    }
  };
  auto rows = checker.check(o.dir, jobs, progress, !o.no_templates);
  const CheckTotals t = count_rows(rows);
  if (o.json) {
    fmt::print("{}\n", json_text(json{{"problems", t.problems},
                                      {"failures", t.failed},
                                      {"warnings", t.warnings},
                                      {"rows", rows_json(rows)}}));
  } else {
    print_check_summary(ctx, rows, t);
  }
  ctx.exit_code = t.failed == 0 ? kExitAccepted : kExitRejected;
}

struct AddOptions {
  std::string source;
  bool force = false;
};

void run_add(Context& ctx, const AddOptions& o) {
  judge::Pack pack =
      judge::Library::install(o.source, ctx.home() / "packs", ctx.library(), o.force);
  bool replaced = false;
  for (const auto& p : ctx.library().packs()) {
    replaced = replaced || p.name == pack.name;  // the library as it was before
  }
  fmt::print("{} pack '{}' ({} problem{}) at {}\n", replaced ? "Replaced" : "Installed", pack.name,
             pack.problem_ids.size(), pack.problem_ids.size() == 1 ? "" : "s", pack.dir.string());
  fmt::print("{}\n", ctx.term.paint("Tip: 'judge pack check DIR' validates a pack's tests and "
                                    "solutions.",
                                    Style::kDim));
}

void run_list(Context& ctx, bool as_json) {
  const auto& lib = ctx.library();
  json out = json::array();
  Table table({"PACK", "VERSION", "PROBLEMS", "WHERE"});
  for (const auto& pack : lib.packs()) {
    out.push_back({{"name", pack.name},
                   {"version", pack.version},
                   {"description", pack.description},
                   {"problems", pack.problem_ids},
                   {"dir", pack.dir.string()}});
    table.add({printable(pack.name), printable(pack.version),
               std::to_string(pack.problem_ids.size()), printable(pack.dir.string())});
  }
  if (as_json) {
    fmt::print("{}\n", json_text(out));
  } else {
    fmt::print("{}", table.render(ctx.term));
  }
}

void run_remove(Context& ctx, const std::string& name) {
  judge::Library::remove(name, ctx.home() / "packs");
  fmt::print("Removed pack '{}'. Your submissions to its problems stay in the history.\n", name);
}

}  // namespace

void add_pack_commands(CLI::App& app, Context& ctx) {
  auto* pack = app.add_subcommand("pack", "Check, install, list and remove problem packs");
  pack->require_subcommand(1);

  auto check = std::make_shared<CheckOptions>();
  auto* c = pack->add_subcommand("check",
                                 "Validate a pack (or one problem): tests, checker, "
                                 "solutions' verdicts, templates");
  c->add_option("dir", check->dir, "The pack's folder, or a problem's")->required();
  c->add_option("--jobs", check->jobs, "Problems checked at once (default: the CPU count)");
  c->add_flag("--no-templates", check->no_templates, "Skip the templates");
  c->add_flag("--json", check->json, "Print JSON");
  c->callback([&ctx, check] { run_check(ctx, *check); });

  auto add = std::make_shared<AddOptions>();
  auto* a = pack->add_subcommand("add", "Install a pack (copied under $JUDGE_HOME/packs)");
  a->add_option("source", add->source,
                "The pack's folder, an ICPC/Kattis package or a folder of them, or a .zip, "
                ".tar.gz or .tgz archive of one")
      ->required();
  a->add_flag("--force", add->force,
              "Replace an installed pack of the same name (your history is kept)");
  a->callback([&ctx, add] { run_add(ctx, *add); });

  auto list_json = std::make_shared<bool>(false);
  auto* l = pack->add_subcommand("list", "List the packs");
  l->add_flag("--json", *list_json, "Print JSON");
  l->callback([&ctx, list_json] { run_list(ctx, *list_json); });

  auto remove_name = std::make_shared<std::string>();
  auto* r = pack->add_subcommand("remove", "Remove an installed pack");
  r->add_option("name", *remove_name, "The pack's name")->required();
  r->callback([&ctx, remove_name] { run_remove(ctx, *remove_name); });
}

}  // namespace cli
