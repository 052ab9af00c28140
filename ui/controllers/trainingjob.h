#pragma once
// TrainingJob: trains a model (training::trainModel) on a pool thread, so the
// window keeps running. Progress reaches the GUI thread through queued
// signals at most ten times a second (every phase or stage change and the last step
// always get through). Exactly one of finished(), cancelled() or failed()
// ends each start(), emitted on the GUI thread after the worker has returned,
// so isRunning() is already false and a new start() can follow at once.
// Cancel stops after the step in flight and leaves a checkpoint that a
// start() with `resume` continues. Destroying a running job cancels it and
// waits for the worker.
#include "training/trainer.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace anomalens::ui {

struct TrainingRequest {
    QString method = QStringLiteral("mnad-pred");  // training::methodName()
    QString profile = QStringLiteral("lite");      // models::ModelProfile::name
    QStringList data;                              // normal footage: video files, frame folders, folders of those
    QString outputPath;                            // the bundle to write
    qint64 steps = 2000;
    qint64 batchSize = 4;
    quint64 seed = 1;
    double heldOutFraction = 0.1;                  // each clip's tail kept for calibration
    bool resume = false;                           // continue from <outputPath>.checkpoint
    double checkpointIntervalSeconds = 600.0;      // <= 0: only on cancel
    // F2LM's cues (cues::CueConfig): "dis", "farneback" or "torchscript:PATH";
    // "bgsub" or "torchscript:PATH".
    QString motionCue = QStringLiteral("dis");
    QString labelCue = QStringLiteral("bgsub");
    // FFP and F2LM: > 0 trains a Destroyer on the finished generator for this
    // many steps (two phases); the generator alone is kept at
    // generatorPathFor(outputPath).
    qint64 destroyerSteps = 0;
};

struct TrainingProgressInfo {
    training::TrainingPhase phase = training::TrainingPhase::ReadingFootage;
    qint64 done = 0;                 // clips read / steps done / frames scored
    qint64 total = 0;
    QMap<QString, double> losses;    // Training: the last step's, by name ("loss" is the total)
    double stepsPerSecond = 0.0;     // Training only
    double etaSeconds = 0.0;         // Training only: to the last step
    int stage = 1;                   // two-phase runs (stages == 2): 1 the generator, 2 its Destroyer
    int stages = 1;
};

class TrainingJob : public QObject {
    Q_OBJECT

public:
    explicit TrainingJob(QObject* parent = nullptr);
    ~TrainingJob() override;  // cancels and waits

    // False (and nothing started) while a job is running.
    bool start(const TrainingRequest& request);
    void cancel();
    bool isRunning() const;
    // Blocks until the worker is done (tests, shutdown); the ending signal
    // still comes from the event loop.
    void wait();

    // "<model path>.checkpoint": where a cancelled training leaves its state.
    static QString checkpointPathFor(const QString& modelPath);
    // "DIR/NAME.generator.alm" for "DIR/NAME.alm": where a two-phase run keeps
    // its generator alone.
    static QString generatorPathFor(const QString& modelPath);
    // The options start() trains with (without the cancel flag and progress).
    // Throws std::invalid_argument for an unknown method or profile.
    static training::TrainingOptions optionsFor(const TrainingRequest& request);

Q_SIGNALS:
    void progressed(const anomalens::ui::TrainingProgressInfo& progress);
    // `generatorModelPath`: the generator alone, after a two-phase run (else empty).
    void finished(const QString& modelPath, const QString& generatorModelPath);
    // `checkpointPath` is empty when cancelled before the first step.
    void cancelled(const QString& checkpointPath);
    void failed(const QString& message);

private:
    struct Outcome {
        bool cancelled = false;
        QString modelPath;
        QString generatorModelPath;
        QString checkpointPath;
        QString error;  // non-empty: failed
    };

    Outcome run(const TrainingRequest& request);
    void onWorkerFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_cancel{false};
    // From start() until the ending signal: the worker may be done while its
    // outcome still waits in the event queue, and a new future would drop it.
    bool m_running = false;
};

} // namespace anomalens::ui

Q_DECLARE_METATYPE(anomalens::ui::TrainingProgressInfo)
