// A small thread pool for work that is done once, before any timing matters: making generated
// tests, checking the problems of a pack (private to judge/src).
#pragma once

#include <cstddef>
#include <functional>

namespace judge::detail {

/// Calls `body(i)` for each i in [0, count) on up to `threads` threads, the caller's among
/// them; each thread takes the next index as it becomes free. Returns once every call has
/// ended, then rethrows the exception of the lowest index that threw, if any.
void for_each_parallel(std::size_t count, std::size_t threads,
                       const std::function<void(std::size_t)>& body);

}  // namespace judge::detail
