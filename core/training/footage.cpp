#include "training/footage.h"

#include "evidence/sha256.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>
#include <set>
#include <stdexcept>

namespace anomalens::training {

namespace {

namespace fs = std::filesystem;

std::string lowerExtension(const fs::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// The extensions media::VideoSource reads as an image sequence.
bool isImageFile(const fs::path& path)
{
    const std::string extension = lowerExtension(path);
    return extension == ".jpg" || extension == ".jpeg" || extension == ".png" || extension == ".bmp";
}

bool isVideoFile(const fs::path& path)
{
    static const std::set<std::string> kVideoExtensions = {".mp4", ".mkv", ".avi",  ".mov", ".m4v",
                                                           ".webm", ".mpg", ".mpeg", ".ts",  ".mts",
                                                           ".m2ts", ".wmv", ".flv",  ".3gp"};
    return kVideoExtensions.count(lowerExtension(path)) > 0;
}

bool isHidden(const fs::path& path)
{
    const std::string name = path.filename().string();
    return name.empty() || name[0] == '.';
}

std::vector<fs::path> sortedEntries(const fs::path& folder)
{
    std::vector<fs::path> entries;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        if (!isHidden(entry.path()))
            entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    return entries;
}

bool holdsImages(const fs::path& folder)
{
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        if (!isHidden(entry.path()) && entry.is_regular_file() && isImageFile(entry.path()))
            return true;
    return false;
}

} // namespace

std::string footageRangeSpec(const FootageRange& range)
{
    return range.path + "@" + std::to_string(range.firstFrame) + "-" + std::to_string(range.lastFrame);
}

std::optional<FootageRange> parseFootageRangeSpec(const std::string& text)
{
    static const std::regex kSpec(R"(^(.+)@(\d{1,12})-(\d{1,12})$)");
    std::smatch match;
    if (!std::regex_match(text, match, kSpec))
        return std::nullopt;
    FootageRange range{match[1].str(), std::stoll(match[2].str()), std::stoll(match[3].str())};
    if (range.firstFrame > range.lastFrame)
        return std::nullopt;
    return range;
}

std::vector<FootageSource> discoverFootage(const std::vector<std::string>& paths)
{
    std::vector<FootageSource> sources;
    std::set<std::pair<fs::path, std::string>> seen;   // (clip, range) pairs already listed
    const auto add = [&](const fs::path& path, bool isImageFolder, const std::string& rangeKey = {}) {
        if (seen.insert({fs::weakly_canonical(path), rangeKey}).second)
            sources.push_back({path.string(), isImageFolder});
    };
    for (const std::string& text : paths) {
        const std::optional<FootageRange> range = fs::exists(text) ? std::nullopt : parseFootageRangeSpec(text);
        if (range) {
            const fs::path path(range->path);
            if (!fs::exists(path))
                throw std::invalid_argument("Footage '" + range->path + "' does not exist");
            const bool isImageFolder = fs::is_directory(path);
            if (isImageFolder && !holdsImages(path))
                throw std::invalid_argument("A frame range needs one clip: '" + range->path +
                                            "' is not a video file or a folder of images");
            const std::size_t before = sources.size();
            add(path, isImageFolder, "@" + std::to_string(range->firstFrame) + "-" + std::to_string(range->lastFrame));
            if (sources.size() > before) {
                sources.back().firstFrame = range->firstFrame;
                sources.back().lastFrame = range->lastFrame;
            }
            continue;
        }
        const fs::path path(text);
        if (!fs::exists(path))
            throw std::invalid_argument("Footage '" + text + "' does not exist");
        if (!fs::is_directory(path)) {
            add(path, false);
            continue;
        }
        if (holdsImages(path)) {
            add(path, true);
            continue;
        }
        const std::size_t before = sources.size();
        for (const fs::path& entry : sortedEntries(path)) {
            if (fs::is_directory(entry) && holdsImages(entry))
                add(entry, true);
            else if (fs::is_regular_file(entry) && isVideoFile(entry))
                add(entry, false);
        }
        if (sources.size() == before)
            throw std::invalid_argument("No footage in '" + text +
                                        "': expected images (a clip), or video files and folders of images "
                                        "(one clip each)");
    }
    if (sources.empty())
        throw std::invalid_argument("No footage given");
    return sources;
}

std::string footageSha256(const FootageSource& source)
{
    return source.isImageFolder ? evidence::sha256Directory(source.path) : evidence::sha256File(source.path);
}

} // namespace anomalens::training
