#include "analysis/decodeahead.h"

#include <chrono>
#include <stdexcept>

namespace anomalens::analysis {

DecodeAhead::DecodeAhead(media::VideoSource source, std::size_t capacity)
    : m_source(std::move(source))
    , m_capacity(capacity)
{
    if (capacity < 1)
        throw std::invalid_argument("DecodeAhead needs room for at least one frame");
    m_thread = std::thread([this] { run(); });
}

DecodeAhead::~DecodeAhead()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void DecodeAhead::run()
{
    using Clock = std::chrono::steady_clock;
    for (;;) {
        media::Frame frame;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_queue.size() < m_capacity; });
            if (m_stop)
                break;
            if (!m_spare.empty()) {
                frame = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        const Clock::time_point start = Clock::now();
        bool more = false;
        std::exception_ptr error;
        try {
            more = m_source.next(frame);
        } catch (...) {
            error = std::current_exception();
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_decodeSeconds += seconds;
        if (error || !more) {
            m_error = error;
            break;
        }
        m_queue.push_back(std::move(frame));
        m_changed.notify_all();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_gaps = m_source.decodeGaps();
    m_finished = true;
    m_changed.notify_all();
}

bool DecodeAhead::pop(media::Frame& out)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty()) {
        if (m_error)
            std::rethrow_exception(m_error);
        return false;
    }
    if (!out.data.empty())
        m_spare.push_back(std::move(out));
    out = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return true;
}

double DecodeAhead::decodeSeconds() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_decodeSeconds;
}

std::vector<media::DecodeGap> DecodeAhead::decodeGaps() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_gaps;
}

} // namespace anomalens::analysis
