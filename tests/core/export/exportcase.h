#pragma once
// A small case for the export tests: footage made with the ffmpeg CLI,
// imported, one analysis run with scores and signals, and three events.
#include "store/casedatabase.h"

#include <filesystem>
#include <memory>
#include <string>

namespace anomalens::test {

struct ExportCase {
    std::unique_ptr<store::CaseDatabase> db;
    std::filesystem::path footage;
    store::MediaRecord media;
    std::int64_t modelId = 0;
    std::int64_t runId = 0;
    // Frames 20-30 (confirmed), 40-44 (dismissed), 50-55 (confirmed).
    std::int64_t confirmedEvent = 0;
    std::int64_t dismissedEvent = 0;
    std::int64_t secondConfirmedEvent = 0;
};

// 60 frames of 160x120 at 25 fps, H.264 with keyframes every 12 frames and
// B-frames, at `dir`/`footageName`. Returns an ExportCase without db when the
// ffmpeg CLI is missing (the caller skips).
ExportCase makeExportCase(const std::filesystem::path& dir, const std::string& footageName = "cam 1.mp4");

} // namespace anomalens::test
