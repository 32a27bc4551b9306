// ICPC/Kattis problem packages (problem.yaml), read as they are: docs/kattis.md.
//
//   metadata.h           problem.yaml, strictly, into KattisMetadata; unsupported features
//   package.h            test data, submissions, output validator, statement; the whole package
//   default_validator.h  the default output validator, with problemtools' semantics
//   time_limit.h         the time limit: fixed, or computed from the accepted submissions
//   statement.h          statements for the terminal: Markdown, LaTeX through pandoc or not
#pragma once

#include "judge/kattis/default_validator.h"
#include "judge/kattis/metadata.h"
#include "judge/kattis/package.h"
#include "judge/kattis/statement.h"
#include "judge/kattis/time_limit.h"
