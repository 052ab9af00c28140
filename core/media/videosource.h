#pragma once
// VideoSource: read-only access to one piece of footage, either a video file
// (anything libavformat opens: mp4/mkv/avi/mov with H.264, H.265, MPEG-4,
// MJPEG, ...) or a folder of still images (000.jpg, 001.jpg, ... sorted
// naturally; the layout of the UCSD Ped2 frame folders).
//
// Invariants:
// - Frame numbers are 0-based in display (presentation) order; frame(n) returns
//   exactly the picture that sequential decoding returns as the n-th, also on
//   long-GOP files with B-frames and after backward seeks.
// - The frame index (number <-> PTS <-> time) is built on open from the demuxed
//   packets (no decoding), so open is fast even for long files.
// - Bad input raises MediaError with a clear message; corrupted packets in the
//   middle of a stream are skipped, decoding continues, and the gap is recorded
//   in decodeGaps(). Nothing here crashes or hangs on bad input.
// - Not thread-safe: use one VideoSource per thread (open the same path twice).
#include "media/frame.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace anomalens::media {

struct MediaInfo {
    std::string path;
    std::string container;      // e.g. "mov,mp4,m4a,3gp,3g2,mj2", or "image-sequence"
    std::string codec;          // e.g. "h264"
    std::string pixelFormat;    // source pixel format, e.g. "yuv420p"
    int width = 0;              // coded size (before rotation)
    int height = 0;
    double fps = 0.0;           // average frame rate
    bool variableFrameRate = false;
    int64_t frameCount = 0;     // number of frames in the index
    int64_t durationUs = 0;
    int64_t startTimeUs = 0;    // stream start time (first PTS) in microseconds
    int rotationDeg = 0;        // display rotation from the stream's display matrix: 0, 90, 180, 270
    bool isImageSequence = false;
};

// One entry per frame, in display order.
struct FrameIndexEntry {
    int64_t pts = 0;        // in stream time base units
    int64_t timeUs = 0;     // relative to the stream start
    bool keyframe = false;
};

// A range of frames that could not be decoded (corrupted or missing data).
struct DecodeGap {
    int64_t firstFrame = 0;
    int64_t lastFrame = 0;   // inclusive
    std::string reason;
};

// Frame rate given to image sequences, which carry no timing (Ped2 is 10 fps).
inline constexpr double kDefaultImageSequenceFps = 10.0;

// Choices made when opening footage; the defaults suit the usual case.
struct VideoSourceOptions {
    double imageSequenceFps = kDefaultImageSequenceFps;  // > 0; ignored for video files
};

class VideoSource {
public:
    // Opens a video file or an image folder. Throws MediaError.
    explicit VideoSource(const std::string& path);
    VideoSource(const std::string& path, const VideoSourceOptions& options);
    ~VideoSource();
    VideoSource(VideoSource&&) noexcept;
    VideoSource& operator=(VideoSource&&) noexcept;
    VideoSource(const VideoSource&) = delete;
    VideoSource& operator=(const VideoSource&) = delete;

    const MediaInfo& info() const;

    // Frame index: number <-> PTS <-> time.
    const std::vector<FrameIndexEntry>& frameIndex() const;
    int64_t frameAtTimeUs(int64_t timeUs) const;   // frame shown at that time (clamped)
    int64_t frameAtPts(int64_t pts) const;          // -1 if no frame has that PTS
    int64_t timeUsOfFrame(int64_t frameIndex) const;

    // Output size/format for frame() and next(). Default: source size, RGB24.
    void setOutput(const OutputSpec& spec);
    const OutputSpec& output() const;

    // Random access. Throws MediaError if n is out of range or undecodable.
    Frame frame(int64_t frameIndex);
    // Random access into a caller-owned frame (buffer reused). Returns false if undecodable.
    bool readFrame(int64_t frameIndex, Frame& out);

    // Sequential streaming from the current position (start of file after open,
    // or the frame after the last one returned by frame()/seek()). Reuses `out`'s
    // buffer. Returns false at the end of the stream.
    // Frames that cannot be decoded are skipped and recorded in decodeGaps(), so
    // out.frameIndex may jump. Pictures are delivered as coded, not rotated
    // (see MediaInfo::rotationDeg).
    bool next(Frame& out);
    // Positions the sequential reader so that next() returns frameIndex.
    void seek(int64_t frameIndex);

    // Gaps met so far while decoding (sequentially or by random access).
    const std::vector<DecodeGap>& decodeGaps() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace anomalens::media
