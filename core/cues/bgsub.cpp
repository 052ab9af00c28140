#include "cues/bgsub.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace anomalens::cues::detail {

BackgroundSubtraction::BackgroundSubtraction(std::int64_t size)
    : m_size(size),
      m_mean(static_cast<std::size_t>(size * size * 3)),
      m_var(static_cast<std::size_t>(size * size)),
      m_probability(static_cast<std::size_t>(size * size)),
      m_blob(static_cast<std::size_t>(size * size)) {
    m_queue.reserve(static_cast<std::size_t>(size * size));
}

std::int64_t BackgroundSubtraction::channels() const {
    return kBgsubChannels;
}

void BackgroundSubtraction::reset() {
    m_frames = 0;
}

void BackgroundSubtraction::label(const std::uint8_t* rgb, float* out) {
    const std::int64_t pixels = m_size * m_size;
    const auto n = static_cast<std::size_t>(pixels);

    if (m_frames == 0) {
        for (std::size_t i = 0; i < n * 3; ++i) {
            m_mean[i] = static_cast<float>(rgb[i]);
        }
        std::fill(m_var.begin(), m_var.end(), kInitialSigma * kInitialSigma);
        std::fill(m_probability.begin(), m_probability.end(), 0.0F);
    } else {
        const float rate = std::max(1.0F / static_cast<float>(m_frames + 1), kMinLearningRate);
        const float foregroundRate = rate * kForegroundRateFactor;
        const float k2 = kThresholdSigmas * kThresholdSigmas;
        const float floorVar = kSigmaFloor * kSigmaFloor;
        for (std::size_t i = 0; i < n; ++i) {
            float* mean = &m_mean[i * 3];
            const float dr = static_cast<float>(rgb[i * 3]) - mean[0];
            const float dg = static_cast<float>(rgb[i * 3 + 1]) - mean[1];
            const float db = static_cast<float>(rgb[i * 3 + 2]) - mean[2];
            const float d2 = (dr * dr + dg * dg + db * db) / 3.0F;
            const float p = 1.0F - std::exp2(-d2 / (k2 * m_var[i]));
            m_probability[i] = p;
            const float a = p > 0.5F ? foregroundRate : rate;
            mean[0] += a * dr;
            mean[1] += a * dg;
            mean[2] += a * db;
            // A foreground difference counts at most as the threshold (k^2 var),
            // so a standing pedestrian does not inflate the variance at once.
            m_var[i] = std::max(m_var[i] + a * (std::min(d2, k2 * m_var[i]) - m_var[i]), floorVar);
        }
    }
    ++m_frames;

    // Blobs: 8-connected components of p > 0.5, classified by bounding box.
    std::fill(m_blob.begin(), m_blob.end(), -1);
    std::vector<BgsubChannel> blobClass;
    const double smallArea = kSmallBlobFraction * static_cast<double>(pixels);
    for (std::int64_t seed = 0; seed < pixels; ++seed) {
        if (m_probability[static_cast<std::size_t>(seed)] <= 0.5F || m_blob[static_cast<std::size_t>(seed)] >= 0) {
            continue;
        }
        const auto id = static_cast<std::int32_t>(blobClass.size());
        std::int64_t x0 = seed % m_size, x1 = x0, y0 = seed / m_size, y1 = y0;
        m_queue.clear();
        m_queue.push_back(static_cast<std::int32_t>(seed));
        m_blob[static_cast<std::size_t>(seed)] = id;
        for (std::size_t head = 0; head < m_queue.size(); ++head) {
            const std::int64_t at = m_queue[head];
            const std::int64_t x = at % m_size, y = at / m_size;
            x0 = std::min(x0, x);
            x1 = std::max(x1, x);
            y0 = std::min(y0, y);
            y1 = std::max(y1, y);
            for (std::int64_t ny = std::max<std::int64_t>(y - 1, 0); ny <= std::min(y + 1, m_size - 1); ++ny) {
                for (std::int64_t nx = std::max<std::int64_t>(x - 1, 0); nx <= std::min(x + 1, m_size - 1); ++nx) {
                    const auto j = static_cast<std::size_t>(ny * m_size + nx);
                    if (m_blob[j] < 0 && m_probability[j] > 0.5F) {
                        m_blob[j] = id;
                        m_queue.push_back(static_cast<std::int32_t>(j));
                    }
                }
            }
        }
        const double w = static_cast<double>(x1 - x0 + 1), h = static_cast<double>(y1 - y0 + 1);
        blobClass.push_back(w * h < smallArea ? SmallFragment : (h >= kUprightAspect * w ? Upright : Wide));
    }

    std::fill(out, out + kBgsubChannels * pixels, 0.0F);
    for (std::size_t i = 0; i < n; ++i) {
        const float p = m_probability[i];
        const std::int32_t blob = m_blob[i];
        const std::int64_t channel = blob >= 0 ? blobClass[static_cast<std::size_t>(blob)] : SmallFragment;
        out[Background * pixels + static_cast<std::int64_t>(i)] = 1.0F - p;
        out[channel * pixels + static_cast<std::int64_t>(i)] = p;
    }
}

} // namespace anomalens::cues::detail
