#pragma once
// Finding the clips of training footage among the paths a user gives: a video
// file is one clip; a folder of images is one clip (an image sequence, the
// layout of UCSD Ped2's training/frames/01); a folder of such folders and/or
// video files (Ped2's training/frames) is several clips. Torch-free.
#include "training/bundle.h"

#include <string>
#include <vector>

namespace anomalens::training {

struct FootageSource {
    std::string path;
    bool isImageFolder = false;
};

// The clips under `paths`, in the order given (clips found inside one folder
// in name order), each once. Files in a parent folder that are not video
// files by their extension (README.txt, labels.csv, ...) are left out.
// Throws std::invalid_argument for a missing path or a folder holding no
// footage.
std::vector<FootageSource> discoverFootage(const std::vector<std::string>& paths);

// The SHA-256 recorded for a clip (see FootageRecord::kind): the file's, or
// the image folder's manifest digest. Throws evidence::EvidenceError.
std::string footageSha256(const FootageSource& source);

} // namespace anomalens::training
