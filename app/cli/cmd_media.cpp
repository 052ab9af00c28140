// info, frame, bench decode: look at one piece of footage.
#include "cliutil.h"
#include "commands.h"

#include "evidence/sha256.h"
#include "media/decodebenchmark.h"
#include "media/imagewriter.h"
#include "media/videosource.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace anomalens::cli {
namespace {

nlohmann::json infoJson(media::VideoSource& source, bool withHash)
{
    const media::MediaInfo& info = source.info();
    nlohmann::json json = {
        {"path", info.path},
        {"container", info.container},
        {"codec", info.codec},
        {"pixel_format", info.pixelFormat},
        {"width", info.width},
        {"height", info.height},
        {"fps", info.fps},
        {"variable_frame_rate", info.variableFrameRate},
        {"frame_count", info.frameCount},
        {"duration_us", info.durationUs},
        {"duration", formatTimeUs(info.durationUs)},
        {"start_time_us", info.startTimeUs},
        {"rotation_deg", info.rotationDeg},
        {"image_sequence", info.isImageSequence},
    };
    if (withHash && !info.isImageSequence) {
        std::error_code ec;
        json["size_bytes"] = std::filesystem::file_size(info.path, ec);
        ProgressLine progress("hashing");
        json["sha256"] = evidence::sha256File(info.path, [&](uint64_t done, uint64_t total) {
            progress.update(total ? double(done) / double(total) : 1.0);
            return true;
        });
    }
    return json;
}

void registerInfo(CLI::App& app)
{
    auto* cmd = app.add_subcommand("info", "Print a video's (or frame folder's) metadata and SHA-256 as JSON");
    auto path = std::make_shared<std::string>();
    auto noHash = std::make_shared<bool>(false);
    cmd->add_option("FILE", *path, "Video file or folder of frames")->required();
    cmd->add_flag("--no-hash", *noHash, "Skip the SHA-256 (faster on huge files)");
    cmd->callback([path, noHash] {
        media::VideoSource source(*path);
        std::printf("%s\n", infoJson(source, !*noHash).dump(2).c_str());
    });
}

void registerFrame(CLI::App& app)
{
    auto* cmd = app.add_subcommand("frame", "Save one frame as PNG or JPEG (frame-accurate)");
    struct Args {
        std::string path, out;
        int64_t index = 0;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("FILE", args->path, "Video file or folder of frames")->required();
    cmd->add_option("--index,-n", args->index, "Frame number, 0-based")->required()->check(CLI::NonNegativeNumber);
    cmd->add_option("--out,-o", args->out, "Output image (.png or .jpg)")->required();
    cmd->callback([args] {
        media::VideoSource source(args->path);
        const media::Frame frame = source.frame(args->index);
        media::writeImage(frame, args->out);
        std::printf("frame %lld (%s, pts %lld) -> %s\n", static_cast<long long>(frame.frameIndex),
                    formatTimeUs(frame.ptsUs).c_str(),
                    static_cast<long long>(source.frameIndex().at(size_t(frame.frameIndex)).pts),
                    args->out.c_str());
    });
}

void registerBench(CLI::App& app)
{
    auto* bench = app.add_subcommand("bench", "Benchmarks that print figures");
    bench->require_subcommand(1);
    auto* cmd = bench->add_subcommand("decode", "Sequential decode + resize: frames per second");
    struct Args {
        std::string path;
        int size = 256;
        int64_t maxFrames = -1;
        bool gray = false;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("FILE", args->path, "Video file or folder of frames")->required();
    cmd->add_option("--size", args->size, "Output width and height in pixels")->check(CLI::Range(8, 8192));
    cmd->add_option("--max-frames", args->maxFrames, "Stop after this many frames");
    cmd->add_flag("--gray", args->gray, "Decode to GRAY8 instead of RGB24");
    cmd->callback([args] {
        media::OutputSpec spec{args->size, args->size,
                               args->gray ? media::PixelFormat::Gray8 : media::PixelFormat::Rgb24};
        const media::DecodeBenchmarkResult r = media::benchmarkDecode(args->path, spec, args->maxFrames);
        std::printf("decode %s -> %dx%d %s: %lld frames in %.3f s = %.1f frames/s\n", args->path.c_str(),
                    r.width, r.height, args->gray ? "GRAY8" : "RGB24", static_cast<long long>(r.frames),
                    r.seconds, r.framesPerSecond);
    });
}

} // namespace

void registerMediaCommands(CLI::App& app)
{
    registerInfo(app);
    registerFrame(app);
    registerBench(app);
}

} // namespace anomalens::cli
