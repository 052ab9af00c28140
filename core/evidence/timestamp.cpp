#include "evidence/timestamp.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include <pwd.h>
#include <unistd.h>

namespace anomalens::evidence {

std::string formatUtcIso8601(std::chrono::system_clock::time_point time)
{
    using namespace std::chrono;
    // Floor (not truncate) so times before 1970 still get a 0..999 millisecond part.
    const auto sinceEpochMs = time_point_cast<milliseconds>(time).time_since_epoch().count();
    auto seconds = static_cast<std::time_t>(sinceEpochMs / 1000);
    auto millis = static_cast<int>(sinceEpochMs % 1000);
    if (millis < 0) {
        millis += 1000;
        seconds -= 1;
    }
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[128];   // generous: silences -Wformat-truncation for any int field
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, millis);
    return text;
}

std::string utcNowIso8601()
{
    return formatUtcIso8601(std::chrono::system_clock::now());
}

std::string osUserName()
{
    const uid_t uid = ::geteuid();
    long bufferSize = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    if (bufferSize <= 0)
        bufferSize = 16384;
    std::vector<char> buffer(static_cast<std::size_t>(bufferSize));
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
        found->pw_name && *found->pw_name)
        return found->pw_name;
    // Containers often run with a uid that has no passwd entry.
    for (const char* variable : {"USER", "LOGNAME"}) {
        const char* value = std::getenv(variable);
        if (value && *value)
            return value;
    }
    return "uid:" + std::to_string(uid);
}

} // namespace anomalens::evidence
