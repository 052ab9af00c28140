#pragma once
// Small helpers shared by the CLI commands: progress on stderr, time formatting.
#include <cstdint>
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

} // namespace anomalens::cli
