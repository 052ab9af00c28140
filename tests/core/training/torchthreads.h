#pragma once
// The training tests run tiny networks, for which OpenMP's thread
// hand-offs cost more than the arithmetic; on a loaded machine, spinning
// OpenMP workers made a 6-step training take 30 s instead of 1 s. One torch
// thread keeps the tests fast and independent of the machine's load.
#include "models/device.h"

#include <ATen/Parallel.h>

namespace anomalens::training::test {

inline void useOneTorchThread()
{
    models::configureTorchRuntime(); // its one-time setup first, so it cannot undo this
    at::set_num_threads(1);
}

} // namespace anomalens::training::test
