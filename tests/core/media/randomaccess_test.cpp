// Frame-accurate random access: frame(n) is exactly the n-th picture of a
// sequential decode, in any order of requests, on long-GOP files with
// B-frames, in every container/codec the tool supports.
#include "media/filedecoder.h"
#include "media/framescaler.h"
#include "media/mediaerror.h"
#include "media/videosource.h"

#include "mediatestutil.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <thread>

using namespace anomalens;
using namespace anomalens::media;
using anomalens::test::TempDir;

namespace {

using test::ClipFormat;

const ClipFormat kFormats[] = {
    {"H264Mp4", "clip.mp4", "-c:v libx264 -g 60 -bf 3"},
    {"H264Mkv", "clip.mkv", "-c:v libx264 -g 60 -bf 3"},
    {"H264Ts", "clip.ts", "-c:v libx264 -g 60 -bf 3"},
    {"H264OpenGopMp4", "clip.mp4", "-c:v libx264 -g 60 -bf 3 -x264-params open-gop=1"},
    {"HevcMp4", "clip.mp4", "-c:v libx265 -x265-params keyint=60:bframes=3:log-level=error"},
    {"HevcMkv", "clip.mkv", "-c:v libx265 -x265-params keyint=60:bframes=3:log-level=error"},
    {"Mpeg4Avi", "clip.avi", "-c:v mpeg4 -g 50 -bf 2"},
    {"MjpegMov", "clip.mov", "-c:v mjpeg -pix_fmt yuvj420p -q:v 4"},
    {"MjpegMkv", "clip.mkv", "-c:v mjpeg -pix_fmt yuvj420p -q:v 4"},
};

constexpr int kFrames = 150;

// Requests that exercise every path: both ends, GOP boundaries, backward
// steps, long jumps both ways, repeats, and a shuffled sweep.
std::vector<int64_t> requestOrder(int64_t frameCount)
{
    std::vector<int64_t> order = {0, frameCount - 1, frameCount / 2, 0, 1, frameCount - 2,
                                  59, 60, 61, 58, 120, 119, 121, 49, 50, 51, 100, 100, 2};
    for (int64_t n = frameCount - 1; n >= frameCount - 25; --n)  // backwards, frame by frame
        order.push_back(n);
    for (int64_t n = 30; n < 45; n += 3)  // small forward steps
        order.push_back(n);
    std::vector<int64_t> shuffled(static_cast<size_t>(frameCount));
    for (int64_t n = 0; n < frameCount; ++n)
        shuffled[static_cast<size_t>(n)] = n;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(1234));
    order.insert(order.end(), shuffled.begin(), shuffled.begin() + 60);
    order.push_back(frameCount - 1);
    order.push_back(0);
    return order;
}

class RandomAccess : public ::testing::TestWithParam<ClipFormat> {
protected:
    void SetUp() override
    {
        m_clip = test::makeTestClip(m_dir, GetParam().fileName, kFrames, GetParam().encoderArgs);
        ASSERT_FALSE(m_clip.empty()) << "ffmpeg CLI needed";
        VideoSource sequential(m_clip.string());
        m_reference = test::readAll(sequential);
        ASSERT_EQ(m_reference.size(), static_cast<size_t>(kFrames));
    }

    TempDir m_dir;
    std::filesystem::path m_clip;
    std::vector<Frame> m_reference;
};

} // namespace

TEST_P(RandomAccess, FrameNEqualsNthFrameOfSequentialDecode)
{
    VideoSource source(m_clip.string());
    int mismatches = 0;
    for (int64_t n : requestOrder(kFrames)) {
        const Frame frame = source.frame(n);
        ASSERT_EQ(frame.frameIndex, n);
        EXPECT_EQ(frame.ptsUs, source.timeUsOfFrame(n));
        if (frame.data != m_reference[static_cast<size_t>(n)].data && ++mismatches < 5)
            ADD_FAILURE() << "frame(" << n << ") differs from the sequential decode";
    }
    EXPECT_EQ(mismatches, 0);
    EXPECT_TRUE(source.decodeGaps().empty());
}

TEST_P(RandomAccess, SeekAndFrameContinueSequentially)
{
    VideoSource source(m_clip.string());
    Frame frame;
    for (int64_t start : {int64_t{100}, int64_t{3}, int64_t{61}, int64_t{kFrames - 3}}) {
        source.seek(start);
        for (int64_t n = start; n < std::min<int64_t>(start + 5, kFrames); ++n) {
            ASSERT_TRUE(source.next(frame));
            ASSERT_EQ(frame.frameIndex, n);
            EXPECT_EQ(frame.data, m_reference[static_cast<size_t>(n)].data)
                << "after seek " << start;
        }
    }
    EXPECT_FALSE(source.next(frame));  // the last seek ran to the end

    const Frame random = source.frame(70);
    EXPECT_EQ(random.data, m_reference[70].data);
    ASSERT_TRUE(source.next(frame));
    EXPECT_EQ(frame.frameIndex, 71);
    EXPECT_EQ(frame.data, m_reference[71].data);

    source.seek(kFrames);
    EXPECT_FALSE(source.next(frame));
}

// The sequential decode itself checked against an independent decoder (the
// ffmpeg CLI), so "equal to the sequential decode" means the right pictures.
TEST_P(RandomAccess, SequentialDecodeMatchesFfmpegCli)
{
    const auto cliFrames = test::ffmpegGrayFrames(m_clip, 160, 120);
    ASSERT_EQ(cliFrames.size(), static_cast<size_t>(kFrames));
    VideoSource source(m_clip.string());
    source.setOutput({0, 0, PixelFormat::Gray8});
    const auto frames = test::readAll(source);
    ASSERT_EQ(frames.size(), cliFrames.size());
    for (size_t n = 0; n < frames.size(); ++n) {
        const double same = test::meanAbsDifference(frames[n].data, cliFrames[n]);
        ASSERT_LT(same, 1.0) << "frame " << n;
        // The comparison can tell neighbouring frames apart.
        if (n + 1 < frames.size()) {
            ASSERT_GT(test::meanAbsDifference(frames[n].data, cliFrames[n + 1]), same) << n;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Media, RandomAccess, ::testing::ValuesIn(kFormats),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(MediaRandomAccessErrors, OutOfRangeThrows)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mp4", 20, "-c:v libx264");
    ASSERT_FALSE(clip.empty());
    VideoSource source(clip.string());
    Frame frame;
    EXPECT_THROW(source.frame(-1), MediaError);
    EXPECT_THROW(source.frame(20), MediaError);
    EXPECT_THROW(source.readFrame(20, frame), MediaError);
    EXPECT_THROW(source.seek(21), MediaError);
    EXPECT_THROW(source.seek(-1), MediaError);
    try {
        source.frame(1000);
        FAIL() << "no exception";
    } catch (const MediaError& error) {
        EXPECT_NE(std::string(error.what()).find(clip.string()), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("1000"), std::string::npos) << error.what();
    }
    // Still usable afterwards.
    EXPECT_EQ(source.frame(19).frameIndex, 19);
}

// One VideoSource per thread: two threads reading the same file get the same pictures.
TEST(MediaRandomAccessThreads, OneSourcePerThread)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mp4", 90, "-c:v libx264 -g 60 -bf 3");
    ASSERT_FALSE(clip.empty());
    std::vector<Frame> results[2];
    auto work = [&clip](std::vector<Frame>& out, unsigned seed) {
        VideoSource source(clip.string());
        std::mt19937 random(seed);
        for (int i = 0; i < 30; ++i)
            out.push_back(source.frame(static_cast<int64_t>(random() % 90)));
    };
    std::thread first(work, std::ref(results[0]), 7u);
    std::thread second(work, std::ref(results[1]), 7u);
    first.join();
    second.join();
    ASSERT_EQ(results[0].size(), 30u);
    ASSERT_EQ(results[1].size(), 30u);
    VideoSource check(clip.string());
    for (size_t i = 0; i < 30; ++i) {
        EXPECT_EQ(results[0][i].data, results[1][i].data);
        EXPECT_EQ(results[0][i].data, check.frame(results[0][i].frameIndex).data);
    }
}

TEST(MediaRandomAccessMove, MovedSourceKeepsWorking)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mp4", 20, "-c:v libx264");
    ASSERT_FALSE(clip.empty());
    VideoSource original(clip.string());
    const Frame expected = original.frame(5);
    VideoSource moved(std::move(original));
    EXPECT_EQ(moved.frame(5).data, expected.data);
    VideoSource assigned(clip.string());
    assigned = std::move(moved);
    EXPECT_EQ(assigned.frame(5).data, expected.data);
    EXPECT_EQ(assigned.info().frameCount, 20);
}

// Seeking costs a decoder flush and a GOP of decoding: targets ahead in the
// same GOP, or a few frames ahead, are decoded to; others are sought.
TEST(MediaRandomAccessStrategy, DecodesForwardWithinGopAndSeeksOtherwise)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mp4", 150, "-c:v libx264 -g 60 -bf 3");
    ASSERT_FALSE(clip.empty());
    detail::FileDecoder decoder(clip.string());
    const auto& entries = decoder.index().entries();
    ASSERT_EQ(entries.size(), 150u);
    ASSERT_TRUE(entries[60].keyframe);
    ASSERT_TRUE(entries[120].keyframe);

    auto expectFrame = [&decoder](int64_t n) {
        const detail::DecodedPicture picture = decoder.decodeAtOrAfter(n);
        ASSERT_NE(picture.frame, nullptr) << n;
        EXPECT_EQ(picture.frameIndex, n);
    };
    expectFrame(0);
    EXPECT_EQ(decoder.seekCount(), 1);  // the first request positions the decoder
    for (int64_t n = 1; n < 150; ++n)   // a sequential pass never seeks
        expectFrame(n);
    EXPECT_EQ(decoder.seekCount(), 1);

    expectFrame(10);  // backwards: seek
    EXPECT_EQ(decoder.seekCount(), 2);
    expectFrame(50);  // same GOP, 40 frames ahead: decode forward
    EXPECT_EQ(decoder.seekCount(), 2);
    expectFrame(62);  // next GOP, but only 12 frames ahead: decode forward
    EXPECT_EQ(decoder.seekCount(), 2);
    expectFrame(140);  // two GOPs ahead: seek to the keyframe at 120
    EXPECT_EQ(decoder.seekCount(), 3);
    expectFrame(140);  // the picture at hand: no work at all
    EXPECT_EQ(decoder.seekCount(), 3);
    expectFrame(149);  // the last frame, in the same GOP
    EXPECT_EQ(decoder.seekCount(), 3);
}

// MPEG-TS seeks by bisection on decode timestamps: seeking by a keyframe's
// PTS lands past it. The decoder notices the overshoot, retries by DTS, and
// keeps seeking by DTS for that file, so later requests need one seek each.
TEST(MediaRandomAccessStrategy, LearnsToSeekByDecodeTime)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.ts", 150, "-c:v libx264 -g 60 -bf 3");
    ASSERT_FALSE(clip.empty());
    VideoSource sequential(clip.string());
    const auto reference = test::readAll(sequential);
    ASSERT_EQ(reference.size(), 150u);

    detail::FileDecoder decoder(clip.string());
    detail::FrameScaler scaler;
    int64_t requests = 0;
    for (int64_t n : {140, 10, 100, 30, 149, 70, 5, 130}) {
        const detail::DecodedPicture picture = decoder.decodeAtOrAfter(n);
        ASSERT_NE(picture.frame, nullptr);
        ASSERT_EQ(picture.frameIndex, n);
        Frame frame;
        scaler.convert(*picture.frame, {}, frame);
        EXPECT_EQ(frame.data, reference[static_cast<size_t>(n)].data) << n;
        ++requests;
    }
    EXPECT_LE(decoder.seekCount(), requests + 1);
}
