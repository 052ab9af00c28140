#include "cliutil.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <system_error>
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

std::string formatDuration(double seconds)
{
    const auto total = static_cast<long long>(seconds + 0.5);
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%lldh%02lldm", total / 3600, total / 60 % 60);
    else if (total >= 60)
        std::snprintf(text, sizeof text, "%lldm%02llds", total / 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%llds", total);
    return text;
}

namespace {

// std::atomic<bool> is lock-free, so storing to it is async-signal-safe.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the process at once
}

} // namespace

InterruptScope::InterruptScope()
{
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
}

InterruptScope::~InterruptScope()
{
    std::signal(SIGINT, SIG_DFL);
}

const std::atomic<bool>* InterruptScope::flag() const
{
    return &g_interrupted;
}

bool InterruptScope::interrupted() const
{
    return g_interrupted.load();
}

TempDir::TempDir(const std::string& prefix)
{
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("Cannot create a temporary folder in " +
                                 std::filesystem::temp_directory_path().string());
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::filesystem::path builtinSampleModel()
{
    const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe");
    const std::filesystem::path model = executable.parent_path().parent_path() / "share" / "anomalens" / "models" /
                                        "sample-mnad-pred-small.alm";
    if (!std::filesystem::is_regular_file(model))
        throw std::runtime_error("The built-in sample model is missing: " + model.string() +
                                 " (rebuild, or reinstall Anomalens)");
    return model;
}

} // namespace anomalens::cli
