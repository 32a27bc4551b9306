// The Ctrl-C and SIGTERM handlers of the command-line program (cli/interrupt.cc), in a child
// process each (death tests): a signal's disposition is the whole process's.
#include "interrupt.h"

#include <signal.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "sandbox/run.h"

namespace cli {
namespace {

TEST(InterruptDeathTest, TheFirstSignalAsksRunsToStopAndTheJudgeGoesOn) {
  for (int sig : {SIGINT, SIGTERM}) {
    EXPECT_EXIT(
        {
          install_interrupt_handlers();
          raise(sig);
          _exit(sandbox::interrupt_requested() ? 7 : 1);
        },
        ::testing::ExitedWithCode(7), "")
        << sig;
  }
}

TEST(InterruptDeathTest, ASecondCtrlCEndsTheJudgeAtOnce) {
  EXPECT_EXIT(
      {
        install_interrupt_handlers();
        raise(SIGINT);
        raise(SIGINT);
        _exit(0);  // not reached: the second one has its default action
      },
      ::testing::KilledBySignal(SIGINT), "");
  // SIGTERM after Ctrl-C is a second request too.
  EXPECT_EXIT(
      {
        install_interrupt_handlers();
        raise(SIGINT);
        raise(SIGTERM);
        _exit(0);
      },
      ::testing::KilledBySignal(SIGTERM), "");
}

}  // namespace
}  // namespace cli
