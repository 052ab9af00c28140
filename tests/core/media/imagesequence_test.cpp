// Folders of still images as footage: natural order, mixed formats, fps,
// size checks, undecodable images.
#include "media/imagesequence.h"
#include "media/mediaerror.h"
#include "media/videosource.h"

#include "mediatestutil.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace anomalens;
using namespace anomalens::media;
using anomalens::test::TempDir;

namespace {

// Writes testsrc2 frames as lossless images named by `pattern` (ffmpeg's
// %d syntax), starting at `startNumber`.
bool writeImages(const std::filesystem::path& folder, const std::string& pattern, int frames,
                 int width, int height, int startNumber = 0)
{
    std::ostringstream command;
    command << "ffmpeg -hide_banner -loglevel error -y -f lavfi -i testsrc2=size=" << width << "x"
            << height << ":rate=25 -frames:v " << frames << " -pix_fmt rgb24 -start_number "
            << startNumber << " '" << (folder / pattern).string() << "'";
    return test::runCommand(command.str()) == 0;
}

bool writeOneImage(const std::filesystem::path& file, int width, int height,
                   const std::string& color = "red")
{
    return test::runCommand("ffmpeg -hide_banner -loglevel error -y -f lavfi -i color=" + color
                            + ":size=" + std::to_string(width) + "x" + std::to_string(height)
                            + " -frames:v 1 '" + file.string() + "'")
           == 0;
}

} // namespace

TEST(MediaNaturalSort, OrdersDigitRunsByValue)
{
    using detail::naturalLess;
    EXPECT_TRUE(naturalLess("2.jpg", "10.jpg"));
    EXPECT_FALSE(naturalLess("10.jpg", "2.jpg"));
    EXPECT_TRUE(naturalLess("frame9.png", "frame10.png"));
    EXPECT_TRUE(naturalLess("009.jpg", "010.jpg"));
    EXPECT_TRUE(naturalLess("cam1_2.jpg", "cam1_10.jpg"));
    EXPECT_TRUE(naturalLess("a.jpg", "B.jpg"));
    EXPECT_FALSE(naturalLess("x.jpg", "x.jpg"));
    EXPECT_NE(naturalLess("01.jpg", "1.jpg"), naturalLess("1.jpg", "01.jpg"));  // strict order
}

// Unpadded names (1.png ... 12.png) must play 1, 2, ..., 12, not 1, 10, 11, 12, 2.
TEST(MediaImageSequence, NaturalOrderAndExactPixels)
{
    TempDir dir;
    ASSERT_TRUE(writeImages(dir.path(), "%d.png", 12, 64, 48, 1));
    const auto reference = test::testPatternRgb(12, 64, 48, 25);
    ASSERT_EQ(reference.size(), 12u);

    VideoSource source(dir.path().string());
    const MediaInfo& info = source.info();
    EXPECT_TRUE(info.isImageSequence);
    EXPECT_EQ(info.container, "image-sequence");
    EXPECT_EQ(info.codec, "png");
    EXPECT_EQ(info.frameCount, 12);
    EXPECT_EQ(info.width, 64);
    EXPECT_EQ(info.height, 48);
    EXPECT_DOUBLE_EQ(info.fps, kDefaultImageSequenceFps);
    const auto frames = test::readAll(source);
    ASSERT_EQ(frames.size(), 12u);
    for (size_t n = 0; n < frames.size(); ++n)
        EXPECT_EQ(frames[n].data, reference[n]) << "image " << n + 1 << ".png";
    EXPECT_EQ(source.frame(9).data, reference[9]);
    EXPECT_EQ(source.frame(1).data, reference[1]);
}

TEST(MediaImageSequence, FrameRateDefaultAndOption)
{
    TempDir dir;
    ASSERT_TRUE(writeImages(dir.path(), "%03d.jpg", 6, 32, 24));
    VideoSource defaultRate(dir.path().string());
    EXPECT_DOUBLE_EQ(defaultRate.info().fps, 10.0);
    EXPECT_EQ(defaultRate.timeUsOfFrame(3), 300'000);
    EXPECT_EQ(defaultRate.info().durationUs, 600'000);
    EXPECT_EQ(defaultRate.frameAtTimeUs(450'000), 4);

    VideoSourceOptions options;
    options.imageSequenceFps = 25.0;
    VideoSource faster(dir.path().string(), options);
    EXPECT_DOUBLE_EQ(faster.info().fps, 25.0);
    EXPECT_EQ(faster.timeUsOfFrame(5), 200'000);

    options.imageSequenceFps = 0.0;
    EXPECT_THROW(VideoSource(dir.path().string(), options), std::invalid_argument);
}

TEST(MediaImageSequence, Ped2FrameFolder)
{
    const auto ped2 = test::ped2Dir();
    if (ped2.empty())
        GTEST_SKIP() << "Ped2 dataset not found";
    VideoSource source((ped2 / "training" / "frames" / "01").string());
    EXPECT_EQ(source.info().frameCount, 120);
    EXPECT_EQ(source.info().codec, "mjpeg");
    EXPECT_EQ(source.info().width, 360);
    EXPECT_EQ(source.info().height, 240);
    EXPECT_DOUBLE_EQ(source.info().fps, 10.0);
    EXPECT_EQ(source.info().durationUs, 12'000'000);
    source.setOutput({256, 256, PixelFormat::Gray8});
    const auto frames = test::readAll(source);
    ASSERT_EQ(frames.size(), 120u);
    EXPECT_EQ(frames.back().frameIndex, 119);
    EXPECT_EQ(frames.back().ptsUs, 11'900'000);
    EXPECT_EQ(source.frame(60).data, frames[60].data);
}

TEST(MediaImageSequence, MixedFormatsAndIgnoredFiles)
{
    TempDir dir;
    ASSERT_TRUE(writeOneImage(dir / "000.jpg", 40, 30, "red"));
    ASSERT_TRUE(writeOneImage(dir / "001.png", 40, 30, "green"));
    ASSERT_TRUE(writeOneImage(dir / "002.bmp", 40, 30, "blue"));
    ASSERT_TRUE(writeOneImage(dir / "003.JPEG", 40, 30, "white"));
    test::writeFile(dir / "notes.txt", "not an image");
    test::writeFile(dir / "._000.jpg", "macOS metadata twin");
    std::filesystem::create_directory(dir / "sub");

    VideoSource source(dir.path().string());
    ASSERT_EQ(source.info().frameCount, 4);
    const auto frames = test::readAll(source);
    ASSERT_EQ(frames.size(), 4u);
    // Dominant channel of each picture: red, green, blue, then white.
    const int expectedChannel[] = {0, 1, 2, -1};
    for (size_t n = 0; n < 4; ++n) {
        const auto& d = frames[n].data;
        if (expectedChannel[n] < 0) {
            EXPECT_GT(d[0], 240);
            EXPECT_GT(d[1], 240);
            EXPECT_GT(d[2], 240);
        } else {
            for (int c = 0; c < 3; ++c) {
                if (c == expectedChannel[n]) {
                    EXPECT_GT(d[static_cast<size_t>(c)], 100) << n;
                } else {
                    EXPECT_LT(d[static_cast<size_t>(c)], 60) << n;
                }
            }
        }
    }
    EXPECT_TRUE(source.decodeGaps().empty());
}

TEST(MediaImageSequence, DifferentSizeIsAClearError)
{
    TempDir dir;
    ASSERT_TRUE(writeOneImage(dir / "000.png", 32, 24));
    ASSERT_TRUE(writeOneImage(dir / "001.png", 48, 24));
    VideoSource source(dir.path().string());
    EXPECT_EQ(source.info().width, 32);
    try {
        source.frame(1);
        FAIL() << "no exception";
    } catch (const MediaError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("001.png"), std::string::npos) << message;
        EXPECT_NE(message.find("48x24"), std::string::npos) << message;
        EXPECT_NE(message.find("same size"), std::string::npos) << message;
    }
}

TEST(MediaImageSequence, UndecodableImageIsAGap)
{
    TempDir dir;
    ASSERT_TRUE(writeImages(dir.path(), "%03d.png", 5, 32, 24));
    test::writeFile(dir / "002.png", "this is not a PNG at all");
    VideoSource source(dir.path().string());
    ASSERT_EQ(source.info().frameCount, 5);
    const auto frames = test::readAll(source);
    ASSERT_EQ(frames.size(), 4u);
    EXPECT_EQ(frames[1].frameIndex, 1);
    EXPECT_EQ(frames[2].frameIndex, 3);
    ASSERT_EQ(source.decodeGaps().size(), 1u);
    EXPECT_EQ(source.decodeGaps()[0].firstFrame, 2);
    EXPECT_EQ(source.decodeGaps()[0].lastFrame, 2);
    EXPECT_NE(source.decodeGaps()[0].reason.find("002.png"), std::string::npos)
        << source.decodeGaps()[0].reason;

    Frame frame;
    EXPECT_FALSE(source.readFrame(2, frame));
    EXPECT_THROW(source.frame(2), MediaError);
    EXPECT_EQ(source.frame(3).frameIndex, 3);
    EXPECT_EQ(source.decodeGaps().size(), 1u);  // the same gap is not recorded twice
}
