// TrainDialog and TrainingJob: inputs gate Start, a short training through the
// dialog (offscreen) reports rising steps, plots the losses and writes a
// bundle with the right metadata; F2LM's cues and the Destroyer are offered
// for the methods that take them and reach the training options, and a
// two-phase F2LM + Destroyer run writes both bundles; a cancelled run keeps a checkpoint that
// Resume finishes; closing while training asks first; a failure is reported.
#include "controllers/trainingjob.h"
#include "dialogs/traindialog.h"
#include "training/bundle.h"
#include "uitestsupport.h"
#include "widgets/qcustomplot_wrapper.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QSpinBox>
#include <QListWidget>
#include <QTimer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <memory>

using anomalens::training::TrainingPhase;
using anomalens::ui::FootageRangeDialog;
using anomalens::ui::RangeChooserDialog;
using anomalens::ui::TrainDialog;
using anomalens::ui::TrainingJob;
using anomalens::ui::TrainingProgressInfo;
using anomalens::ui::TrainingRequest;

namespace {

constexpr int kTimeoutMs = 60000;

// A 64x64 "camera" watching a grey room where a bright square walks left to
// right: normal activity the model can learn in a few steps.
void writeFootage(const QString& folder, int frames)
{
    QDir().mkpath(folder);
    QRandomGenerator noise(7);
    for (int frame = 0; frame < frames; ++frame) {
        QImage image(64, 64, QImage::Format_RGB888);
        image.fill(QColor(90, 90, 90));
        QPainter painter(&image);
        painter.fillRect(0, 44, 64, 20, QColor(60, 70, 60));
        painter.fillRect((frame * 3) % 56, 30, 8, 14, QColor(220, 200, 170));
        painter.setPen(QColor(100 + noise.bounded(20), 100, 100));
        painter.drawPoint(noise.bounded(64), noise.bounded(64));
        painter.end();
        QVERIFY(image.save(QStringLiteral("%1/%2.png").arg(folder).arg(frame, 3, 10, QLatin1Char('0'))));
    }
}

QMessageBox* waitForMessageBox(QWidget* parent)
{
    QMessageBox* box = nullptr;
    for (int attempt = 0; attempt < 100 && !box; ++attempt) {
        QTest::qWait(20);
        for (QMessageBox* candidate : parent->findChildren<QMessageBox*>())
            if (candidate->isVisible())
                box = candidate;
    }
    return box;
}

} // namespace

class TrainDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_footage = m_dir.filePath(QStringLiteral("normal/clip01"));
        writeFootage(m_footage, 40);
        m_models = m_dir.filePath(QStringLiteral("models"));
    }

    void init() { m_settings = std::make_unique<anomalens::uitest::IsolatedSettings>(); }

    void formatsDurations()
    {
        QCOMPARE(TrainDialog::formatDuration(0), QStringLiteral("0:00:00"));
        QCOMPARE(TrainDialog::formatDuration(59.6), QStringLiteral("0:01:00"));
        QCOMPARE(TrainDialog::formatDuration(3723), QStringLiteral("1:02:03"));
        QCOMPARE(TrainDialog::formatDuration(36000 + 5), QStringLiteral("10:00:05"));
    }

    void startNeedsFootageAndOutput()
    {
        TrainDialog dialog(m_models);
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.startBlockedReason().contains(QStringLiteral("footage")),
                 qPrintable(dialog.startBlockedReason()));
        // The default output: <models>/<method>-<profile>.alm, following the choices.
        QCOMPARE(dialog.outputPath(), QDir(m_models).filePath(QStringLiteral("mnad-pred-lite.alm")));
        dialog.setMethod(QStringLiteral("ffp"));
        dialog.setProfile(QStringLiteral("small"));
        QCOMPARE(dialog.outputPath(), QDir(m_models).filePath(QStringLiteral("ffp-small.alm")));
        QCOMPARE(dialog.request().method, QStringLiteral("ffp"));
        QCOMPARE(dialog.request().profile, QStringLiteral("small"));

        dialog.setFootage({m_footage});
        QVERIFY(dialog.startButton()->isEnabled());
        QVERIFY(dialog.startBlockedReason().isEmpty());
        QCOMPARE(dialog.request().data, QStringList{m_footage});

        dialog.setOutputPath(QString());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.startBlockedReason().contains(QStringLiteral("save")), qPrintable(dialog.startBlockedReason()));
        dialog.setOutputPath(m_dir.path());  // a folder
        QVERIFY(!dialog.startButton()->isEnabled());

        dialog.setOutputPath(m_dir.filePath(QStringLiteral("x.alm")));
        dialog.setFootage({m_dir.filePath(QStringLiteral("gone"))});
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(!dialog.resumeBox()->isEnabled());  // no checkpoint next to x.alm
    }

    void cuesAndDestroyerFollowTheMethod()
    {
        TrainDialog dialog(m_models);
        dialog.setFootage({m_footage});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto shown = [&](QWidget* widget) { return widget->isVisibleTo(&dialog); };
        // mnad-pred (the default): neither.
        QVERIFY(dialog.grab().save(anomalens::uitest::screenshotPath(QStringLiteral("traindialog_mnad.png"))));
        QVERIFY(!shown(dialog.cueGroup()));
        QVERIFY(!shown(dialog.destroyerBox()));
        dialog.destroyerBox()->setChecked(true);
        QCOMPARE(dialog.request().destroyerSteps, 0);  // hidden: not used
        dialog.destroyerBox()->setChecked(false);
        dialog.setMethod(QStringLiteral("mnad-recon"));
        QVERIFY(!shown(dialog.cueGroup()));
        QVERIFY(!shown(dialog.destroyerBox()));
        dialog.setMethod(QStringLiteral("ffp"));
        QVERIFY(!shown(dialog.cueGroup()));
        QVERIFY(shown(dialog.destroyerBox()));
        dialog.setMethod(QStringLiteral("f2lm"));
        QVERIFY(shown(dialog.cueGroup()));
        QVERIFY(shown(dialog.destroyerBox()));
        QVERIFY(dialog.cueGroup()->isEnabled());

        // The defaults: the built-in cues, no Destroyer.
        QVERIFY(!dialog.destroyerBox()->isChecked());
        QVERIFY(!dialog.destroyerStepsBox()->isEnabled());
        QCOMPARE(dialog.destroyerStepsBox()->value(), 300);
        anomalens::training::TrainingOptions options = TrainingJob::optionsFor(dialog.request());
        QCOMPARE(options.method, anomalens::training::Method::F2lm);
        QCOMPARE(options.cues.motion, std::string("dis"));
        QCOMPARE(options.cues.label, std::string("bgsub"));
        QCOMPARE(options.destroyerSteps, 0);

        // The Destroyer's steps are editable only when it is ticked.
        QTest::mouseClick(dialog.destroyerBox(), Qt::LeftButton);
        QVERIFY(dialog.destroyerBox()->isChecked());
        QVERIFY(dialog.destroyerStepsBox()->isEnabled());
        dialog.destroyerStepsBox()->setValue(7);
        QCOMPARE(TrainingJob::optionsFor(dialog.request()).destroyerSteps, 7);
        // The note names where the generator alone goes.
        const QString generatorName = QFileInfo(TrainingJob::generatorPathFor(dialog.outputPath())).fileName();
        QCOMPARE(generatorName, QStringLiteral("f2lm-lite.generator.alm"));

        // Picking the TorchScript flow model asks for the file; cancelling
        // goes back to DIS, choosing one shows its name.
        QComboBox* motion = dialog.motionCueBox();
        const int torchScript = motion->count() - 1;
        motion->setCurrentIndex(1);
        Q_EMIT motion->activated(1);
        QCOMPARE(dialog.request().motionCue, QStringLiteral("farneback"));
        const auto answerFileDialog = [&](const QString& file) {
            QTimer::singleShot(0, &dialog, [file] {
                auto* fileDialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
                QVERIFY(fileDialog);
                if (file.isEmpty()) {
                    fileDialog->reject();
                } else {
                    fileDialog->selectFile(file);
                    static_cast<QDialog*>(fileDialog)->accept();  // QFileDialog::accept checks the file
                }
            });
        };
        answerFileDialog(QString());
        motion->setCurrentIndex(torchScript);
        Q_EMIT motion->activated(torchScript);
        QCOMPARE(motion->currentIndex(), 0);
        QCOMPARE(dialog.request().motionCue, QStringLiteral("dis"));

        const QString flowModel = m_dir.filePath(QStringLiteral("flow.pt"));
        {
            QFile file(flowModel);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not really a model");
        }
        answerFileDialog(flowModel);
        motion->setCurrentIndex(torchScript);
        Q_EMIT motion->activated(torchScript);
        QCOMPARE(motion->currentIndex(), torchScript);
        QVERIFY2(motion->currentText().contains(QStringLiteral("flow.pt")), qPrintable(motion->currentText()));
        QCOMPARE(dialog.request().motionCue, QStringLiteral("torchscript:") + flowModel);

        dialog.setLabelCue(QStringLiteral("torchscript:") + flowModel);
        QVERIFY(dialog.labelCueBox()->currentText().contains(QStringLiteral("flow.pt")));
        options = TrainingJob::optionsFor(dialog.request());
        QCOMPARE(options.cues.motion, "torchscript:" + QFile::encodeName(flowModel).toStdString());
        QCOMPARE(options.cues.label, "torchscript:" + QFile::encodeName(flowModel).toStdString());
        QCOMPARE(options.destroyerSteps, 7);
        QVERIFY(dialog.startButton()->isEnabled());
        // A chosen model that disappears blocks Start.
        QVERIFY(QFile::remove(flowModel));
        dialog.setMethod(QStringLiteral("ffp"));   // cues unused: no matter
        QVERIFY(dialog.startButton()->isEnabled());
        dialog.setMethod(QStringLiteral("f2lm"));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.startBlockedReason().contains(QStringLiteral("flow.pt")),
                 qPrintable(dialog.startBlockedReason()));
        dialog.setMotionCue(QStringLiteral("farneback"));
        dialog.setLabelCue(QStringLiteral("bgsub"));
        QVERIFY(dialog.startButton()->isEnabled());
        options = TrainingJob::optionsFor(dialog.request());
        QCOMPARE(options.cues.motion, std::string("farneback"));
        QCOMPARE(options.cues.label, std::string("bgsub"));

        // The picture of the dialog set up for F2LM with its Destroyer.
        dialog.setMotionCue(QStringLiteral("dis"));
        dialog.setDestroyerSteps(300);
        QVERIFY(dialog.grab().save(anomalens::uitest::screenshotPath(QStringLiteral("traindialog_f2lm.png"))));

        // MNAD: no Destroyer, whatever the box says.
        dialog.setMethod(QStringLiteral("mnad-pred"));
        QVERIFY(dialog.destroyerBox()->isChecked());
        QCOMPARE(TrainingJob::optionsFor(dialog.request()).destroyerSteps, 0);
    }

    void trainsF2lmThenItsDestroyer()
    {
        TrainDialog dialog(m_models);
        dialog.setFootage({m_footage});
        dialog.setMethod(QStringLiteral("f2lm"));
        dialog.setProfile(QStringLiteral("small"));
        dialog.setSteps(4);
        dialog.setBatchSize(2);
        dialog.setDestroyerSteps(2);
        dialog.show();
        const QString output = dialog.outputPath();
        QCOMPARE(output, QDir(m_models).filePath(QStringLiteral("f2lm-small.alm")));
        const QString generator = TrainingJob::generatorPathFor(output);
        QCOMPARE(generator, QDir(m_models).filePath(QStringLiteral("f2lm-small.generator.alm")));

        QSet<int> stages;
        QStringList phases;
        connect(dialog.job(), &TrainingJob::progressed, &dialog, [&](const TrainingProgressInfo& progress) {
            QCOMPARE(progress.stages, 2);
            stages << progress.stage;
            if (progress.phase == TrainingPhase::Training)
                QCOMPARE(progress.total, progress.stage == 1 ? 4 : 2);
            // The dialog (connected first) shows which network trains.
            phases << dialog.phaseLabel()->text();
        });
        QSignalSpy trained(&dialog, &TrainDialog::modelTrained);
        QSignalSpy finished(dialog.job(), &TrainingJob::finished);
        QSignalSpy failed(dialog.job(), &TrainingJob::failed);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(trained.count() == 1 || failed.count() == 1, kTimeoutMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        QCOMPARE(stages, (QSet<int>{1, 2}));
        QVERIFY(std::any_of(phases.begin(), phases.end(),
                            [](const QString& text) { return text.startsWith(QStringLiteral("Generator")); }));
        QVERIFY(std::any_of(phases.begin(), phases.end(),
                            [](const QString& text) { return text.startsWith(QStringLiteral("Destroyer")); }));
        QCOMPARE(trained.first().first().toString(), output);
        QCOMPARE(finished.first().at(1).toString(), generator);
        QVERIFY(QFileInfo::exists(output));
        QVERIFY(QFileInfo::exists(generator));
        // The summary names both files.
        QVERIFY2(dialog.statusLabel()->text().contains(QDir::toNativeSeparators(output)) &&
                     dialog.statusLabel()->text().contains(QDir::toNativeSeparators(generator)),
                 qPrintable(dialog.statusLabel()->text()));

        const auto read = [](const QString& path) {
            return anomalens::training::readBundleMetadata(QFile::encodeName(path).toStdString());
        };
        const anomalens::training::BundleMetadata final = read(output);
        QCOMPARE(QString::fromStdString(final.method), QStringLiteral("destroyer"));
        QCOMPARE(final.training.stepsCompleted, 2);
        QVERIFY(final.destroyer.has_value());
        QCOMPARE(QString::fromStdString(final.destroyer->generatorMethod), QStringLiteral("f2lm"));
        QVERIFY(final.f2lm.has_value());
        QCOMPARE(QString::fromStdString(final.f2lm->motionCue), QStringLiteral("dis"));
        const anomalens::training::BundleMetadata alone = read(generator);
        QCOMPARE(QString::fromStdString(alone.method), QStringLiteral("f2lm"));
        QCOMPARE(alone.training.stepsCompleted, 4);
    }

    void rangesOfClipsFromTheRangeDialogAndAnnotations()
    {
        TrainDialog dialog(m_models);
        dialog.setFootage({m_footage});
        dialog.show();
        QVERIFY(dialog.addRangeButton()->isEnabled());
        QVERIFY(!dialog.fromAnnotationsButton()->isEnabled());  // nothing annotated

        // Add Range…: frames 5..24 of the listed clip replace the whole clip.
        bool rangeDialogSeen = false;
        QTimer::singleShot(0, &dialog, [&] {
            auto* rangeDialog = qobject_cast<FootageRangeDialog*>(QApplication::activeModalWidget());
            QVERIFY(rangeDialog);
            rangeDialogSeen = true;
            QCOMPARE(rangeDialog->choice().path, m_footage);
            rangeDialog->setChoice({m_footage, 5, 24, QString()});
            rangeDialog->accept();
        });
        QTest::mouseClick(dialog.addRangeButton(), Qt::LeftButton);
        QVERIFY(rangeDialogSeen);
        const QString firstRange = m_footage + QStringLiteral("@5-24");
        QCOMPARE(dialog.footage(), QStringList{firstRange});
        QVERIFY(dialog.startButton()->isEnabled());

        // From Annotations…: the ticked annotated range is added, labelled.
        dialog.setSuggestedRanges({{m_footage, 25, 39, QStringLiteral("people walking")},
                                   {m_footage, 0, 3, QStringLiteral("not this one")}});
        QVERIFY(dialog.fromAnnotationsButton()->isEnabled());
        QTimer::singleShot(0, &dialog, [&] {
            auto* chooser = qobject_cast<RangeChooserDialog*>(QApplication::activeModalWidget());
            QVERIFY(chooser);
            QCOMPARE(chooser->list()->count(), 2);
            QVERIFY(chooser->list()->item(0)->text().contains(QStringLiteral("people walking")));
            chooser->list()->item(0)->setCheckState(Qt::Checked);
            chooser->accept();
        });
        QTest::mouseClick(dialog.fromAnnotationsButton(), Qt::LeftButton);
        const QStringList expected{firstRange, m_footage + QStringLiteral("@25-39")};
        QCOMPARE(dialog.footage(), expected);
        QCOMPARE(dialog.request().data, expected);
        // The same range again is listed once.
        dialog.addRange({m_footage, 5, 24, QString()});
        QCOMPARE(dialog.footage().size(), 2);
    }

    void trainsThroughTheDialog()
    {
        TrainDialog dialog(m_models);
        // Two ranges of the clip: each is a clip of its own for training.
        dialog.setFootage({});
        dialog.addRange({m_footage, 0, 19, QString()});
        dialog.addRange({m_footage, 20, 39, QStringLiteral("normal walking")});
        dialog.setMethod(QStringLiteral("mnad-pred"));
        dialog.setProfile(QStringLiteral("small"));
        dialog.setSteps(20);
        dialog.setBatchSize(2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString output = dialog.outputPath();
        QCOMPARE(output, QDir(m_models).filePath(QStringLiteral("mnad-pred-small.alm")));

        QVector<qint64> steps;
        QString screenshot;
        connect(dialog.job(), &TrainingJob::progressed, &dialog, [&](const TrainingProgressInfo& progress) {
            if (progress.phase != TrainingPhase::Training)
                return;
            steps << progress.done;
            QVERIFY(progress.losses.contains(QStringLiteral("loss")));
            QCOMPARE(progress.total, 20);
            // The dialog has handled this progress (connected first); its plot
            // replots lazily, so draw it now for the picture.
            if (screenshot.isEmpty() && progress.done >= 10) {
                dialog.lossPlot()->replot();
                screenshot = anomalens::uitest::screenshotPath(QStringLiteral("traindialog_training.png"));
                QVERIFY(dialog.grab().save(screenshot));
            }
        });
        QSignalSpy trained(&dialog, &TrainDialog::modelTrained);
        QSignalSpy failed(dialog.job(), &TrainingJob::failed);

        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QVERIFY(dialog.isTraining());
        QVERIFY(dialog.job()->isRunning());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(trained.count() == 1 || failed.count() == 1, kTimeoutMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        QVERIFY(!dialog.isTraining());
        QVERIFY(!dialog.job()->isRunning());
        QVERIFY(dialog.startButton()->isEnabled());
        QVERIFY(!dialog.cancelButton()->isEnabled());
        QVERIFY2(steps.size() >= 2, qPrintable(QStringLiteral("%1 progress signals").arg(steps.size())));
        for (int i = 1; i < steps.size(); ++i)
            QVERIFY2(steps[i] > steps[i - 1], qPrintable(QStringLiteral("step %1 after %2").arg(steps[i]).arg(steps[i - 1])));
        QCOMPARE(steps.last(), 20);
        QVERIFY(!screenshot.isEmpty());
        qInfo("screenshot: %s", qPrintable(screenshot));

        // One curve per loss, the total among them, with a point per reported step.
        QCustomPlot* plot = dialog.lossPlot();
        QVERIFY(plot->graphCount() >= 1);
        QCOMPARE(plot->graph(0)->name(), QStringLiteral("loss"));
        QCOMPARE(plot->graph(0)->dataCount(), steps.size());
        QCOMPARE(plot->graph(0)->data()->at(plot->graph(0)->dataCount() - 1)->key, 20.0);

        QCOMPARE(trained.first().first().toString(), output);
        QVERIFY(QFileInfo::exists(output));
        QVERIFY(!QFileInfo::exists(TrainingJob::checkpointPathFor(output)));
        QVERIFY(!dialog.resumeBox()->isEnabled());
        QVERIFY(dialog.statusLabel()->text().contains(QDir::toNativeSeparators(output)));
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        const anomalens::training::BundleMetadata metadata =
            anomalens::training::readBundleMetadata(QFile::encodeName(output).toStdString());
        QCOMPARE(QString::fromStdString(metadata.method), QStringLiteral("mnad-pred"));
        QCOMPARE(QString::fromStdString(metadata.profile.name), QStringLiteral("small"));
        QCOMPARE(metadata.training.steps, 20);
        QCOMPARE(metadata.training.stepsCompleted, 20);
        QCOMPARE(metadata.training.batchSize, 2);
        QVERIFY(metadata.calibration.has_value());
        QCOMPARE(metadata.trainingFootage.size(), size_t(2));
        QCOMPARE(metadata.trainingFootage[1].firstFrame, 20);
        QCOMPARE(metadata.trainingFootage[1].lastFrame, 39);
        QCOMPARE(metadata.trainingFootage[1].frameCount, 20);

        // A finished bundle is never the default target of the next training.
        TrainDialog next(m_models);
        next.setProfile(QStringLiteral("small"));
        QCOMPARE(next.outputPath(), QDir(m_models).filePath(QStringLiteral("mnad-pred-small-2.alm")));
    }

    void cancelKeepsACheckpointThatResumeFinishes()
    {
        const QString output = m_dir.filePath(QStringLiteral("resumed.alm"));
        const QString checkpoint = TrainingJob::checkpointPathFor(output);
        TrainDialog dialog(m_models);
        dialog.setFootage({m_footage});
        dialog.setProfile(QStringLiteral("small"));
        dialog.setSteps(20);
        dialog.setBatchSize(2);
        dialog.setOutputPath(output);
        dialog.show();
        QVERIFY(!dialog.resumeBox()->isEnabled());

        QVector<qint64> steps;
        bool cancelClicked = false;
        connect(dialog.job(), &TrainingJob::progressed, &dialog, [&](const TrainingProgressInfo& progress) {
            if (progress.phase != TrainingPhase::Training)
                return;
            steps << progress.done;
            if (progress.done >= 3 && !cancelClicked) {
                cancelClicked = true;
                QVERIFY(dialog.cancelButton()->isEnabled());
                QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
                QVERIFY(!dialog.cancelButton()->isEnabled());  // until the job has stopped
            }
        });
        QSignalSpy cancelled(dialog.job(), &TrainingJob::cancelled);
        QSignalSpy failed(dialog.job(), &TrainingJob::failed);
        QSignalSpy trained(&dialog, &TrainDialog::modelTrained);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.count() == 1 || failed.count() == 1, kTimeoutMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(cancelled.first().first().toString(), checkpoint);
        QVERIFY(trained.isEmpty());
        QVERIFY(QFileInfo::exists(checkpoint));
        QVERIFY(!QFileInfo::exists(output));
        const qint64 stoppedAt = steps.last();
        QVERIFY2(stoppedAt >= 3 && stoppedAt < 20, qPrintable(QString::number(stoppedAt)));

        // The dialog says where the checkpoint is and offers Resume, ticked.
        QVERIFY(!dialog.isTraining());
        QVERIFY2(dialog.statusLabel()->text().contains(QDir::toNativeSeparators(checkpoint)),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Resume")));
        QVERIFY(dialog.resumeBox()->isEnabled());
        QVERIFY(dialog.resumeBox()->isChecked());
        QVERIFY(dialog.request().resume);
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.startButton()->text(), QStringLiteral("Resume"));
        QVERIFY(dialog.grab().save(anomalens::uitest::screenshotPath(QStringLiteral("traindialog_cancelled.png"))));

        steps.clear();
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(trained.count() == 1 || failed.count() == 1, kTimeoutMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(!steps.isEmpty());
        QVERIFY2(steps.first() > stoppedAt, qPrintable(QStringLiteral("resumed at %1").arg(steps.first())));
        QCOMPARE(steps.last(), 20);
        QVERIFY(QFileInfo::exists(output));
        QVERIFY(!QFileInfo::exists(checkpoint));
        QVERIFY(!dialog.resumeBox()->isEnabled());
        QVERIFY(!dialog.resumeBox()->isChecked());
        const anomalens::training::BundleMetadata metadata =
            anomalens::training::readBundleMetadata(QFile::encodeName(output).toStdString());
        QCOMPARE(metadata.training.stepsCompleted, 20);
    }

    void closingWhileTrainingAsks()
    {
        TrainDialog dialog(m_models);
        dialog.setFootage({m_footage});
        dialog.setProfile(QStringLiteral("small"));
        dialog.setSteps(200);
        dialog.setBatchSize(2);
        dialog.setOutputPath(m_dir.filePath(QStringLiteral("closed.alm")));
        dialog.show();
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QVERIFY(dialog.isTraining());

        dialog.reject();
        QMessageBox* box = waitForMessageBox(&dialog);
        QVERIFY(box);
        box->button(QMessageBox::No)->click();
        QTest::qWait(50);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isTraining());

        dialog.reject();
        box = waitForMessageBox(&dialog);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kTimeoutMs);
        QVERIFY(!dialog.isTraining());
        QVERIFY(!dialog.job()->isRunning());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void failuresAreReported()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        TrainingJob job;
        QSignalSpy failed(&job, &TrainingJob::failed);
        QSignalSpy finished(&job, &TrainingJob::finished);
        TrainingRequest request;
        request.profile = QStringLiteral("small");
        request.data = {empty};
        request.outputPath = m_dir.filePath(QStringLiteral("never.alm"));
        request.steps = 5;
        QVERIFY(job.start(request));
        QVERIFY(!job.start(request));  // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(finished.isEmpty());
        QVERIFY(!job.isRunning());
        QVERIFY(!QFileInfo::exists(request.outputPath));

        request.method = QStringLiteral("no-such-method");
        request.data = {m_footage};
        QVERIFY(job.start(request));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kTimeoutMs);
        QVERIFY2(failed.last().first().toString().contains(QStringLiteral("mnad-pred")),
                 qPrintable(failed.last().first().toString()));
    }

    void destroyingARunningJobCancelsIt()
    {
        QElapsedTimer timer;
        timer.start();
        {
            TrainingJob job;
            TrainingRequest request;
            request.profile = QStringLiteral("small");
            request.data = {m_footage};
            request.outputPath = m_dir.filePath(QStringLiteral("destroyed.alm"));
            request.steps = 100000;
            request.batchSize = 2;
            QVERIFY(job.start(request));
            QTest::qWait(300);
        }
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("destroyed.alm"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_footage;
    QString m_models;
    std::unique_ptr<anomalens::uitest::IsolatedSettings> m_settings;
};

QTEST_MAIN(TrainDialogTest)
#include "tst_traindialog.moc"
