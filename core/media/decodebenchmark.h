#pragma once
// Decode throughput of one piece of footage: sequential decoding plus
// conversion to the given output, as the analyzer does it. Used by
// `anomalens-cli bench decode FILE` to tell whether decoding or the model is
// the bottleneck on a machine.
#include "media/frame.h"

#include <cstdint>
#include <string>

namespace anomalens::media {

struct DecodeBenchmarkResult {
    int64_t frames = 0;           // frames decoded and converted
    double seconds = 0.0;         // wall time of decoding + conversion (not opening)
    double framesPerSecond = 0.0;
    int width = 0;                // output size
    int height = 0;
    double openSeconds = 0.0;     // opening: probing, frame index, first frame
};

// Decodes `path` from the start (at most `maxFrames` frames; -1 = all) at the
// size and format of `spec`. Throws MediaError if the footage cannot be opened.
DecodeBenchmarkResult benchmarkDecode(const std::string& path, const OutputSpec& spec,
                                      int64_t maxFrames = -1);

} // namespace anomalens::media
