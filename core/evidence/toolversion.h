#pragma once
// The version of Anomalens that produced a result. It goes into every export,
// report and audit row that leaves the tool, so it has one source: the
// project() version in the top-level CMakeLists.txt.
#include <string>

namespace anomalens::evidence {

// "0.1.0"
std::string toolVersion();
// "Anomalens 0.1.0", the form printed in reports and burned into derived copies.
std::string toolNameAndVersion();

} // namespace anomalens::evidence
