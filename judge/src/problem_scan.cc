// Scanning a problem folder: what files it holds (problem_reader.h). Every path is confined
// to the folder before it is used (pack_paths.h): packs are untrusted input.
#include <algorithm>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include "judge/error.h"
#include "pack_paths.h"
#include "problem_reader.h"

namespace judge::detail {

namespace fs = std::filesystem;

namespace {

std::string first_line(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.pop_back();
  }
  return line;
}

// Every NAME.in under data/SUB (recursively), named by its path relative to data/ without the
// extension. Each file is confined to the problem folder `dir` (pack_paths.h) before it is used:
// a test linked to ~/.bashrc is refused before anything runs.
void collect_tests(const fs::path& dir, const std::string& sub, bool sample,
                   std::vector<TestCase>& out) {
  const fs::path data_dir = dir / "data";
  const fs::path root = data_dir / sub;
  fs::path resolved;
  if (!confine_if_present(dir, data_dir, "the data folder", Kind::kFolder, resolved) ||
      !confine_if_present(dir, root, fmt::format("the data/{} folder", sub), Kind::kFolder,
                          resolved)) {
    return;
  }
  std::vector<fs::path> inputs;
  std::error_code ec;
  // The iterator does not descend into linked folders: such a link is refused rather than
  // left to hide tests.
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_symlink(type_ec) && fs::is_directory(it->path(), type_ec)) {
      (void)confine(dir, it->path(), "a linked test folder", Kind::kFolder);
      throw Error(fmt::format("{}: a test folder may not be a link", it->path().string()),
                  "make it a real folder holding the tests");
    }
    if (it->path().extension() == ".in") {
      inputs.push_back(it->path());
    }
  }
  if (ec) {
    throw Error(fmt::format("cannot list the tests in {}: {}", root.string(), ec.message()),
                "check the folder's permissions");
  }
  std::sort(inputs.begin(), inputs.end());
  for (const auto& input : inputs) {
    fs::path answer = input;
    answer.replace_extension(".ans");
    fs::path desc = input;
    desc.replace_extension(".desc");
    TestCase test;
    // Named by where the file was found; read from where it leads (inside the folder).
    test.name = input.lexically_relative(data_dir).replace_extension().generic_string();
    test.input = confine(dir, input, "a test input");
    if (!confine_if_present(dir, answer, "a test answer", Kind::kFile, test.answer)) {
      throw Error(fmt::format("{}: the test has no answer file ({} is missing)", input.string(),
                              answer.filename().string()),
                  "every NAME.in needs a NAME.ans next to it");
    }
    test.sample = sample;
    if (fs::path d; confine_if_present(dir, desc, "a test description", Kind::kFile, d)) {
      test.desc = first_line(d);
    }
    out.push_back(std::move(test));
  }
}

// Tests: files on disk, then generated ones merged in by name; samples first, each group in
// name order.
void collect_all_tests(Problem& p, const Metadata& metadata) {
  std::vector<TestCase> samples;
  std::vector<TestCase> hidden;
  collect_tests(p.dir, "sample", true, samples);
  collect_tests(p.dir, "secret", false, hidden);
  std::set<std::string> names;
  for (const auto& t : samples) {
    names.insert(t.name);
  }
  for (const auto& t : hidden) {
    names.insert(t.name);
  }
  for (std::size_t i = 0; i < p.generated.size(); ++i) {
    const GeneratedTest& g = p.generated[i];
    if (!names.insert(g.name).second) {
      throw Error(fmt::format("{}: the generated test {} has the same name as another test",
                              metadata.file, g.name),
                  "rename the [[generated]] test, or the test of that name in data/");
    }
    TestCase test;
    test.name = g.name;
    test.desc = g.desc;
    test.sample = g.name.rfind("sample/", 0) == 0;
    test.generated = static_cast<int>(i);
    (test.sample ? samples : hidden).push_back(std::move(test));
  }
  auto by_name = [](const TestCase& a, const TestCase& b) { return a.name < b.name; };
  std::sort(samples.begin(), samples.end(), by_name);
  std::sort(hidden.begin(), hidden.end(), by_name);
  p.tests = std::move(samples);
  p.tests.insert(p.tests.end(), hidden.begin(), hidden.end());
}

// A file of a listed folder: confined (a link may lead only inside the problem folder), and
// skipped when it is a real folder.
bool listed_file(const fs::path& dir, const fs::directory_entry& entry, std::string_view what,
                 fs::path& resolved) {
  std::error_code type_ec;
  if (!entry.is_symlink(type_ec) && entry.is_directory(type_ec)) {
    return false;
  }
  resolved = confine(dir, entry.path(), what);
  return true;
}

void collect_templates(Problem& p) {
  fs::path folder;
  if (!confine_if_present(p.dir, p.dir / "templates", "the templates folder", Kind::kFolder,
                          folder)) {
    return;
  }
  for (const auto& entry : fs::directory_iterator(p.dir / "templates")) {
    if (fs::path found; listed_file(p.dir, entry, "a template", found)) {
      p.templates[entry.path().filename().string()] = found;
    }
  }
}

// submissions/VERDICT/FILE: the labelled solutions, folder by folder, each in name order.
void collect_submissions(Problem& p) {
  fs::path resolved;
  if (!confine_if_present(p.dir, p.dir / "submissions", "the submissions folder", Kind::kFolder,
                          resolved)) {
    return;
  }
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(p.dir / "submissions")) {
    if (entry.is_directory()) {
      (void)confine(p.dir, entry.path(), "a submissions folder", Kind::kFolder);
      folders.push_back(entry.path());
    }
  }
  std::sort(folders.begin(), folders.end());
  for (const auto& folder : folders) {
    auto expected = parse_verdict(folder.filename().string());
    if (!expected) {
      throw Error(fmt::format("{}: unknown submissions folder '{}'", folder.string(),
                              folder.filename().string()),
                  "use accepted, wrong_answer, time_limit_exceeded, run_time_error or "
                  "memory_limit_exceeded");
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (entry.path().filename().string()[0] == '.' || entry.path().extension() == ".md" ||
          entry.path().extension() == ".txt") {
        continue;
      }
      if (fs::path found; listed_file(p.dir, entry, "a submission", found)) {
        files.push_back(found);
      }
    }
    std::sort(files.begin(), files.end());
    for (auto& f : files) {
      p.submissions.push_back({f, *expected});
    }
  }
}

// The reference solution: the metadata's, else an accepted C++ solution, else the first
// accepted one.
void find_reference(Problem& p, const Metadata& metadata) {
  if (!metadata.reference.empty()) {
    p.reference = resolve_in_pack(p.dir, metadata.reference, "the reference solution", Kind::kFile,
                                  metadata.file + ": ");
    if (!fs::is_regular_file(p.reference)) {
      throw Error(fmt::format("{}: the reference solution {} does not exist", metadata.file,
                              p.reference.string()),
                  "give 'reference' in [tests] as a path relative to the problem folder, such "
                  "as submissions/accepted/solution.cpp");
    }
  } else {
    for (const auto& s : p.submissions) {
      if (s.expected == Verdict::kAccepted && p.reference.empty()) {
        p.reference = s.path;
      }
      if (s.expected == Verdict::kAccepted && s.path.extension() == ".cpp") {
        p.reference = s.path;
        break;
      }
    }
  }
  if (!p.generated.empty() && p.reference.empty()) {
    throw Error(
        fmt::format("{}: generated tests need a reference solution in "
                    "submissions/accepted/ to make their answers",
                    metadata.file),
        "put an accepted solution in submissions/accepted/, or name one with 'reference' in "
        "[tests]");
  }
}

// Follow-ups: followups/1, followups/2, ... with no gap, each confined like any folder of the
// problem (a link out of it is refused).
void find_followups(Problem& p) {
  std::error_code ec;
  for (int n = 1;; ++n) {
    fs::path stage;
    if (!confine_if_present(p.dir, p.dir / "followups" / std::to_string(n), "a follow-up",
                            Kind::kFolder, stage) ||
        !fs::is_regular_file(stage / "problem.toml", ec)) {
      break;
    }
    p.followups.push_back(stage);
  }
}

}  // namespace

void scan_problem_folder(Problem& p, const Metadata& metadata) {
  p.statement = confine(p.dir, p.dir / "statement.md", "statement.md");
  if (!fs::exists(p.statement)) {
    throw Error(fmt::format("{}: the problem has no statement.md", p.dir.string()),
                "write the problem's statement, in Markdown, in statement.md next to problem.toml");
  }
  p.solution = confine(p.dir, p.dir / "solution.md", "solution.md");
  collect_all_tests(p, metadata);
  collect_templates(p);
  collect_submissions(p);
  find_reference(p, metadata);
  find_followups(p);
}

}  // namespace judge::detail
