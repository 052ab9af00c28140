// Output conversion (size, RGB24/GRAY8, tight packing), buffer reuse while
// streaming, and the decode benchmark.
#include "media/decodebenchmark.h"
#include "media/mediaerror.h"
#include "media/videosource.h"

#include "mediatestutil.h"

#include <gtest/gtest.h>

extern "C" {
#include <libavutil/log.h>
}

#include <stdexcept>

using namespace anomalens;
using namespace anomalens::media;
using anomalens::test::TempDir;

namespace {

std::filesystem::path clip(const TempDir& dir, int frames = 30)
{
    return test::makeTestClip(dir, "clip.mp4", frames, "-c:v libx264 -g 60 -bf 3");
}

} // namespace

TEST(MediaOutput, DefaultIsSourceSizeRgb24)
{
    TempDir dir;
    const auto path = clip(dir);
    ASSERT_FALSE(path.empty());
    VideoSource source(path.string());
    EXPECT_EQ(source.output().width, 0);
    EXPECT_EQ(source.output().format, PixelFormat::Rgb24);
    const Frame frame = source.frame(3);
    EXPECT_EQ(frame.width, 160);
    EXPECT_EQ(frame.height, 120);
    EXPECT_EQ(frame.format, PixelFormat::Rgb24);
    EXPECT_EQ(frame.stride(), 160 * 3);
    EXPECT_EQ(frame.data.size(), 160u * 120u * 3u);
}

TEST(MediaOutput, ScalesToRequestedSizeAndFormatTightlyPacked)
{
    TempDir dir;
    const auto path = clip(dir);
    ASSERT_FALSE(path.empty());
    VideoSource source(path.string());
    // Odd sizes: rows are not a multiple of any SIMD width, so any padding
    // would show up in data.size() (and overruns under ASan).
    for (const OutputSpec spec : {OutputSpec{64, 48, PixelFormat::Rgb24},
                                  OutputSpec{33, 17, PixelFormat::Rgb24},
                                  OutputSpec{33, 17, PixelFormat::Gray8},
                                  OutputSpec{321, 241, PixelFormat::Gray8},
                                  OutputSpec{256, 256, PixelFormat::Rgb24}}) {
        source.setOutput(spec);
        const Frame frame = source.frame(7);
        EXPECT_EQ(frame.width, spec.width);
        EXPECT_EQ(frame.height, spec.height);
        EXPECT_EQ(frame.format, spec.format);
        EXPECT_EQ(frame.data.size(), static_cast<size_t>(spec.width) * spec.height
                                         * static_cast<size_t>(channelCount(spec.format)));
        EXPECT_EQ(frame.frameIndex, 7);
    }
    EXPECT_THROW(source.setOutput({-1, 10, PixelFormat::Rgb24}), std::invalid_argument);
}

TEST(MediaOutput, GrayIsTheLumaOfRgb)
{
    TempDir dir;
    const auto path = clip(dir);
    ASSERT_FALSE(path.empty());
    VideoSource source(path.string());
    source.setOutput({80, 60, PixelFormat::Rgb24});
    const Frame rgb = source.frame(12);
    source.setOutput({80, 60, PixelFormat::Gray8});
    const Frame gray = source.frame(12);
    std::vector<uint8_t> luma(gray.data.size());
    for (size_t i = 0; i < luma.size(); ++i)
        luma[i] = static_cast<uint8_t>(0.299 * rgb.data[3 * i] + 0.587 * rgb.data[3 * i + 1]
                                       + 0.114 * rgb.data[3 * i + 2] + 0.5);
    EXPECT_LT(test::meanAbsDifference(gray.data, luma), 3.0);
}

// Downscaled frames are area averages of the full-size picture, not a
// nearest-pixel pick: compare with a box filter computed here.
TEST(MediaOutput, DownscaleAveragesArea)
{
    TempDir dir;
    const auto path = clip(dir);
    ASSERT_FALSE(path.empty());
    VideoSource source(path.string());
    source.setOutput({0, 0, PixelFormat::Gray8});
    const Frame full = source.frame(5);
    source.setOutput({40, 30, PixelFormat::Gray8});
    const Frame small = source.frame(5);
    std::vector<uint8_t> box(40 * 30);
    for (int y = 0; y < 30; ++y)
        for (int x = 0; x < 40; ++x) {
            int sum = 0;
            for (int dy = 0; dy < 4; ++dy)
                for (int dx = 0; dx < 4; ++dx)
                    sum += full.data[static_cast<size_t>((4 * y + dy) * 160 + 4 * x + dx)];
            box[static_cast<size_t>(y * 40 + x)] = static_cast<uint8_t>((sum + 8) / 16);
        }
    EXPECT_LT(test::meanAbsDifference(small.data, box), 2.0);
}

TEST(MediaOutput, StreamingReusesTheFrameBuffer)
{
    TempDir dir;
    const auto path = clip(dir, 40);
    ASSERT_FALSE(path.empty());
    VideoSource source(path.string());
    source.setOutput({64, 64, PixelFormat::Rgb24});
    Frame frame;
    ASSERT_TRUE(source.next(frame));
    const uint8_t* buffer = frame.data.data();
    int64_t count = 1;
    while (source.next(frame)) {
        ASSERT_EQ(frame.data.data(), buffer) << "reallocated at frame " << frame.frameIndex;
        ++count;
    }
    EXPECT_EQ(count, 40);
    EXPECT_EQ(frame.frameIndex, 39);
}

TEST(MediaDecodeBenchmark, CountsFramesAndReportsOutputSize)
{
    TempDir dir;
    const auto path = clip(dir, 50);
    ASSERT_FALSE(path.empty());
    const DecodeBenchmarkResult all =
        benchmarkDecode(path.string(), {64, 32, PixelFormat::Rgb24});
    EXPECT_EQ(all.frames, 50);
    EXPECT_EQ(all.width, 64);
    EXPECT_EQ(all.height, 32);
    EXPECT_GT(all.seconds, 0.0);
    EXPECT_NEAR(all.framesPerSecond, 50.0 / all.seconds, 1e-6 * all.framesPerSecond);
    EXPECT_GE(all.openSeconds, 0.0);

    const DecodeBenchmarkResult some =
        benchmarkDecode(path.string(), {256, 256, PixelFormat::Gray8}, 10);
    EXPECT_EQ(some.frames, 10);
    EXPECT_EQ(some.width, 256);

    EXPECT_THROW(benchmarkDecode((dir / "missing.mp4").string(), {}), MediaError);
}

// The Ped2 clip exists both as an H.264 file and as a JPEG folder: the two
// sources must agree on size, rate, length, and show the same scene at the
// same frame number.
TEST(MediaPed2, VideoFileAndFrameFolderAgree)
{
    const auto ped2 = test::ped2Dir();
    if (ped2.empty())
        GTEST_SKIP() << "Ped2 dataset not found";
    VideoSource video((ped2 / "videos" / "testing" / "01.mp4").string());
    VideoSource folder((ped2 / "testing" / "frames" / "01").string());
    EXPECT_EQ(video.info().frameCount, 180);
    EXPECT_EQ(folder.info().frameCount, 180);
    EXPECT_DOUBLE_EQ(video.info().fps, 10.0);
    EXPECT_DOUBLE_EQ(folder.info().fps, 10.0);
    EXPECT_EQ(video.info().width, folder.info().width);
    EXPECT_EQ(video.info().height, folder.info().height);
    video.setOutput({0, 0, PixelFormat::Gray8});
    folder.setOutput({0, 0, PixelFormat::Gray8});
    for (int64_t n : {int64_t{0}, int64_t{90}, int64_t{179}}) {
        const double same = test::meanAbsDifference(video.frame(n).data, folder.frame(n).data);
        EXPECT_LT(same, 6.0) << n;
        const int64_t other = n == 179 ? 150 : n + 30;
        EXPECT_GT(test::meanAbsDifference(video.frame(n).data, folder.frame(other).data), same)
            << n;
    }
}

// libav's informational chatter stays off the console; its errors still show.
TEST(MediaLibavLog, OnlyErrorsReachTheConsole)
{
    TempDir dir;
    const auto path = clip(dir, 5);
    ASSERT_FALSE(path.empty());
    VideoSource source(path.string());  // installs the logging setup
    ::testing::internal::CaptureStderr();
    av_log(nullptr, AV_LOG_INFO, "informational chatter\n");
    av_log(nullptr, AV_LOG_WARNING, "a warning\n");
    av_log(nullptr, AV_LOG_ERROR, "a real error\n");
    const std::string printed = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(printed.find("chatter"), std::string::npos) << printed;
    EXPECT_EQ(printed.find("warning"), std::string::npos) << printed;
    EXPECT_NE(printed.find("a real error"), std::string::npos) << printed;
}
