// Prints what judging costs on this machine, measured in one run:
//  - the judge's overhead per test (sandbox start, output capture, checking) against the
//    solution's own CPU time, on a built-in problem with its accepted C++ solution;
//  - a resubmit of unchanged source (compile-cache hit) against a first compile;
//  - what the precompiled <bits/stdc++.h> saves on a C++ compile.
//
//   build/release/bench/judge_bench [PROBLEM] [REPEATS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "judge/compile.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/judge.h"
#include "judge/language.h"
#include "judge/library.h"
#include "judge/paths.h"
#include "judge/runner.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

class Silent : public judge::Reporter {};

}  // namespace

int main(int argc, char** argv) {
  const std::string problem_id = argc > 1 ? argv[1] : "two-sum";
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  try {
    judge::TempDir cache("judge-bench-cache");
    judge::SandboxRunner runner;
    judge::SandboxCompiler compiler(runner, cache.path());
    judge::Languages languages = judge::Languages::load({});
    judge::Judge judging(runner, compiler, languages, cache.path());
    judge::Library library = judge::Library::load(judge::builtin_pack_dir(), {});
    judge::Problem problem = library.load_problem(problem_id);
    Silent silent;

    const judge::Language& cpp = languages.get("cpp");
    std::string source;
    for (const auto& s : problem.submissions) {
      if (s.expected == judge::Verdict::kAccepted && s.path.extension() == ".cpp") {
        source = judge::read_file(s.path.string());
        break;
      }
    }
    if (source.empty()) {
      fmt::print(stderr, "{} has no accepted C++ solution\n", problem_id);
      return 2;
    }

    fmt::print("judge_bench: {} ({} tests), {} repeats\n", problem.id, problem.tests.size(),
               repeats);

    // Compile: first (precompiled header built inside), then cache hits.
    auto t0 = Clock::now();
    judge::CompileResult first = compiler.compile(cpp, source, "solution.cpp");
    const double first_ms = ms_since(t0);
    std::vector<double> hits;
    for (int i = 0; i < repeats; ++i) {
      auto t = Clock::now();
      judge::CompileResult again = compiler.compile(cpp, source, "solution.cpp");
      hits.push_back(ms_since(t));
      if (!again.cached) {
        fmt::print(stderr, "expected a cache hit\n");
        return 3;
      }
    }

    judging.prepare_tests(problem, silent);  // after the first compile, which it would warm

    // Precompiled header: the same source with and without it, each compiled afresh (a
    // comment makes the cache key new).
    judge::Language no_pch = cpp;
    no_pch.precompiled_header.clear();
    std::vector<double> with;
    std::vector<double> without;
    for (int i = 0; i < repeats; ++i) {
      std::string variant = source + fmt::format("\n// bench {} {}\n", i, std::rand());
      auto t = Clock::now();
      (void)compiler.compile(cpp, variant, "solution.cpp");
      with.push_back(ms_since(t));
      t = Clock::now();
      (void)compiler.compile(no_pch, variant + "//", "solution.cpp");
      without.push_back(ms_since(t));
    }

    // Judging: wall time of the loop against the CPU time the solution itself used.
    judge::JudgeRequest request;
    request.problem = &problem;
    request.language = &cpp;
    request.source = source;
    request.display_name = "solution.cpp";
    std::vector<double> overhead;
    std::vector<double> cpu_per_test;
    std::vector<double> wall_per_test;
    for (int i = 0; i < repeats; ++i) {
      auto t = Clock::now();
      judge::JudgeOutcome outcome = judging.judge(request, silent);
      const double total = ms_since(t) - static_cast<double>(outcome.compile.time.count());
      double cpu = 0;
      for (const auto& test : outcome.tests) {
        cpu += test.time_ms;
      }
      const auto n = static_cast<double>(outcome.tests.size());
      overhead.push_back((total - cpu) / n);
      cpu_per_test.push_back(cpu / n);
      wall_per_test.push_back(total / n);
      if (outcome.verdict != judge::Verdict::kAccepted) {
        fmt::print(stderr, "the accepted solution got {}\n", judge::code(outcome.verdict));
        return 3;
      }
    }

    fmt::print("\njudging, per test (median of {} runs over {} tests)\n", repeats,
               problem.tests.size());
    fmt::print("  wall time of the judge loop   {:8.2f} ms\n", median(wall_per_test));
    fmt::print("  solution's own CPU time       {:8.2f} ms\n", median(cpu_per_test));
    fmt::print("  overhead (sandbox + checker)  {:8.2f} ms\n", median(overhead));
    fmt::print("\ncompile cache\n");
    fmt::print("  first compile (with the one-off precompiled header build) {:8.1f} ms\n",
               first_ms);
    fmt::print("  resubmit of unchanged source (cache hit)                  {:8.2f} ms\n",
               median(hits));
    fmt::print("\nC++ compile of {} (median of {})\n", problem.id, repeats);
    fmt::print("  with the precompiled <bits/stdc++.h>    {:8.1f} ms\n", median(with));
    fmt::print("  without                                  {:8.1f} ms\n", median(without));
    fmt::print("  saved per compile                        {:8.1f} ms ({:.1f}x faster)\n",
               median(without) - median(with), median(without) / std::max(1.0, median(with)));
  } catch (const judge::Error& e) {
    fmt::print(stderr, "judge_bench: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "judge_bench: {}\n", e.what());
    return 3;
  }
  return 0;
}
