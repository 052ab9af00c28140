#pragma once
// Helpers shared by the tests: scratch folders that clean up after themselves,
// clips generated with the ffmpeg command-line tool, and where Ped2 lives.
#include <filesystem>
#include <string>

namespace anomalens::test {

// A fresh, empty folder under the system temp dir, removed on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// A file's bytes as a string ("" when it cannot be read).
std::string readFileText(const std::filesystem::path& path);

// Runs a shell command; returns its exit status (0 = success).
int runCommand(const std::string& command);

// True if the ffmpeg CLI is on PATH.
bool haveFfmpegCli();

// Generates a test clip with the ffmpeg CLI from its `testsrc2` source, which
// draws a frame counter, so every frame differs. `encoderArgs` e.g.
// "-c:v libx264 -g 60 -bf 3". Returns false if ffmpeg is missing or fails.
bool makeClip(const std::filesystem::path& out, int frames, int width, int height, int fps,
              const std::string& encoderArgs);

// ../shared/datasets/ped2 if present (empty path otherwise).
std::filesystem::path ped2Dir();

} // namespace anomalens::test
