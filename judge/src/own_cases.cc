#include "judge/own_cases.h"

#include <algorithm>
#include <fstream>
#include <regex>

#include <fmt/format.h>

#include "judge/error.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// A file the user named: there, a regular file, and readable by the judge.
void require_readable(const fs::path& file, const char* what) {
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    throw Error(fmt::format("cannot read the {} {}: no such file", what, file.string()),
                "give the path of a file you wrote");
  }
  if (!fs::is_regular_file(file, ec)) {
    throw Error(fmt::format("cannot read the {} {}: not a regular file", what, file.string()),
                "give the path of a file you wrote");
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw Error(fmt::format("cannot read the {} {}: permission denied", what, file.string()),
                "check the file's permissions");
  }
}

}  // namespace

TestCase own_case(const fs::path& input, const fs::path& answer) {
  require_readable(input, "input file");
  TestCase t;
  t.name = fmt::format("own/{}", input.filename().string());
  t.input = fs::absolute(input);
  t.sample = true;  // shown in full, as a sample is
  if (!answer.empty()) {
    require_readable(answer, "answer file");
    t.answer = fs::absolute(answer);
    return t;
  }
  std::error_code ec;
  if (fs::path beside = fs::path(t.input).replace_extension(".ans");
      input.extension() != ".ans" && fs::is_regular_file(beside, ec)) {
    t.answer = beside;
  }
  return t;
}

TestCase parse_case(const std::string& spec) {
  std::error_code ec;
  const std::size_t colon = spec.rfind(':');
  if (colon == std::string::npos || fs::exists(spec, ec)) {
    return own_case(spec);
  }
  if (colon == 0 || colon + 1 == spec.size()) {
    throw Error(fmt::format("--case {}: give an input file, and an answer file after ':'", spec),
                "for example: --case my.in or --case my.in:my.ans");
  }
  return own_case(spec.substr(0, colon), spec.substr(colon + 1));
}

fs::path cases_dir(const fs::path& home, const std::string& problem_id) {
  return home / "cases" / problem_id;
}

std::vector<TestCase> saved_cases(const fs::path& folder) {
  std::vector<TestCase> cases;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& file = it->path();
    if (file.extension() != ".in" || !it->is_regular_file(ec)) {
      continue;
    }
    TestCase t;
    t.name = "yours/" + file.stem().string();
    t.input = file;
    t.sample = true;
    if (fs::path answer = fs::path(file).replace_extension(".ans");
        fs::is_regular_file(answer, ec)) {
      t.answer = answer;
    }
    cases.push_back(std::move(t));
  }
  std::sort(cases.begin(), cases.end(),
            [](const TestCase& a, const TestCase& b) { return a.name < b.name; });
  return cases;
}

fs::path save_case(const fs::path& folder, const std::string& name, const fs::path& input,
                   const fs::path& answer, bool force) {
  // One plain file name: the case is NAME.in in the folder, nowhere else.
  static const std::regex kName(R"([A-Za-z0-9][A-Za-z0-9._-]{0,63})");
  if (!std::regex_match(name, kName)) {
    throw Error(fmt::format("'{}' is not a name for a case", name),
                "use letters, digits, '.', '-' and '_' (up to 64), starting with a letter or "
                "a digit: --save-case big-input");
  }
  const fs::path in = folder / (name + ".in");
  const fs::path ans = folder / (name + ".ans");
  std::error_code ec;
  if (!force &&
      (fs::exists(fs::symlink_status(in, ec)) || fs::exists(fs::symlink_status(ans, ec)))) {
    throw Error(fmt::format("a case named {} is already kept in {}", name, folder.string()),
                "pass --force to replace it, or give another name: --save-case NAME");
  }
  require_readable(input, "input file");
  if (!answer.empty()) {
    require_readable(answer, "answer file");
  }
  fs::create_directories(folder, ec);
  if (ec) {
    throw Error(fmt::format("cannot create {}: {}", folder.string(), ec.message()),
                "check the permissions of the judge's folder (JUDGE_HOME)");
  }
  auto copy = [](const fs::path& from, const fs::path& to) {
    std::error_code copy_ec;
    fs::copy_file(from, to, fs::copy_options::overwrite_existing, copy_ec);
    if (copy_ec) {
      throw Error(fmt::format("cannot write {}: {}", to.string(), copy_ec.message()),
                  "check the free space and the permissions of the judge's folder");
    }
  };
  copy(input, in);
  if (!answer.empty()) {
    copy(answer, ans);
  } else {
    fs::remove(ans, ec);  // --force over a case that had one: this one has none
  }
  return in;
}

}  // namespace judge
