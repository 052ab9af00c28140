#include "training/footage.h"

#include "evidence/sha256.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
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

std::vector<FootageSource> discoverFootage(const std::vector<std::string>& paths)
{
    std::vector<FootageSource> sources;
    std::set<fs::path> seen;
    const auto add = [&](const fs::path& path, bool isImageFolder) {
        if (seen.insert(fs::weakly_canonical(path)).second)
            sources.push_back({path.string(), isImageFolder});
    };
    for (const std::string& text : paths) {
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
