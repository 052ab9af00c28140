#pragma once
// reencodeClip: the frame-exact evidence clip. Decodes source frames
// [firstFrame, lastFrame] (video files and folders of images alike) and
// encodes exactly those frames with VideoWriter (H.264 by default) at the
// source's size and frame rate. The pictures are close to the source but not
// its original bits; use remuxClip (remux.h) when the original bits matter.
//
// - H.264 in 4:2:0 needs even sizes: an odd width or height is padded by one
//   column/row that repeats the edge pixels (nothing of the picture is cut
//   away), and the result says so.
// - A frame that cannot be decoded is replaced by the previous decoded frame
//   (the first one by the next), so the clip keeps the source's frame count
//   and timing; the replaced frames are listed in the result.
// - Variable-frame-rate sources are written at their average rate.
// On any failure or cancel the output file is removed.
#include "media/remux.h"
#include "media/videosource.h"

#include <cstdint>
#include <string>
#include <vector>

namespace anomalens::media {

struct ReencodeOptions {
    // Visually lossless by default: the clip is evidence, size matters less.
    int crf = 17;
    std::string x264Preset = "fast";
    int gopSize = 0;                 // frames between keyframes; 0 = one per second
    VideoSourceOptions source;       // image folders: their frame rate
};

struct ReencodeResult {
    ClipRange range;                 // exactly the requested frames
    int sourceWidth = 0;
    int sourceHeight = 0;
    int width = 0;                   // of the clip (source size, padded to even)
    int height = 0;
    double fps = 0.0;                // frame rate written
    bool variableFrameRateSource = false;
    std::string codec;               // encoder used, e.g. "libx264"
    std::string container;
    int64_t framesWritten = 0;
    std::vector<DecodeGap> replacedFrames;  // undecodable source frames, filled in
};

// Throws MediaError (bad range, unreadable source, encoder or write errors)
// and ClipCancelled when `progress` returns false.
ReencodeResult reencodeClip(const std::string& sourcePath, int64_t firstFrame, int64_t lastFrame,
                            const std::string& outputPath, const std::string& container,
                            const ReencodeOptions& options = {}, const ClipProgress& progress = {});

} // namespace anomalens::media
