// SampleScene: determinism, the normal activity, and anomalies that really
// differ from it (measured from the renderer's own object list).
#include "sample/samplescene.h"
#include "sample/scenegeometry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>

using namespace anomalens;
using namespace anomalens::sample;

namespace {

SampleOptions smallOptions(uint64_t seed)
{
    SampleOptions options;
    options.seed = seed;
    options.trainingClips = 3;
    options.testingClips = 6;  // every event variant once
    options.framesPerClip = 100;
    return options;
}

detail::SceneGeometry geometryOf(const SampleOptions& options)
{
    detail::SceneGeometry g;
    g.width = options.width;
    g.height = options.height;
    g.fps = options.fps;
    return g;
}

bool fullyInside(const Box& box, const SampleOptions& options)
{
    return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= options.width && box.y1 <= options.height;
}

// Per-object statistics over every frame of every clip of one split.
struct KindStats {
    double maxSpeed = 0, minSpeed = 1e9;  // pixels per frame, from positions in consecutive frames
    double maxArea = 0, minArea = 1e9;    // box area while fully inside the picture
    int framesOnPath = 0, frames = 0;
    double maxVerticalShare = 0;          // |dy| / |d| of the motion
};

std::map<ObjectKind, KindStats> measure(const SampleScene& scene, Split split)
{
    const auto g = geometryOf(scene.options());
    std::map<ObjectKind, KindStats> stats;
    for (int clip = 0; clip < scene.clipCount(split); ++clip) {
        std::map<int, SceneObject> previous;
        for (int f = 0; f < scene.clip(split, clip).frameCount; ++f) {
            std::map<int, SceneObject> current;
            for (const SceneObject& object : scene.objects(split, clip, f)) {
                KindStats& s = stats[object.kind];
                current[object.id] = object;
                ++s.frames;
                s.framesOnPath += g.onPath(object.x, object.y);
                if (fullyInside(object.box, scene.options())) {
                    s.maxArea = std::max(s.maxArea, object.box.area());
                    s.minArea = std::min(s.minArea, object.box.area());
                }
                const auto before = previous.find(object.id);
                if (before == previous.end())
                    continue;
                const double dx = object.x - before->second.x, dy = object.y - before->second.y;
                const double speed = std::hypot(dx, dy);
                s.maxSpeed = std::max(s.maxSpeed, speed);
                s.minSpeed = std::min(s.minSpeed, speed);
                s.maxVerticalShare = std::max(s.maxVerticalShare, std::fabs(dy) / speed);
            }
            previous = std::move(current);
        }
    }
    return stats;
}

size_t differingBytes(const media::Frame& a, const media::Frame& b)
{
    size_t count = 0;
    for (size_t i = 0; i < a.data.size(); ++i)
        count += a.data[i] != b.data[i];
    return count;
}

} // namespace

TEST(SampleScene, SameSeedSamePixelsDifferentSeedDifferentPixels)
{
    const SampleScene a(smallOptions(42)), b(smallOptions(42)), c(smallOptions(43));
    for (const auto& [split, clip, frame] : {std::tuple{Split::Training, 0, 0},
                                             std::tuple{Split::Training, 2, 57},
                                             std::tuple{Split::Testing, 3, 99}}) {
        const media::Frame fa = a.render(split, clip, frame), fb = b.render(split, clip, frame);
        ASSERT_EQ(fa.data.size(), 320u * 240u * 3u);
        EXPECT_EQ(fa.width, 320);
        EXPECT_EQ(fa.format, media::PixelFormat::Rgb24);
        EXPECT_EQ(fa.frameIndex, frame);
        EXPECT_EQ(fa.ptsUs, frame * 100000);
        EXPECT_EQ(fa.data, fb.data);
        // Another seed: other textures, other people, other noise.
        EXPECT_GT(differingBytes(fa, c.render(split, clip, frame)), fa.data.size() / 2);
    }
    EXPECT_EQ(a.clip(Split::Testing, 1).frameLabels, b.clip(Split::Testing, 1).frameLabels);
}

TEST(SampleScene, PixelsDoNotDependOnRenderOrderOrThreads)
{
    const SampleScene scene(smallOptions(5));
    const int frames = 20;
    std::vector<media::Frame> forward(frames), backward(frames), threaded(frames);
    for (int f = 0; f < frames; ++f)
        scene.render(Split::Testing, 0, f, forward[f]);
    media::Frame reused;  // one buffer reused in reverse order
    for (int f = frames - 1; f >= 0; --f) {
        scene.render(Split::Testing, 0, f, reused);
        backward[f] = reused;
    }
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t)
        threads.emplace_back([&, t] {
            for (int f = t; f < frames; f += 2)
                scene.render(Split::Testing, 0, f, threaded[f]);
        });
    for (auto& thread : threads)
        thread.join();
    for (int f = 0; f < frames; ++f) {
        EXPECT_EQ(forward[f].data, backward[f].data) << f;
        EXPECT_EQ(forward[f].data, threaded[f].data) << f;
    }
    EXPECT_NE(forward[0].data, forward[1].data);  // noise and motion: every frame differs
}

TEST(SampleScene, TrainingClipsHaveOneToFourPedestriansWalkingBothWaysOnThePath)
{
    for (const uint64_t seed : {1, 2, 3, 99}) {
        const SampleScene scene(smallOptions(seed));
        const auto g = geometryOf(scene.options());
        int rightwards = 0, leftwards = 0;
        for (int clip = 0; clip < scene.clipCount(Split::Training); ++clip) {
            EXPECT_TRUE(scene.clip(Split::Training, clip).events.empty());
            const auto& labels = scene.clip(Split::Training, clip).frameLabels;
            EXPECT_EQ(std::count(labels.begin(), labels.end(), 1), 0);
            for (int f = 0; f < scene.clip(Split::Training, clip).frameCount; ++f) {
                const auto objects = scene.objects(Split::Training, clip, f);
                EXPECT_GE(objects.size(), 1u) << "seed " << seed << " clip " << clip << " frame " << f;
                EXPECT_LE(objects.size(), 4u) << "seed " << seed << " clip " << clip << " frame " << f;
                for (const SceneObject& object : objects) {
                    ASSERT_EQ(object.kind, ObjectKind::Pedestrian);
                    EXPECT_TRUE(g.onPath(object.x, object.y));
                    (object.vx > 0 ? rightwards : leftwards) += 1;
                }
            }
        }
        EXPECT_GT(rightwards, 0) << seed;
        EXPECT_GT(leftwards, 0) << seed;
    }
}

TEST(SampleScene, AnomaliesDifferFromPedestriansInSpeedSizeAndPlace)
{
    const SampleScene scene(smallOptions(11));
    const auto normal = measure(scene, Split::Training);
    const auto test = measure(scene, Split::Testing);
    const KindStats& walkers = normal.at(ObjectKind::Pedestrian);
    ASSERT_GT(walkers.frames, 100);
    // Walking: 1.7-2.4 px per frame at 10 fps, along the (almost horizontal) path.
    EXPECT_GT(walkers.minSpeed, 1.5);
    EXPECT_LT(walkers.maxSpeed, 2.6);
    EXPECT_LT(walkers.maxVerticalShare, 0.2);
    EXPECT_EQ(walkers.framesOnPath, walkers.frames);

    for (const ObjectKind fast : {ObjectKind::Cyclist, ObjectKind::Runner}) {
        ASSERT_TRUE(test.count(fast)) << toString(fast);
        EXPECT_GT(test.at(fast).minSpeed, 2.0 * walkers.maxSpeed) << toString(fast);
    }
    ASSERT_TRUE(test.count(ObjectKind::Cart));
    EXPECT_GT(test.at(ObjectKind::Cart).minArea, 2.0 * walkers.maxArea);

    ASSERT_TRUE(test.count(ObjectKind::LawnCrosser));
    const KindStats& crosser = test.at(ObjectKind::LawnCrosser);
    EXPECT_LT(crosser.framesOnPath, crosser.frames / 2);   // mostly on the grass
    EXPECT_GT(crosser.maxVerticalShare, 0.9);              // across the flow, not along it
}

TEST(SampleScene, LabelsAreExactlyTheFramesWithAnAnomalousObject)
{
    SampleOptions options = smallOptions(7);
    options.testingClips = 4;  // the first four variants show every kind
    options.framesPerClip = 80;
    const SampleScene scene(options);
    int anomalous = 0, total = 0;
    std::set<ObjectKind> kinds;
    for (int clip = 0; clip < scene.clipCount(Split::Testing); ++clip) {
        const ClipInfo& info = scene.clip(Split::Testing, clip);
        ASSERT_GE(info.events.size(), 1u);
        ASSERT_LE(info.events.size(), 2u);
        int strongDifference = 0, labelled = 0;
        for (int f = 0; f < info.frameCount; ++f) {
            bool present = false;
            for (const SceneObject& object : scene.objects(Split::Testing, clip, f))
                present |= isAnomalous(object.kind);
            ASSERT_EQ(info.frameLabels[f] == 1, present) << "clip " << clip << " frame " << f;

            media::Frame with, without;
            scene.render(Split::Testing, clip, f, with);
            scene.render(Split::Testing, clip, f, without, RenderOptions{false, true});
            if (!present) {
                EXPECT_EQ(with.data, without.data) << "clip " << clip << " frame " << f;
                continue;
            }
            ++labelled;
            size_t changed = 0;
            for (size_t i = 0; i < with.data.size(); ++i)
                changed += std::abs(with.data[i] - without.data[i]) > 8;
            strongDifference += changed > 60;
        }
        // Objects just entering or leaving touch only a few pixels; the rest stand out.
        EXPECT_GE(strongDifference, labelled * 9 / 10) << "clip " << clip;
        for (const AnomalyEvent& event : info.events) {
            kinds.insert(event.kind);
            EXPECT_FALSE(event.description.empty());
            EXPECT_EQ(info.frameLabels[event.firstFrame], 1);
            EXPECT_EQ(info.frameLabels[event.lastFrame], 1);
        }
        const int clipAnomalous = static_cast<int>(std::count(info.frameLabels.begin(), info.frameLabels.end(), 1));
        EXPECT_GT(clipAnomalous, 0);
        EXPECT_LT(clipAnomalous, info.frameCount);  // every clip has normal frames too
        anomalous += clipAnomalous;
        total += info.frameCount;
    }
    EXPECT_EQ(kinds, (std::set<ObjectKind>{ObjectKind::Cyclist, ObjectKind::Runner, ObjectKind::Cart,
                                           ObjectKind::LawnCrosser}));
    EXPECT_GT(anomalous, total / 4);
    EXPECT_LT(anomalous, total * 9 / 10);
}

TEST(SampleScene, NoiseAndLightingDriftAreSmallAndSeeded)
{
    SampleOptions options = smallOptions(3);
    const SampleScene scene(options);
    media::Frame noisy, clean;
    scene.render(Split::Training, 0, 10, noisy);
    scene.render(Split::Training, 0, 10, clean, RenderOptions{true, false});
    double sum = 0, sumSq = 0;
    for (size_t i = 0; i < noisy.data.size(); ++i) {
        const double d = static_cast<double>(noisy.data[i]) - clean.data[i];
        sum += d, sumSq += d * d;
    }
    const double n = static_cast<double>(noisy.data.size());
    const double sigma = std::sqrt(sumSq / n - (sum / n) * (sum / n));
    EXPECT_NEAR(sigma, options.noiseSigma, 0.35 * options.noiseSigma);

    // Brightness of the empty lower lawn over a clip: drifts, but only a few %.
    double darkest = 1e9, brightest = 0;
    for (int f = 0; f < options.framesPerClip; f += 5) {
        scene.render(Split::Training, 0, f, clean, RenderOptions{true, false});
        double mean = 0;
        for (int y = 200; y < 240; ++y)
            for (int x = 0; x < 320 * 3; ++x)
                mean += clean.data[static_cast<size_t>(y) * 320 * 3 + x];
        mean /= 40.0 * 320 * 3;
        darkest = std::min(darkest, mean);
        brightest = std::max(brightest, mean);
    }
    EXPECT_GT(brightest / darkest, 1.003);
    EXPECT_LT(brightest / darkest, 1.0 + 2.5 * options.lightingDrift);
}

TEST(SampleScene, OtherSizesAndFrameRatesKeepRealSpeeds)
{
    SampleOptions options = smallOptions(4);
    options.width = 360;
    options.height = 240;
    options.fps = 20.0;  // twice the frames per second: half the pixels per frame
    const SampleScene scene(options);
    const auto stats = measure(scene, Split::Training);
    EXPECT_LT(stats.at(ObjectKind::Pedestrian).maxSpeed, 1.3);
    EXPECT_GT(stats.at(ObjectKind::Pedestrian).minSpeed, 0.75);
    const media::Frame frame = scene.render(Split::Training, 0, 0);
    EXPECT_EQ(frame.width, 360);
    EXPECT_EQ(frame.ptsUs, 0);
    EXPECT_EQ(scene.render(Split::Training, 0, 3).ptsUs, 150000);
}

TEST(SampleScene, RejectsBadOptionsAndIndices)
{
    SampleOptions bad;
    bad.width = 8;
    EXPECT_THROW(SampleScene{bad}, std::invalid_argument);
    bad = SampleOptions{};
    bad.framesPerClip = 0;
    EXPECT_THROW(SampleScene{bad}, std::invalid_argument);
    bad = SampleOptions{};
    bad.fps = 0;
    EXPECT_THROW(SampleScene{bad}, std::invalid_argument);

    const SampleScene scene(smallOptions(1));
    EXPECT_THROW(scene.render(Split::Training, 3, 0), std::out_of_range);
    EXPECT_THROW(scene.render(Split::Testing, 0, 100), std::out_of_range);
    EXPECT_THROW(scene.objects(Split::Testing, -1, 0), std::out_of_range);
    EXPECT_EQ(clipName(0), "01");
    EXPECT_EQ(clipName(11), "12");
}
