#pragma once
// Helpers for the core/media tests: references produced independently of
// VideoSource (the ffmpeg/ffprobe command-line tools), file damage, and small
// frame comparisons.
#include "media/frame.h"
#include "media/videosource.h"

#include "testsupport.h"

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace anomalens::test {

// Output of a shell command (stdout), or empty on failure.
std::string captureCommand(const std::string& command);

// Runs `command` with a raw output file appended and splits the file into frames.
std::vector<std::vector<uint8_t>> readRawFrames(const std::string& command, size_t frameBytes);

// Frames the ffmpeg decoder outputs for the first video stream (ffprobe -count_frames).
int64_t ffprobeFrameCount(const std::filesystem::path& path);

// Start time of the first video stream in microseconds (ffprobe), or INT64_MIN.
int64_t ffprobeStartTimeUs(const std::filesystem::path& path);

// Byte position and size of each video packet, in demux order (ffprobe -show_packets).
struct PacketLocation {
    int64_t position = 0;
    int64_t size = 0;
};
std::vector<PacketLocation> ffprobePackets(const std::filesystem::path& path);

// Every frame decoded by the ffmpeg CLI as GRAY8 at the source size (no frame
// rate conversion), one vector per frame.
std::vector<std::vector<uint8_t>> ffmpegGrayFrames(const std::filesystem::path& path, int width,
                                                   int height);

// Raw RGB24 frames of the testsrc2 pattern, exactly as generated (lossless reference).
std::vector<std::vector<uint8_t>> testPatternRgb(int frames, int width, int height, int fps);

// Copies the video stream of `input` into the mp4 `output` with this display
// matrix (libavutil layout, 16.16 fixed point). Returns false on failure.
bool remuxWithDisplayMatrix(const std::filesystem::path& input,
                            const std::filesystem::path& output, const int32_t matrix[9]);

// File damage.
void truncateFile(const std::filesystem::path& path, double keptFraction);
void overwriteWithGarbage(const std::filesystem::path& path, int64_t offset, int64_t bytes,
                          unsigned seed);
void overwriteWithZeros(const std::filesystem::path& path, int64_t offset, int64_t bytes);
void writeFile(const std::filesystem::path& path, const std::string& content);

// All frames delivered by next() from the current position.
std::vector<media::Frame> readAll(media::VideoSource& source);

// Number of frames covered by the source's decode gaps.
int64_t gapFrameCount(const media::VideoSource& source);

double meanAbsDifference(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b);

// A clip from makeClip(); fails the calling test (via ASSERT in the caller) when
// ffmpeg is missing or fails. `name` includes the extension.
std::filesystem::path makeTestClip(const TempDir& dir, const std::string& name, int frames,
                                   const std::string& encoderArgs, int width = 160,
                                   int height = 120, int fps = 25);

// One codec/container combination for parameterised tests, with the ffmpeg
// CLI arguments that encode it.
struct ClipFormat {
    const char* name;
    const char* fileName;
    const char* encoderArgs;
};

// Names the parameter in test listings (and so in ctest) instead of its bytes.
inline void PrintTo(const ClipFormat& format, std::ostream* out)
{
    *out << format.name;
}

} // namespace anomalens::test
