// The clip dataset: which clips are found, that a window never spans two
// clips nor reaches into the held-out frames, and that sampling is a
// deterministic function of the seed. Torch-free.
#include "trainingtestutil.h"

#include "evidence/sha256.h"
#include "testsupport.h"
#include "training/clipdataset.h"
#include "training/footage.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <set>

namespace anomalens::training {
namespace {

constexpr int kClipStep = 80;  // pixel value offset between clips
constexpr int kFrameStep = 5;  // ... and between frames of a clip

struct FrameId {
    int clip;
    int frame;
};

FrameId identify(const std::uint8_t* pixels)
{
    const int value = pixels[0];
    return {value / kClipStep, static_cast<int>(std::lround((value % kClipStep) / double(kFrameStep)))};
}

// Three clips of 7, 12 and 5 frames under one parent folder.
std::filesystem::path writeNumberedFootage(const std::filesystem::path& root)
{
    const int lengths[] = {7, 12, 5};
    for (int clip = 0; clip < 3; ++clip)
        test::writeNumberedClip(root / ("0" + std::to_string(clip + 1)), lengths[clip], clip * kClipStep, kFrameStep);
    return root;
}

TEST(Footage, FindsClipsInParentFoldersFrameFoldersAndFiles)
{
    anomalens::test::TempDir dir;
    writeNumberedFootage(dir / "frames");
    std::ofstream(dir / "frames" / "README.txt") << "not footage\n";
    std::ofstream(dir / "frames" / "clip.mp4") << "a file named like a video";
    const std::vector<FootageSource> clips = discoverFootage({(dir / "frames").string()});
    ASSERT_EQ(clips.size(), 4u); // 01, 02, 03 (folders), clip.mp4; README.txt left out
    EXPECT_EQ(std::filesystem::path(clips[0].path).filename(), "01");
    EXPECT_TRUE(clips[0].isImageFolder);
    EXPECT_EQ(std::filesystem::path(clips[3].path).filename(), "clip.mp4");
    EXPECT_FALSE(clips[3].isImageFolder);

    // One frame folder is one clip; naming a clip twice lists it once.
    const std::vector<FootageSource> one =
        discoverFootage({(dir / "frames" / "02").string(), (dir / "frames" / "02").string()});
    ASSERT_EQ(one.size(), 1u);
    EXPECT_TRUE(one[0].isImageFolder);

    EXPECT_THROW(discoverFootage({(dir / "missing").string()}), std::invalid_argument);
    std::filesystem::create_directories(dir / "empty");
    EXPECT_THROW(discoverFootage({(dir / "empty").string()}), std::invalid_argument);
}

TEST(Footage, RangeSpecsNameAPartOfOneClip)
{
    const auto range = parseFootageRangeSpec("/data/cam 1@x.mp4@120-479");
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->path, "/data/cam 1@x.mp4");
    EXPECT_EQ(range->firstFrame, 120);
    EXPECT_EQ(range->lastFrame, 479);
    EXPECT_EQ(footageRangeSpec(*range), "/data/cam 1@x.mp4@120-479");
    EXPECT_FALSE(parseFootageRangeSpec("/data/cam.mp4").has_value());
    EXPECT_FALSE(parseFootageRangeSpec("/data/cam.mp4@9-3").has_value()) << "first after last";
    EXPECT_FALSE(parseFootageRangeSpec("/data/cam.mp4@-3").has_value());
    EXPECT_FALSE(parseFootageRangeSpec("@1-3").has_value());

    anomalens::test::TempDir dir;
    writeNumberedFootage(dir / "frames");
    const std::string clip = (dir / "frames" / "02").string();
    // Two ranges of one clip are two clips; the same range twice is one.
    const auto sources = discoverFootage({clip + "@0-4", clip + "@6-11", clip + "@0-4"});
    ASSERT_EQ(sources.size(), 2u);
    EXPECT_EQ(sources[0].path, clip);
    EXPECT_TRUE(sources[0].isImageFolder);
    EXPECT_EQ(sources[1].firstFrame, 6);
    EXPECT_EQ(sources[1].lastFrame, 11);
    EXPECT_TRUE(sources[1].isRange());
    // A range needs one clip, and an existing one.
    EXPECT_THROW(discoverFootage({(dir / "frames").string() + "@0-4"}), std::invalid_argument);
    EXPECT_THROW(discoverFootage({(dir / "missing").string() + "@0-4"}), std::invalid_argument);
}

TEST(ClipDataset, RangesDecodeOnlyTheirFramesAndWindowsNeverSpanTwoRanges)
{
    anomalens::test::TempDir dir;
    writeNumberedFootage(dir / "frames");
    const std::string clip = (dir / "frames" / "02").string();   // 12 frames, clip id 1
    DatasetOptions options;
    options.frameSize = 8;
    options.windowLength = 3;
    options.heldOutFraction = 0.0;
    const ClipDataset dataset({clip + "@2-6", clip + "@7-9"}, options);
    ASSERT_EQ(dataset.clipCount(), 2u);
    EXPECT_EQ(dataset.footage(0).frameCount, 5);
    EXPECT_EQ(dataset.footage(0).firstFrame, 2);
    EXPECT_EQ(dataset.footage(0).lastFrame, 6);
    EXPECT_EQ(dataset.footage(1).frameCount, 3);
    EXPECT_EQ(dataset.footage(0).sha256, evidence::sha256Directory(clip)) << "the digest is the whole clip's";
    for (std::int64_t frame = 0; frame < 5; ++frame) {
        EXPECT_EQ(dataset.sourceFrame(0, frame), frame + 2);
        const FrameId id = identify(dataset.framePixels(0, frame));
        EXPECT_EQ(id.clip, 1);
        EXPECT_EQ(id.frame, frame + 2);
    }
    EXPECT_EQ(identify(dataset.framePixels(1, 0)).frame, 7);
    // 5 frames give 3 windows of 3, 3 frames give 1: none crosses from 6 to 7.
    ASSERT_EQ(dataset.trainingWindows().size(), 4u);
    for (const ClipWindow& window : dataset.trainingWindows()) {
        const std::int64_t first = dataset.sourceFrame(window.clip, window.firstFrame);
        const std::int64_t last = dataset.sourceFrame(window.clip, window.targetFrame(3));
        EXPECT_EQ(last - first, 2);
        EXPECT_TRUE(last <= 6 || first >= 7) << first << ".." << last;
    }
    // A range past the clip's end has no frames: a clear error, not an empty model.
    EXPECT_THROW(ClipDataset({clip + "@20-30"}, options), std::invalid_argument);
    // A range running past the end stops at the last frame.
    EXPECT_EQ(ClipDataset({clip + "@9-30"}, options).footage(0).frameCount, 3);
}

TEST(ClipDataset, WindowsStayInsideOneClipAndOutsideTheHeldOutFrames)
{
    anomalens::test::TempDir dir;
    DatasetOptions options;
    options.frameSize = 8;
    options.windowLength = 5;
    options.heldOutFraction = 0.25;
    const ClipDataset dataset({writeNumberedFootage(dir / "frames").string()}, options);
    ASSERT_EQ(dataset.clipCount(), 3u);
    // 7 frames: 2 held out (round(1.75)), 5 to train on: one window.
    // 12 frames: 3 held out, 9: five windows. 5 frames: 1 held out, 4: none.
    EXPECT_EQ(dataset.footage(0).heldOutFrames, 2);
    EXPECT_EQ(dataset.footage(1).trainingFrames, 9);
    EXPECT_EQ(dataset.footage(2).trainingFrames, 4);
    EXPECT_EQ(dataset.trainingWindows().size(), 6u);

    for (const ClipWindow& window : dataset.trainingWindows()) {
        for (int f = 0; f < options.windowLength; ++f) {
            const FrameId id = identify(dataset.framePixels(window.clip, window.firstFrame + f));
            EXPECT_EQ(id.clip, static_cast<int>(window.clip));
            EXPECT_EQ(id.frame, window.firstFrame + f); // consecutive, in order
            EXPECT_LT(id.frame, dataset.footage(window.clip).trainingFrames);
        }
    }
    // Held-out windows: every held-out frame is a target once, in order, its
    // history taken from the same clip.
    const std::vector<ClipWindow> heldOut = dataset.heldOutWindows(1);
    ASSERT_EQ(heldOut.size(), 3u);
    for (std::size_t i = 0; i < heldOut.size(); ++i) {
        EXPECT_EQ(heldOut[i].targetFrame(options.windowLength), 9 + static_cast<std::int64_t>(i));
        EXPECT_EQ(identify(dataset.framePixels(1, heldOut[i].firstFrame)).clip, 1);
    }
}

TEST(ClipDataset, RecordsFootageHashesAndFrameCounts)
{
    anomalens::test::TempDir dir;
    DatasetOptions options;
    options.frameSize = 8;
    options.windowLength = 1;
    options.heldOutFraction = 0.0;
    const ClipDataset dataset({writeNumberedFootage(dir / "frames").string()}, options);
    const FootageRecord& record = dataset.footage(1);
    EXPECT_EQ(record.kind, "folder");
    EXPECT_EQ(record.frameCount, 12);
    EXPECT_EQ(record.sha256, evidence::sha256Directory((dir / "frames" / "02").string()));
    EXPECT_EQ(dataset.trainingWindows().size(), 7u + 12u + 5u); // reconstruction: every frame
}

TEST(ClipDataset, RefusesFootageTooShortToTrainOn)
{
    anomalens::test::TempDir dir;
    test::writeNumberedClip(dir / "short", 4, 0, kFrameStep);
    DatasetOptions options;
    options.frameSize = 8;
    options.windowLength = 5;
    EXPECT_THROW(ClipDataset({(dir / "short").string()}, options), std::invalid_argument);
}

TEST(ClipDataset, CancelStopsTheDecoding)
{
    anomalens::test::TempDir dir;
    std::atomic<bool> cancel{true};
    DatasetOptions options;
    options.frameSize = 8;
    options.cancel = &cancel;
    EXPECT_THROW(ClipDataset({writeNumberedFootage(dir / "frames").string()}, options), DatasetCancelled);
}

TEST(WindowSampler, IsAFunctionOfSeedAndSampleNumber)
{
    constexpr std::size_t kWindows = 37;
    WindowSampler first(kWindows, 42), again(kWindows, 42), other(kWindows, 43);
    std::vector<std::size_t> drawn, otherDrawn;
    for (std::uint64_t n = 0; n < 3 * kWindows; ++n) {
        drawn.push_back(first.windowAt(n));
        otherDrawn.push_back(other.windowAt(n));
    }
    // Out of order (as a resumed run asks) gives the same answers.
    for (std::uint64_t n = 3 * kWindows; n-- > 0;)
        EXPECT_EQ(again.windowAt(n), drawn[n]);
    EXPECT_NE(drawn, otherDrawn);
    // Each epoch visits every window once, in a different order.
    for (std::size_t epoch = 0; epoch < 3; ++epoch) {
        const std::set<std::size_t> visited(drawn.begin() + epoch * kWindows, drawn.begin() + (epoch + 1) * kWindows);
        EXPECT_EQ(visited.size(), kWindows);
    }
    EXPECT_FALSE(std::equal(drawn.begin(), drawn.begin() + kWindows, drawn.begin() + kWindows));
}

} // namespace
} // namespace anomalens::training
