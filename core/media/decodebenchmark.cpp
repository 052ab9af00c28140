#include "media/decodebenchmark.h"

#include "media/videosource.h"

#include <chrono>

namespace anomalens::media {

DecodeBenchmarkResult benchmarkDecode(const std::string& path, const OutputSpec& spec,
                                      int64_t maxFrames)
{
    using Clock = std::chrono::steady_clock;
    const auto seconds = [](Clock::duration elapsed) {
        return std::chrono::duration<double>(elapsed).count();
    };

    DecodeBenchmarkResult result;
    const Clock::time_point openStart = Clock::now();
    VideoSource source(path);
    source.setOutput(spec);
    result.openSeconds = seconds(Clock::now() - openStart);

    Frame frame;
    const Clock::time_point decodeStart = Clock::now();
    while ((maxFrames < 0 || result.frames < maxFrames) && source.next(frame))
        ++result.frames;
    result.seconds = seconds(Clock::now() - decodeStart);

    result.framesPerSecond =
        result.seconds > 0.0 ? static_cast<double>(result.frames) / result.seconds : 0.0;
    result.width = frame.width;
    result.height = frame.height;
    return result;
}

} // namespace anomalens::media
