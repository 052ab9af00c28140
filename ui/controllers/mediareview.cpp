#include "controllers/mediareview.h"
#include "controllers/applog.h"

#include "analysis/caseanalysis.h"
#include "report/heatmap.h"
#include "store/casedatabase.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>

namespace anomalens::ui {

namespace {

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

std::optional<store::RunRecord> latestRun(const std::vector<store::RunRecord>& runs)
{
    std::optional<store::RunRecord> latest;
    std::optional<store::RunRecord> latestCompleted;
    for (const store::RunRecord& run : runs) {  // listed oldest first
        latest = run;
        if (run.status == store::RunStatus::Completed)
            latestCompleted = run;
    }
    return latestCompleted ? latestCompleted : latest;
}

double signalValue(const nlohmann::json& signals, const char* name)
{
    const auto found = signals.find(name);
    return found != signals.end() && found->is_number() ? found->get<double>() : kNoValue;
}

int ruleValue(const nlohmann::json& rules, const char* name, int fallback)
{
    const auto found = rules.find(name);
    return found != rules.end() && found->is_number_integer() ? found->get<int>() : fallback;
}

} // namespace

double MediaReview::threshold() const
{
    if (run && run->threshold)
        return *run->threshold;
    return 0.0;
}

analysis::EventOptions MediaReview::eventOptions(double threshold) const
{
    // Rules a run without stored parameters falls back to: the product defaults.
    analysis::EventOptions options = analysis::eventOptionsFor(threshold, media.fps);
    if (!run)
        return options;
    const auto stored = run->parameters.find("events");
    if (stored == run->parameters.end() || !stored->is_object())
        return options;
    const double storedOn = signalValue(*stored, "on_threshold");
    const double storedOff = signalValue(*stored, "off_threshold");
    if (std::isfinite(storedOn) && std::isfinite(storedOff) && storedOff <= storedOn)
        options.offThreshold = threshold - (storedOn - storedOff);
    options.minDurationFrames = std::max(1, ruleValue(*stored, "min_duration_frames", options.minDurationFrames));
    options.mergeGapFrames = std::max(0, ruleValue(*stored, "merge_gap_frames", options.mergeGapFrames));
    options.prePadFrames = std::max(0, ruleValue(*stored, "pre_pad_frames", options.prePadFrames));
    options.postPadFrames = std::max(0, ruleValue(*stored, "post_pad_frames", options.postPadFrames));
    return options;
}

MediaReview readMediaReview(const QString& casePath, std::int64_t mediaId)
{
    MediaReview review;
    review.casePath = casePath;
    review.media.id = mediaId;  // identifies the request even when reading fails
    try {
        store::OpenOptions open;
        open.integrityCheck = false;  // the case was checked when it was opened
        const store::CaseDatabase db =
            store::CaseDatabase::open(QFile::encodeName(casePath).toStdString(), store::OpenMode::ReadOnly, open);
        review.media = db.media(mediaId);
        review.run = latestRun(db.listRuns(mediaId));
        if (!review.run)
            return review;
        for (const store::ModelRecord& model : db.listModels())
            if (model.id == review.run->modelId)
                review.modelName = QString::fromStdString(model.name);
        const auto frameCount = static_cast<std::size_t>(std::max<std::int64_t>(review.media.frameCount, 0));
        review.scores.assign(frameCount, kNoValue);
        review.psnrDb.assign(frameCount, kNoValue);
        bool haveDistance = false;
        std::vector<double> distance(frameCount, kNoValue);
        for (const store::FrameScore& score : db.frameScores(review.run->id)) {
            if (score.frameIndex < 0 || static_cast<std::size_t>(score.frameIndex) >= frameCount)
                continue;
            const auto frame = static_cast<std::size_t>(score.frameIndex);
            review.scores[frame] = score.score;
            review.psnrDb[frame] = signalValue(score.signals, "psnr_db");
            distance[frame] = signalValue(score.signals, "feature_distance");
            haveDistance = haveDistance || std::isfinite(distance[frame]);
        }
        if (haveDistance)
            review.featureDistance = std::move(distance);
        review.events = db.events(review.run->id);
        review.heatMapTypical = typicalHeat(db, review.run->id, review.scores);
    } catch (const std::exception& error) {
        review.error = QString::fromStdString(error.what());
        applog::failure(QStringLiteral("Loading the review of media %1 in \"%2\"").arg(mediaId).arg(casePath),
                        review.error);
    }
    return review;
}

MediaReviewLoader::MediaReviewLoader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<MediaReview>();
    connect(&m_watcher, &QFutureWatcher<MediaReview>::finished, this, &MediaReviewLoader::onFinished);
}

MediaReviewLoader::~MediaReviewLoader() { m_watcher.waitForFinished(); }

void MediaReviewLoader::load(const QString& casePath, std::int64_t mediaId)
{
    m_latestPath = casePath;
    m_latestMediaId = mediaId;
    if (m_watcher.isRunning())
        return;  // onFinished() starts the newest request
    m_watcher.setFuture(QtConcurrent::run(readMediaReview, casePath, mediaId));
}

void MediaReviewLoader::onFinished()
{
    const MediaReview review = m_watcher.result();
    if (review.casePath != m_latestPath || review.media.id != m_latestMediaId) {
        m_watcher.setFuture(QtConcurrent::run(readMediaReview, m_latestPath, m_latestMediaId));
        return;
    }
    Q_EMIT loaded(review);
}

} // namespace anomalens::ui
