#include "eval/labels.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

namespace anomalens::eval {

namespace {

std::string trim(const std::string& text)
{
    const char* spaces = " \t\r\n";
    const size_t first = text.find_first_not_of(spaces);
    if (first == std::string::npos)
        return {};
    const size_t last = text.find_last_not_of(spaces);
    return text.substr(first, last - first + 1);
}

std::vector<std::string> splitFields(const std::string& line)
{
    std::vector<std::string> fields;
    std::string field;
    std::istringstream stream(line);
    while (std::getline(stream, field, ','))
        fields.push_back(trim(field));
    if (!line.empty() && line.back() == ',')
        fields.emplace_back();
    return fields;
}

[[noreturn]] void fail(const std::string& source, size_t lineNumber, const std::string& what)
{
    throw LabelsError("Labels file '" + source + "', line " + std::to_string(lineNumber) + ": " +
                      what);
}

int64_t parseFrameNumber(const std::string& text, const std::string& column,
                         const std::string& source, size_t lineNumber)
{
    int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    if (text.empty() || result.ec != std::errc() || result.ptr != end)
        fail(source, lineNumber, "'" + text + "' in column " + column + " is not a whole number");
    return value;
}

// Checks one range on its own; returns what is wrong with it, or nothing.
std::string rangeProblem(const LabelRange& range)
{
    if (range.video.empty())
        return "the video name is empty";
    if (range.frameCount <= 0)
        return "the clip must have at least one frame";
    if (range.firstFrame < 0 || range.lastFrame < range.firstFrame ||
        range.lastFrame >= range.frameCount)
        return "the range " + std::to_string(range.firstFrame) + ".." +
               std::to_string(range.lastFrame) + " is not inside 0.." +
               std::to_string(range.frameCount - 1) + " or is reversed";
    return {};
}

} // namespace

std::vector<LabelRange> parseLabelsCsv(const std::string& text, const std::string& sourceName)
{
    std::vector<LabelRange> ranges;
    std::map<std::string, int64_t> frameCounts;
    std::istringstream stream(text);
    std::string line;
    size_t lineNumber = 0;
    bool headerSeen = false;
    while (std::getline(stream, line)) {
        ++lineNumber;
        const std::string content = trim(line);
        if (content.empty())
            continue;
        const std::vector<std::string> fields = splitFields(content);
        if (!headerSeen) {
            // Compare field by field so spacing differences in the header are accepted.
            if (fields != splitFields(kLabelsCsvHeader))
                fail(sourceName, lineNumber,
                     std::string("expected the header '") + kLabelsCsvHeader + "'");
            headerSeen = true;
            continue;
        }
        if (fields.size() != 4)
            fail(sourceName, lineNumber,
                 "expected 4 comma-separated fields, found " + std::to_string(fields.size()));
        LabelRange range;
        range.video = fields[0];
        range.frameCount = parseFrameNumber(fields[1], "frames", sourceName, lineNumber);
        range.firstFrame = parseFrameNumber(fields[2], "first_anomalous_frame", sourceName, lineNumber);
        range.lastFrame = parseFrameNumber(fields[3], "last_anomalous_frame", sourceName, lineNumber);
        const std::string problem = rangeProblem(range);
        if (!problem.empty())
            fail(sourceName, lineNumber, problem);
        const auto [it, inserted] = frameCounts.emplace(range.video, range.frameCount);
        if (!inserted && it->second != range.frameCount)
            fail(sourceName, lineNumber,
                 "video " + range.video + " was said to have " + std::to_string(it->second) +
                     " frames on an earlier line");
        ranges.push_back(std::move(range));
    }
    if (!headerSeen)
        throw LabelsError("Labels file '" + sourceName + "' is empty (expected the header '" +
                          kLabelsCsvHeader + "')");
    return ranges;
}

std::vector<LabelRange> readLabelsCsv(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw LabelsError("Cannot open the labels file '" + path.string() + "'");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw LabelsError("Cannot read the labels file '" + path.string() + "'");
    return parseLabelsCsv(text.str(), path.string());
}

void writeLabelsCsv(const std::filesystem::path& path, const std::vector<LabelRange>& ranges)
{
    for (const LabelRange& range : ranges) {
        const std::string problem = rangeProblem(range);
        if (!problem.empty())
            throw LabelsError("Cannot write labels for video '" + range.video + "': " + problem);
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << kLabelsCsvHeader << '\n';
    for (const LabelRange& range : ranges)
        out << range.video << ',' << range.frameCount << ',' << range.firstFrame << ','
            << range.lastFrame << '\n';
    out.close();
    if (!out)
        throw LabelsError("Cannot write the labels file '" + path.string() + "'");
}

std::vector<uint8_t> frameLabels(const std::vector<LabelRange>& ranges, const std::string& video,
                                 int64_t frameCount)
{
    if (frameCount < 0) {
        const auto row = std::find_if(ranges.begin(), ranges.end(),
                                      [&](const LabelRange& r) { return r.video == video; });
        if (row == ranges.end())
            throw LabelsError("The labels name no video '" + video +
                              "', so its length is unknown");
        frameCount = row->frameCount;
    }
    std::vector<uint8_t> labels(static_cast<size_t>(frameCount), 0);
    for (const LabelRange& range : ranges) {
        if (range.video != video)
            continue;
        const int64_t first = std::max<int64_t>(range.firstFrame, 0);
        const int64_t last = std::min(range.lastFrame, frameCount - 1);
        for (int64_t frame = first; frame <= last; ++frame)
            labels[static_cast<size_t>(frame)] = 1;
    }
    return labels;
}

std::vector<std::string> labelledVideos(const std::vector<LabelRange>& ranges)
{
    std::vector<std::string> videos;
    for (const LabelRange& range : ranges)
        if (std::find(videos.begin(), videos.end(), range.video) == videos.end())
            videos.push_back(range.video);
    return videos;
}

std::vector<LabelRange> rangesFromFrameLabels(const std::string& video,
                                              const std::vector<uint8_t>& labels)
{
    std::vector<LabelRange> ranges;
    const int64_t count = static_cast<int64_t>(labels.size());
    for (int64_t frame = 0; frame < count; ++frame) {
        if (!labels[static_cast<size_t>(frame)])
            continue;
        int64_t last = frame;
        while (last + 1 < count && labels[static_cast<size_t>(last + 1)])
            ++last;
        ranges.push_back(LabelRange{video, count, frame, last});
        frame = last;
    }
    return ranges;
}

} // namespace anomalens::eval
