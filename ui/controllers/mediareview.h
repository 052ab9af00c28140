#pragma once
// MediaReview: what the review window shows for one file of a case (its
// latest analysis: score curve, signals, events, the event rules), read from
// the case on a pool thread by MediaReviewLoader so that reopening a case with
// hours of footage never freezes the window.
#include "analysis/events.h"
#include "store/records.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace anomalens::ui {

struct MediaReview {
    QString casePath;
    store::MediaRecord media;
    std::optional<store::RunRecord> run;   // the latest completed run, else the latest one
    QString modelName;
    std::vector<double> scores;            // per frame, NaN where not scored
    std::vector<double> psnrDb;            // per frame, NaN where not scored
    std::vector<double> featureDistance;   // per frame (MNAD), else empty
    std::vector<store::EventRecord> events;
    // The reference for colouring heat maps: the 99th percentile of the
    // cells of the run's maps, sampled over the footage, i.e. the error of
    // the busiest ordinary areas (people walking where people walk). The
    // overlay shows how many times above it a cell is, so only what is
    // harder to predict than the usual activity lights up. 0 when the run
    // stored no maps.
    double heatMapTypical = 0.0;
    QString error;                         // empty on success

    bool hasRun() const { return run.has_value(); }
    double threshold() const;
    // The run's event rules with its on threshold moved to `threshold` (the
    // hysteresis gap, duration, merge gap and padding kept).
    analysis::EventOptions eventOptions(double threshold) const;
};

// Reads the review of `mediaId` (0: by path) from the case at `casePath`.
MediaReview readMediaReview(const QString& casePath, std::int64_t mediaId);

class MediaReviewLoader : public QObject {
    Q_OBJECT

public:
    explicit MediaReviewLoader(QObject* parent = nullptr);
    ~MediaReviewLoader() override;

    // loaded() follows (with error set on failure). A newer load() supersedes
    // an unfinished one.
    void load(const QString& casePath, std::int64_t mediaId);
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded(const anomalens::ui::MediaReview& review);

private:
    void onFinished();

    QFutureWatcher<MediaReview> m_watcher;
    QString m_latestPath;
    std::int64_t m_latestMediaId = 0;
};

} // namespace anomalens::ui

Q_DECLARE_METATYPE(anomalens::ui::MediaReview)
