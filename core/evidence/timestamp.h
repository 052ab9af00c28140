#pragma once
// Who and when, as recorded in the case: UTC timestamps in one fixed ISO-8601
// form ("2024-05-01T12:34:56.789Z": milliseconds, always 'Z', fixed width so
// text order equals time order) and the operating-system user name. Every time
// and actor written to the case database comes from here so that the audit log,
// annotations and imports agree on the format.
#include <chrono>
#include <string>

namespace anomalens::evidence {

// Formats a time point as UTC ISO-8601 with milliseconds and a 'Z' suffix.
std::string formatUtcIso8601(std::chrono::system_clock::time_point time);

// The current time, formatted by formatUtcIso8601.
std::string utcNowIso8601();

// The effective user's login name (from the password database, falling back to
// $USER / $LOGNAME, then "uid:<n>"); never empty.
std::string osUserName();

} // namespace anomalens::evidence
