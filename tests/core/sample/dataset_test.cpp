// writeSampleDataset: the Ped2 layout on disk, labels that round-trip, and
// files whose pixels match the renderer's.
#include "eval/labels.h"
#include "media/videosource.h"
#include "sample/sampledataset.h"

#include "testdecode.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace anomalens;
using namespace anomalens::sample;
using anomalens::test::TempDir;
namespace fs = std::filesystem;

namespace {

SampleOptions tinyOptions()
{
    SampleOptions options;
    options.seed = 9;
    options.trainingClips = 2;
    options.testingClips = 3;
    options.framesPerClip = 30;
    return options;
}

int countFiles(const fs::path& dir, const std::string& extension)
{
    int count = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        count += entry.path().extension() == extension;
    return count;
}

std::string readText(const fs::path& path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST(SampleDataset, WritesThePed2Layout)
{
    TempDir dir;
    const fs::path root = dir / "sample";
    std::vector<std::pair<int64_t, int64_t>> progress;
    const SampleOptions options = tinyOptions();
    const SampleDataset dataset = writeSampleDataset(
        root, options, [&](int64_t done, int64_t total) { progress.emplace_back(done, total); });

    EXPECT_FALSE(dataset.cancelled);
    EXPECT_EQ(dataset.framesWritten, 5 * 30);
    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(progress.back(), (std::pair<int64_t, int64_t>{150, 150}));
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));

    for (const auto& [split, clips] : {std::pair{Split::Training, 2}, std::pair{Split::Testing, 3}}) {
        const fs::path frames = root / toString(split) / "frames";
        int folders = 0;
        for (const auto& entry : fs::directory_iterator(frames))
            folders += entry.is_directory();
        EXPECT_EQ(folders, clips);
        for (int clip = 0; clip < clips; ++clip) {
            const fs::path folder = frames / clipName(clip);
            EXPECT_EQ(countFiles(folder, ".jpg"), 30) << folder;
            EXPECT_TRUE(fs::is_regular_file(folder / "000.jpg"));
            EXPECT_TRUE(fs::is_regular_file(folder / "029.jpg"));
            EXPECT_TRUE(fs::is_regular_file(sampleVideoPath(root, split, clip)));
        }
    }
    EXPECT_TRUE(fs::is_regular_file(root / "videos" / "testing" / "03.mp4"));
    EXPECT_FALSE(fs::exists(root / "videos" / "testing" / "04.mp4"));

    // README names the seed and every event with its frames.
    const std::string readme = readText(root / "README.txt");
    EXPECT_NE(readme.find("seed 9"), std::string::npos);
    for (const ClipInfo& clip : dataset.testingClips)
        for (const AnomalyEvent& event : clip.events)
            EXPECT_NE(readme.find(std::to_string(event.firstFrame) + "-" +
                                  std::to_string(event.lastFrame) + ": " + event.description),
                      std::string::npos)
                << event.description;
}

TEST(SampleDataset, LabelsCsvRoundTripsToTheRenderersGroundTruth)
{
    TempDir dir;
    const SampleOptions options = tinyOptions();
    const SampleDataset dataset = writeSampleDataset(dir / "s", options, {}, SampleOutputOptions{false, false});
    EXPECT_FALSE(fs::exists(dir / "s" / "videos"));
    EXPECT_FALSE(fs::exists(dir / "s" / "training" / "frames"));

    const fs::path csv = sampleLabelsPath(dir / "s");
    std::ifstream in(csv);
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header, "video,frames,first_anomalous_frame,last_anomalous_frame");

    const auto ranges = eval::readLabelsCsv(csv);
    EXPECT_EQ(ranges, dataset.labels);
    const SampleScene scene(options);
    for (int clip = 0; clip < options.testingClips; ++clip)
        EXPECT_EQ(eval::frameLabels(ranges, clipName(clip), options.framesPerClip),
                  scene.clip(Split::Testing, clip).frameLabels)
            << clip;
}

TEST(SampleDataset, FilesReadBackThroughVideoSourceMatchTheRenderedPixels)
{
    TempDir dir;
    const SampleOptions options = tinyOptions();
    writeSampleDataset(dir / "s", options);
    const SampleScene scene(options);

    media::VideoSource video(sampleVideoPath(dir / "s", Split::Testing, 1).string());
    EXPECT_EQ(video.info().codec, "h264");
    EXPECT_EQ(video.info().width, 320);
    EXPECT_EQ(video.info().height, 240);
    EXPECT_NEAR(video.info().fps, 10.0, 1e-6);
    EXPECT_EQ(video.info().frameCount, 30);
    media::Frame frame;
    int frames = 0;
    while (video.next(frame)) {
        EXPECT_EQ(frame.frameIndex, frames);
        EXPECT_EQ(frame.ptsUs, frames * 100000);
        EXPECT_GT(test::psnr(scene.render(Split::Testing, 1, frames), frame.data), 30.0) << frames;
        ++frames;
    }
    EXPECT_EQ(frames, 30);

    // The JPEG folder is an image sequence of the same length.
    media::VideoSource folder(sampleFramesDir(dir / "s", Split::Training, 1).string());
    EXPECT_TRUE(folder.info().isImageSequence);
    EXPECT_EQ(folder.info().frameCount, 30);
    EXPECT_GT(test::psnr(scene.render(Split::Training, 1, 17), folder.frame(17).data), 30.0);
}

TEST(SampleDataset, ResultDoesNotDependOnThreadCount)
{
    TempDir dir;
    SampleOptions options = tinyOptions();
    options.framesPerClip = 12;
    SampleOutputOptions one{true, false};
    one.threads = 1;
    SampleOutputOptions three{true, false};
    three.threads = 3;
    writeSampleDataset(dir / "a", options, {}, one);
    writeSampleDataset(dir / "b", options, {}, three);
    for (const auto& [split, clip] : {std::pair{Split::Training, 0}, std::pair{Split::Testing, 2}})
        for (int f = 0; f < 12; f += 5) {
            const fs::path a = sampleFramePath(dir / "a", split, clip, f, 12);
            const fs::path b = sampleFramePath(dir / "b", split, clip, f, 12);
            EXPECT_EQ(readText(a), readText(b)) << a;  // same pixels, same JPEG encoder: same bytes
        }
}

TEST(SampleDataset, ReplacesAnEarlierSampleButRefusesOtherFolders)
{
    TempDir dir;
    SampleOptions options = tinyOptions();
    options.framesPerClip = 5;
    writeSampleDataset(dir / "s", options, {}, SampleOutputOptions{true, false});
    options.testingClips = 1;
    writeSampleDataset(dir / "s", options, {}, SampleOutputOptions{true, false});
    EXPECT_TRUE(fs::exists(dir / "s" / "testing" / "frames" / "01"));
    EXPECT_FALSE(fs::exists(dir / "s" / "testing" / "frames" / "02"));  // stale clips are gone

    fs::create_directories(dir / "other");
    std::ofstream(dir / "other" / "notes.txt") << "keep me";
    EXPECT_THROW(writeSampleDataset(dir / "other", options), std::invalid_argument);
    EXPECT_TRUE(fs::exists(dir / "other" / "notes.txt"));

    SampleOptions odd = options;
    odd.width = 321;
    EXPECT_THROW(writeSampleDataset(dir / "odd", odd), std::invalid_argument);
}

TEST(SampleDataset, CanBeCancelled)
{
    TempDir dir;
    std::atomic<bool> cancel{true};
    SampleOutputOptions output{true, false};
    output.cancel = &cancel;
    const SampleDataset dataset = writeSampleDataset(dir / "s", tinyOptions(), {}, output);
    EXPECT_TRUE(dataset.cancelled);
    EXPECT_LT(dataset.framesWritten, 150);
}
