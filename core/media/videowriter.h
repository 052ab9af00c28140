#pragma once
// VideoWriter: encodes a sequence of Frames (RGB24 or GRAY8, all the same size)
// into a video file through libavcodec/libavformat. The container comes from
// the file extension (.mp4, .mkv, .avi, .mov, ...); the codec is H.264
// (libx264) by default and falls back to MPEG-4 part 2 when libx264 is not
// built into the installed FFmpeg.
//
// Invariants:
// - Frame n gets PTS n in the codec time base 1/fps, rescaled to the stream
//   time base chosen by the muxer, so the file plays at exactly `fps` and a
//   decoder sees `framesWritten()` frames.
// - The file is complete (encoder flushed, trailer written) after finish() or
//   after destruction; the destructor never throws (errors there are lost, so
//   call finish() to see them).
// - If opening fails the constructor throws MediaError and removes the partial
//   file. One encode frame and one packet are allocated up front and reused.
// - Not thread-safe; one writer per output file.
#include "media/frame.h"

#include <cstdint>
#include <memory>
#include <string>

namespace anomalens::media {

// A frame rate as a fraction (e.g. 30000/1001 for NTSC); exact for the time base.
struct FrameRate {
    int num = 10;
    int den = 1;

    // Nearest fraction with a denominator small enough for any muxer.
    static FrameRate fromDouble(double fps);
    double value() const { return den != 0 ? static_cast<double>(num) / den : 0.0; }
};

struct VideoWriterOptions {
    int width = 0;                     // required, even for yuv420p (odd sizes are rejected)
    int height = 0;
    FrameRate fps;                     // default 10/1 (the frame rate of UCSD Ped2)
    std::string codec = "libx264";     // libavcodec encoder name; libx264 falls back to mpeg4
    std::string pixelFormat = "yuv420p";
    int gopSize = 50;                  // frames between keyframes
    int maxBFrames = 2;
    // Quality. bitRate > 0 selects constant bit rate for any codec; otherwise
    // libx264 uses crf (0 = lossless, 18 ~ visually lossless, 23 default) and
    // other codecs a fixed quantiser qscale (2 = best .. 31 = worst).
    int crf = 20;
    int qscale = 3;
    int64_t bitRate = 0;               // bits per second
    std::string x264Preset = "medium"; // speed/size trade-off of libx264 only
    int threads = 0;                   // encoder threads; 0 = FFmpeg chooses
    bool fastStart = true;             // mp4/mov: move the index to the front (streamable)
    // libavformat muxer name ("mp4", "matroska"); empty = chosen from the
    // path's extension. Exports write to "<name>.mp4.partial" first, whose
    // extension says nothing about the container.
    std::string containerFormat;
};

class VideoWriter {
public:
    // Creates/overwrites `path` and writes the header. Throws MediaError.
    VideoWriter(const std::string& path, const VideoWriterOptions& options);
    ~VideoWriter();
    VideoWriter(VideoWriter&&) noexcept;
    VideoWriter& operator=(VideoWriter&&) noexcept;
    VideoWriter(const VideoWriter&) = delete;
    VideoWriter& operator=(const VideoWriter&) = delete;

    // Encodes one frame. Its size must equal the options' size. Throws MediaError
    // (also after finish()).
    void write(const Frame& frame);
    // Flushes the encoder and writes the trailer. Idempotent. Throws MediaError.
    void finish();

    const std::string& path() const;
    std::string codecName() const;      // the encoder actually used, e.g. "libx264" or "mpeg4"
    int64_t framesWritten() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace anomalens::media
