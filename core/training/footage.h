#pragma once
// Finding the clips of training footage among the paths a user gives: a video
// file is one clip; a folder of images is one clip (an image sequence, the
// layout of UCSD Ped2's training/frames/01); a folder of such folders and/or
// video files (Ped2's training/frames) is several clips. A part of one file or
// image folder is named "PATH@FIRST-LAST" (0-based frame numbers, inclusive):
// it is one clip of its own, so training windows never span two ranges.
// Torch-free.
#include "training/bundle.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace anomalens::training {

struct FootageSource {
    std::string path;
    bool isImageFolder = false;
    std::int64_t firstFrame = 0;
    std::int64_t lastFrame = -1;   // -1: to the end of the clip

    bool isRange() const { return firstFrame != 0 || lastFrame >= 0; }
};

// A frame range inside one clip, as the text "PATH@FIRST-LAST" names it.
struct FootageRange {
    std::string path;
    std::int64_t firstFrame = 0;
    std::int64_t lastFrame = 0;
};

// "PATH@FIRST-LAST" for a range of a clip.
std::string footageRangeSpec(const FootageRange& range);
// The range a spec names, or nullopt when `text` is not "PATH@FIRST-LAST" with
// FIRST <= LAST (an existing file whose name happens to end in "@1-2" is
// footage, not a range: callers check that first).
std::optional<FootageRange> parseFootageRangeSpec(const std::string& text);

// The clips under `paths`, in the order given (clips found inside one folder
// in name order), each once. Files in a parent folder that are not video
// files by their extension (README.txt, labels.csv, ...) are left out.
// Throws std::invalid_argument for a missing path, a folder holding no
// footage, or a range of a folder of clips (a range needs one clip).
std::vector<FootageSource> discoverFootage(const std::vector<std::string>& paths);

// The SHA-256 recorded for a clip (see FootageRecord::kind): the file's, or
// the image folder's manifest digest. Throws evidence::EvidenceError.
std::string footageSha256(const FootageSource& source);

} // namespace anomalens::training
