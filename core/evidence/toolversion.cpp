#include "evidence/toolversion.h"

namespace anomalens::evidence {

std::string toolVersion() { return ANOMALENS_TOOL_VERSION; }

std::string toolNameAndVersion() { return "Anomalens " + toolVersion(); }

} // namespace anomalens::evidence
