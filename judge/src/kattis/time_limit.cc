#include "judge/kattis/time_limit.h"

#include <cmath>
#include <fstream>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/kattis/default_validator.h"
#include "pack_paths.h"

namespace judge::kattis {

namespace fs = std::filesystem;

namespace {

// Seconds for a sentence: "0.31 s", "2 s".
std::string secs(double s) {
  return fmt::format("{:g} s", std::round(s * 1000) / 1000);
}

struct KeyNames {
  const char* multiplier;
  const char* margin;
};

KeyNames key_names(Format format) {
  if (format == Format::kLegacy) {
    return {"limits.time_multiplier", "limits.time_safety_margin"};
  }
  return {"limits.time_multipliers.ac_to_time_limit", "limits.time_multipliers.time_limit_to_tle"};
}

// Measured times are milliseconds: 0.4 * 5 may come out a hair above 2. Rounding up past such a
// hair would add a whole resolution step to the limit.
constexpr double kSlack = 1e-9;

}  // namespace

bool needs_measurement(const KattisMetadata& metadata, std::optional<double> timelimit_file) {
  return !metadata.limits.time_limit && !timelimit_file;
}

TimeLimit compute_time_limit(const KattisMetadata& metadata, std::optional<double> timelimit_file,
                             const TimingEvidence& evidence) {
  const KattisLimits& limits = metadata.limits;
  const KeyNames keys = key_names(metadata.format);
  const double multiplier = limits.ac_to_time_limit;
  const double margin = limits.time_limit_to_tle;
  const double resolution = metadata.format == Format::kLegacy ? 1.0 : limits.time_resolution;

  TimeLimit t;
  if (limits.time_limit) {
    t.source = TimeLimit::Source::kProblemYaml;
    t.seconds = *limits.time_limit;
    t.how = fmt::format("{}: limits.time_limit in problem.yaml{}", secs(t.seconds),
                        timelimit_file ? " (it wins over the .timelimit file)" : "");
    const double steps = t.seconds / resolution;
    if (std::fabs(steps - std::round(steps)) > 1e-6) {
      t.problems.push_back(
          fmt::format("limits.time_limit {} is not a multiple of "
                      "limits.time_resolution {}",
                      secs(t.seconds), secs(resolution)));
    }
  } else if (timelimit_file) {
    t.source = TimeLimit::Source::kTimelimitFile;
    t.seconds = *timelimit_file;
    t.how = fmt::format("{}: the package's .timelimit file", secs(t.seconds));
  }
  if (t.source != TimeLimit::Source::kComputed) {
    if (evidence.slowest_lower_bound_s &&
        *evidence.slowest_lower_bound_s * multiplier > t.seconds + kSlack) {
      t.problems.push_back(fmt::format(
          "the fixed limit {} is tighter than the accepted submissions allow: the slowest ran "
          "{}, times {:g} ({}) is {}",
          secs(t.seconds), secs(*evidence.slowest_lower_bound_s), multiplier, keys.multiplier,
          secs(*evidence.slowest_lower_bound_s * multiplier)));
    }
  } else {
    if (!evidence.slowest_lower_bound_s) {
      throw Error(
          fmt::format("{}: the time limit is computed from the accepted submissions' times, and "
                      "none was measured",
                      metadata.file),
          "the package needs at least one submission in submissions/accepted/ in a language "
          "the judge runs, or a fixed limit (.timelimit, or limits.time_limit since 2023-07)");
    }
    const double slowest = *evidence.slowest_lower_bound_s;
    const double exact = slowest * multiplier;
    const double steps = std::max(1.0, std::ceil(exact / resolution - kSlack));
    t.seconds = steps * resolution;
    const std::string rounding =
        metadata.format == Format::kLegacy
            ? std::string("rounded up to whole seconds")
            : fmt::format("rounded up to a multiple of {} (limits.time_resolution)",
                          secs(resolution));
    const char* what = metadata.format == Format::k2025_09
                           ? "the slowest submission that may not time out"
                           : "the slowest accepted submission";
    t.how = fmt::format("{}: {} ran {}; times {:g} ({}) is {}, {}{}", secs(t.seconds), what,
                        secs(slowest), multiplier, keys.multiplier, secs(exact), rounding,
                        exact / resolution <= kSlack ? ", and at least one step" : "");
  }
  t.tle_seconds = t.seconds * margin;
  if (evidence.fastest_tle_s && *evidence.fastest_tle_s + kSlack < t.tle_seconds) {
    if (metadata.format == Format::k2025_09 && t.source == TimeLimit::Source::kComputed) {
      t.problems.push_back(fmt::format(
          "no time limit fits: the accepted submissions need at least {}, and the fastest "
          "time-limit-exceeded submission ({}) allows at most {} ({} {:g})",
          secs(t.seconds), secs(*evidence.fastest_tle_s), secs(*evidence.fastest_tle_s / margin),
          keys.margin, margin));
    } else {
      t.problems.push_back(fmt::format(
          "the fastest time-limit-exceeded submission ran {}, not past {} (the limit {} times "
          "{:g}, {})",
          secs(*evidence.fastest_tle_s), secs(t.tle_seconds), secs(t.seconds), margin,
          keys.margin));
    }
  }
  return t;
}

std::optional<double> read_timelimit_file(const fs::path& dir_in) {
  std::error_code ec;
  const fs::path dir = fs::canonical(dir_in, ec);
  if (ec) {
    throw Error(fmt::format("cannot open the package folder {}: {}", dir_in.string(), ec.message()),
                "check the path");
  }
  fs::path file;
  if (!judge::detail::confine_if_present(dir, dir / ".timelimit", "the .timelimit file",
                                         judge::detail::Kind::kFile, file)) {
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  std::string text(65, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  const std::string shown = (dir / ".timelimit").string();
  constexpr const char* kHint = "write the time limit in seconds, alone: 2 or 1.5";
  if (text.size() > 64) {
    throw Error(fmt::format("{}: the file is longer than a number", shown), kHint);
  }
  const std::vector<std::string> words = split_words(text);
  const std::optional<double> value = words.size() == 1 ? parse_float(words[0]) : std::nullopt;
  if (!value) {
    throw Error(fmt::format("{}: not a number of seconds", shown), kHint);
  }
  if (!(*value > 0 && *value <= 60)) {
    throw Error(fmt::format("{}: the limit must be more than 0 and at most 60 seconds, got {:g}",
                            shown, *value),
                kHint);
  }
  return value;
}

}  // namespace judge::kattis
