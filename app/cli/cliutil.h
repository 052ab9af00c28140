#pragma once
// Small helpers shared by the CLI commands: progress on stderr, time formatting.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>

namespace anomalens::cli {

// A one-line progress indicator on stderr, redrawn in place when stderr is a
// terminal and printed sparsely otherwise (so logs stay readable).
class ProgressLine {
public:
    explicit ProgressLine(std::string label);
    ~ProgressLine();
    void update(double fraction, const std::string& detail = {});
    void finish();

private:
    std::string m_label;
    bool m_tty;
    int m_lastPercent = -1;
    bool m_finished = false;
};

// 00:01:02.345
std::string formatTimeUs(int64_t timeUs);

// "1h02m", "4m05s", "12s".
std::string formatDuration(double seconds);

// Ctrl-C as a cancel token while the scope lives: the first Ctrl-C sets the
// flag (long work stops cleanly, keeping what it did); a second one ends the
// process at once. One scope at a time.
class InterruptScope {
public:
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;
    const std::atomic<bool>* flag() const;
    bool interrupted() const;
};

// A new, empty folder under the system's temporary folder, removed with
// everything in it when the object goes.
class TempDir {
public:
    explicit TempDir(const std::string& prefix);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// The model trained on the built-in sample scene that ships with Anomalens
// (resources/models): <executable's folder>/../share/anomalens/models/, where
// both the build tree and an installation put it. Throws std::runtime_error
// naming the path when it is not there.
std::filesystem::path builtinSampleModel();

// The exit code of a command ended by Ctrl-C (the shell's 128 + SIGINT).
inline constexpr int kInterruptedExitCode = 130;

} // namespace anomalens::cli
