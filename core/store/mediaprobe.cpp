// The default media prober (VideoSource). Kept in its own file so that code
// linking only the prober-taking importMedia() does not pull in the decoder.
#include "store/casedatabase.h"

namespace anomalens::store {

MediaRecord CaseDatabase::importMedia(const std::string& path, const evidence::HashProgress& progress)
{
    return importMedia(path, progress, [](const std::string& mediaPath) {
        // Opening builds the frame index from the demuxed packets, which gives
        // the exact frame count; nothing is decoded.
        return media::VideoSource(mediaPath).info();
    });
}

} // namespace anomalens::store
