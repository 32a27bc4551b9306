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

void run_check(Context& ctx, const CheckOptions& o) {
  std::error_code ec;
  if (!fs::is_directory(o.dir, ec)) {
    throw judge::Error(fmt::format("no such folder: {}", o.dir));
  }
  int jobs =
      o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  ctx.hide(fs::absolute(o.dir));  // a pack checked by path may sit under /usr
  ctx.warn_degraded();
  judge::PackChecker checker(ctx.runner(), ctx.compiler(), ctx.languages(), judge::cache_dir());
  int failed = 0;
  int warnings = 0;
  auto progress = [&](const std::vector<judge::CheckRow>& rows) {
    if (o.json || rows.empty()) {
      return;
    }
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
  };
  auto rows = checker.check(o.dir, jobs, progress, !o.no_templates);
  json out = json::array();
  int problems = 0;
  std::string last;
  for (const auto& r : rows) {
    if (r.problem != last) {
      ++problems;
      last = r.problem;
    }
    if (r.status == judge::CheckRow::Status::kFailed) {
      ++failed;
    }
    if (r.status == judge::CheckRow::Status::kWarning) {
      ++warnings;
    }
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
  if (o.json) {
    fmt::print(
        "{}\n",
        json_text(json{
            {"problems", problems}, {"failures", failed}, {"warnings", warnings}, {"rows", out}}));
  } else if (failed == 0) {
    fmt::print(
        "{}: {} problem{} checked, no failure{}.\n", ctx.term.paint("ok", Style::kGreen), problems,
        problems == 1 ? "" : "s",
        warnings == 0 ? "" : fmt::format(", {} warning{}", warnings, warnings == 1 ? "" : "s"));
    for (const auto& r : rows) {
      if (r.status == judge::CheckRow::Status::kWarning) {
        fmt::print("  warning: {}/{}: {}\n", printable(r.problem), printable(r.item),
                   printable(r.detail));
      }
    }
  } else {
    fmt::print("{}: {} failure{} in {} problem{}:\n", ctx.term.paint("FAILED", Style::kRed), failed,
               failed == 1 ? "" : "s", problems, problems == 1 ? "" : "s");
    for (const auto& r : rows) {
      if (r.status == judge::CheckRow::Status::kFailed) {
        fmt::print("  {}/{}: expected {}, got {}{}\n", printable(r.problem), printable(r.item),
                   printable(r.expected), printable(r.got),
                   r.detail.empty() ? "" : " (" + printable(r.detail) + ")");
      }
    }
  }
  ctx.exit_code = failed == 0 ? kExitAccepted : kExitRejected;
}

void run_add(Context& ctx, const std::string& dir) {
  judge::Pack pack = judge::Library::install(dir, ctx.home() / "packs", ctx.library());
  fmt::print("Installed pack '{}' ({} problem{}) at {}\n", pack.name, pack.problem_ids.size(),
             pack.problem_ids.size() == 1 ? "" : "s", pack.dir.string());
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

  auto add_dir = std::make_shared<std::string>();
  auto* a = pack->add_subcommand("add", "Install a pack (copied under $JUDGE_HOME/packs)");
  a->add_option("dir", *add_dir, "The pack's folder")->required();
  a->callback([&ctx, add_dir] { run_add(ctx, *add_dir); });

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
