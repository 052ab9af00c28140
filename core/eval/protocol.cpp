#include "eval/protocol.h"

#include "analysis/scorenorm.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace anomalens::eval {

namespace {

void checkOptions(const ProtocolOptions& options)
{
    if (options.framesToDrop < 0)
        throw std::invalid_argument("evaluateProtocol: framesToDrop must be >= 0, got " +
                                    std::to_string(options.framesToDrop));
    if (!std::isfinite(options.smoothingSigmaFrames) || options.smoothingSigmaFrames < 0.0)
        throw std::invalid_argument("evaluateProtocol: smoothing sigma must be >= 0 frames, got " +
                                    std::to_string(options.smoothingSigmaFrames));
}

// Steps 1-3 of the protocol for one video: the kept frames' final scores.
std::vector<double> processedScores(const VideoScores& video, const ProtocolOptions& options)
{
    if (video.scores.size() != video.labels.size())
        throw std::invalid_argument("evaluateProtocol: video " + video.video + " has " +
                                    std::to_string(video.scores.size()) + " scores but " +
                                    std::to_string(video.labels.size()) + " labels");
    const size_t dropped = std::min(video.scores.size(), static_cast<size_t>(options.framesToDrop));
    std::vector<double> scores(video.scores.begin() + static_cast<std::ptrdiff_t>(dropped),
                               video.scores.end());
    for (size_t i = 0; i < scores.size(); ++i)
        if (std::isnan(scores[i]))
            throw std::invalid_argument("evaluateProtocol: video " + video.video + " frame " +
                                        std::to_string(i + dropped) + " has no score (NaN)");

    switch (options.normalisation) {
    case ScoreNormalisation::None:
        break;
    case ScoreNormalisation::PerVideoMinMax:
        scores = analysis::minMaxNormalise(scores);
        break;
    case ScoreNormalisation::PerVideoZScore:
        scores = analysis::zScoreNormalise(scores);
        break;
    }
    return analysis::gaussianSmooth1d(scores, options.smoothingSigmaFrames);
}

bool hasBothClasses(const std::vector<uint8_t>& labels)
{
    const bool anyAnomalous = std::any_of(labels.begin(), labels.end(), [](uint8_t l) { return l == 1; });
    const bool anyNormal = std::any_of(labels.begin(), labels.end(), [](uint8_t l) { return l == 0; });
    return anyAnomalous && anyNormal;
}

} // namespace

ProtocolResult evaluateProtocol(const std::vector<VideoScores>& videos,
                                const ProtocolOptions& options)
{
    checkOptions(options);
    std::vector<double> allScores;
    std::vector<uint8_t> allLabels;
    ProtocolResult result;
    for (const VideoScores& video : videos) {
        const std::vector<double> scores = processedScores(video, options);
        const std::vector<uint8_t> labels(video.labels.end() - static_cast<std::ptrdiff_t>(scores.size()),
                                          video.labels.end());
        VideoResult perVideo{video.video, static_cast<int64_t>(scores.size()), std::nullopt};
        if (hasBothClasses(labels))
            perVideo.auc = rocAuc(scores, labels);
        result.videos.push_back(std::move(perVideo));
        allScores.insert(allScores.end(), scores.begin(), scores.end());
        allLabels.insert(allLabels.end(), labels.begin(), labels.end());
    }
    if (!hasBothClasses(allLabels))
        throw std::invalid_argument(
            "evaluateProtocol: the evaluated frames of all videos must contain both normal and "
            "anomalous frames (" + std::to_string(allLabels.size()) + " frames evaluated)");
    result.auc = rocAuc(allScores, allLabels);
    result.eer = equalErrorRate(allScores, allLabels);
    result.framesEvaluated = static_cast<int64_t>(allScores.size());
    return result;
}

} // namespace anomalens::eval
