#include "analysis/events.h"

#include <gtest/gtest.h>

#include <cmath>
#include <ostream>
#include <random>
#include <stdexcept>

using namespace anomalens::analysis;

namespace anomalens::analysis {
// So that failed comparisons print events readably.
void PrintTo(const DetectedEvent& e, std::ostream* os)
{
    *os << "[" << e.startFrame << ".." << e.endFrame << " peak " << e.peakFrame << "=" << e.peakScore << "]";
}
} // namespace anomalens::analysis

namespace {

using Series = std::vector<double>;
using Events = std::vector<DetectedEvent>;
const double kNaN = std::nan("");

EventOptions thresholds(double on, double off)
{
    EventOptions o;
    o.onThreshold = on;
    o.offThreshold = off;
    return o;
}

// Streams the series frame by frame (skipping NaN frames entirely when asked,
// which the detector must treat like NaN scores) and checks on the way that
// final events never change afterwards.
Events streamed(const Series& scores, const EventOptions& options, bool skipNaNFrames)
{
    const Events batch = detectEvents(scores, options);
    EventDetector detector(options);
    Events taken;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (skipNaNFrames && std::isnan(scores[i]))
            continue;
        detector.push(static_cast<int64_t>(i), scores[i]);
        const Events fresh = detector.takeNewFinalEvents();
        taken.insert(taken.end(), fresh.begin(), fresh.end());
        // What is final so far is a prefix of the final answer.
        const Events& sofar = detector.finalEvents();
        EXPECT_LE(sofar.size(), batch.size());
        for (size_t k = 0; k < sofar.size() && k < batch.size(); ++k)
            EXPECT_EQ(sofar[k], batch[k]) << "event " << k << " final after frame " << i;
    }
    detector.finish(static_cast<int64_t>(scores.size()));
    const Events fresh = detector.takeNewFinalEvents();
    taken.insert(taken.end(), fresh.begin(), fresh.end());
    EXPECT_EQ(taken, detector.finalEvents());
    return detector.finalEvents();
}

} // namespace

TEST(EventOptions, RejectsInconsistentOptions)
{
    EXPECT_THROW(validateEventOptions(EventOptions{}), std::invalid_argument); // thresholds unset
    EXPECT_THROW(validateEventOptions(thresholds(0.3, 0.5)), std::invalid_argument);
    EXPECT_NO_THROW(validateEventOptions(thresholds(0.5, 0.5)));
    EventOptions o = thresholds(0.5, 0.3);
    o.minDurationFrames = 0;
    EXPECT_THROW(validateEventOptions(o), std::invalid_argument);
    o = thresholds(0.5, 0.3);
    o.mergeGapFrames = -1;
    EXPECT_THROW(detectEvents({}, o), std::invalid_argument);
    o = thresholds(0.5, 0.3);
    o.prePadFrames = -1;
    EXPECT_THROW(EventDetector{o}, std::invalid_argument);
    o = thresholds(0.5, 0.3);
    o.postPadFrames = -2;
    EXPECT_THROW(EventDetector{o}, std::invalid_argument);
}

TEST(DetectEvents, EmptyInputHasNoEvents)
{
    EXPECT_TRUE(detectEvents({}, thresholds(0.5, 0.3)).empty());
    EventDetector detector(thresholds(0.5, 0.3));
    detector.finish();
    EXPECT_TRUE(detector.finalEvents().empty());
}

TEST(DetectEvents, AllAboveIsOneEventOverEverything)
{
    // Ties for the peak go to the earliest frame.
    const Events events = detectEvents({0.9, 0.9, 0.7, 0.9, 0.8}, thresholds(0.5, 0.3));
    EXPECT_EQ(events, (Events{{0, 4, 0, 0.9}}));
}

TEST(DetectEvents, HysteresisKeepsAWigglingScoreOneEvent)
{
    // on 0.5, off 0.3. Frame 1 (0.6) starts; 0.4, 0.55, 0.35, 0.6 stay >= off;
    // frame 6 (0.2) ends it. Frame 7 (0.45) is >= off but below on: after
    // an end it starts nothing.
    const Series scores{0.0, 0.6, 0.4, 0.55, 0.35, 0.6, 0.2, 0.45, 0.0};
    EXPECT_EQ(detectEvents(scores, thresholds(0.5, 0.3)), (Events{{1, 5, 1, 0.6}}));
    // Without hysteresis (off = on) the dips split it into three.
    EXPECT_EQ(detectEvents(scores, thresholds(0.5, 0.5)),
              (Events{{1, 1, 1, 0.6}, {3, 3, 3, 0.55}, {5, 5, 5, 0.6}}));
}

TEST(DetectEvents, ThresholdsAreInclusive)
{
    // Exactly on starts, exactly off continues, just below off ends.
    const Series scores{0.5, 0.3, 0.2999, 0.3};
    EXPECT_EQ(detectEvents(scores, thresholds(0.5, 0.3)), (Events{{0, 1, 0, 0.5}}));
}

TEST(DetectEvents, NaNEndsAnEventAndNeverStartsOne)
{
    EXPECT_EQ(detectEvents({0.9, kNaN, 0.9}, thresholds(0.5, 0.3)),
              (Events{{0, 0, 0, 0.9}, {2, 2, 2, 0.9}}));
    EXPECT_TRUE(detectEvents({kNaN, kNaN, kNaN}, thresholds(-1.0, -1.0)).empty());
    // A merge gap can bridge it like any other below-off frame.
    EventOptions o = thresholds(0.5, 0.3);
    o.mergeGapFrames = 1;
    EXPECT_EQ(detectEvents({0.9, kNaN, 0.8}, o), (Events{{0, 2, 0, 0.9}}));
}

TEST(DetectEvents, MinimumDurationDropsShortEvents)
{
    // Segments [1, 2] (2 frames), [4, 6] (3 frames), [8, 11] (4 frames).
    const Series scores{0, 0.9, 0.9, 0, 0.6, 0.7, 0.6, 0, 0.8, 0.8, 0.95, 0.8};
    EventOptions o = thresholds(0.5, 0.5);
    o.minDurationFrames = 3;
    EXPECT_EQ(detectEvents(scores, o), (Events{{4, 6, 5, 0.7}, {8, 11, 10, 0.95}}));
    o.minDurationFrames = 4;
    EXPECT_EQ(detectEvents(scores, o), (Events{{8, 11, 10, 0.95}}));
}

TEST(DetectEvents, MinimumDurationIsMeasuredBeforePadding)
{
    // A one-frame blip padded to 11 frames is still a one-frame blip.
    EventOptions o = thresholds(0.5, 0.5);
    o.minDurationFrames = 3;
    o.prePadFrames = 5;
    o.postPadFrames = 5;
    Series scores(20, 0.0);
    scores[10] = 0.9;
    EXPECT_TRUE(detectEvents(scores, o).empty());
}

TEST(DetectEvents, MergeGapJoinsCloseEvents)
{
    // Segments [2, 3] and [6, 7]: two frames (4, 5) between them.
    const Series scores{0, 0, 0.8, 0.7, 0.1, 0.1, 0.9, 0.6, 0, 0};
    EventOptions o = thresholds(0.5, 0.5);
    o.mergeGapFrames = 1;
    EXPECT_EQ(detectEvents(scores, o), (Events{{2, 3, 2, 0.8}, {6, 7, 6, 0.9}}));
    o.mergeGapFrames = 2;
    EXPECT_EQ(detectEvents(scores, o), (Events{{2, 7, 6, 0.9}}));
    // Merging happens before the duration check: 2 + 2 + 2 = 6 frames.
    o.minDurationFrames = 6;
    EXPECT_EQ(detectEvents(scores, o), (Events{{2, 7, 6, 0.9}}));
    o.minDurationFrames = 7;
    EXPECT_TRUE(detectEvents(scores, o).empty());
}

TEST(DetectEvents, PaddingIsClippedToTheSeries)
{
    // Segments [1, 2] and [8, 8] in 10 frames.
    const Series scores{0, 0.9, 0.9, 0, 0, 0, 0, 0, 0.7, 0};
    EventOptions o = thresholds(0.5, 0.5);
    o.prePadFrames = 3;
    o.postPadFrames = 1;
    // [1-3, 2+1] -> [0, 3]; [8-3, 8+1] = [5, 9].
    EXPECT_EQ(detectEvents(scores, o), (Events{{0, 3, 1, 0.9}, {5, 9, 8, 0.7}}));
    o.postPadFrames = 5; // [0, 7] and [5, 13 -> 9] overlap -> one event
    EXPECT_EQ(detectEvents(scores, o), (Events{{0, 9, 1, 0.9}}));
}

TEST(DetectEvents, PaddedEventsThatTouchMerge)
{
    // Segments [3, 3] and [7, 7].
    const Series scores{0, 0, 0, 0.6, 0, 0, 0, 0.8, 0, 0, 0};
    EventOptions o = thresholds(0.5, 0.5);
    o.prePadFrames = 1;
    o.postPadFrames = 1;
    // [2, 4] and [6, 8]: frame 5 between them -> two events.
    EXPECT_EQ(detectEvents(scores, o), (Events{{2, 4, 3, 0.6}, {6, 8, 7, 0.8}}));
    // [2, 5] and [6, 8] touch -> one event, peak from the later segment.
    o.postPadFrames = 2;
    EXPECT_EQ(detectEvents(scores, o), (Events{{2, 9, 7, 0.8}}));
}

TEST(DetectEvents, PeakComesFromTheEventsOwnSegments)
{
    // Segment [2, 5] (peak 0.7 at 3) is kept; the 0.99 blip at 7 is too short,
    // and lying inside the post-padding does not make it the peak.
    const Series scores{0, 0, 0.6, 0.7, 0.6, 0.7, 0, 0.99, 0, 0};
    EventOptions o = thresholds(0.5, 0.5);
    o.minDurationFrames = 3;
    o.postPadFrames = 3;
    EXPECT_EQ(detectEvents(scores, o), (Events{{2, 8, 3, 0.7}}));
}

TEST(EventDetector, EventBecomesFinalOnceNothingCanChangeIt)
{
    // Segment [2, 3]; merge gap 1 and post-padding 2 -> event [2, 5]. A
    // segment starting at frame 5 would merge with it (one frame between), one
    // starting at 6 would touch [2, 5] after padding; so it is final once frame
    // 6 has been seen below onThreshold, and not one frame earlier.
    EventOptions o = thresholds(0.5, 0.5);
    o.mergeGapFrames = 1;
    o.postPadFrames = 2;
    EventDetector detector(o);
    const Series scores{0, 0, 0.9, 0.9, 0, 0, 0, 0};
    for (int64_t f = 0; f <= 5; ++f) {
        detector.push(f, scores[f]);
        EXPECT_TRUE(detector.takeNewFinalEvents().empty()) << "frame " << f;
    }
    detector.push(6, scores[6]);
    EXPECT_EQ(detector.takeNewFinalEvents(), (Events{{2, 5, 2, 0.9}}));
    detector.push(7, scores[7]);
    EXPECT_TRUE(detector.takeNewFinalEvents().empty());
    detector.finish();
    EXPECT_EQ(detector.finalEvents(), (Events{{2, 5, 2, 0.9}}));
}

TEST(EventDetector, FinishClipsAnOpenEventAndAcceptsTrailingMissingFrames)
{
    EventOptions o = thresholds(0.5, 0.3);
    o.postPadFrames = 10;
    EventDetector detector(o);
    detector.push(0, 0.1);
    detector.push(1, 0.8);
    detector.push(2, 0.6);
    EXPECT_TRUE(detector.finalEvents().empty());
    // Frames 3..5 exist but have no score: the event ends at 2 and its
    // padding stops at the last frame, 5.
    detector.finish(6);
    EXPECT_EQ(detector.finalEvents(), (Events{{1, 5, 1, 0.8}}));
    EXPECT_EQ(detectEvents({0.1, 0.8, 0.6, kNaN, kNaN, kNaN}, o), detector.finalEvents());
}

TEST(EventDetector, RejectsMisuse)
{
    EventDetector detector(thresholds(0.5, 0.3));
    detector.push(3, 0.1); // frames 0..2 missing: allowed
    EXPECT_THROW(detector.push(3, 0.1), std::invalid_argument);
    EXPECT_THROW(detector.push(2, 0.1), std::invalid_argument);
    EXPECT_THROW(detector.finish(3), std::invalid_argument);
    detector.finish(4);
    EXPECT_TRUE(detector.finished());
    EXPECT_THROW(detector.push(4, 0.1), std::logic_error);
    EXPECT_THROW(detector.finish(), std::logic_error);
}

TEST(EventDetector, StreamingEqualsBatchOnRandomSeries)
{
    std::mt19937 rng(20240607);
    // Few distinct levels, so scores hit the thresholds exactly, tie for the
    // peak and cross on/off often; NaN for missing frames.
    const Series levels{0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.9, kNaN};
    std::uniform_int_distribution<size_t> level(0, levels.size() - 1);
    std::uniform_int_distribution<int> length(0, 80);
    std::bernoulli_distribution sticky(0.7); // runs of one level, like real scores

    int comparisons = 0;
    int withEvents = 0;
    for (int trial = 0; trial < 300; ++trial) {
        Series scores(static_cast<size_t>(length(rng)));
        for (size_t i = 0; i < scores.size(); ++i)
            scores[i] = i > 0 && sticky(rng) ? scores[i - 1] : levels[level(rng)];

        for (const double off : {0.3, 0.5})
            for (int minDuration : {1, 2, 4})
                for (int gap : {0, 1, 3})
                    for (int pre : {0, 2})
                        for (int post : {0, 1, 5}) {
                            EventOptions o = thresholds(0.5, off);
                            o.minDurationFrames = minDuration;
                            o.mergeGapFrames = gap;
                            o.prePadFrames = pre;
                            o.postPadFrames = post;
                            const Events batch = detectEvents(scores, o);
                            withEvents += batch.empty() ? 0 : 1;
                            for (bool skip : {false, true}) {
                                ASSERT_EQ(streamed(scores, o, skip), batch)
                                    << "trial " << trial << " off " << off << " min " << minDuration
                                    << " gap " << gap << " pre " << pre << " post " << post
                                    << " skipNaN " << skip;
                                ++comparisons;
                            }
                        }
    }
    EXPECT_EQ(comparisons, 300 * 2 * 3 * 3 * 2 * 3 * 2);
    EXPECT_GT(withEvents, comparisons / 4); // the property is not tested on empty results only
}
