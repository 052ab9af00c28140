#include "analysis/events.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>

namespace anomalens::analysis {

namespace {

void requireNonNegative(const char* field, int value)
{
    if (value < 0)
        throw std::invalid_argument(std::string("event options: ") + field + " must be >= 0 frames, got " +
                                    std::to_string(value));
}

// Folds a later piece into an event; the earlier peak wins ties.
void absorbPeak(DetectedEvent& event, int64_t peakFrame, double peakScore)
{
    if (peakScore > event.peakScore) {
        event.peakFrame = peakFrame;
        event.peakScore = peakScore;
    }
}

} // namespace

void validateEventOptions(const EventOptions& options)
{
    if (std::isnan(options.onThreshold) || std::isnan(options.offThreshold))
        throw std::invalid_argument("event options: onThreshold and offThreshold must be set");
    if (options.offThreshold > options.onThreshold)
        throw std::invalid_argument("event options: offThreshold (" + std::to_string(options.offThreshold) +
                                    ") must not exceed onThreshold (" +
                                    std::to_string(options.onThreshold) + ")");
    if (options.minDurationFrames < 1)
        throw std::invalid_argument("event options: minDurationFrames must be >= 1, got " +
                                    std::to_string(options.minDurationFrames));
    requireNonNegative("mergeGapFrames", options.mergeGapFrames);
    requireNonNegative("prePadFrames", options.prePadFrames);
    requireNonNegative("postPadFrames", options.postPadFrames);
}

// The batch version applies the four rules of the header as four plain passes;
// it is the reference the streaming detector is tested against.
std::vector<DetectedEvent> detectEvents(const std::vector<double>& scores, const EventOptions& options)
{
    validateEventOptions(options);
    const auto frameCount = static_cast<int64_t>(scores.size());

    // 1. Hysteresis. NaN fails both comparisons, so it ends and never starts.
    std::vector<DetectedEvent> segments;
    bool inSegment = false;
    for (int64_t frame = 0; frame < frameCount; ++frame) {
        const double score = scores[static_cast<size_t>(frame)];
        if (inSegment) {
            if (score >= options.offThreshold) {
                segments.back().endFrame = frame;
                absorbPeak(segments.back(), frame, score);
            } else {
                inSegment = false; // below off <= on: this frame cannot start one either
            }
        } else if (score >= options.onThreshold) {
            segments.push_back({frame, frame, frame, score});
            inSegment = true;
        }
    }

    // 2. Merge segments separated by at most mergeGapFrames frames.
    std::vector<DetectedEvent> merged;
    for (const DetectedEvent& segment : segments) {
        if (!merged.empty() &&
            segment.startFrame - merged.back().endFrame - 1 <= options.mergeGapFrames) {
            merged.back().endFrame = segment.endFrame;
            absorbPeak(merged.back(), segment.peakFrame, segment.peakScore);
        } else {
            merged.push_back(segment);
        }
    }

    // 3 and 4. Drop short events (unpadded length), pad, clip, merge overlaps.
    std::vector<DetectedEvent> events;
    for (const DetectedEvent& event : merged) {
        if (event.endFrame - event.startFrame + 1 < options.minDurationFrames)
            continue;
        const int64_t start = std::max<int64_t>(0, event.startFrame - options.prePadFrames);
        const int64_t end = std::min<int64_t>(frameCount - 1, event.endFrame + options.postPadFrames);
        if (!events.empty() && start <= events.back().endFrame + 1) {
            events.back().endFrame = std::max(events.back().endFrame, end);
            absorbPeak(events.back(), event.peakFrame, event.peakScore);
        } else {
            events.push_back({start, end, event.peakFrame, event.peakScore});
        }
    }
    return events;
}

// Streaming: the same four rules as a pipeline, each stage holding the one
// event that later frames may still change, and passing it on as soon as the
// frames seen so far prove they cannot.

EventDetector::EventDetector(const EventOptions& options) : m_options(options)
{
    validateEventOptions(options);
}

void EventDetector::push(int64_t frameIndex, double score)
{
    if (m_finished)
        throw std::logic_error("EventDetector::push after finish");
    if (frameIndex <= m_lastFrame || frameIndex < 0)
        throw std::invalid_argument("EventDetector::push: frame " + std::to_string(frameIndex) +
                                    " does not follow frame " + std::to_string(m_lastFrame));
    if (frameIndex > m_lastFrame + 1) {
        // Skipped frames have no score: like NaN they end an open segment
        // and start none. Settling once for the whole gap is equivalent to
        // settling after each skipped frame, because settling only depends on
        // how far the series has come.
        if (m_inSegment)
            endSegment();
        m_lastFrame = frameIndex - 1;
        settle(frameIndex);
    }

    if (m_inSegment) {
        if (score >= m_options.offThreshold) {
            m_segment.endFrame = frameIndex;
            absorbPeak(m_segment, frameIndex, score);
        } else {
            endSegment();
        }
    } else if (score >= m_options.onThreshold) {
        m_segment = {frameIndex, frameIndex, frameIndex, score};
        m_inSegment = true;
    }
    m_lastFrame = frameIndex;
    settle(m_inSegment ? m_segment.startFrame : frameIndex + 1);
}

void EventDetector::finish(int64_t frameCount)
{
    if (m_finished)
        throw std::logic_error("EventDetector::finish called twice");
    if (frameCount < 0)
        frameCount = m_lastFrame + 1;
    if (frameCount < m_lastFrame + 1)
        throw std::invalid_argument("EventDetector::finish: " + std::to_string(frameCount) +
                                    " frames, but frame " + std::to_string(m_lastFrame) +
                                    " was pushed");
    m_finished = true;
    if (m_inSegment)
        endSegment();
    if (m_haveMerged) {
        m_haveMerged = false;
        acceptMerged(m_merged);
    }
    if (m_havePadded) {
        m_havePadded = false;
        emit(m_padded, frameCount - 1);
    }
}

std::vector<DetectedEvent> EventDetector::takeNewFinalEvents()
{
    std::vector<DetectedEvent> fresh(m_final.begin() + static_cast<std::ptrdiff_t>(m_taken), m_final.end());
    m_taken = m_final.size();
    return fresh;
}

// Rule 2: the segment that just ended joins the pending run or replaces it.
void EventDetector::endSegment()
{
    m_inSegment = false;
    if (m_haveMerged &&
        m_segment.startFrame - m_merged.endFrame - 1 <= m_options.mergeGapFrames) {
        m_merged.endFrame = m_segment.endFrame;
        absorbPeak(m_merged, m_segment.peakFrame, m_segment.peakScore);
        return;
    }
    if (m_haveMerged)
        acceptMerged(m_merged);
    m_merged = m_segment;
    m_haveMerged = true;
}

// Rules 3 and 4 for a run of segments that can no longer grow.
void EventDetector::acceptMerged(const DetectedEvent& merged)
{
    if (merged.endFrame - merged.startFrame + 1 < m_options.minDurationFrames)
        return;
    DetectedEvent padded = merged;
    padded.startFrame = std::max<int64_t>(0, merged.startFrame - m_options.prePadFrames);
    padded.endFrame = merged.endFrame + m_options.postPadFrames;
    if (m_havePadded && padded.startFrame <= m_padded.endFrame + 1) {
        m_padded.endFrame = std::max(m_padded.endFrame, padded.endFrame);
        absorbPeak(m_padded, padded.peakFrame, padded.peakScore);
        return;
    }
    // The new event does not reach the pending one, and later ones start even
    // later, so the pending one is final. Its end precedes the new start, a
    // frame already seen, so no clipping to n - 1 can apply.
    if (m_havePadded)
        emit(m_padded, m_lastFrame);
    m_padded = padded;
    m_havePadded = true;
}

void EventDetector::emit(DetectedEvent event, int64_t lastFrameOfSeries)
{
    event.endFrame = std::min(event.endFrame, lastFrameOfSeries);
    m_final.push_back(event);
}

// Passes pending events on once the frames seen prove nothing can join them.
// earliestNextSegmentStart: the first frame at which a segment that is not yet
// part of the pending run can start (the open segment's start, else the next
// frame).
void EventDetector::settle(int64_t earliestNextSegmentStart)
{
    if (m_haveMerged &&
        earliestNextSegmentStart - m_merged.endFrame - 1 > m_options.mergeGapFrames) {
        m_haveMerged = false;
        acceptMerged(m_merged);
    }
    if (!m_havePadded)
        return;
    // The next event to reach rule 4 starts no earlier than this, and after
    // pre-padding no earlier than this minus prePadFrames.
    const int64_t earliestNextEventStart =
        m_haveMerged ? m_merged.startFrame : earliestNextSegmentStart;
    if (earliestNextEventStart - m_options.prePadFrames > m_padded.endFrame + 1) {
        // Then the padded end lies before the last frame seen: no clipping.
        m_havePadded = false;
        emit(m_padded, m_lastFrame);
    }
}

} // namespace anomalens::analysis
