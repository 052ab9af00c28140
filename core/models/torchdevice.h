#pragma once
// The torch::Device the models should run on (internal to core: includes a
// torch header, unlike device.h).
#include <c10/core/Device.h>

namespace anomalens::models {

// CUDA device 0 when available, else the CPU; configures the CPU thread
// count on first use (see configureTorchRuntime()).
c10::Device preferredDevice();

} // namespace anomalens::models
