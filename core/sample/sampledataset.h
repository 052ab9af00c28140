#pragma once
// Writes the sample scene to disk in the layout of the UCSD Ped2 copy in
// datasets/ped2, so everything that reads Ped2 reads the sample too:
//
//   training/frames/01..NN/000.jpg ...    training clips (all normal)
//   testing/frames/01..MM/000.jpg ...     test clips (one or two anomalies each)
//   testing/labels.csv                    frame-level ground truth (eval/labels.h)
//   videos/training/01.mp4 ...            the same clips as H.264 files
//   videos/testing/01.mp4 ...
//   README.txt                            seed, content, what is abnormal where
//
// Clips are rendered and encoded in parallel (one clip per thread). The pixels
// depend only on the options, never on the thread count or timing; encoded
// bytes may differ between FFmpeg builds.
//
// An existing output folder must be empty or hold an earlier sample dataset
// (recognised by its README.txt), which is replaced; anything else is refused
// rather than mixed with or deleted.
#include "eval/labels.h"
#include "sample/samplescene.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace anomalens::sample {

struct SampleOutputOptions {
    bool writeFrames = true;           // the JPEG frame folders
    bool writeVideos = true;           // the .mp4 files
    int jpegQscale = 2;                // 2 = best JPEG quality .. 31
    std::string videoCodec = "libx264";
    int videoCrf = 18;                 // libx264 quality (lower = better)
    int threads = 0;                   // worker threads; 0 = one per core
    const std::atomic<bool>* cancel = nullptr;  // set to true to stop early
};

struct SampleDataset {
    std::filesystem::path root;
    SampleOptions options;
    std::vector<ClipInfo> trainingClips;
    std::vector<ClipInfo> testingClips;
    std::vector<eval::LabelRange> labels;  // what testing/labels.csv holds
    int64_t framesWritten = 0;             // rendered frames (per split and clip, not per file)
    bool cancelled = false;                // stopped by `cancel`: the folder is incomplete
};

// Called on the calling thread, at most every ~50 ms and once at the end.
using SampleProgress = std::function<void(int64_t framesDone, int64_t framesTotal)>;

// Writes the dataset. Throws std::invalid_argument for bad options,
// media::MediaError / eval::LabelsError / std::filesystem::filesystem_error
// when writing fails.
SampleDataset writeSampleDataset(const std::filesystem::path& outDir,
                                 const SampleOptions& options = {},
                                 const SampleProgress& progress = {},
                                 const SampleOutputOptions& output = {});

// Paths inside a dataset folder (Ped2 layout).
std::filesystem::path sampleFramesDir(const std::filesystem::path& root, Split split, int clipIndex);
std::filesystem::path sampleFramePath(const std::filesystem::path& root, Split split, int clipIndex,
                                      int frameIndex, int frameCount);
std::filesystem::path sampleVideoPath(const std::filesystem::path& root, Split split, int clipIndex);
std::filesystem::path sampleLabelsPath(const std::filesystem::path& root);

} // namespace anomalens::sample
