#include "judge/coach/star.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "judge/error.h"
#include "messages.h"
#include "sections.h"
#include "settings.h"
#include "text.h"
#include "toml_reader.h"

// judge/data/star.toml, embedded by CMake (NUL-terminated).
extern "C" const char judge_coach_star[];

namespace judge::coach {
namespace {

using detail::Args;

constexpr const char* kPartKeys[kStarParts] = {"situation", "task", "action", "result"};

const detail::MessageSpec& message_spec() {
  static const detail::MessageSpec spec = {
      {"template_intro", {"question", "min_words", "max_words"}},
      {"empty", {}},
      {"prose", {}},
      {"missing", {"part", "prompt"}},
      {"thin", {"part", "words", "min_words", "prompt"}},
      {"situation_long", {"share", "words"}},
      {"result_unmeasured", {}},
      {"result_measured", {"evidence"}},
      {"we_heavy", {"where", "i", "we"}},
      {"i_clear", {"i", "we"}},
      {"too_short", {"words", "time", "min_words", "max_words"}},
      {"too_long", {"words", "time", "min_words", "max_words"}},
      {"length_good", {"words", "time"}},
      {"in_action", {}},
      {"in_answer", {}},
      {"summary_good", {"parts", "words", "time"}},
      {"summary_fix", {"parts", "words", "time", "count"}},
  };
  return spec;
}

// Whether a heading names a part: "Situation", "The result", "What I did", "S".
std::optional<StarPart> match_part(std::string_view heading, const StarRules& rules) {
  auto words = detail::tokens(heading);
  while (!words.empty() &&
         (words.front() == "the" || words.front() == "my" || words.front() == "our")) {
    words.erase(words.begin());
  }
  if (words.empty() || words.size() > 5) {
    return std::nullopt;
  }
  std::string joined;
  for (const auto& w : words) {
    joined += (joined.empty() ? "" : " ") + w;
  }
  for (std::size_t p = 0; p < kStarParts; ++p) {
    for (const auto& h : rules.parts[p].headings) {
      const std::string folded = detail::fold(h);
      // A one-letter heading ("S:") only on its own; a word also opens a longer heading
      // ("Result and what I learned").
      if (joined == folded || (folded.size() > 1 && joined.size() > folded.size() &&
                               joined.compare(0, folded.size() + 1, folded + " ") == 0)) {
        return static_cast<StarPart>(p);
      }
    }
  }
  return std::nullopt;
}

// Drops the template's comment lines ("# ..." and "#"), keeping "# Situation" and the like,
// which are headings.
std::string drop_comments(std::string_view text, const StarRules& rules) {
  std::string out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) {
      eol = text.size();
    }
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    const bool comment = line == "#" || line.substr(0, 2) == "# ";
    if (!comment || match_part(line.substr(1), rules)) {
      out.append(line);
      out += '\n';
    }
    if (eol == text.size()) {
      break;
    }
    pos = eol + 1;
  }
  return out;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) {
    return {};
  }
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

struct CuePhrases {
  std::array<std::vector<detail::Phrase>, kStarParts> cues;
  std::vector<detail::Phrase> measurable;
};

CuePhrases phrases_of(const StarRules& rules) {
  CuePhrases out;
  for (std::size_t p = 0; p < kStarParts; ++p) {
    for (const auto& c : rules.parts[p].cues) {
      out.cues[p].emplace_back(c);
    }
  }
  for (const auto& m : rules.measurable) {
    out.measurable.emplace_back(m);
  }
  return out;
}

// The whitespace-delimited word of `text` around byte `at`, with the next word when the
// first is only a number ("3 hours"), without trailing punctuation.
std::string word_around(std::string_view text, std::size_t at) {
  auto blank = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  std::size_t b = at;
  while (b > 0 && !blank(text[b - 1])) {
    --b;
  }
  std::size_t e = at;
  while (e < text.size() && !blank(text[e])) {
    ++e;
  }
  std::string word(text.substr(b, e - b));
  const bool bare_number = std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',';
  });
  if (bare_number) {
    std::size_t nb = e;
    while (nb < text.size() && blank(text[nb])) {
      ++nb;
    }
    std::size_t ne = nb;
    while (ne < text.size() && !blank(text[ne])) {
      ++ne;
    }
    if (ne > nb) {
      word += " " + std::string(text.substr(nb, ne - nb));
    }
  }
  while (!word.empty() && std::string_view(".,;:!?)\"'").find(word.back()) != std::string::npos) {
    word.pop_back();
  }
  while (!word.empty() && std::string_view("(\"'").find(word.front()) != std::string::npos) {
    word.erase(word.begin());
  }
  return word;
}

// What makes `text` measurable, quoted from it: a digit, a sign, or a phrase of the rules.
std::optional<std::string> find_measure(std::string_view text, const StarRules& rules,
                                        const CuePhrases& phrases) {
  std::size_t first = std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') {
      first = i;
      break;
    }
  }
  for (const auto& sign : rules.measurable_signs) {
    if (auto at = text.find(sign); at != std::string_view::npos) {
      first = std::min(first, at);
    }
  }
  if (first != std::string_view::npos) {
    return word_around(text, first);
  }
  const auto words = detail::tokens(text);
  std::optional<std::pair<std::size_t, std::size_t>> best;
  for (const auto& phrase : phrases.measurable) {
    auto span = phrase.find_span(words);
    if (span.first != std::string::npos && (!best || span.first < best->first)) {
      best = span;
    }
  }
  if (best) {
    std::string out;
    // "from ... to" quotes what it goes to as well ("from an hour to ten minutes"), up to two
    // words and not into the rest of the sentence.
    std::size_t last = best->second;
    if (words[last - 1] == "to") {
      for (std::size_t k = 0; k < 2 && last < words.size(); ++k) {
        if (k > 0 && (words[last] == "and" || words[last] == "a" || words[last] == "in" ||
                      words[last] == "by" || words[last] == "the" || words[last] == "within" ||
                      words[last] == "which" || words[last] == "since" || words[last] == "for")) {
          break;
        }
        ++last;
      }
    }
    for (std::size_t k = best->first; k < last; ++k) {
      out += (out.empty() ? "" : " ") + words[k];
    }
    return out;
  }
  return std::nullopt;
}

// How strongly a sentence reads as each part: the literal words of the cues it holds, plus two
// for a measure (a Result's mark, as strong as "as a result").
std::array<std::size_t, kStarParts> cue_scores(std::string_view sentence, const StarRules& rules,
                                               const CuePhrases& phrases) {
  std::array<std::size_t, kStarParts> score{};
  const auto words = detail::tokens(sentence);
  for (std::size_t p = 0; p < kStarParts; ++p) {
    for (const auto& cue : phrases.cues[p]) {
      if (cue.found_in(words)) {
        score[p] += std::max<std::size_t>(1, cue.literal_words());
      }
    }
  }
  if (find_measure(sentence, rules, phrases)) {
    score[static_cast<std::size_t>(StarPart::kResult)] += 2;
  }
  return score;
}

// Splits plain prose into the four parts: each sentence gets a part, in STAR order, so that
// the sentences land where their cues point (a dynamic programme over the sentences with
// cues; a sentence without cues goes with the one before it).
void split_prose(std::string_view text, const StarRules& rules, StarAnswer& answer) {
  const CuePhrases phrases = phrases_of(rules);
  const auto sentences = detail::sentences(text);
  std::vector<std::array<std::size_t, kStarParts>> scores;
  std::vector<std::size_t> cued;  // indexes of sentences with a cue
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    scores.push_back(cue_scores(
        text.substr(sentences[i].begin, sentences[i].end - sentences[i].begin), rules, phrases));
    if (*std::max_element(scores.back().begin(), scores.back().end()) > 0) {
      cued.push_back(i);
    }
  }
  std::vector<std::size_t> part_of(sentences.size(), 0);
  if (!cued.empty()) {
    // best[k][p]: the best (score, parts begun) for cued sentences 0..k with sentence k in p.
    using Value = std::pair<std::size_t, std::size_t>;
    std::vector<std::array<Value, kStarParts>> best(cued.size());
    std::vector<std::array<std::size_t, kStarParts>> from(cued.size());
    for (std::size_t k = 0; k < cued.size(); ++k) {
      const auto& s = scores[cued[k]];
      for (std::size_t p = 0; p < kStarParts; ++p) {
        if (k == 0) {
          best[k][p] = {s[p], s[p] > 0 ? 1 : 0};
          from[k][p] = p;
          continue;
        }
        Value top{0, 0};
        std::size_t top_q = 0;
        bool any = false;
        for (std::size_t q = 0; q <= p; ++q) {
          Value v = best[k - 1][q];
          v.first += s[p];
          v.second += (q != p && s[p] > 0) ? 1 : 0;
          if (!any || v > top) {
            top = v;
            top_q = q;
            any = true;
          }
        }
        best[k][p] = top;
        from[k][p] = top_q;
      }
    }
    std::size_t p = 0;
    for (std::size_t q = 1; q < kStarParts; ++q) {
      if (best.back()[q] > best.back()[p]) {
        p = q;
      }
    }
    for (std::size_t k = cued.size(); k-- > 0;) {
      part_of[cued[k]] = p;
      p = from[k][p];
    }
    std::size_t current = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      if (std::find(cued.begin(), cued.end(), i) != cued.end()) {
        current = part_of[i];
      }
      part_of[i] = current;
    }
  }
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::size_t p = part_of[i];
    StarSection& section = answer.parts[p];
    section.text +=
        (section.text.empty() ? "" : " ") +
        std::string(text.substr(sentences[i].begin, sentences[i].end - sentences[i].begin));
    // The opening sentences set the scene even without a cue; other parts need their cues.
    if (scores[i][p] > 0 || p == static_cast<std::size_t>(StarPart::kSituation)) {
      section.found = true;
    }
  }
}

std::string time_range(double fast, double slow) {
  const std::string a = detail::spoken_time(fast);
  const std::string b = detail::spoken_time(slow);
  return a == b ? a : a + " to " + b;
}

std::pair<std::size_t, std::size_t> pronouns(std::string_view text, const StarRules& rules) {
  std::size_t i = 0;
  std::size_t we = 0;
  for (const auto& w : detail::tokens(text)) {
    if (std::find(rules.i_words.begin(), rules.i_words.end(), w) != rules.i_words.end()) {
      ++i;
    } else if (std::find(rules.we_words.begin(), rules.we_words.end(), w) != rules.we_words.end()) {
      ++we;
    }
  }
  return {i, we};
}

}  // namespace

std::string_view StarRules::builtin_text() {
  return judge_coach_star;
}

const StarRules& StarRules::builtin() {
  static const StarRules rules = parse(builtin_text(), "star.toml (built in)");
  return rules;
}

StarRules StarRules::parse(std::string_view text, const std::string& name) {
  const toml::table root = judge::detail::parse_toml_text(text, name);
  judge::detail::TableReader top(root, name);
  StarRules rules;
  if (const toml::table* t = top.table("length")) {
    judge::detail::TableReader r(*t, name, "[length]");
    rules.min_words = read_count(r, *t, "min_words", rules.min_words, 0);
    rules.max_words = read_count(r, *t, "max_words", rules.max_words, 0);
    rules.slow_wpm = read_positive(r, *t, "slow_wpm", rules.slow_wpm, 1000);
    rules.fast_wpm = read_positive(r, *t, "fast_wpm", rules.fast_wpm, 1000);
    r.reject_unknown_keys();
    if (rules.min_words > rules.max_words || rules.slow_wpm > rules.fast_wpm) {
      throw Error(fmt::format("{}min_words must not exceed max_words, nor slow_wpm fast_wpm",
                              r.location()));
    }
  }
  if (const toml::table* t = top.table("pronouns")) {
    judge::detail::TableReader r(*t, name, "[pronouns]");
    rules.i_words = r.strings("i");
    rules.we_words = r.strings("we");
    rules.min_i_share = read_positive(r, *t, "min_i_share", rules.min_i_share, 1);
    rules.min_pronouns = read_count(r, *t, "min_pronouns", rules.min_pronouns, 0);
    r.reject_unknown_keys();
    for (auto* list : {&rules.i_words, &rules.we_words}) {
      for (auto& w : *list) {
        w = detail::fold(w);
      }
    }
  }
  for (std::size_t p = 0; p < kStarParts; ++p) {
    const toml::table* t = top.table(kPartKeys[p]);
    if (t == nullptr) {
      throw Error(fmt::format("{}: missing the [{}] table", name, kPartKeys[p]),
                  "every STAR part needs its table: title, headings, prompt, min_words, cues");
    }
    judge::detail::TableReader r(*t, name, fmt::format("[{}]", kPartKeys[p]));
    StarPartRules& part = rules.parts[p];
    part.title = r.required_string("title");
    part.headings = r.strings("headings");
    part.prompt = r.required_string("prompt");
    part.min_words = read_count(r, *t, "min_words", 0, 0);
    part.cues = r.strings("cues");
    if (p == static_cast<std::size_t>(StarPart::kSituation)) {
      rules.max_situation_share = read_positive(r, *t, "max_share", rules.max_situation_share, 1);
    }
    if (p == static_cast<std::size_t>(StarPart::kResult)) {
      rules.measurable = r.strings("measurable");
      rules.measurable_signs = r.strings("measurable_signs");
    }
    r.reject_unknown_keys();
  }
  rules.messages = std::make_shared<const detail::Messages>(
      detail::Messages::read(top.table("messages"), name, message_spec()));
  top.reject_unknown_keys();
  return rules;
}

std::size_t StarAnswer::found_count() const {
  return static_cast<std::size_t>(
      std::count_if(parts.begin(), parts.end(), [](const StarSection& s) { return s.found; }));
}

std::string star_template(const Question& question, const StarRules& rules) {
  std::string out =
      rules.messages->render("template_intro", {{"question", question.text},
                                                {"min_words", std::to_string(rules.min_words)},
                                                {"max_words", std::to_string(rules.max_words)}});
  for (const auto& part : rules.parts) {
    out += fmt::format("\n## {}\n# {}\n\n", part.title, part.prompt);
  }
  return out;
}

StarAnswer parse_star(std::string_view text, const StarRules& rules) {
  StarAnswer answer;
  const std::string clean = drop_comments(text, rules);
  const auto sections = detail::split_sections(
      clean, [&rules](std::string_view label) { return match_part(label, rules).has_value(); });
  for (const auto& s : sections) {
    answer.words += detail::count_words(
        std::string_view(clean).substr(s.body_begin, s.body_end - s.body_begin));
  }
  std::optional<StarPart> current;
  for (const auto& s : sections) {
    if (auto p = s.heading.empty() ? std::nullopt : match_part(s.heading, rules)) {
      current = p;
      answer.by_headings = true;
    }
    if (!current) {
      continue;  // before the first STAR heading
    }
    const std::string body =
        trim(std::string_view(clean).substr(s.body_begin, s.body_end - s.body_begin));
    StarSection& section = answer.parts[static_cast<std::size_t>(*current)];
    if (!body.empty()) {
      section.text += (section.text.empty() ? "" : "\n") + body;
      section.found = true;
    }
  }
  if (!answer.by_headings) {
    split_prose(clean, rules, answer);
  }
  for (auto& section : answer.parts) {
    section.words = detail::count_words(section.text);
  }
  return answer;
}

namespace {

void add_item(StarReview& review, Severity severity, const std::string& code, std::string message) {
  review.feedback.items.push_back({severity, "star." + code, std::move(message)});
}

// A part that is missing, or too thin to tell its story.
void check_parts(StarReview& review, const StarRules& rules) {
  const detail::Messages& m = *rules.messages;
  for (std::size_t p = 0; p < kStarParts; ++p) {
    const StarSection& section = review.answer.parts[p];
    const StarPartRules& pr = rules.parts[p];
    if (!section.found) {
      add_item(review, Severity::kWarning, std::string(kPartKeys[p]) + ".missing",
               m.render("missing", {{"part", pr.title}, {"prompt", pr.prompt}}));
    } else if (section.words < pr.min_words) {
      add_item(review, Severity::kWarning, std::string(kPartKeys[p]) + ".thin",
               m.render("thin", {{"part", pr.title},
                                 {"words", std::to_string(section.words)},
                                 {"min_words", std::to_string(pr.min_words)},
                                 {"prompt", pr.prompt}}));
    }
  }
}

// A situation that takes too much of the answer.
void check_situation(StarReview& review, const StarRules& rules) {
  const StarAnswer& answer = review.answer;
  const StarSection& situation = answer.part(StarPart::kSituation);
  // On a short answer the share says little: the length message covers it.
  if (situation.found && answer.words >= rules.min_words / 2) {
    const double share = static_cast<double>(situation.words) / static_cast<double>(answer.words);
    if (share > rules.max_situation_share) {
      add_item(review, Severity::kWarning, "situation.long",
               rules.messages->render("situation_long",
                                      {{"share", std::to_string(std::lround(share * 100))},
                                       {"words", std::to_string(situation.words)}}));
    }
  }
}

// A result with a measure, or without one.
void check_result(StarReview& review, const StarRules& rules) {
  const detail::Messages& m = *rules.messages;
  const StarSection& result = review.answer.part(StarPart::kResult);
  if (!result.found) {
    return;
  }
  const CuePhrases phrases = phrases_of(rules);
  review.measurable = find_measure(result.text, rules, phrases);
  if (review.measurable) {
    add_item(review, Severity::kPraise, "result.measured",
             m.render("result_measured", {{"evidence", *review.measurable}}));
  } else {
    add_item(review, Severity::kWarning, "result.unmeasured", m.render("result_unmeasured"));
  }
}

// "I" against "we", in the action when there is one, else in the whole answer.
void check_pronouns(StarReview& review, std::string_view text, const StarRules& rules) {
  const detail::Messages& m = *rules.messages;
  std::tie(review.i_count, review.we_count) = pronouns(drop_comments(text, rules), rules);
  const StarSection& action = review.answer.part(StarPart::kAction);
  std::tie(review.action_i_count, review.action_we_count) = pronouns(action.text, rules);
  const bool in_action = action.found;
  const std::size_t i = in_action ? review.action_i_count : review.i_count;
  const std::size_t we = in_action ? review.action_we_count : review.we_count;
  if (i + we < rules.min_pronouns) {
    return;
  }
  const double share = static_cast<double>(i) / static_cast<double>(i + we);
  const Args counts = {{"i", std::to_string(i)}, {"we", std::to_string(we)}};
  if (share < rules.min_i_share) {
    Args args = counts;
    args.emplace_back("where", m.render(in_action ? "in_action" : "in_answer"));
    add_item(review, Severity::kWarning, "we.heavy", m.render("we_heavy", args));
  } else {
    add_item(review, Severity::kPraise, "i.clear", m.render("i_clear", counts));
  }
}

// The answer's length against the rules' range.
void check_length(StarReview& review, const std::string& time, const StarRules& rules) {
  const detail::Messages& m = *rules.messages;
  const std::size_t words = review.answer.words;
  const Args length = {{"words", std::to_string(words)},
                       {"time", time},
                       {"min_words", std::to_string(rules.min_words)},
                       {"max_words", std::to_string(rules.max_words)}};
  if (words < rules.min_words) {
    add_item(review, Severity::kWarning, "length.short", m.render("too_short", length));
  } else if (words > rules.max_words) {
    add_item(review, Severity::kWarning, "length.long", m.render("too_long", length));
  } else {
    add_item(review, Severity::kPraise, "length.good", m.render("length_good", length));
  }
}

}  // namespace

StarReview review_star(std::string_view text, const StarRules& rules) {
  StarReview review;
  review.answer = parse_star(text, rules);
  const StarAnswer& answer = review.answer;
  const detail::Messages& m = *rules.messages;
  review.seconds_fast = static_cast<double>(answer.words) * 60.0 / rules.fast_wpm;
  review.seconds_slow = static_cast<double>(answer.words) * 60.0 / rules.slow_wpm;
  const std::string time = time_range(review.seconds_fast, review.seconds_slow);
  if (answer.words == 0) {
    add_item(review, Severity::kWarning, "empty", m.render("empty"));
    review.feedback.summary = review.feedback.items.back().message;
    return review;
  }
  if (!answer.by_headings) {
    add_item(review, Severity::kInfo, "prose", m.render("prose"));
  }
  check_parts(review, rules);
  check_situation(review, rules);
  check_result(review, rules);
  check_pronouns(review, text, rules);
  check_length(review, time, rules);
  const std::size_t fixes = review.feedback.count(Severity::kWarning);
  const Args summary = {{"parts", std::to_string(answer.found_count())},
                        {"words", std::to_string(answer.words)},
                        {"time", time},
                        {"count", std::to_string(fixes)}};
  review.feedback.summary = m.render(fixes == 0 ? "summary_good" : "summary_fix", summary);
  return review;
}

}  // namespace judge::coach
