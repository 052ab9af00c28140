#pragma once
// Cutting a frame range out of footage into a new file, the two ways an
// evidence clip can be made:
// - remuxClip (here): the original compressed packets are copied, nothing is
//   decoded or re-encoded, so every picture in the clip is bit-for-bit the
//   source's. A copy can only start at a keyframe, so the clip starts at the
//   last keyframe at or before the requested first frame; it ends with the
//   packets needed to decode the requested last frame, which may show a few
//   frames more (a reference frame that B-frames before it depend on). The
//   range actually contained is returned, in the source's frame numbers.
// - reencodeClip (reencode.h): decodes exactly the requested frames and
//   encodes them anew (frame-exact, but not the original bits).
//
// Only the video stream is copied: the range is defined on its frames, other
// streams cannot be cut at the same instants, and CCTV audio codecs (G.711)
// are refused by MP4; a partial mix of streams would misrepresent the source.
// The number of streams left out is reported.
//
// Frame numbers are those of VideoSource (same stream, same frame index).
// Output timestamps are shifted so that the clip starts at time 0. The
// container is named explicitly (see muxerForFileName), because exports are
// written to "<name>.mp4.partial" first. On any failure or cancel the output
// file is removed.
#include "media/videosource.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace anomalens::media {

// Thrown when a ClipProgress callback asked to stop; the output was removed.
class ClipCancelled : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Called as the clip is written; return false to cancel.
using ClipProgress = std::function<bool(int64_t framesDone, int64_t framesTotal)>;

// A range of source frames and their times (FrameIndexEntry::timeUs:
// microseconds from the first frame of the source).
struct ClipRange {
    int64_t firstFrame = 0;   // inclusive
    int64_t lastFrame = 0;    // inclusive
    int64_t firstTimeUs = 0;
    int64_t lastTimeUs = 0;   // start of the last frame
    int64_t frameCount() const { return lastFrame - firstFrame + 1; }
};

struct RemuxResult {
    ClipRange range;              // what the clip shows, in source frames
    int64_t packetsWritten = 0;
    int streamsLeftOut = 0;       // audio/data/subtitle streams not copied
    std::string codec;            // e.g. "h264"
    std::string container;        // libavformat muxer name, e.g. "mp4"
};

// `path` made absolute for libavformat, which takes "name:" at the start of a
// relative path for a protocol ("evt:1.mp4" -> protocol "evt").
std::string libavPath(const std::string& path);

// The libavformat muxer for a file name's extension ("clip.mp4" -> "mp4",
// ".mkv" -> "matroska"). Throws MediaError naming the supported ones.
std::string muxerForFileName(const std::filesystem::path& fileName);

// Copies the packets that show source frames [firstFrame, lastFrame] (after
// widening to a keyframe, see above) into `outputPath` with the muxer
// `container`. Throws MediaError: out-of-range frames, a folder of images
// (cannot be stream-copied: use the re-encoded export), a file without
// presentation timestamps, a codec the container cannot hold, write errors
// (disk full). Throws ClipCancelled when `progress` returns false.
RemuxResult remuxClip(const std::string& sourcePath, int64_t firstFrame, int64_t lastFrame,
                      const std::string& outputPath, const std::string& container,
                      const ClipProgress& progress = {});

} // namespace anomalens::media
