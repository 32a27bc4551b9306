// The subcommands. Each add_* registers its commands on the app; their callbacks set
// Context::exit_code.
#pragma once

#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "../context.h"
#include "judge/mock.h"

namespace cli {

void add_problem_commands(CLI::App& app, Context& ctx);  // list, show, start
void add_judging_commands(CLI::App& app, Context& ctx);  // test, submit
void add_history_commands(CLI::App& app, Context& ctx);  // history, review, stats
void add_system_commands(CLI::App& app, Context& ctx);   // sandbox, doctor, languages
void add_pack_commands(CLI::App& app, Context& ctx);     // pack check|add|list|remove
void add_report_commands(CLI::App& app, Context& ctx);   // report, export
// mock start|status|answer|end|abandon|report|list
void add_mock_commands(CLI::App& app, Context& ctx);

/// During a mock session: its clock as a command's first line (on standard error with --json,
/// which keeps standard output for the JSON), with the warnings at 10 and 5 minutes left and at
/// the deadline, each once. Nothing outside a session.
void print_mock_clock(Context& ctx, bool json);
/// "two-sum ✓, lru-cache": a session's problems, a mark on those solved, made printable
/// (commands/mock.cc).
[[nodiscard]] std::string summary_problems(const judge::MockSummary& summary);
void add_coach_commands(CLI::App& app, Context& ctx);  // next, reveal, probe

/// Writes `content` to `path` whole or not at all (a temporary file beside it, then moved into
/// place); without `replace`, an existing file is refused. commands/report.cc.
void write_file_at_once(const std::filesystem::path& path, const std::string& content,
                        bool replace);
/// judge mock report N --html FILE: session `id`'s page (commands/report.cc).
void write_mock_page(Context& ctx, std::int64_t id, const std::string& file);
/// After an accepted submission `id` of `attempt` (judge submit): the complexity probe when the
/// problem has a [complexity] generator and sizes, stored with the submission, and the
/// explanation's feedback stored again with the measured growth. Shows the class, slope,
/// confidence and a small plot, unless `as_json`: then returns them as JSON (null: no probe
/// to run). A failure is said in one line and changes nothing else.
nlohmann::json probe_after_accept(Context& ctx, const judge::Problem& problem,
                                  const judge::Language& language, const judge::Attempt& attempt,
                                  std::int64_t id, bool as_json);

}  // namespace cli
