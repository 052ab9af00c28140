#pragma once
// Frame-level ground truth of a benchmark's test clips in the `labels.csv`
// layout shared by UCSD Ped2 and the built-in sample scene:
//
//   video,frames,first_anomalous_frame,last_anomalous_frame
//   01,180,60,179
//
// One row per anomalous range; frame numbers are 0-based and inclusive; frames
// of a clip outside all of its ranges are normal. A clip without anomalies
// has no row. `video` is the clip's folder name ("01"), compared as text.
//
// Invariants of what readLabelsCsv returns (violations throw LabelsError with
// the file and line): frames > 0, 0 <= first <= last < frames, and every row of
// one video gives the same frame count. Rows keep the file's order.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace anomalens::eval {

class LabelsError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct LabelRange {
    std::string video;        // clip folder name, e.g. "01"
    int64_t frameCount = 0;   // frames in the whole clip
    int64_t firstFrame = 0;   // first anomalous frame, 0-based, inclusive
    int64_t lastFrame = 0;    // last anomalous frame, inclusive

    bool operator==(const LabelRange& other) const
    {
        return video == other.video && frameCount == other.frameCount &&
               firstFrame == other.firstFrame && lastFrame == other.lastFrame;
    }
};

// The header line, exactly as written (and as Ped2 has it).
inline constexpr const char* kLabelsCsvHeader =
    "video,frames,first_anomalous_frame,last_anomalous_frame";

// Parses a labels.csv. Tolerates CRLF line ends, spaces around fields and
// blank lines. Throws LabelsError.
std::vector<LabelRange> readLabelsCsv(const std::filesystem::path& path);
// Same, from text already in memory; `sourceName` names it in error messages.
std::vector<LabelRange> parseLabelsCsv(const std::string& text, const std::string& sourceName);

// Writes the header and one line per range. Throws LabelsError if the file
// cannot be written or a range breaks the invariants above.
void writeLabelsCsv(const std::filesystem::path& path, const std::vector<LabelRange>& ranges);

// Per-frame labels of one clip: 1 = anomalous, 0 = normal. frameCount < 0
// takes the clip's length from its rows (throws LabelsError if it has none);
// otherwise the result has frameCount entries and ranges are clipped to it.
std::vector<uint8_t> frameLabels(const std::vector<LabelRange>& ranges, const std::string& video,
                                 int64_t frameCount = -1);

// The videos named in the ranges, in order of first appearance.
std::vector<std::string> labelledVideos(const std::vector<LabelRange>& ranges);

// Turns per-frame labels into maximal ranges of consecutive 1s.
std::vector<LabelRange> rangesFromFrameLabels(const std::string& video,
                                              const std::vector<uint8_t>& labels);

} // namespace anomalens::eval
