#pragma once
// The FFmpeg libraries this process runs with, for the About box and bug
// reports. Torch-free and libav-header-free, so the UI may include it.
#include <string>

namespace anomalens::media {

// e.g. "5.1.6 (libavformat 59.27.100, libavcodec 59.37.100, libavutil 57.28.100)":
// the release string, then the run-time versions of the libraries we call,
// which is what decides behaviour when they differ from the build headers.
std::string ffmpegVersion();

} // namespace anomalens::media
