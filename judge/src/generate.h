// Making a problem's generated tests (private to judge/src; Judge::prepare_tests calls it).
#pragma once

#include <filesystem>
#include <string>

#include "judge/compile.h"
#include "judge/judge.h"
#include "judge/language.h"
#include "judge/problem.h"
#include "judge/runner.h"

namespace judge::detail {

/// Fills in the input and answer paths of `problem`'s generated tests, under
/// `cache_root`/generated/ID, making those not made before: each input by its generator, each
/// answer by the reference solution, several tests at a time. Throws PackError when a generator
/// does not compile, Error when a generator or the reference fails, Interrupted on Ctrl-C (no
/// half-made test is kept). `hidden_tests` false: the generated samples only.
/// Progress goes to Reporter::preparing as "preparing hidden tests (n/N)" ("preparing tests"
/// when samples are among them): the names of hidden tests are never shown.
void generate_tests(Runner& runner, Compiler& compiler, const Languages& languages,
                    const std::filesystem::path& cache_root, Problem& problem, Reporter& reporter,
                    bool hidden_tests = true);

/// What a broken pack's error says to do: `judge pack check` on the problem's folder.
[[nodiscard]] std::string pack_check_hint(const Problem& problem);

}  // namespace judge::detail
