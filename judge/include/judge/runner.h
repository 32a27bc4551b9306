// The judge's one edge to the outside world: running a program in the sandbox.
#pragma once

#include <memory>

#include "sandbox/layers.h"
#include "sandbox/run.h"

namespace judge {

/// Runs a program. The real one is the sandbox; tests use fakes.
class Runner {
 public:
  virtual ~Runner() = default;
  [[nodiscard]] virtual sandbox::RunResult run(const sandbox::RunSpec& spec) = 0;
};

class SandboxRunner final : public Runner {
 public:
  explicit SandboxRunner(sandbox::SandboxOptions options = {})
      : sandbox_(std::make_unique<sandbox::Sandbox>(std::move(options))) {}
  [[nodiscard]] sandbox::RunResult run(const sandbox::RunSpec& spec) override {
    return sandbox_->run(spec);
  }
  [[nodiscard]] const sandbox::Layers& layers() const { return sandbox_->layers(); }

 private:
  std::unique_ptr<sandbox::Sandbox> sandbox_;
};

}  // namespace judge
