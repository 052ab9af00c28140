#pragma once
// Test helpers for reading back what the encoders wrote, independently of
// core's own decoder: the ffmpeg command-line tool converts a file to raw
// RGB24/GRAY8 bytes, and PSNR compares pictures.
#include "media/frame.h"

#include "testsupport.h"

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace anomalens::test {

// All frames of `path` as packed bytes in `pixelFormat` ("rgb24" or "gray"),
// concatenated; empty if ffmpeg fails.
inline std::vector<uint8_t> decodeWithFfmpegCli(const std::filesystem::path& path,
                                                const std::string& pixelFormat = "rgb24")
{
    const std::filesystem::path raw = path.string() + ".raw";
    const std::string command = "ffmpeg -hide_banner -loglevel error -y -i '" + path.string() +
                                "' -f rawvideo -pix_fmt " + pixelFormat + " '" + raw.string() + "'";
    if (runCommand(command) != 0)
        return {};
    std::ifstream in(raw, std::ios::binary);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(raw);
    return bytes;
}

// One line of ffprobe output for the first video stream, e.g. entries
// "codec_name,width,height,r_frame_rate".
inline std::string probeStream(const std::filesystem::path& path, const std::string& entries)
{
    const std::filesystem::path out = path.string() + ".probe";
    const std::string command = "ffprobe -v error -select_streams v:0 -count_frames -show_entries stream=" +
                                entries + " -of csv=p=0 '" + path.string() + "' > '" + out.string() + "'";
    if (runCommand(command) != 0)
        return {};
    std::ifstream in(out);
    std::string line;
    std::getline(in, line);
    std::filesystem::remove(out);
    return line;
}

// Peak signal-to-noise ratio in dB of two equally long byte arrays (99 if identical).
inline double psnr(const uint8_t* a, const uint8_t* b, size_t count)
{
    double squared = 0.0;
    for (size_t i = 0; i < count; ++i) {
        const double d = static_cast<double>(a[i]) - b[i];
        squared += d * d;
    }
    if (squared == 0.0)
        return 99.0;
    return 10.0 * std::log10(255.0 * 255.0 / (squared / static_cast<double>(count)));
}

inline double psnr(const media::Frame& frame, const std::vector<uint8_t>& decoded, size_t offset = 0)
{
    if (decoded.size() < offset + frame.data.size())
        return 0.0;
    return psnr(frame.data.data(), decoded.data() + offset, frame.data.size());
}

} // namespace anomalens::test
