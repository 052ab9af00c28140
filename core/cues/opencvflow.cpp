// "dis" and "farneback" motion providers (OpenCV's video module). Compiled
// with ANOMALENS_HAVE_OPENCV=1 only where CMake found OpenCV; otherwise the
// factory throws and "torchscript:PATH" is the way to get motion.
#include "cues/providers.h"
#include "cues/scaling.h"

#include <stdexcept>

#if defined(ANOMALENS_HAVE_OPENCV) && ANOMALENS_HAVE_OPENCV
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>
#endif

namespace anomalens::cues::detail {

#if defined(ANOMALENS_HAVE_OPENCV) && ANOMALENS_HAVE_OPENCV
namespace {

class OpenCvFlow final : public MotionProvider {
public:
    OpenCvFlow(bool dis, std::int64_t size) : m_size(size) {
        if (dis) {
            m_dis = cv::DISOpticalFlow::create(cv::DISOpticalFlow::PRESET_MEDIUM);
        }
    }

    void flow(const std::uint8_t* previous, const std::uint8_t* current, float* out) override {
        const int s = static_cast<int>(m_size);
        // cv::Mat does not write through these (const_cast only for the header).
        const cv::Mat previousRgb(s, s, CV_8UC3, const_cast<std::uint8_t*>(previous));
        const cv::Mat currentRgb(s, s, CV_8UC3, const_cast<std::uint8_t*>(current));
        cv::cvtColor(previousRgb, m_previousGray, cv::COLOR_RGB2GRAY);
        cv::cvtColor(currentRgb, m_currentGray, cv::COLOR_RGB2GRAY);
        if (m_dis) {
            m_flow.release(); // no initial flow: each pair stands alone
            m_dis->calc(m_previousGray, m_currentGray, m_flow);
        } else {
            cv::calcOpticalFlowFarneback(m_previousGray, m_currentGray, m_flow, 0.5, 3, 15, 3, 5, 1.2, 0);
        }
        const std::int64_t plane = m_size * m_size;
        for (int y = 0; y < s; ++y) {
            const auto* row = m_flow.ptr<cv::Vec2f>(y);
            for (int x = 0; x < s; ++x) {
                const std::int64_t i = static_cast<std::int64_t>(y) * m_size + x;
                out[i] = toMotionUnits(row[x][0], m_size);
                out[plane + i] = toMotionUnits(row[x][1], m_size);
            }
        }
    }

private:
    std::int64_t m_size;
    cv::Ptr<cv::DISOpticalFlow> m_dis;
    cv::Mat m_previousGray, m_currentGray, m_flow;
};

} // namespace

std::unique_ptr<MotionProvider> makeOpenCvFlow(const std::string& name, std::int64_t size) {
    if (name != "dis" && name != "farneback") {
        throw std::invalid_argument("unknown OpenCV motion provider '" + name + "'");
    }
    return std::make_unique<OpenCvFlow>(name == "dis", size);
}

#else

std::unique_ptr<MotionProvider> makeOpenCvFlow(const std::string& name, std::int64_t /*size*/) {
    throw std::invalid_argument("motion provider '" + name +
                                "' needs OpenCV, and this build has no OpenCV; use motion 'torchscript:PATH'");
}

#endif

} // namespace anomalens::cues::detail
