#include "media/imagesequence.h"

#include "media/mediaerror.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>

namespace anomalens::media::detail {

namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool isImageFile(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), lower);
    return extension == ".jpg" || extension == ".jpeg" || extension == ".png"
           || extension == ".bmp";
}

std::string describeSize(int width, int height)
{
    return std::to_string(width) + "x" + std::to_string(height);
}

} // namespace

bool naturalLess(const std::string& a, const std::string& b)
{
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            size_t endA = i, endB = j;
            while (endA < a.size() && isDigit(a[endA]))
                ++endA;
            while (endB < b.size() && isDigit(b[endB]))
                ++endB;
            size_t digitsA = i, digitsB = j;  // skip leading zeros
            while (digitsA + 1 < endA && a[digitsA] == '0')
                ++digitsA;
            while (digitsB + 1 < endB && b[digitsB] == '0')
                ++digitsB;
            if (endA - digitsA != endB - digitsB)
                return endA - digitsA < endB - digitsB;
            const int order = a.compare(digitsA, endA - digitsA, b, digitsB, endB - digitsB);
            if (order != 0)
                return order < 0;
            i = endA;
            j = endB;
        } else {
            if (lower(a[i]) != lower(b[j]))
                return lower(a[i]) < lower(b[j]);
            ++i;
            ++j;
        }
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j;
    return a < b;  // equal up to zero padding or case: any fixed order
}

std::vector<std::filesystem::path> listImages(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> images;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error)) {
        const std::filesystem::path& path = it->path();
        const std::string name = path.filename().string();
        // Hidden files include macOS "._000.jpg" metadata twins.
        if (name.empty() || name.front() == '.' || !isImageFile(path))
            continue;
        std::error_code statError;
        if (it->is_regular_file(statError))
            images.push_back(path);
    }
    if (error)
        throw MediaError("The folder '" + folder.string()
                         + "' cannot be read: " + error.message() + ".");
    std::sort(images.begin(), images.end(),
              [](const std::filesystem::path& a, const std::filesystem::path& b) {
                  return naturalLess(a.filename().string(), b.filename().string());
              });
    return images;
}

ImageSequence::ImageSequence(const std::string& folder, double fps)
    : m_files(listImages(folder)), m_packet(makePacket()), m_picture(makeFrame())
{
    if (!(fps > 0.0) || !std::isfinite(fps))
        throw std::invalid_argument("The frame rate of an image sequence must be positive.");
    if (m_files.empty())
        throw MediaError("The folder '" + folder
                         + "' contains no images (.jpg, .jpeg, .png or .bmp files).");
    const AVRational timeBase = av_inv_q(av_d2q(fps, 1 << 20));
    m_index = FrameIndex::uniform(static_cast<int64_t>(m_files.size()), timeBase);
    m_info.path = folder;
    m_info.container = "image-sequence";
    m_info.fps = fps;
    m_info.frameCount = m_index.size();
    m_info.durationUs = m_index.durationUs();
    m_info.isImageSequence = true;
}

DecodedPicture ImageSequence::decodeAtOrAfter(int64_t frameIndex)
{
    if (frameIndex == m_pictureIndex && m_pictureIndex >= 0)
        return {m_picture.get(), frameIndex, {}};
    m_pictureIndex = -1;
    std::string firstFailure;
    for (int64_t n = frameIndex; n < m_index.size(); ++n) {
        std::string failure;
        if (decodeImage(n, failure)) {
            m_pictureIndex = n;
            return {m_picture.get(), n, n > frameIndex ? firstFailure : std::string()};
        }
        if (firstFailure.empty())
            firstFailure = failure;
        else if (n == frameIndex + 1)
            firstFailure = "several images could not be decoded, the first: " + firstFailure;
    }
    return {nullptr, -1, firstFailure};
}

bool ImageSequence::decodeImage(int64_t frameIndex, std::string& failure)
{
    const std::string file = m_files[static_cast<size_t>(frameIndex)].string();
    LibavErrorCapture capture;
    auto fail = [&](const std::string& why) {
        const std::string detail = capture.lastError();
        failure = "image '" + file + "' could not be decoded (" + (detail.empty() ? why : detail)
                  + ")";
        if (m_decoder)
            avcodec_flush_buffers(m_decoder.get());
        return false;
    };

    AVFormatContext* raw = nullptr;
    int result = avformat_open_input(&raw, file.c_str(), nullptr, nullptr);
    if (result < 0)
        return fail(avErrorText(result));
    const FormatContextPtr format(raw);
    // The image demuxers know the codec from the header/extension, so the
    // costly avformat_find_stream_info is not needed.
    if (format->nb_streams < 1 || format->streams[0]->codecpar->codec_type != AVMEDIA_TYPE_VIDEO)
        return fail("not an image");
    const AVCodecParameters& parameters = *format->streams[0]->codecpar;
    if (!m_decoder || m_decoderCodec != parameters.codec_id) {
        m_decoder.reset();
        m_decoderCodec = AV_CODEC_ID_NONE;
        try {
            m_decoder = openDecoder(parameters, 1, file);
        } catch (const MediaError& error) {
            return fail(error.what());
        }
        m_decoderCodec = parameters.codec_id;
    }

    result = av_read_frame(format.get(), m_packet.get());
    if (result < 0)
        return fail(avErrorText(result));
    PacketUnref unref(m_packet.get());
    result = avcodec_send_packet(m_decoder.get(), m_packet.get());
    if (result < 0)
        return fail(avErrorText(result));
    result = avcodec_receive_frame(m_decoder.get(), m_picture.get());
    if (result == AVERROR(EAGAIN)) {
        // A decoder that holds pictures back gives this one up when drained;
        // the flush makes it accept the next image.
        avcodec_send_packet(m_decoder.get(), nullptr);
        result = avcodec_receive_frame(m_decoder.get(), m_picture.get());
        avcodec_flush_buffers(m_decoder.get());
    }
    if (result < 0)
        return fail(result == AVERROR_EOF ? "no picture in the file" : avErrorText(result));

    if (m_info.width == 0)
        adoptFirstImage(*m_picture, parameters.codec_id);
    if (m_picture->width != m_info.width || m_picture->height != m_info.height)
        throw MediaError("The image '" + file + "' is "
                         + describeSize(m_picture->width, m_picture->height)
                         + " but the other images of '" + m_info.path + "' are "
                         + describeSize(m_info.width, m_info.height)
                         + ": all images of a sequence must have the same size.");
    return true;
}

void ImageSequence::adoptFirstImage(const AVFrame& picture, AVCodecID codec)
{
    m_info.width = picture.width;
    m_info.height = picture.height;
    m_info.codec = avcodec_get_name(codec);
    const char* pixelFormat = av_get_pix_fmt_name(static_cast<AVPixelFormat>(picture.format));
    m_info.pixelFormat = pixelFormat ? pixelFormat : "";
}

} // namespace anomalens::media::detail
