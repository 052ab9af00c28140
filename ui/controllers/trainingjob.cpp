#include "controllers/trainingjob.h"
#include "controllers/applog.h"

#include "models/profile.h"
#include "training/method.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <exception>

namespace anomalens::ui {

namespace {

constexpr auto kProgressInterval = std::chrono::milliseconds(100);

std::string localPath(const QString& path) { return QFile::encodeName(path).toStdString(); }
QString fromLocalPath(const std::string& path) { return QFile::decodeName(QByteArray::fromStdString(path)); }

// A cue name with a "torchscript:PATH" file path in the local encoding.
std::string cueName(const QString& cue)
{
    static const QString kTorchScript = QStringLiteral("torchscript:");
    if (cue.startsWith(kTorchScript))
        return kTorchScript.toStdString() + localPath(cue.mid(kTorchScript.size()));
    return cue.toStdString();
}

TrainingProgressInfo toInfo(const training::TrainingProgress& progress)
{
    TrainingProgressInfo info;
    info.phase = progress.phase;
    info.done = progress.done;
    info.total = progress.total;
    for (const auto& [name, value] : progress.losses)
        info.losses.insert(QString::fromStdString(name), value);
    info.stepsPerSecond = progress.stepsPerSecond;
    info.etaSeconds = progress.etaSeconds;
    info.stage = progress.stage;
    info.stages = progress.stages;
    return info;
}

} // namespace

TrainingJob::TrainingJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<TrainingProgressInfo>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &TrainingJob::onWorkerFinished);
}

TrainingJob::~TrainingJob()
{
    cancel();
    wait();
}

QString TrainingJob::checkpointPathFor(const QString& modelPath)
{
    // Mirrors training::checkpointPathFor (a torch header, off limits here).
    return modelPath + QStringLiteral(".checkpoint");
}

QString TrainingJob::generatorPathFor(const QString& modelPath)
{
    return fromLocalPath(training::generatorBundlePath(localPath(modelPath)));
}

training::TrainingOptions TrainingJob::optionsFor(const TrainingRequest& request)
{
    training::TrainingOptions options;
    options.method = training::methodFromName(request.method.toStdString());
    options.profile = models::profileByName(request.profile.toStdString());
    for (const QString& path : request.data)
        options.data.push_back(localPath(path));
    options.outputPath = localPath(request.outputPath);
    options.steps = request.steps;
    options.batchSize = request.batchSize;
    options.seed = request.seed;
    options.heldOutFraction = request.heldOutFraction;
    options.resume = request.resume;
    options.checkpointIntervalSeconds = request.checkpointIntervalSeconds;
    options.cues.motion = cueName(request.motionCue);
    options.cues.label = cueName(request.labelCue);
    options.destroyerSteps = request.destroyerSteps;
    return options;
}

bool TrainingJob::start(const TrainingRequest& request)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([this, request] { return run(request); }));
    return true;
}

void TrainingJob::cancel() { m_cancel = true; }
bool TrainingJob::isRunning() const { return m_running; }
void TrainingJob::wait() { m_watcher.waitForFinished(); }

// Runs on the pool thread; progressed() is queued to receivers on the GUI thread.
TrainingJob::Outcome TrainingJob::run(const TrainingRequest& request)
{
    Outcome outcome;
    try {
        training::TrainingOptions options = optionsFor(request);
        options.cancel = &m_cancel;

        auto lastEmitted = std::chrono::steady_clock::now() - kProgressInterval;
        bool anyEmitted = false;
        training::TrainingPhase lastPhase = training::TrainingPhase::ReadingFootage;
        int lastStage = 1;
        options.progress = [&](const training::TrainingProgress& progress) {
            const auto now = std::chrono::steady_clock::now();
            const bool phaseChanged = !anyEmitted || progress.phase != lastPhase || progress.stage != lastStage;
            const bool last = progress.total > 0 && progress.done >= progress.total;
            if (!phaseChanged && !last && now - lastEmitted < kProgressInterval)
                return;
            anyEmitted = true;
            lastPhase = progress.phase;
            lastStage = progress.stage;
            lastEmitted = now;
            Q_EMIT progressed(toInfo(progress));
        };

        const training::TrainingResult result = training::trainModel(options);
        outcome.cancelled = result.cancelled;
        outcome.modelPath = fromLocalPath(result.modelPath);
        outcome.generatorModelPath = fromLocalPath(result.generatorModelPath);
        outcome.checkpointPath = fromLocalPath(result.checkpointPath);
    } catch (const std::exception& error) {
        outcome.error = QString::fromStdString(error.what());
        if (outcome.error.isEmpty())
            outcome.error = tr("Training failed for an unknown reason.");
    } catch (...) {
        outcome.error = tr("Training failed for an unknown reason.");
    }
    if (!outcome.error.isEmpty())
        applog::failure(QStringLiteral("Training"), outcome.error);
    return outcome;
}

void TrainingJob::onWorkerFinished()
{
    const Outcome outcome = m_watcher.result();
    m_running = false;
    if (!outcome.error.isEmpty())
        Q_EMIT failed(outcome.error);
    else if (outcome.cancelled)
        Q_EMIT cancelled(outcome.checkpointPath);
    else
        Q_EMIT finished(outcome.modelPath, outcome.generatorModelPath);
}

} // namespace anomalens::ui
