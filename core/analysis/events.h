#pragma once
// Turns a per-frame anomaly score (higher = more abnormal) into the events a
// reviewer jumps between. Frames are numbered 0..n-1; all lengths are in
// frames. The same rules apply in batch (detectEvents) and while scores stream
// in (EventDetector); both give identical events for the same series.
//
// The rules, applied in this order:
//   1. Hysteresis: a segment starts at a frame with score >= onThreshold and
//      continues through every following frame with score >= offThreshold; it
//      ends before the first frame below offThreshold. A NaN score (a frame
//      that could not be decoded or scored) counts as below offThreshold: it
//      ends a segment and never starts one, so missing data is never reported
//      as abnormal.
//   2. Merge gap: two consecutive segments with at most mergeGapFrames frames
//      between them (frames that did not start a new segment) become one
//      event, the frames between included.
//   3. Minimum duration: an event of fewer than minDurationFrames frames
//      (endFrame - startFrame + 1) is dropped. Duration is measured after
//      merging and BEFORE padding: padding is context for the reviewer and
//      must not let a one-frame blip through, while a short dip bridged by
//      the merge gap should not split one incident into pieces too short to
//      keep.
//   4. Padding: each kept event is extended by prePadFrames before and
//      postPadFrames after, clipped to [0, n-1]; events that then overlap or
//      touch (next start <= previous end + 1) merge into one.
// The peak is the highest-scoring frame of the event's own hysteresis
// segments (never a padding or gap frame, nor a dropped blip inside the
// padding), the earliest one on ties; its score is therefore >= onThreshold.
//
// Invariants of the result: events are sorted, disjoint and not adjacent;
// 0 <= startFrame <= peakFrame <= endFrame <= n - 1.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace anomalens::analysis {

struct EventOptions {
    // Thresholds have no meaningful default (they depend on the score's
    // calibration); left NaN they make the options invalid.
    double onThreshold = std::numeric_limits<double>::quiet_NaN();
    double offThreshold = std::numeric_limits<double>::quiet_NaN(); // <= onThreshold
    int minDurationFrames = 1; // >= 1
    int mergeGapFrames = 0;    // >= 0
    int prePadFrames = 0;      // >= 0
    int postPadFrames = 0;     // >= 0
};

// Throws std::invalid_argument naming the offending field: a NaN threshold,
// offThreshold > onThreshold, minDurationFrames < 1, or a negative gap or pad.
void validateEventOptions(const EventOptions& options);

struct DetectedEvent {
    int64_t startFrame = 0; // inclusive, after padding
    int64_t endFrame = 0;   // inclusive, after padding
    int64_t peakFrame = 0;
    double peakScore = 0.0;

    bool operator==(const DetectedEvent& other) const
    {
        return startFrame == other.startFrame && endFrame == other.endFrame &&
               peakFrame == other.peakFrame && peakScore == other.peakScore;
    }
    bool operator!=(const DetectedEvent& other) const { return !(*this == other); }
};

// The events of a whole series (n = scores.size()). Validates the options.
std::vector<DetectedEvent> detectEvents(const std::vector<double>& scores, const EventOptions& options);

// Streaming detection for a score series that arrives frame by frame. An event
// becomes final as soon as no later frame can change it (it has ended, the
// merge gap and the padding after it have passed, and the next event cannot
// reach it); final events never change. After finish(), finalEvents() equals
// detectEvents() on the whole series.
class EventDetector {
public:
    explicit EventDetector(const EventOptions& options); // validates

    // frameIndex must exceed the previous one (the first may be any >= 0);
    // frames skipped over count as NaN (no score). Throws std::invalid_argument
    // on an out-of-order frame and std::logic_error after finish().
    void push(int64_t frameIndex, double score);

    // Ends the series. frameCount is the series length n; -1 means "the last
    // pushed frame + 1". A larger n adds trailing frames without a score (they
    // only matter for clipping the post-padding). Throws std::invalid_argument
    // when frameCount is below the frames already pushed, std::logic_error if
    // called twice.
    void finish(int64_t frameCount = -1);
    bool finished() const { return m_finished; }

    // Every event final so far, in order.
    const std::vector<DetectedEvent>& finalEvents() const { return m_final; }
    // The events that became final since the previous call (for a UI that
    // appends events as they are found).
    std::vector<DetectedEvent> takeNewFinalEvents();

private:
    void endSegment();
    void acceptMerged(const DetectedEvent& merged);
    void emit(DetectedEvent event, int64_t lastFrameOfSeries);
    void settle(int64_t earliestNextSegmentStart);

    EventOptions m_options;
    int64_t m_lastFrame = -1;      // last frame pushed (or skipped over)
    // Each stage holds at most one event that later frames may still change.
    bool m_inSegment = false;      // rule 1: a hysteresis segment is open
    DetectedEvent m_segment;
    bool m_haveMerged = false;     // rule 2: a run of segments the gap may extend
    DetectedEvent m_merged;
    bool m_havePadded = false;     // rule 4: a padded event a later one may touch
    DetectedEvent m_padded;        // endFrame not yet clipped to n - 1
    std::vector<DetectedEvent> m_final;
    std::size_t m_taken = 0;           // m_final[0, m_taken) already handed out
    bool m_finished = false;
};

} // namespace anomalens::analysis
