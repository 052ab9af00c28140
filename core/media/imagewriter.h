#pragma once
// Still-image output: PNG (lossless, RGB24 or GRAY8 stored as is) or JPEG
// (baseline 4:2:0, full-range YCbCr as in ordinary JPEG files), chosen by the
// file extension (.png, .jpg, .jpeg, case-insensitive), encoded with
// libavcodec's png / mjpeg encoders so there is no extra image library.
//
// ImageWriter keeps its encoder and converter between calls, so writing many
// frames of one size (a dataset's frame folders) does not rebuild them per
// file; writeImage() is the one-shot convenience. Errors throw MediaError.
// Not thread-safe; use one ImageWriter per thread.
#include "media/frame.h"

#include <memory>
#include <string>

namespace anomalens::media {

struct ImageWriteOptions {
    // JPEG quantiser scale, 2 (best, ~quality 95) .. 31 (worst).
    int jpegQscale = 2;
};

class ImageWriter {
public:
    explicit ImageWriter(const ImageWriteOptions& options = {});
    ~ImageWriter();
    ImageWriter(ImageWriter&&) noexcept;
    ImageWriter& operator=(ImageWriter&&) noexcept;
    ImageWriter(const ImageWriter&) = delete;
    ImageWriter& operator=(const ImageWriter&) = delete;

    // Writes `frame` to `path` (created or overwritten). Throws MediaError.
    void write(const Frame& frame, const std::string& path);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// One-shot: writes `frame` as PNG or JPEG by the extension of `path`.
void writeImage(const Frame& frame, const std::string& path, const ImageWriteOptions& options = {});

} // namespace anomalens::media
