// Metadata and frame index of video files: counts agree with what a decoder
// outputs, time <-> frame mapping, rotation, variable frame rate, edit lists.
#include "media/frameindex.h"
#include "media/mediaerror.h"
#include "media/videosource.h"

#include "mediatestutil.h"

#include <gtest/gtest.h>

extern "C" {
#include <libavutil/avutil.h>
}

using namespace anomalens;
using namespace anomalens::media;
using anomalens::test::TempDir;

namespace {

using test::ClipFormat;

const ClipFormat kFormats[] = {
    {"H264Mp4", "clip.mp4", "-c:v libx264 -g 60 -bf 3"},
    {"H264Mkv", "clip.mkv", "-c:v libx264 -g 60 -bf 3"},
    {"H264Ts", "clip.ts", "-c:v libx264 -g 60 -bf 3"},
    {"HevcMp4", "clip.mp4", "-c:v libx265 -x265-params keyint=60:bframes=3:log-level=error"},
    {"Mpeg4Avi", "clip.avi", "-c:v mpeg4 -g 50 -bf 2"},
    {"MjpegMov", "clip.mov", "-c:v mjpeg -pix_fmt yuvj420p -q:v 4"},
    {"MjpegMkv", "clip.mkv", "-c:v mjpeg -pix_fmt yuvj420p -q:v 4"},
};

class IndexPerFormat : public ::testing::TestWithParam<ClipFormat> {};

} // namespace

TEST(MediaInfo, H264Mp4Metadata)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mp4", 60, "-c:v libx264 -g 60 -bf 3");
    ASSERT_FALSE(clip.empty()) << "ffmpeg CLI needed";
    VideoSource source(clip.string());
    const MediaInfo& info = source.info();
    EXPECT_EQ(info.path, clip.string());
    EXPECT_NE(info.container.find("mp4"), std::string::npos) << info.container;
    EXPECT_EQ(info.codec, "h264");
    EXPECT_EQ(info.pixelFormat, "yuv420p");
    EXPECT_EQ(info.width, 160);
    EXPECT_EQ(info.height, 120);
    EXPECT_DOUBLE_EQ(info.fps, 25.0);
    EXPECT_FALSE(info.variableFrameRate);
    EXPECT_EQ(info.frameCount, 60);
    EXPECT_EQ(info.durationUs, 2'400'000);
    EXPECT_EQ(info.startTimeUs, 0);
    EXPECT_EQ(info.rotationDeg, 0);
    EXPECT_FALSE(info.isImageSequence);

    const auto& index = source.frameIndex();
    ASSERT_EQ(index.size(), 60u);
    EXPECT_TRUE(index[0].keyframe);
    int keyframes = 0;
    for (size_t n = 0; n < index.size(); ++n) {
        EXPECT_EQ(index[n].timeUs, static_cast<int64_t>(n) * 40'000) << n;
        if (n > 0) {
            EXPECT_GT(index[n].pts, index[n - 1].pts) << n;
        }
        keyframes += index[n].keyframe ? 1 : 0;
    }
    EXPECT_EQ(keyframes, 1);  // -g 60 over 60 frames
}

TEST_P(IndexPerFormat, CountMatchesFfmpegAndSequentialDecode)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, GetParam().fileName, 130, GetParam().encoderArgs);
    ASSERT_FALSE(clip.empty()) << "ffmpeg CLI needed";
    const int64_t decoderCount = test::ffprobeFrameCount(clip);
    ASSERT_EQ(decoderCount, 130);

    VideoSource source(clip.string());
    EXPECT_EQ(source.info().frameCount, decoderCount);
    EXPECT_EQ(static_cast<int64_t>(source.frameIndex().size()), decoderCount);
    EXPECT_FALSE(source.info().variableFrameRate);
    EXPECT_NEAR(source.info().fps, 25.0, 0.01);
    EXPECT_NEAR(static_cast<double>(source.info().durationUs), 5'200'000.0, 40'000.0);
    // MPEG-TS starts at 1.4 s plus the B-frame delay; the others at 0.
    EXPECT_EQ(source.info().startTimeUs, test::ffprobeStartTimeUs(clip));

    const auto frames = test::readAll(source);
    ASSERT_EQ(static_cast<int64_t>(frames.size()), decoderCount);
    for (size_t n = 0; n < frames.size(); ++n) {
        ASSERT_EQ(frames[n].frameIndex, static_cast<int64_t>(n));
        ASSERT_EQ(frames[n].ptsUs, source.frameIndex()[n].timeUs);
    }
    EXPECT_TRUE(source.decodeGaps().empty());
}

INSTANTIATE_TEST_SUITE_P(Media, IndexPerFormat, ::testing::ValuesIn(kFormats),
                         [](const auto& info) { return std::string(info.param.name); });

// "ffmpeg -ss T -i in.mp4 -c copy" writes an edit list: the GOP before T is
// kept as discarded pre-roll with negative PTS. The decoder shows none of it.
TEST(MediaInfo, EditListPrerollIsNotIndexed)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "full.mp4", 150, "-c:v libx264 -g 60 -bf 3");
    ASSERT_FALSE(clip.empty());
    const auto cut = dir / "cut.mp4";
    ASSERT_EQ(test::runCommand("ffmpeg -hide_banner -loglevel error -y -ss 1.3 -i '" + clip.string()
                               + "' -c copy '" + cut.string() + "'"),
              0);
    const int64_t decoderCount = test::ffprobeFrameCount(cut);
    ASSERT_GT(decoderCount, 0);
    ASSERT_LT(static_cast<size_t>(decoderCount), test::ffprobePackets(cut).size())
        << "the clip should have discarded pre-roll packets";

    VideoSource source(cut.string());
    EXPECT_EQ(source.info().frameCount, decoderCount);
    EXPECT_EQ(source.frameIndex().front().timeUs, 0);

    // Same pictures, in the same order, as the ffmpeg CLI shows.
    source.setOutput({0, 0, PixelFormat::Gray8});
    const auto reference = test::ffmpegGrayFrames(cut, 160, 120);
    ASSERT_EQ(static_cast<int64_t>(reference.size()), decoderCount);
    for (int64_t n : {int64_t{0}, int64_t{1}, decoderCount / 2, decoderCount - 1}) {
        const Frame frame = source.frame(n);
        EXPECT_LT(test::meanAbsDifference(frame.data, reference[static_cast<size_t>(n)]), 1.0)
            << "frame " << n;
    }
}

// The display matrix of a phone video shot in portrait (tkhd a=0 b=1 c=-1 d=0,
// the classic "rotate=90") needs a quarter turn clockwise to be shown upright.
TEST(MediaInfo, RotationFromDisplayMatrix)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mp4", 10, "-c:v libx264");
    ASSERT_FALSE(clip.empty());
    EXPECT_EQ(VideoSource(clip.string()).info().rotationDeg, 0);
    const int32_t one = 1 << 16, w = 1 << 30;
    const struct {
        int degrees;
        int32_t matrix[9];
    } cases[] = {
        {90, {0, one, 0, -one, 0, 0, 0, 0, w}},
        {180, {-one, 0, 0, 0, -one, 0, 0, 0, w}},
        {270, {0, -one, 0, one, 0, 0, 0, 0, w}},
    };
    for (const auto& c : cases) {
        const auto rotated = dir / ("rotated" + std::to_string(c.degrees) + ".mp4");
        ASSERT_TRUE(test::remuxWithDisplayMatrix(clip, rotated, c.matrix));
        VideoSource source(rotated.string());
        EXPECT_EQ(source.info().rotationDeg, c.degrees);
        EXPECT_EQ(source.info().width, 160);  // coded size, not rotated
        EXPECT_EQ(source.frame(0).width, 160);  // pictures are delivered as coded
    }

    // Same direction as ffmpeg's own display rotation: turning our (coded)
    // frame clockwise gives what the ffmpeg CLI shows for the 90 case.
    VideoSource source((dir / "rotated90.mp4").string());
    source.setOutput({0, 0, PixelFormat::Gray8});
    const Frame coded = source.frame(0);
    const auto shown = test::readRawFrames("ffmpeg -hide_banner -loglevel quiet -y -i '"
                                             + (dir / "rotated90.mp4").string()
                                             + "' -frames:v 1 -f rawvideo -pix_fmt gray",
                                         120 * 160);
    ASSERT_EQ(shown.size(), 1u);
    std::vector<uint8_t> turned(coded.data.size());
    for (int y = 0; y < 120; ++y)       // coded: 160 wide, 120 high
        for (int x = 0; x < 160; ++x)   // turned clockwise: 120 wide, 160 high
            turned[static_cast<size_t>(x * 120 + (119 - y))] =
                coded.data[static_cast<size_t>(y * 160 + x)];
    EXPECT_LT(test::meanAbsDifference(turned, shown[0]), 1.0);
}

TEST(MediaInfo, VariableFrameRateDetected)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "cfr.mkv", 40, "-c:v libx264");
    ASSERT_FALSE(clip.empty());
    // First 20 frames 40 ms apart, the rest 80 ms apart (a camera halving its rate).
    const auto vfr = dir / "vfr.mkv";
    ASSERT_EQ(test::runCommand("ffmpeg -hide_banner -loglevel error -y -i '" + clip.string()
                               + "' -vf \"setpts='if(lt(N,20),N,2*N-20)/(25*TB)'\" -fps_mode vfr"
                                 " -c:v libx264 '"
                               + vfr.string() + "'"),
              0);
    VideoSource constant(clip.string());
    EXPECT_FALSE(constant.info().variableFrameRate);

    VideoSource variable(vfr.string());
    ASSERT_EQ(variable.info().frameCount, 40);
    EXPECT_TRUE(variable.info().variableFrameRate);
    EXPECT_EQ(variable.timeUsOfFrame(19), 760'000);
    EXPECT_EQ(variable.timeUsOfFrame(21), 880'000);
    EXPECT_EQ(variable.frameAtTimeUs(900'000), 21);
}

TEST(MediaInfo, TimeAndPtsMapping)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mkv", 50, "-c:v libx264 -g 60 -bf 3");
    ASSERT_FALSE(clip.empty());
    VideoSource source(clip.string());
    const auto& index = source.frameIndex();
    ASSERT_EQ(index.size(), 50u);
    EXPECT_EQ(source.frameAtTimeUs(-5'000'000), 0);
    EXPECT_EQ(source.frameAtTimeUs(999'000'000), 49);
    EXPECT_EQ(source.frameAtTimeUs(index[10].timeUs), 10);
    EXPECT_EQ(source.frameAtTimeUs(index[10].timeUs + 1), 10);
    EXPECT_EQ(source.frameAtTimeUs(index[10].timeUs - 1), 9);
    for (int64_t n = 0; n < 50; ++n) {
        EXPECT_EQ(source.frameAtPts(index[static_cast<size_t>(n)].pts), n);
        EXPECT_EQ(source.timeUsOfFrame(n), index[static_cast<size_t>(n)].timeUs);
    }
    EXPECT_EQ(source.frameAtPts(index[7].pts + 1), -1);
    EXPECT_THROW(source.timeUsOfFrame(50), MediaError);
    EXPECT_THROW(source.timeUsOfFrame(-1), MediaError);
}

// AVI knows decode order only: the demuxer gives B-frames PTS = DTS and the
// I/P frames none. The index must give each reference frame the display slot
// an MPEG-4 decoder shows it in: the DTS of the next reference frame.
TEST(MediaFrameIndex, SynthesizesDisplayOrderForReferenceFramesWithoutPts)
{
    using detail::PacketRecord;
    const int64_t none = AV_NOPTS_VALUE;
    // Decode order I0 P3 B1 B2 P6 B4 B5 (display numbers), DTS 0..6.
    const std::vector<PacketRecord> packets = {
        {none, 0, 1, true, false}, {none, 1, 1, false, false}, {2, 2, 1, false, false},
        {3, 3, 1, false, false},   {none, 4, 1, false, false}, {5, 5, 1, false, false},
        {6, 6, 1, false, false},
    };
    const auto index = detail::FrameIndex::fromPackets(packets, AVRational{1, 25});
    ASSERT_TRUE(index.synthesizedPts());
    ASSERT_EQ(index.size(), 7);
    EXPECT_EQ(index.synthesizedPtsForDts(0), 1);  // I0 shown when P3 arrives
    EXPECT_EQ(index.synthesizedPtsForDts(1), 4);  // P3 shown when P6 arrives
    EXPECT_EQ(index.synthesizedPtsForDts(2), 2);
    EXPECT_EQ(index.synthesizedPtsForDts(4), 7);  // last reference: after everything
    for (int64_t n = 0; n < 7; ++n)
        EXPECT_EQ(index.entries()[static_cast<size_t>(n)].pts, n + 1);
    EXPECT_TRUE(index.entries()[0].keyframe);
    EXPECT_EQ(index.entries()[3].timeUs, 120'000);
}

TEST(MediaFrameIndex, LeavesOutDiscardedAndPreKeyframePackets)
{
    using detail::PacketRecord;
    const std::vector<PacketRecord> packets = {
        {-2, -2, 1, false, false},  // before the first keyframe: not decodable
        {-1, -1, 1, true, true},    // discarded pre-roll keyframe: seek point, not shown
        {0, 0, 1, false, false},    {1, 1, 1, false, false}, {2, 2, 1, true, false},
    };
    const auto index = detail::FrameIndex::fromPackets(packets, AVRational{1, 10});
    ASSERT_EQ(index.size(), 3);
    EXPECT_EQ(index.entries()[0].pts, 0);
    EXPECT_EQ(index.firstPts(), 0);
    ASSERT_EQ(index.seekPoints().size(), 2u);
    EXPECT_EQ(index.seekPoints()[0].pts, -1);
    EXPECT_EQ(index.seekPointBefore(1), 0u);
    EXPECT_EQ(index.seekPointBefore(2), 1u);
    EXPECT_EQ(index.durationUs(), 300'000);
}
