#pragma once
// Private to core/media: a folder of still images (jpg/jpeg/png/bmp) read as
// footage, one image per frame in natural file-name order (2.jpg before
// 10.jpg), at a fixed frame rate (images carry no timing). Each image is
// decoded with libavformat/libavcodec when asked for; a decoder is kept while
// consecutive images share a codec.
//
// The size, codec and pixel format are those of the first decodable image.
// Every image must have that size: a different one raises MediaError naming
// the image (checked as images are decoded, so opening stays fast for
// thousands of files). An image that cannot be decoded is a gap, not an error.
#include "media/decoderbackend.h"
#include "media/ffmpegutil.h"

#include <filesystem>
#include <string>
#include <vector>

namespace anomalens::media::detail {

// Natural order: runs of digits compare as numbers ("frame2" < "frame10"),
// other characters case-insensitively.
bool naturalLess(const std::string& a, const std::string& b);

// The image files directly inside `folder` in natural order (hidden files excluded).
std::vector<std::filesystem::path> listImages(const std::filesystem::path& folder);

class ImageSequence final : public DecoderBackend {
public:
    // Throws MediaError if the folder holds no images.
    ImageSequence(const std::string& folder, double fps);

    DecodedPicture decodeAtOrAfter(int64_t frameIndex) override;

private:
    // Decodes image `frameIndex` into m_picture; on failure returns false and
    // says why in `failure`. Throws MediaError on a size mismatch.
    bool decodeImage(int64_t frameIndex, std::string& failure);
    void adoptFirstImage(const AVFrame& picture, AVCodecID codec);

    std::vector<std::filesystem::path> m_files;
    CodecContextPtr m_decoder;
    AVCodecID m_decoderCodec = AV_CODEC_ID_NONE;
    PacketPtr m_packet;
    FramePtr m_picture;
    int64_t m_pictureIndex = -1;
};

} // namespace anomalens::media::detail
