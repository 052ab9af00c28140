// Bad input: every case raises a MediaError that names the file, or decodes
// what is decodable and records the rest as gaps. Nothing crashes or hangs
// (each test also bounds its own run time).
#include "media/mediaerror.h"
#include "media/videosource.h"

#include "mediatestutil.h"

#include <gtest/gtest.h>

#include <chrono>
#include <map>

using namespace anomalens;
using namespace anomalens::media;
using anomalens::test::TempDir;

namespace {

// Expects opening `path` to fail with a message that names it and contains `words`.
void expectOpenError(const std::filesystem::path& path, const std::string& words = {})
{
    try {
        VideoSource source(path.string());
        ADD_FAILURE() << "opened " << path << " without error";
    } catch (const MediaError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(path.string()), std::string::npos) << message;
        if (!words.empty()) {
            EXPECT_NE(message.find(words), std::string::npos) << message;
        }
    }
}

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Frames of the clean file by presentation time, to compare a damaged copy
// whose frame numbers may have shifted.
std::map<int64_t, std::vector<uint8_t>> framesByTime(const std::filesystem::path& path)
{
    VideoSource source(path.string());
    std::map<int64_t, std::vector<uint8_t>> frames;
    for (Frame& frame : test::readAll(source))
        frames[frame.ptsUs] = std::move(frame.data);
    return frames;
}

// Sequential decoding of a damaged file: ends, accounts for every frame as
// either delivered or in a gap, and numbers frames in increasing order.
std::vector<Frame> readDamaged(VideoSource& source)
{
    const auto start = Clock::now();
    const auto frames = test::readAll(source);
    EXPECT_LT(secondsSince(start), 60.0);
    for (size_t i = 1; i < frames.size(); ++i)
        EXPECT_GT(frames[i].frameIndex, frames[i - 1].frameIndex);
    EXPECT_EQ(static_cast<int64_t>(frames.size()) + test::gapFrameCount(source),
              source.info().frameCount);
    return frames;
}

} // namespace

TEST(MediaBadInput, MissingFile)
{
    TempDir dir;
    expectOpenError(dir / "no-such-file.mp4", "does not exist");
}

TEST(MediaBadInput, ZeroByteFile)
{
    TempDir dir;
    test::writeFile(dir / "empty.mp4", "");
    expectOpenError(dir / "empty.mp4", "empty");
}

TEST(MediaBadInput, TextFiles)
{
    TempDir dir;
    const std::string text = "Shift report 2024-03-01\nNothing to report.\n";
    for (const char* name : {"notes.txt", "notes.mp4", "notes.mkv", "notes.avi"}) {
        test::writeFile(dir / name, text);
        expectOpenError(dir / name);
    }
}

TEST(MediaBadInput, RandomBinaries)
{
    TempDir dir;
    for (const char* name : {"blob.bin", "blob.mp4", "blob.ts", "blob.dat"}) {
        test::writeFile(dir / name, std::string(64 * 1024, '\0'));
        test::overwriteWithGarbage(dir / name, 0, 64 * 1024, 99);
        expectOpenError(dir / name);
    }
}

TEST(MediaBadInput, AudioOnlyFile)
{
    TempDir dir;
    const auto audio = dir / "audio.m4a";
    ASSERT_EQ(test::runCommand("ffmpeg -hide_banner -loglevel error -y -f lavfi -i "
                               "sine=frequency=440:duration=1 '"
                               + audio.string() + "'"),
              0);
    expectOpenError(audio, "no video stream");
}

TEST(MediaBadInput, FolderWithoutImages)
{
    TempDir dir;
    test::writeFile(dir / "readme.txt", "no pictures here");
    expectOpenError(dir.path(), "contains no images");
}

// A plain mp4 keeps its index (moov) at the end: cut in half, it cannot be opened.
TEST(MediaBadInput, TruncatedMp4WithoutIndex)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mp4", 100, "-c:v libx264");
    ASSERT_FALSE(clip.empty());
    test::truncateFile(clip, 0.5);
    expectOpenError(clip, "moov");
}

// With the index at the front (faststart), half the samples are missing.
TEST(MediaBadInput, TruncatedFaststartMp4)
{
    TempDir dir;
    const auto clip =
        test::makeTestClip(dir, "clip.mp4", 100, "-c:v libx264 -g 30 -movflags +faststart");
    ASSERT_FALSE(clip.empty());
    const auto clean = framesByTime(clip);
    test::truncateFile(clip, 0.5);
    try {
        VideoSource source(clip.string());
        EXPECT_GT(source.info().frameCount, 0);
        EXPECT_LE(source.info().frameCount, 100);
        const auto frames = readDamaged(source);
        EXPECT_GE(frames.size(), 30u);
        for (size_t i = 0; i + 1 < frames.size(); ++i)  // the last one may be cut
            EXPECT_EQ(frames[i].data, clean.at(frames[i].ptsUs)) << frames[i].frameIndex;
    } catch (const MediaError& error) {
        EXPECT_NE(std::string(error.what()).find(clip.string()), std::string::npos);
    }
}

TEST(MediaBadInput, TruncatedMkvDecodesWhatIsThere)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mkv", 100, "-c:v libx264 -g 30 -bf 3");
    ASSERT_FALSE(clip.empty());
    const auto clean = framesByTime(clip);
    test::truncateFile(clip, 0.5);
    VideoSource source(clip.string());
    EXPECT_GT(source.info().frameCount, 20);
    EXPECT_LT(source.info().frameCount, 100);
    const auto frames = readDamaged(source);
    ASSERT_GE(frames.size(), 20u);
    for (size_t i = 0; i + 4 < frames.size(); ++i)  // the cut packet's neighbours may suffer
        EXPECT_EQ(frames[i].data, clean.at(frames[i].ptsUs)) << frames[i].frameIndex;
    // Random access within what is left.
    EXPECT_EQ(source.frame(10).data, clean.at(source.timeUsOfFrame(10)));
}

// A few KB of garbage in the middle of an H.264 stream: decoding goes on
// past it, frames before it are intact, and the next keyframe restores
// exact pictures.
class CorruptedStream : public ::testing::TestWithParam<const char*> {};

TEST_P(CorruptedStream, DecodesAroundDamage)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, std::string("clip.") + GetParam(), 150,
                                         "-c:v libx264 -g 30 -bf 3");
    ASSERT_FALSE(clip.empty());
    const auto clean = framesByTime(clip);
    ASSERT_EQ(clean.size(), 150u);
    const auto size = static_cast<int64_t>(std::filesystem::file_size(clip));
    test::overwriteWithGarbage(clip, size / 2, 6 * 1024, 7);

    VideoSource source(clip.string());
    EXPECT_GT(source.info().frameCount, 100);
    const auto frames = readDamaged(source);
    EXPECT_GT(frames.size(), 100u);
    int identical = 0;
    for (const Frame& frame : frames) {
        const auto it = clean.find(frame.ptsUs);
        ASSERT_NE(it, clean.end()) << "frame at an unknown time " << frame.ptsUs;
        if (frame.frameIndex < 40) {
            EXPECT_EQ(frame.data, it->second) << "before the damage, frame " << frame.frameIndex;
        }
        identical += frame.data == it->second ? 1 : 0;
    }
    EXPECT_GT(identical, 100);

    // Random access after the damage: the last GOP decodes exactly.
    const int64_t last = source.info().frameCount - 1;
    const Frame end = source.frame(last);
    EXPECT_EQ(end.data, clean.at(end.ptsUs));
    const Frame early = source.frame(5);
    EXPECT_EQ(early.data, clean.at(early.ptsUs));
}

INSTANTIATE_TEST_SUITE_P(Media, CorruptedStream, ::testing::Values("ts", "mkv"));

// One MJPEG picture wiped out: exactly that frame becomes a gap.
TEST(MediaBadInput, WipedMjpegPictureIsAnExactGap)
{
    TempDir dir;
    const auto clip =
        test::makeTestClip(dir, "clip.mkv", 30, "-c:v mjpeg -pix_fmt yuvj420p -q:v 4");
    ASSERT_FALSE(clip.empty());
    VideoSource cleanSource(clip.string());
    const auto clean = test::readAll(cleanSource);
    ASSERT_EQ(clean.size(), 30u);
    const auto packets = test::ffprobePackets(clip);
    ASSERT_EQ(packets.size(), 30u);
    // Keep the container's block header, zero the JPEG data.
    test::overwriteWithZeros(clip, packets[10].position + 8, packets[10].size - 8);

    VideoSource source(clip.string());
    ASSERT_EQ(source.info().frameCount, 30);
    const auto frames = readDamaged(source);
    ASSERT_EQ(frames.size(), 29u);
    for (const Frame& frame : frames)
        EXPECT_EQ(frame.data, clean[static_cast<size_t>(frame.frameIndex)].data)
            << frame.frameIndex;
    ASSERT_EQ(source.decodeGaps().size(), 1u);
    EXPECT_EQ(source.decodeGaps()[0].firstFrame, 10);
    EXPECT_EQ(source.decodeGaps()[0].lastFrame, 10);
    EXPECT_FALSE(source.decodeGaps()[0].reason.empty());

    Frame frame;
    EXPECT_FALSE(source.readFrame(10, frame));
    try {
        source.frame(10);
        FAIL() << "no exception";
    } catch (const MediaError& error) {
        EXPECT_NE(std::string(error.what()).find(clip.string()), std::string::npos);
    }
    EXPECT_EQ(source.frame(11).data, clean[11].data);
    EXPECT_EQ(source.frame(9).data, clean[9].data);
    EXPECT_EQ(source.decodeGaps().size(), 1u);
}

// One H.264 packet's payload wiped (container intact): the decoder makes no
// picture of it, which becomes a one-frame gap; pictures predicted from it
// are concealed, and the next keyframe restores exact pictures.
TEST(MediaBadInput, WipedH264PacketIsAGap)
{
    TempDir dir;
    const auto clip = test::makeTestClip(dir, "clip.mkv", 150, "-c:v libx264 -g 30 -bf 3");
    ASSERT_FALSE(clip.empty());
    VideoSource cleanSource(clip.string());
    const auto clean = test::readAll(cleanSource);
    ASSERT_EQ(clean.size(), 150u);
    const auto packets = test::ffprobePackets(clip);
    ASSERT_EQ(packets.size(), 150u);
    test::overwriteWithZeros(clip, packets[40].position + 8, packets[40].size - 8);

    VideoSource source(clip.string());
    ASSERT_EQ(source.info().frameCount, 150);
    const auto frames = readDamaged(source);
    EXPECT_EQ(frames.size(), 149u);
    ASSERT_EQ(source.decodeGaps().size(), 1u);
    const DecodeGap gap = source.decodeGaps()[0];
    EXPECT_EQ(gap.firstFrame, gap.lastFrame);
    EXPECT_GE(gap.firstFrame, 30);  // in the GOP of decode-order packet 40
    EXPECT_LT(gap.firstFrame, 60);
    for (const Frame& frame : frames) {
        if (frame.frameIndex < 30 || frame.frameIndex >= 60) {
            EXPECT_EQ(frame.data, clean[static_cast<size_t>(frame.frameIndex)].data)
                << frame.frameIndex;
        }
    }
    EXPECT_THROW(source.frame(gap.firstFrame), MediaError);
    EXPECT_EQ(source.frame(75).data, clean[75].data);
    EXPECT_EQ(source.frame(29).data, clean[29].data);
    EXPECT_EQ(source.decodeGaps().size(), 1u);
}
