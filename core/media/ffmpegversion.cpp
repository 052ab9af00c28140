#include "media/ffmpegversion.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

namespace anomalens::media {

namespace {

std::string dotted(unsigned version)
{
    return std::to_string(AV_VERSION_MAJOR(version)) + "." + std::to_string(AV_VERSION_MINOR(version)) + "." +
           std::to_string(AV_VERSION_MICRO(version));
}

} // namespace

std::string ffmpegVersion()
{
    return std::string(av_version_info()) + " (libavformat " + dotted(avformat_version()) + ", libavcodec " +
           dotted(avcodec_version()) + ", libavutil " + dotted(avutil_version()) + ")";
}

} // namespace anomalens::media
