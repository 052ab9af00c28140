// VideoWriter and writeImage (core/media), tested with the sample scene's
// frames and read back with the ffmpeg command-line tool (independent of
// core's own decoder).
#include "media/imagewriter.h"
#include "media/mediaerror.h"
#include "media/videowriter.h"
#include "sample/samplescene.h"

#include "testdecode.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>

using namespace anomalens;
using anomalens::test::TempDir;

namespace {

std::vector<media::Frame> sceneFrames(int count, int width = 160, int height = 120)
{
    sample::SampleOptions options;
    options.width = width;
    options.height = height;
    options.trainingClips = 1;
    options.testingClips = 0;
    options.framesPerClip = count;
    const sample::SampleScene scene(options);
    std::vector<media::Frame> frames;
    for (int f = 0; f < count; ++f)
        frames.push_back(scene.render(sample::Split::Training, 0, f));
    return frames;
}

media::VideoWriterOptions optionsFor(const media::Frame& frame)
{
    media::VideoWriterOptions options;
    options.width = frame.width;
    options.height = frame.height;
    return options;
}

media::Frame toGray(const media::Frame& rgb)
{
    media::Frame gray = rgb;
    gray.format = media::PixelFormat::Gray8;
    gray.data.resize(static_cast<size_t>(rgb.width) * rgb.height);
    for (size_t i = 0; i < gray.data.size(); ++i)
        gray.data[i] = static_cast<uint8_t>(
            (77 * rgb.data[i * 3] + 150 * rgb.data[i * 3 + 1] + 29 * rgb.data[i * 3 + 2]) >> 8);
    return gray;
}

// Writes `frames`, reads them back and checks count, size, rate and fidelity.
void checkRoundTrip(const std::filesystem::path& path, const media::VideoWriterOptions& options,
                    const std::vector<media::Frame>& frames, const std::string& expectedCodec,
                    double minPsnr)
{
    {
        media::VideoWriter writer(path.string(), options);
        for (const media::Frame& frame : frames)
            writer.write(frame);
        EXPECT_EQ(writer.framesWritten(), static_cast<int64_t>(frames.size()));
        EXPECT_EQ(writer.codecName(), expectedCodec == "h264" ? "libx264" : expectedCodec);
        writer.finish();
    }
    const std::string probe = test::probeStream(path, "codec_name,width,height,r_frame_rate,nb_read_frames");
    EXPECT_EQ(probe, expectedCodec + "," + std::to_string(options.width) + "," +
                         std::to_string(options.height) + "," + std::to_string(options.fps.num) +
                         "/" + std::to_string(options.fps.den) + "," + std::to_string(frames.size()))
        << path;
    const std::vector<uint8_t> decoded = test::decodeWithFfmpegCli(path);
    const size_t frameBytes = frames[0].data.size();
    ASSERT_EQ(decoded.size(), frameBytes * frames.size()) << path;
    for (size_t i = 0; i < frames.size(); ++i)
        EXPECT_GT(test::psnr(frames[i], decoded, i * frameBytes), minPsnr) << path << " frame " << i;
}

class EncodeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!test::haveFfmpegCli())
            GTEST_SKIP() << "the ffmpeg command-line tool is needed to read the files back";
    }
    TempDir dir;
};

} // namespace

TEST_F(EncodeTest, Mp4H264RoundTripsWithExactFrameCountAndRate)
{
    const auto frames = sceneFrames(25);
    checkRoundTrip(dir / "clip.mp4", optionsFor(frames[0]), frames, "h264", 30.0);
    // 25 frames at 10 fps last 2.5 s: timestamps are in the stream's time base.
    const std::string duration = test::probeStream(dir / "clip.mp4", "duration");
    EXPECT_NEAR(std::stod(duration), 2.5, 0.01);
}

TEST_F(EncodeTest, MkvH264AndAviMpeg4RoundTrip)
{
    const auto frames = sceneFrames(12);
    auto options = optionsFor(frames[0]);
    options.fps = media::FrameRate{25, 1};
    checkRoundTrip(dir / "clip.mkv", options, frames, "h264", 30.0);
    options.codec = "mpeg4";
    options.qscale = 2;
    options.maxBFrames = 0;
    checkRoundTrip(dir / "clip.avi", options, frames, "mpeg4", 28.0);
    options.maxBFrames = 2;  // B-frames: the encoder keeps references to input frames
    checkRoundTrip(dir / "clip_b.mov", options, frames, "mpeg4", 28.0);
}

TEST_F(EncodeTest, FractionalFrameRateIsExact)
{
    const auto frames = sceneFrames(6);
    auto options = optionsFor(frames[0]);
    options.fps = media::FrameRate::fromDouble(29.97);
    EXPECT_EQ(options.fps.num, 30000);
    EXPECT_EQ(options.fps.den, 1001);
    checkRoundTrip(dir / "ntsc.mp4", options, frames, "h264", 30.0);
}

TEST_F(EncodeTest, GrayFramesAreEncodedAsLuma)
{
    const auto rgb = sceneFrames(8);
    std::vector<media::Frame> gray;
    for (const auto& frame : rgb)
        gray.push_back(toGray(frame));
    const auto path = dir / "gray.mp4";
    {
        media::VideoWriter writer(path.string(), optionsFor(gray[0]));
        for (const auto& frame : gray)
            writer.write(frame);
    }  // the destructor finishes the file
    const auto decoded = test::decodeWithFfmpegCli(path, "gray");
    ASSERT_EQ(decoded.size(), gray[0].data.size() * gray.size());
    EXPECT_GT(test::psnr(gray[3], decoded, 3 * gray[0].data.size()), 32.0);
}

TEST_F(EncodeTest, DestructorWithoutFinishLeavesAPlayableFile)
{
    const auto frames = sceneFrames(5);
    {
        media::VideoWriter writer((dir / "unfinished.mp4").string(), optionsFor(frames[0]));
        for (const auto& frame : frames)
            writer.write(frame);
    }
    EXPECT_EQ(test::probeStream(dir / "unfinished.mp4", "nb_read_frames"), "5");
}

TEST_F(EncodeTest, VideoWriterErrorsAreClear)
{
    const auto frames = sceneFrames(1);
    auto options = optionsFor(frames[0]);
    auto messageOf = [&](const std::function<void()>& action) {
        try {
            action();
        } catch (const media::MediaError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_NE(messageOf([&] { media::VideoWriter((dir / "x.nosuchext").string(), options); })
                  .find("extension"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir / "x.nosuchext"));

    auto badCodec = options;
    badCodec.codec = "no-such-codec";
    EXPECT_NE(messageOf([&] { media::VideoWriter((dir / "a.mp4").string(), badCodec); })
                  .find("no-such-codec"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir / "a.mp4"));

    auto odd = options;
    odd.width = 161;
    EXPECT_NE(messageOf([&] { media::VideoWriter((dir / "b.mp4").string(), odd); }).find("even"),
              std::string::npos);
    EXPECT_THROW(media::VideoWriter((dir / "missing" / "c.mp4").string(), options), media::MediaError);

    media::VideoWriter writer((dir / "d.mp4").string(), options);
    const auto small = sceneFrames(1, 80, 60);
    EXPECT_NE(messageOf([&] { writer.write(small[0]); }).find("80x60"), std::string::npos);
    writer.write(frames[0]);
    writer.finish();
    writer.finish();  // idempotent
    EXPECT_THROW(writer.write(frames[0]), media::MediaError);
}

TEST_F(EncodeTest, PngIsLosslessForRgbAndGray)
{
    const auto rgb = sceneFrames(1)[0];
    media::writeImage(rgb, (dir / "frame.png").string());
    EXPECT_EQ(test::decodeWithFfmpegCli(dir / "frame.png"), rgb.data);

    const auto gray = toGray(rgb);
    media::writeImage(gray, (dir / "gray.PNG").string());
    EXPECT_EQ(test::decodeWithFfmpegCli(dir / "gray.PNG", "gray"), gray.data);
    EXPECT_EQ(test::probeStream(dir / "gray.PNG", "codec_name,pix_fmt"), "png,gray");
}

TEST_F(EncodeTest, JpegIsCloseAndQualityControlsSize)
{
    const auto rgb = sceneFrames(1)[0];
    media::ImageWriter best(media::ImageWriteOptions{2});
    media::ImageWriter worst(media::ImageWriteOptions{20});
    best.write(rgb, (dir / "best.jpg").string());
    worst.write(rgb, (dir / "worst.JPEG").string());
    EXPECT_GT(test::psnr(rgb, test::decodeWithFfmpegCli(dir / "best.jpg")), 30.0);
    EXPECT_GT(std::filesystem::file_size(dir / "best.jpg"),
              std::filesystem::file_size(dir / "worst.JPEG"));
    // A plain baseline JPEG (SOI marker), full-range YCbCr 4:2:0.
    std::ifstream in(dir / "best.jpg", std::ios::binary);
    unsigned char soi[2] = {};
    in.read(reinterpret_cast<char*>(soi), 2);
    EXPECT_EQ(soi[0], 0xFF);
    EXPECT_EQ(soi[1], 0xD8);
    EXPECT_EQ(test::probeStream(dir / "best.jpg", "codec_name,pix_fmt"), "mjpeg,yuvj420p");

    // One writer switches between formats and sizes.
    const auto small = toGray(sceneFrames(1, 80, 60)[0]);
    best.write(small, (dir / "small.jpg").string());
    best.write(rgb, (dir / "again.png").string());
    EXPECT_EQ(test::decodeWithFfmpegCli(dir / "again.png"), rgb.data);
    EXPECT_EQ(test::probeStream(dir / "small.jpg", "width,height"), "80,60");
}

TEST_F(EncodeTest, ImageErrorsAreClear)
{
    const auto rgb = sceneFrames(1)[0];
    try {
        media::writeImage(rgb, (dir / "frame.bmp").string());
        FAIL() << "no error";
    } catch (const media::MediaError& e) {
        EXPECT_NE(std::string(e.what()).find(".png, .jpg or .jpeg"), std::string::npos);
    }
    EXPECT_THROW(media::writeImage(rgb, (dir / "no" / "such" / "dir.png").string()), media::MediaError);
    EXPECT_THROW(media::writeImage(media::Frame{}, (dir / "empty.png").string()), media::MediaError);
}
