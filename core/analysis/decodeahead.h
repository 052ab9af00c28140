#pragma once
// DecodeAhead: decodes a VideoSource sequentially on its own thread into a
// bounded queue, so that decoding overlaps the model on the consumer's thread
// (DESIGN.md "Threads"). Torch-free.
//
// Invariants: frames come out in the order next() delivers them (display
// order; frame numbers may jump over decode gaps); at most `capacity` frames
// wait in the queue; an exception thrown while decoding is rethrown by pop()
// after the frames decoded before it; the destructor stops and joins the
// thread, also when the consumer stops early.
#include "media/videosource.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace anomalens::analysis {

class DecodeAhead {
public:
    // Takes over `source` (positioned where decoding should start) and starts
    // the thread. capacity >= 1.
    DecodeAhead(media::VideoSource source, std::size_t capacity);
    ~DecodeAhead();
    DecodeAhead(const DecodeAhead&) = delete;
    DecodeAhead& operator=(const DecodeAhead&) = delete;

    // The next frame, waiting for it; false at the end of the stream.
    bool pop(media::Frame& out);

    // Seconds the decode thread spent in VideoSource::next(), and the gaps it
    // met; final once pop() has returned false.
    double decodeSeconds() const;
    std::vector<media::DecodeGap> decodeGaps() const;

private:
    void run();

    media::VideoSource m_source;
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<media::Frame> m_queue;
    std::vector<media::Frame> m_spare; // popped buffers, reused by the decoder
    bool m_finished = false;           // the decoder is done (end, error or stop)
    bool m_stop = false;               // the consumer is gone
    std::exception_ptr m_error;
    double m_decodeSeconds = 0.0;
    std::vector<media::DecodeGap> m_gaps;
    std::thread m_thread;              // last: starts after everything above exists
};

} // namespace anomalens::analysis
