// The practice schedule. The model is SM-2 (Wozniak, 1990): each problem has an easiness
// factor, starting at 2.5, that a review's grade moves (0.1 up for an easy recall, 0.14 down
// for a hard one, never under 1.3), and the interval after a successful review is the last
// one times that factor; a lapse starts the intervals again at one day. SM-2 rather than
// FSRS: FSRS's published default parameters were fitted to millions of flash-card reviews,
// where a review takes seconds and happens many times; a coding problem is reviewed a handful
// of times, each taking half an hour, so those fitted curves would not carry over, and SM-2's
// two rules are ones the candidate can check by hand ("6 days, then about 16").
//
// Two departures from SM-2, both because a problem is not a flash card: the first interval
// depends on the grade (1, 3 or 6 days; SM-2 always starts at 1, then 6), so that a clean
// first solve is not asked again the next morning; and each interval is at least one day
// longer than the last, so that hard reviews still space out.
#include "judge/coach/schedule.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include <fmt/format.h>

namespace judge::coach {
namespace {

constexpr std::int64_t kDay = 24 * 3600;
constexpr double kStartEase = 2.5;
constexpr double kMinEase = 1.3;

// SM-2's quality of recall, 0 to 5; under 3 is a lapse.
int quality(Grade grade) {
  switch (grade) {
    case Grade::kAgain:
      return 1;
    case Grade::kHard:
      return 3;
    case Grade::kGood:
      return 4;
    case Grade::kEasy:
      return 5;
  }
  return 1;
}

int first_interval_days(Grade grade) {
  switch (grade) {
    case Grade::kHard:
      return 1;
    case Grade::kGood:
      return 3;
    case Grade::kEasy:
      return 6;
    case Grade::kAgain:
      break;
  }
  return 1;
}

Grade grade_of(const Review& r, int minutes) {
  if (!r.solved || r.revealed) {
    return Grade::kAgain;
  }
  if (r.hinted || r.failures >= 2) {
    return Grade::kHard;
  }
  if (r.failures == 1) {
    return Grade::kGood;
  }
  if (minutes > 0 && r.seconds_to_accept > static_cast<std::int64_t>(minutes) * 60) {
    return Grade::kGood;
  }
  return Grade::kEasy;
}

std::string plural(int count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

// "today", "yesterday", "9 days ago": whole days between two times.
std::string ago(std::int64_t then, std::int64_t now) {
  std::int64_t days = (now - then) / kDay;
  if (days <= 0) {
    return "today";
  }
  if (days == 1) {
    return "yesterday";
  }
  return fmt::format("{} days ago", days);
}

// "review today", "review tomorrow", "review in 4 days".
std::string in_days(std::int64_t due, std::int64_t now) {
  std::int64_t days = (due - now + kDay - 1) / kDay;
  if (days <= 0) {
    return "review today";
  }
  if (days == 1) {
    return "review tomorrow";
  }
  return fmt::format("review in {} days", days);
}

std::string failures_text(const Review& r) {
  return plural(r.failures, r.all_wrong ? "wrong answer" : "failed submission",
                r.all_wrong ? "wrong answers" : "failed submissions");
}

// How the last review went, for a reason line: "last solved 9 days ago after 3 wrong answers".
std::string last_review_text(const Review& r, std::int64_t now) {
  if (!r.solved) {
    if (r.failures == 0) {
      return fmt::format("not solved when last tried {}", ago(r.ended, now));
    }
    return fmt::format("not solved when last tried {} ({})", ago(r.ended, now), failures_text(r));
  }
  if (r.revealed) {
    return fmt::format("solved {}, but only after a hidden test was revealed", ago(r.ended, now));
  }
  std::string how = r.failures == 0 ? "on the first try" : "after " + failures_text(r);
  if (r.hinted) {
    how += " and a hint";
  }
  return fmt::format("last solved {} {}", ago(r.ended, now), how);
}

struct TagStats {
  int tried = 0;   // problems with the tag that have at least one review
  int solved = 0;  // of those, ever solved
  std::optional<Difficulty> hardest_solved;
};

// Sorts weakest first: a topic never tried, then the lowest solve rate, then the fewest
// problems tried, then by name.
using Weakness = std::tuple<bool, double, int, std::string>;

Weakness weakness(const std::string& tag, const TagStats& s) {
  double rate = s.tried == 0 ? 0.0 : static_cast<double>(s.solved) / s.tried;
  return {s.tried > 0, rate, s.tried, tag};
}

Difficulty step_up(std::optional<Difficulty> hardest) {
  if (!hardest) {
    return Difficulty::kEasy;
  }
  return *hardest == Difficulty::kEasy ? Difficulty::kMedium : Difficulty::kHard;
}

}  // namespace

std::vector<Review> reviews_of(const History& history, int minutes,
                               const ScheduleOptions& options) {
  std::vector<Attempt> attempts;
  for (const auto& a : history.attempts) {
    if (a.verdict != Verdict::kInternalError) {
      attempts.push_back(a);
    }
  }
  std::stable_sort(attempts.begin(), attempts.end(),
                   [](const Attempt& x, const Attempt& y) { return x.at < y.at; });
  std::vector<std::int64_t> starts = history.starts;
  std::sort(starts.begin(), starts.end());

  std::vector<Review> reviews;
  std::optional<Review> current;
  auto close = [&] {
    if (current) {
      current->grade = grade_of(*current, minutes);
      reviews.push_back(*current);
      current.reset();
    }
  };
  for (const auto& a : attempts) {
    if (current) {
      std::int64_t pause = a.at - current->ended;
      if (current->solved && pause < options.session_gap_s) {
        continue;  // more of a solved sitting: practice, not a review
      }
      if (current->solved || pause >= options.session_gap_s) {
        close();
      }
    }
    if (!current) {
      Review r;
      r.started = a.at;
      r.all_wrong = true;
      // The `judge start` that opened this sitting: the last one before its first
      // submission and after the previous sitting.
      std::int64_t after =
          reviews.empty() ? std::numeric_limits<std::int64_t>::min() : reviews.back().ended;
      for (std::int64_t s : starts) {
        if (s <= a.at && s > after) {
          r.started = s;
        }
      }
      current = r;
    }
    current->ended = a.at;
    current->revealed = current->revealed || a.revealed;
    current->hinted = current->hinted || a.hinted;
    if (a.verdict == Verdict::kAccepted) {
      current->solved = true;
      current->seconds_to_accept = a.at - current->started;
    } else if (a.verdict != Verdict::kCompileError) {
      ++current->failures;
      current->all_wrong = current->all_wrong && a.verdict == Verdict::kWrongAnswer;
    }
  }
  close();
  return reviews;
}

std::optional<Memory> replay(std::span<const Review> reviews) {
  if (reviews.empty()) {
    return std::nullopt;
  }
  Memory m;
  m.ease = kStartEase;
  for (const auto& r : reviews) {
    if (r.grade == Grade::kAgain) {
      // SM-2 restarts the intervals and leaves the easiness alone on a lapse.
      m.streak = 0;
      m.interval_days = 1;
    } else {
      int q = 5 - quality(r.grade);
      m.ease = std::max(kMinEase, m.ease + 0.1 - q * (0.08 + q * 0.02));
      if (m.streak == 0) {
        m.interval_days = first_interval_days(r.grade);
      } else {
        // The factor after this review's update, so that a hard review already slows the
        // spacing it sets.
        auto grown = static_cast<int>(std::lround(m.interval_days * m.ease));
        m.interval_days = std::max(m.interval_days + 1, grown);
      }
      ++m.streak;
    }
    m.due = r.ended + m.interval_days * kDay;
  }
  return m;
}

namespace {

// The histories by problem, a problem's attempts and starts from every history put together.
std::map<std::string, History> merge_histories(std::span<const History> histories) {
  std::map<std::string, History> merged;
  for (const auto& h : histories) {
    History& m = merged[h.problem];
    m.problem = h.problem;
    m.attempts.insert(m.attempts.end(), h.attempts.begin(), h.attempts.end());
    m.starts.insert(m.starts.end(), h.starts.begin(), h.starts.end());
  }
  return merged;
}

// A problem's reviews so far, and the memory they leave (none when it was never tried).
struct ProblemState {
  const ProblemInfo* info = nullptr;
  std::vector<Review> reviews;
  std::optional<Memory> memory;
};

// Counts a problem's reviews into the stats of each of its topics.
void count_topics(std::map<std::string, TagStats>& tags, const ProblemState& s) {
  const ProblemInfo& p = *s.info;
  bool tried = !s.reviews.empty();
  bool solved =
      std::any_of(s.reviews.begin(), s.reviews.end(), [](const Review& r) { return r.solved; });
  for (const auto& tag : p.tags) {
    TagStats& t = tags[tag];
    t.tried += tried ? 1 : 0;
    t.solved += solved ? 1 : 0;
    if (solved && (!t.hardest_solved || p.difficulty > *t.hardest_solved)) {
      t.hardest_solved = p.difficulty;
    }
  }
}

// The topics, weakest first, and each one's place in that order.
struct TopicOrder {
  std::vector<std::pair<Weakness, std::string>> order;
  std::map<std::string, std::size_t> rank;
  // The weakest topic the candidate has tried, for "your weakest topic"; none when every
  // topic tried is fully solved.
  std::optional<std::string> weakest_tried;
};

TopicOrder order_topics(const std::map<std::string, TagStats>& tags) {
  TopicOrder topics;
  for (const auto& [tag, stats] : tags) {
    topics.order.emplace_back(weakness(tag, stats), tag);
  }
  std::sort(topics.order.begin(), topics.order.end());
  for (std::size_t i = 0; i < topics.order.size(); ++i) {
    topics.rank[topics.order[i].second] = i;
  }
  for (const auto& [key, tag] : topics.order) {
    if (std::get<0>(key)) {
      if (std::get<1>(key) < 1) {
        topics.weakest_tried = tag;
      }
      break;
    }
  }
  return topics;
}

// What orders the picks: group (due, new, later), topic rank, distance from the level to aim
// at, difficulty, due time, id.
using PickKey = std::tuple<int, std::size_t, int, int, std::int64_t, std::string>;

// A problem tried before: due for review, or later.
std::pair<PickKey, Pick> review_pick(const ProblemState& s, std::int64_t now) {
  const ProblemInfo& p = *s.info;
  const Review& last = s.reviews.back();
  Pick pick;
  pick.problem = p.id;
  pick.memory = s.memory;
  pick.due = s.memory->due;
  if (s.memory->due <= now) {
    pick.kind = PickKind::kDue;
    pick.reason = "due for review: " + last_review_text(last, now);
    return {PickKey{0, 0, 0, 0, s.memory->due, p.id}, std::move(pick)};
  }
  pick.kind = PickKind::kLater;
  pick.reason = in_days(s.memory->due, now) + ": " + last_review_text(last, now);
  return {PickKey{2, 0, 0, 0, s.memory->due, p.id}, std::move(pick)};
}

// A new problem, placed by its weakest topic and how near it is to the level to aim at there.
std::pair<PickKey, Pick> new_pick(const ProblemInfo& p, TopicOrder& topics,
                                  std::map<std::string, TagStats>& tags) {
  Pick pick;
  pick.problem = p.id;
  pick.kind = PickKind::kNew;
  const std::string* tag = nullptr;
  for (const auto& t : p.tags) {
    if (tag == nullptr || topics.rank[t] < topics.rank[*tag]) {
      tag = &t;
    }
  }
  if (tag == nullptr) {
    pick.reason = fmt::format("new: not tried yet; {}", to_string(p.difficulty));
    return {PickKey{1, topics.order.size(), 0, static_cast<int>(p.difficulty), 0, p.id},
            std::move(pick)};
  }
  const TagStats& t = tags[*tag];
  Difficulty target = step_up(t.hardest_solved);
  int distance = std::abs(static_cast<int>(p.difficulty) - static_cast<int>(target));
  std::string topic;
  if (t.tried == 0) {
    topic = "a topic you have not tried yet";
  } else if (topics.weakest_tried && *topics.weakest_tried == *tag) {
    topic = fmt::format("your weakest topic ({} of {} solved)", t.solved, t.tried);
  } else {
    topic = fmt::format("a topic with {} of {} solved", t.solved, t.tried);
  }
  std::string level = std::string(to_string(p.difficulty));
  if (distance == 0 && !t.hardest_solved) {
    level += ", to start with";
  } else if (distance == 0 && p.difficulty > *t.hardest_solved) {
    level += fmt::format(", a step up from the {} ones you solved", to_string(*t.hardest_solved));
  }
  pick.reason = fmt::format("new: covers '{}', {}; {}", *tag, topic, level);
  return {PickKey{1, topics.rank[*tag], distance, static_cast<int>(p.difficulty), 0, p.id},
          std::move(pick)};
}

}  // namespace

std::vector<Pick> schedule(std::span<const ProblemInfo> problems,
                           std::span<const History> histories, std::int64_t now,
                           const ScheduleOptions& options) {
  const std::map<std::string, History> merged = merge_histories(histories);
  std::vector<ProblemState> states;
  std::map<std::string, TagStats> tags;
  for (const auto& p : problems) {
    ProblemState s;
    s.info = &p;
    if (auto it = merged.find(p.id); it != merged.end()) {
      s.reviews = reviews_of(it->second, p.minutes, options);
      s.memory = replay(s.reviews);
    }
    count_topics(tags, s);
    states.push_back(std::move(s));
  }
  TopicOrder topics = order_topics(tags);

  std::vector<std::pair<PickKey, Pick>> ranked;
  for (const auto& s : states) {
    ranked.push_back(s.memory ? review_pick(s, now) : new_pick(*s.info, topics, tags));
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<Pick> picks;
  for (auto& [key, pick] : ranked) {
    picks.push_back(std::move(pick));
  }
  return picks;
}

}  // namespace judge::coach
