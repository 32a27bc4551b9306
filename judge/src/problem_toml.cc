// Reading problem.toml: what the problem is (problem_reader.h).
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/coach/fit.h"
#include "judge/error.h"
#include "pack_paths.h"
#include "problem_reader.h"
#include "toml_reader.h"

namespace judge::detail {

namespace fs = std::filesystem;

namespace {

Difficulty parse_difficulty(detail::TableReader& r, const toml::table& table) {
  std::string text = r.required_string("difficulty");
  if (text == "easy")
    return Difficulty::kEasy;
  if (text == "medium")
    return Difficulty::kMedium;
  if (text == "hard")
    return Difficulty::kHard;
  r.fail(*table.get("difficulty"),
         fmt::format("'difficulty' must be \"easy\", \"medium\" or \"hard\", got \"{}\"", text),
         "pick the one that fits a phone-screen round: easy (15 min), medium (25) or hard (40)");
}

void parse_checker(TableReader& top, Problem& p, const std::string& file) {
  const toml::table* table = top.table("checker");
  if (table == nullptr) {
    return;
  }
  TableReader r(*table, file, "[checker]");
  std::string kind = r.string("kind").value_or("tokens");
  static const std::map<std::string, CheckerKind> kKinds = {{"exact", CheckerKind::kExact},
                                                            {"lines", CheckerKind::kLines},
                                                            {"tokens", CheckerKind::kTokens},
                                                            {"float", CheckerKind::kFloat},
                                                            {"custom", CheckerKind::kCustom}};
  auto it = kKinds.find(kind);
  if (it == kKinds.end()) {
    r.fail(*table->get("kind"),
           fmt::format("'kind' in [checker] must be exact, lines, tokens, "
                       "float or custom, got \"{}\"",
                       kind),
           "tokens compares words; exact, lines and float are stricter or looser; custom runs "
           "your own checker (docs/pack-format.md)");
  }
  p.checker.kind = it->second;
  p.checker.case_sensitive = r.boolean("case_sensitive").value_or(true);
  double tolerance = r.number("float_tolerance").value_or(0);
  p.checker.float_absolute = r.number("float_absolute_tolerance").value_or(tolerance);
  p.checker.float_relative = r.number("float_relative_tolerance").value_or(tolerance);
  // Before the default below, which would hide a negative tolerance.
  if (p.checker.float_absolute < 0 || p.checker.float_relative < 0) {
    throw Error(fmt::format("{}float tolerances must not be negative", r.location()),
                "give the accepted absolute or relative error, such as 1e-6 (0: not used)");
  }
  if (p.checker.kind == CheckerKind::kFloat && p.checker.float_absolute <= 0 &&
      p.checker.float_relative <= 0) {
    p.checker.float_absolute = p.checker.float_relative = 1e-6;
  }
  auto source = r.string("source");
  auto protocol = r.string("protocol").value_or("kattis");
  p.checker.args = r.strings("args");
  if (protocol == "kattis") {
    p.checker.protocol = CheckerProtocol::kKattis;
  } else if (protocol == "testlib") {
    p.checker.protocol = CheckerProtocol::kTestlib;
  } else {
    r.fail(*table->get("protocol"),
           fmt::format("'protocol' in [checker] must be \"kattis\" or \"testlib\", got \"{}\"",
                       protocol),
           "kattis: the checker exits 42 or 43; testlib: it exits 0, 1 or 2");
  }
  if (p.checker.kind == CheckerKind::kCustom) {
    if (!source) {
      throw Error(fmt::format("{}a custom checker needs 'source' (its source file)", r.location()),
                  "add source = \"output_validators/check.cpp\" to [checker]");
    }
    p.checker.source = resolve_in_pack(p.dir, *source, "the checker source", Kind::kFile,
                                       r.location(*table->get("source")));
    if (!fs::is_regular_file(p.checker.source)) {
      r.fail(*table->get("source"),
             fmt::format("the checker source {} does not exist", p.checker.source.string()),
             "give the checker's path relative to the problem folder");
    }
  } else if (source) {
    r.fail(*table->get("source"), "'source' in [checker] is only for kind = \"custom\"",
           "remove it, or set kind = \"custom\" to run that checker");
  }
  r.reject_unknown_keys();
}

void parse_limits(TableReader& top, Problem& p, const std::string& file) {
  const toml::table* limits = top.table("limits");
  if (limits == nullptr) {
    return;
  }
  TableReader l(*limits, file, "[limits]");
  p.time_limit_s = l.number("time").value_or(1.0);
  auto memory = l.integer("memory").value_or(256);
  auto output = l.integer("output").value_or(64);
  if (!(p.time_limit_s > 0 && p.time_limit_s <= 60)) {  // NaN fails both comparisons
    l.fail(*limits->get("time"),
           fmt::format("'time' in [limits] must be more than 0 and at most "
                       "60 seconds, got {}",
                       p.time_limit_s),
           "give the limit in seconds for the reference solution in C++, such as 1 or 2.5");
  }
  if (memory < 16 || memory > 16384) {
    l.fail(*limits->get("memory"),
           fmt::format("'memory' in [limits] must be between 16 and 16384 MiB, got {}", memory),
           "give the limit in MiB, such as 256");
  }
  if (output < 1 || output > 1024) {
    l.fail(*limits->get("output"),
           fmt::format("'output' in [limits] must be between 1 and 1024 MiB, got {}", output),
           "give the limit in MiB, such as 64");
  }
  p.memory_mib = static_cast<std::uint64_t>(memory);
  p.output_mib = static_cast<std::uint64_t>(output);
  l.reject_unknown_keys();
}

// [complexity] args: how the probe calls a generator that takes more than "N SEED". Each
// argument is either a fixed word or exactly "{n}" or "{seed}"; "{n}" must appear, since a
// ladder of sizes that does not reach the generator would time one input ten times.
void parse_complexity_args(TableReader& c, const toml::table& complexity, Problem& p) {
  if (complexity.get("args") == nullptr) {
    return;
  }
  p.complexity_args = c.strings("args");
  const toml::node& node = *complexity.get("args");
  int sizes = 0;
  for (const std::string& arg : p.complexity_args) {
    if (arg == "{n}") {
      ++sizes;
    } else if (arg != "{seed}" && (arg.empty() || arg.find_first_of("{}") != std::string::npos)) {
      c.fail(node,
             fmt::format("'args' in [complexity] may hold \"{{n}}\", \"{{seed}}\" or a plain "
                         "word, got \"{}\"",
                         arg),
             "write each argument alone, e.g. args = [\"{n}\", \"{n}\", \"{seed}\", \"random\"]");
    }
  }
  if (sizes == 0) {
    c.fail(node, "'args' in [complexity] must pass the size: \"{n}\" is missing",
           "add \"{n}\" where the generator reads its size, e.g. args = [\"{n}\", \"{seed}\"]");
  }
  if (complexity.get("generator") == nullptr) {
    c.fail(node, "'args' in [complexity] needs a 'generator' to pass them to",
           "add generator = \"generators/gen.py\", or remove args");
  }
}

// [complexity] growth: one of the classes the probe fits, spelled as it prints them, so that
// a probe's result and the table compare as strings; "expected" may name other variables
// (O(n * amount)), which the probe's single size cannot.
void parse_complexity_growth(TableReader& c, const toml::table& complexity, Problem& p) {
  auto growth = c.string("growth");
  if (!growth) {
    return;
  }
  std::vector<std::string> names;
  for (coach::Growth g : coach::kAllGrowths) {
    names.emplace_back(coach::to_string(g));
  }
  if (std::find(names.begin(), names.end(), *growth) == names.end()) {
    c.fail(*complexity.get("growth"),
           fmt::format("'growth' in [complexity] must be one of {}, got \"{}\"",
                       fmt::join(names, ", "), *growth),
           "give the class the reference's time should follow as the generator's n grows");
  }
  p.complexity_growth = *growth;
}

// [complexity] extend_to: how far past the table's sizes (and so past the constraints) the
// probe may go when the work at the largest of them is too small to time. Past the sizes, so
// that it extends something; at most 10^12, like the sizes, since it reaches the generator.
void parse_complexity_extend_to(TableReader& c, const toml::table& complexity, Problem& p) {
  const std::optional<std::int64_t> extend_to = c.integer("extend_to");
  if (!extend_to) {
    return;
  }
  const toml::node& node = *complexity.get("extend_to");
  if (p.complexity_sizes.empty() || p.complexity_generator.empty()) {
    c.fail(node, "'extend_to' in [complexity] needs a 'generator' and 'sizes' to extend",
           "add them, or remove extend_to");
  }
  if (*extend_to <= p.complexity_sizes.back() || *extend_to > 1'000'000'000'000) {
    c.fail(node,
           fmt::format("'extend_to' in [complexity] must be more than the largest size ({}) and "
                       "at most 10^12, got {}",
                       p.complexity_sizes.back(), *extend_to),
           "give the largest n the generator and the reference can take past the constraints, "
           "or remove extend_to");
  }
  p.complexity_extend_to = *extend_to;
}

void parse_complexity(TableReader& top, Problem& p, const std::string& file) {
  const toml::table* complexity = top.table("complexity");
  if (complexity == nullptr) {
    return;
  }
  TableReader c(*complexity, file, "[complexity]");
  p.complexity = c.string("expected").value_or("");
  p.complexity_space = c.string("space").value_or("");
  p.edge_cases = c.strings("edge_cases");
  if (auto generator = c.string("generator")) {
    p.complexity_generator =
        resolve_in_pack(p.dir, *generator, "the [complexity] generator", Kind::kFile,
                        c.location(*complexity->get("generator")));
  }
  for (double n : c.numbers("sizes")) {
    // Sizes are counts of items: whole and at least 1 (the probe's ladder rests on them).
    if (n < 1 || n > 1e12 || n != static_cast<double>(static_cast<std::int64_t>(n))) {
      c.fail(
          *complexity->get("sizes"),
          fmt::format("'sizes' in [complexity] must be whole numbers from 1 to 10^12, got {}", n),
          "list input sizes the generator accepts, e.g. sizes = [1000, 10000, 100000]");
    }
    p.complexity_sizes.push_back(static_cast<std::int64_t>(n));
  }
  std::sort(p.complexity_sizes.begin(), p.complexity_sizes.end());
  parse_complexity_args(c, *complexity, p);
  parse_complexity_growth(c, *complexity, p);
  parse_complexity_extend_to(c, *complexity, p);
  c.reject_unknown_keys();
}

void parse_reveal(TableReader& top, Problem& p, const std::string& file) {
  const toml::table* reveal = top.table("reveal");
  if (reveal == nullptr) {
    return;
  }
  TableReader r(*reveal, file, "[reveal]");
  if (auto kib = r.integer("max_input_kib")) {
    // 0 turns reveal off for the problem; a cap keeps a reveal to what a person reads.
    if (*kib < 0 || *kib > 1024) {
      r.fail(*reveal->get("max_input_kib"),
             fmt::format("'max_input_kib' in [reveal] must be between 0 and 1024, got {}", *kib),
             "give the largest hidden input, in KiB, that judge reveal may show (0: none)");
    }
    p.reveal_max_input_kib = *kib;
  }
  r.reject_unknown_keys();
}

GeneratedTest parse_generated(const toml::table& gen, const fs::path& dir,
                              const std::string& file) {
  TableReader g(gen, file, "[[generated]]");
  GeneratedTest test;
  test.name = g.required_string("name");
  const std::string generator = g.required_string("generator");
  test.generator = resolve_in_pack(dir, generator, "the generator", Kind::kFile,
                                   g.location(*gen.get("generator")));
  test.args = g.strings("args");
  test.desc = g.string("desc").value_or("");
  g.reject_unknown_keys();
  if (test.name.rfind("secret/", 0) != 0 && test.name.rfind("sample/", 0) != 0) {
    g.fail(*gen.get("name"),
           fmt::format("'name' must start with secret/ or sample/, got "
                       "\"{}\"",
                       test.name),
           "name it secret/NAME for a hidden test, sample/NAME for one shown to the candidate");
  }
  if (std::string why = test_name_problem(test.name); !why.empty()) {
    g.fail(*gen.get("name"), "the test name " + why,
           "use letters, digits, '-', '_' and '.' after secret/ or sample/");
  }
  if (!fs::is_regular_file(test.generator)) {
    g.fail(*gen.get("generator"),
           fmt::format("the generator {} does not exist", test.generator.string()),
           "give the generator's path relative to the problem folder");
  }
  return test;
}

}  // namespace

Metadata read_problem_toml(const fs::path& toml_path, Problem& p) {
  Metadata metadata;
  metadata.file = toml_path.string();
  const std::string& file = metadata.file;
  toml::table root = parse_toml_file(file);
  TableReader r(root, file);
  p.title = r.required_string("title");
  p.difficulty = parse_difficulty(r, root);
  p.tags = r.strings("tags");
  p.minutes = static_cast<int>(r.integer("minutes").value_or(
      p.difficulty == Difficulty::kEasy ? 15 : (p.difficulty == Difficulty::kMedium ? 25 : 40)));
  p.hints = r.strings("hints");
  parse_limits(r, p, file);
  parse_checker(r, p, file);
  parse_complexity(r, p, file);
  parse_reveal(r, p, file);
  if (const toml::table* tests = r.table("tests")) {
    TableReader t(*tests, file, "[tests]");
    metadata.reference = t.string("reference").value_or("");
    t.reject_unknown_keys();
  }
  for (const toml::table* gen : r.tables("generated")) {
    p.generated.push_back(parse_generated(*gen, p.dir, file));
  }
  r.reject_unknown_keys();
  return metadata;
}

}  // namespace judge::detail
