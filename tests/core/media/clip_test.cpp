// Evidence clips: stream copy (remuxClip) keeps the source's pictures bit for
// bit and reports the keyframe-aligned range it really holds; re-encoding
// (reencodeClip) holds exactly the requested frames.
#include "media/mediaerror.h"
#include "media/reencode.h"
#include "media/remux.h"
#include "media/videosource.h"

#include "mediatestutil.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>

using namespace anomalens;
using namespace anomalens::media;
using anomalens::test::TempDir;
namespace fs = std::filesystem;

namespace {

#define REQUIRE_FFMPEG()                                                                                   \
    if (!test::haveFfmpegCli())                                                                            \
    GTEST_SKIP() << "the ffmpeg command-line tool is needed to generate test footage"

double psnrDb(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b)
{
    double sum = 0.0;
    for (size_t i = 0; i < a.size(); ++i) {
        const double d = double(a[i]) - double(b[i]);
        sum += d * d;
    }
    const double mse = sum / double(a.size());
    return mse == 0.0 ? 99.0 : 10.0 * std::log10(255.0 * 255.0 / mse);
}

// The frames of `clip` must be exactly the source's frames from `first` on.
void expectSameFrames(const fs::path& clip, const fs::path& source, int64_t first, int64_t count)
{
    VideoSource copy(clip.string());
    VideoSource original(source.string());
    ASSERT_EQ(copy.info().frameCount, count);
    Frame frame;
    for (int64_t i = 0; i < count; ++i) {
        ASSERT_TRUE(copy.next(frame)) << "clip frame " << i;
        EXPECT_EQ(frame.data, original.frame(first + i).data) << "clip frame " << i << " vs source " << first + i;
    }
    EXPECT_TRUE(copy.decodeGaps().empty());
}

} // namespace

TEST(RemuxClip, LongGopWithBFramesStartsAtAKeyframeAndKeepsThePixels)
{
    REQUIRE_FFMPEG();
    TempDir dir;
    const fs::path source = test::makeTestClip(dir, "gop12.mp4", 60, "-c:v libx264 -g 12 -keyint_min 12 -bf 2 "
                                                                     "-sc_threshold 0");
    ASSERT_FALSE(source.empty());
    const fs::path out = dir / "clip.mp4.partial";  // the extension says nothing: the muxer is named
    const RemuxResult result = remuxClip(source.string(), 17, 40, out.string(), muxerForFileName("clip.mp4"));
    EXPECT_EQ(result.container, "mp4");
    EXPECT_EQ(result.codec, "h264");
    EXPECT_EQ(result.range.firstFrame, 12);  // keyframes every 12 frames
    EXPECT_GE(result.range.lastFrame, 40);
    EXPECT_LE(result.range.lastFrame, 43);   // at most the B-frames' forward reference past 40
    EXPECT_EQ(result.packetsWritten, result.range.frameCount());
    VideoSource original(source.string());
    EXPECT_TRUE(original.frameIndex()[result.range.firstFrame].keyframe);
    EXPECT_EQ(result.range.firstTimeUs, 12 * 40000);
    EXPECT_EQ(result.range.lastTimeUs, result.range.lastFrame * 40000);
    expectSameFrames(out, source, result.range.firstFrame, result.range.frameCount());
    // The clip starts at time 0 and keeps the frame rate.
    VideoSource clip(out.string());
    EXPECT_NEAR(clip.info().fps, 25.0, 1e-6);
    EXPECT_EQ(clip.frameIndex().front().timeUs, 0);
    EXPECT_NEAR(double(clip.info().startTimeUs), 0.0, 40000.0);
}

TEST(RemuxClip, AllIntraSourceGivesExactlyTheRequestedRangeAndMkvWorks)
{
    REQUIRE_FFMPEG();
    TempDir dir;
    const fs::path source = test::makeTestClip(dir, "intra.mkv", 30, "-c:v libx264 -g 1");
    ASSERT_FALSE(source.empty());
    const fs::path out = dir / fs::u8path("clip été 1.mkv");
    const RemuxResult result = remuxClip(source.string(), 7, 19, out.u8string(), muxerForFileName(out));
    EXPECT_EQ(result.container, "matroska");
    EXPECT_EQ(result.range.firstFrame, 7);
    EXPECT_EQ(result.range.lastFrame, 19);
    expectSameFrames(out, source, 7, 13);
}

TEST(RemuxClip, FirstAndLastFrameOfTheFile)
{
    REQUIRE_FFMPEG();
    TempDir dir;
    const fs::path source = test::makeTestClip(dir, "gop.mp4", 40, "-c:v libx264 -g 10 -bf 3");
    ASSERT_FALSE(source.empty());
    const RemuxResult whole = remuxClip(source.string(), 0, 39, (dir / "all.mp4").string(), "mp4");
    EXPECT_EQ(whole.range.firstFrame, 0);
    EXPECT_EQ(whole.range.lastFrame, 39);
    expectSameFrames(dir / "all.mp4", source, 0, 40);
    const RemuxResult one = remuxClip(source.string(), 0, 0, (dir / "one.mp4").string(), "mp4");
    EXPECT_EQ(one.range.firstFrame, 0);
    EXPECT_GE(one.range.lastFrame, 0);
    expectSameFrames(dir / "one.mp4", source, 0, one.range.frameCount());
}

TEST(RemuxClip, BadRequestsGiveClearErrorsAndLeaveNoFile)
{
    REQUIRE_FFMPEG();
    TempDir dir;
    const fs::path source = test::makeTestClip(dir, "c.mp4", 20, "-c:v libx264 -g 10");
    ASSERT_FALSE(source.empty());
    const fs::path out = dir / "out.mp4";
    EXPECT_THROW(remuxClip(source.string(), 5, 20, out.string(), "mp4"), MediaError);
    EXPECT_THROW(remuxClip(source.string(), 6, 5, out.string(), "mp4"), MediaError);
    EXPECT_THROW(muxerForFileName("clip.partial"), MediaError);
    EXPECT_THROW(muxerForFileName("clip"), MediaError);
    fs::create_directory(dir / "frames");
    try {
        remuxClip((dir / "frames").string(), 0, 1, out.string(), "mp4");
        FAIL() << "a folder of images cannot be stream-copied";
    } catch (const MediaError& e) {
        EXPECT_NE(std::string(e.what()).find("re-encoded export"), std::string::npos) << e.what();
    }
    // Cancel half-way: nothing is left.
    EXPECT_THROW(remuxClip(source.string(), 0, 19, out.string(), "mp4",
                           [](int64_t done, int64_t) { return done < 5; }),
                 ClipCancelled);
    EXPECT_FALSE(fs::exists(out));
}

// The containers and codecs CCTV exports come in, each copied into MP4.
const test::ClipFormat kCopyFormats[] = {
    {"H264Ts", "src.ts", "-c:v libx264 -g 12 -bf 3"},
    {"H264OpenGopMkv", "src.mkv", "-c:v libx264 -g 12 -bf 3 -x264-params open-gop=1"},
    {"HevcMp4", "src.mp4", "-c:v libx265 -x265-params keyint=12:bframes=3:log-level=error"},
    {"Mpeg4AviNoBFrames", "src.avi", "-c:v mpeg4 -g 12 -bf 0"},
    {"MjpegMov", "src.mov", "-c:v mjpeg -pix_fmt yuvj420p -q:v 4"},
};

class RemuxFormats : public ::testing::TestWithParam<test::ClipFormat> {};

TEST_P(RemuxFormats, CopyIntoMp4KeepsThePixels)
{
    REQUIRE_FFMPEG();
    TempDir dir;
    const fs::path source = test::makeTestClip(dir, GetParam().fileName, 60, GetParam().encoderArgs);
    if (source.empty())
        GTEST_SKIP() << "this ffmpeg cannot encode " << GetParam().name;
    const RemuxResult result = remuxClip(source.string(), 17, 40, (dir / "out.mp4").string(), "mp4");
    VideoSource original(source.string());
    EXPECT_TRUE(original.frameIndex()[result.range.firstFrame].keyframe);
    EXPECT_LE(result.range.firstFrame, 17);
    EXPECT_GE(result.range.lastFrame, 40);
    expectSameFrames(dir / "out.mp4", source, result.range.firstFrame, result.range.frameCount());
}

INSTANTIATE_TEST_SUITE_P(Clip, RemuxFormats, ::testing::ValuesIn(kCopyFormats),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(RemuxClip, AviWithBFramesIsReferredToTheReencodedExport)
{
    REQUIRE_FFMPEG();
    TempDir dir;
    const fs::path source = test::makeTestClip(dir, "b.avi", 30, "-c:v mpeg4 -g 12 -bf 2");
    ASSERT_FALSE(source.empty());
    try {
        remuxClip(source.string(), 5, 20, (dir / "out.mp4").string(), "mp4");
        FAIL() << "expected a refusal";
    } catch (const MediaError& e) {
        EXPECT_NE(std::string(e.what()).find("re-encoded export"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(dir / "out.mp4"));
    const ReencodeResult encoded = reencodeClip(source.string(), 5, 20, (dir / "re.mp4").string(), "mp4");
    EXPECT_EQ(encoded.framesWritten, 16);
}

TEST(ReencodeClip, ExactlyTheRequestedFramesAtTheSourceSizeAndRate)
{
    REQUIRE_FFMPEG();
    TempDir dir;
    const fs::path source = test::makeTestClip(dir, "gop.mp4", 50, "-c:v libx264 -g 12 -bf 2");
    ASSERT_FALSE(source.empty());
    const fs::path out = dir / "clip.mp4.partial";
    int64_t lastProgress = 0;
    const ReencodeResult result = reencodeClip(source.string(), 13, 29, out.string(), "mp4", {},
                                               [&](int64_t done, int64_t total) {
                                                   EXPECT_EQ(total, 17);
                                                   lastProgress = done;
                                                   return true;
                                               });
    EXPECT_EQ(lastProgress, 17);
    EXPECT_EQ(result.range.firstFrame, 13);
    EXPECT_EQ(result.range.lastFrame, 29);
    EXPECT_EQ(result.framesWritten, 17);
    EXPECT_EQ(result.width, 160);
    EXPECT_EQ(result.height, 120);
    EXPECT_TRUE(result.replacedFrames.empty());
    VideoSource clip(out.string());
    VideoSource original(source.string());
    EXPECT_EQ(clip.info().frameCount, 17);
    EXPECT_EQ(clip.info().width, 160);
    EXPECT_EQ(clip.info().height, 120);
    EXPECT_NEAR(clip.info().fps, 25.0, 1e-6);
    for (int64_t i = 0; i < 17; ++i)
        EXPECT_GT(psnrDb(clip.frame(i).data, original.frame(13 + i).data), 30.0) << "frame " << i;
}

TEST(ReencodeClip, OddSizedImageFolderIsPaddedByOnePixel)
{
    REQUIRE_FFMPEG();
    TempDir dir;
    fs::create_directory(dir / "frames");
    ASSERT_EQ(test::runCommand("ffmpeg -hide_banner -loglevel error -f lavfi -i testsrc2=size=161x121:rate=10 "
                               "-vf scale=161:121 -frames:v 12 '" + (dir / "frames").string() + "/%03d.png'"),
              0);
    ReencodeOptions options;
    options.source.imageSequenceFps = 5.0;
    const fs::path out = dir / "clip.mkv";
    const ReencodeResult result = reencodeClip((dir / "frames").string(), 2, 9, out.string(), "matroska", options);
    EXPECT_EQ(result.sourceWidth, 161);
    EXPECT_EQ(result.width, 162);
    EXPECT_EQ(result.height, 122);
    EXPECT_DOUBLE_EQ(result.fps, 5.0);
    VideoSource clip(out.string());
    VideoSource original((dir / "frames").string());
    ASSERT_EQ(clip.info().frameCount, 8);
    EXPECT_NEAR(clip.info().fps, 5.0, 1e-6);
    // The source picture is the clip's top-left 161x121, not shifted or
    // scaled. Compared in luma: 4:2:0 chroma cannot follow the testsrc2 bars'
    // saturated edges once they fall on odd columns (~25 dB in RGB).
    clip.setOutput({0, 0, PixelFormat::Gray8});
    original.setOutput({0, 0, PixelFormat::Gray8});
    for (int64_t i = 0; i < 8; ++i) {
        const Frame padded = clip.frame(i);
        const Frame expected = original.frame(2 + i);
        std::vector<uint8_t> cropped;
        for (int y = 0; y < 121; ++y)
            cropped.insert(cropped.end(), padded.data.begin() + y * padded.stride(),
                           padded.data.begin() + y * padded.stride() + 161);
        EXPECT_GT(psnrDb(cropped, expected.data), 30.0) << "frame " << i;
    }
    // Cancel leaves nothing behind.
    EXPECT_THROW(reencodeClip((dir / "frames").string(), 0, 11, (dir / "c.mp4").string(), "mp4", options,
                              [](int64_t done, int64_t) { return done < 3; }),
                 ClipCancelled);
    EXPECT_FALSE(fs::exists(dir / "c.mp4"));
}

// Real footage: a UCSD Ped2 test video (H.264, 360x240, 10 fps, a keyframe
// every 10 frames, B-frames), when the dataset is present.
TEST(RemuxClip, Ped2VideoKeepsThePixelsAndReportsTheTrueRange)
{
    const fs::path ped2 = test::ped2Dir();
    const fs::path source = ped2 / "videos" / "testing" / "01.mp4";
    if (ped2.empty() || !fs::is_regular_file(source))
        GTEST_SKIP() << "UCSD Ped2 videos not found (datasets/ped2/videos/testing)";
    TempDir dir;
    const fs::path out = dir / "ped2 01.mp4";
    const auto start = std::chrono::steady_clock::now();
    const RemuxResult result = remuxClip(source.string(), 37, 118, out.string(), "mp4");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("Ped2 01.mp4 frames 37-118: stream copy holds %lld-%lld, %lld packets in %.1f ms\n",
                static_cast<long long>(result.range.firstFrame), static_cast<long long>(result.range.lastFrame),
                static_cast<long long>(result.packetsWritten), seconds * 1e3);
    VideoSource original(source.string());
    EXPECT_TRUE(original.frameIndex()[result.range.firstFrame].keyframe);
    EXPECT_LE(result.range.firstFrame, 37);
    EXPECT_GT(result.range.firstFrame, 37 - 10 - 1) << "at most one GOP earlier";
    EXPECT_GE(result.range.lastFrame, 118);
    expectSameFrames(out, source, result.range.firstFrame, result.range.frameCount());
}
