#include "cliutil.h"

#include <cstdio>
#include <unistd.h>

namespace anomalens::cli {

ProgressLine::ProgressLine(std::string label)
    : m_label(std::move(label)), m_tty(isatty(STDERR_FILENO) != 0)
{
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::update(double fraction, const std::string& detail)
{
    const int percent = static_cast<int>(fraction * 100.0);
    if (m_tty) {
        std::fprintf(stderr, "\r%s %3d%% %s\033[K", m_label.c_str(), percent, detail.c_str());
        std::fflush(stderr);
    } else if (percent / 10 != m_lastPercent / 10) {
        std::fprintf(stderr, "%s %3d%% %s\n", m_label.c_str(), percent, detail.c_str());
    }
    m_lastPercent = percent;
}

void ProgressLine::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_tty && m_lastPercent >= 0)
        std::fprintf(stderr, "\n");
}

std::string formatTimeUs(int64_t timeUs)
{
    const bool negative = timeUs < 0;
    const int64_t ms = (negative ? -timeUs : timeUs) / 1000;
    char text[32];
    std::snprintf(text, sizeof text, "%s%02lld:%02lld:%02lld.%03lld", negative ? "-" : "",
                  static_cast<long long>(ms / 3600000), static_cast<long long>(ms / 60000 % 60),
                  static_cast<long long>(ms / 1000 % 60), static_cast<long long>(ms % 1000));
    return text;
}

} // namespace anomalens::cli
