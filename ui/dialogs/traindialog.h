#pragma once
// TrainDialog: teaches a model what is normal for a camera. The reviewer
// lists footage of normal activity (video files, frame folders, or ranges of
// frames inside them, e.g. annotated stretches of the case), picks a
// method, a profile and a step count and where the bundle goes; Start runs a
// TrainingJob and the dialog shows the phase, a progress bar, steps/s, the
// time left and a live plot of the losses. F2LM asks for its motion and label
// cues; FFP and F2LM can go on to train a Destroyer on the finished generator
// (two phases, the progress naming the one running). Cancel keeps a checkpoint that
// Resume continues; closing while training runs asks first. Start stays
// disabled, with the reason shown, until the inputs make sense.
#include "controllers/trainingjob.h"
#include "dialogs/footagerangedialog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QCPGraph;
class QGroupBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace anomalens::ui {

class TrainDialog : public QDialog {
    Q_OBJECT

public:
    // `modelsFolder`: where the default output file name points.
    explicit TrainDialog(const QString& modelsFolder, QWidget* parent = nullptr);
    ~TrainDialog() override;

    // Whole clips (paths) or ranges ("PATH@FIRST-LAST", training/footage.h).
    void setFootage(const QStringList& paths);
    QStringList footage() const;
    // Adds frames first..last of one clip; the clip's whole entry, if listed,
    // is removed (its frames would otherwise be trained on twice).
    void addRange(const FootageRangeChoice& range);
    // What "From Annotations…" offers (the case's annotated ranges).
    void setSuggestedRanges(const QVector<FootageRangeChoice>& ranges);
    void setMethod(const QString& methodName);    // "mnad-pred", "mnad-recon", "ffp", "f2lm"
    // F2LM's cues, as in cues::CueConfig: "dis", "farneback" or
    // "torchscript:PATH"; "bgsub" or "torchscript:PATH". Unknown names are ignored.
    void setMotionCue(const QString& cue);
    void setLabelCue(const QString& cue);
    // FFP and F2LM: then train a Destroyer for `steps` steps (0: no Destroyer).
    void setDestroyerSteps(int steps);
    void setProfile(const QString& profileName);  // "small", "lite", "paper"
    void setSteps(int steps);
    void setBatchSize(int batchSize);
    void setOutputPath(const QString& path);
    QString outputPath() const;

    // What Start would run.
    TrainingRequest request() const;
    bool isTraining() const;
    // Why Start is disabled (empty when it is enabled).
    QString startBlockedReason() const { return m_blockedReason; }

    // For tests and the main window.
    QPushButton* startButton() const { return m_start; }
    QPushButton* addRangeButton() const { return m_addRange; }
    QPushButton* fromAnnotationsButton() const { return m_fromAnnotations; }
    QPushButton* cancelButton() const { return m_cancel; }
    QCheckBox* resumeBox() const { return m_resume; }
    QGroupBox* cueGroup() const { return m_cueGroup; }
    QComboBox* motionCueBox() const { return m_motionCue; }
    QComboBox* labelCueBox() const { return m_labelCue; }
    QCheckBox* destroyerBox() const { return m_destroyer; }
    QSpinBox* destroyerStepsBox() const { return m_destroyerSteps; }
    QLabel* phaseLabel() const { return m_phase; }
    QProgressBar* progressBar() const { return m_progress; }
    QCustomPlot* lossPlot() const { return m_plot; }
    QLabel* statusLabel() const { return m_status; }
    TrainingJob* job() const { return m_job; }

    // "1:02:03" (h:mm:ss).
    static QString formatDuration(double seconds);

Q_SIGNALS:
    void modelTrained(const QString& path);

public Q_SLOTS:
    void startTraining();
    void cancelTraining();
    void reject() override;

private:
    void buildUi();
    void addFiles();
    void addFolder();
    void addFootage(const QStringList& paths);
    void removeSelectedFootage();
    QStringList listedClips() const;
    void askForRange();
    void chooseSuggestedRanges();
    void browseOutput();
    void onMethodOrProfileChanged();
    void updateMethodOptions();
    // The reviewer picked an entry of a cue combo; the TorchScript one asks for the file.
    void onCueActivated(QComboBox* box, const QString& title);
    void setCue(QComboBox* box, const QString& cue);
    QString cueOf(const QComboBox* box) const;
    // The checkpoint Resume would continue: the model's, or (a two-phase run
    // stopped while training the generator) its generator's; empty if none.
    QString resumeCheckpointPath() const;
    void onOutputEdited();
    void onResumeToggled(bool checked);
    void updateProfileInfo();
    void updateResumeBox();
    void updateState();
    void setRunning(bool running);
    void resetPlot();
    void onProgress(const TrainingProgressInfo& progress);
    void onFinished(const QString& modelPath, const QString& generatorModelPath);
    void onCancelled(const QString& checkpointPath);
    void onFailed(const QString& message);
    QString defaultOutputPath() const;

    QString m_modelsFolder;
    TrainingJob* m_job = nullptr;

    QListWidget* m_footage = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_addFolder = nullptr;
    QPushButton* m_addRange = nullptr;
    QPushButton* m_fromAnnotations = nullptr;
    QVector<FootageRangeChoice> m_suggestedRanges;
    QPushButton* m_remove = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_profile = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_profileInfo = nullptr;
    QGroupBox* m_cueGroup = nullptr;
    QComboBox* m_motionCue = nullptr;
    QComboBox* m_labelCue = nullptr;
    QLabel* m_cueHint = nullptr;
    QCheckBox* m_destroyer = nullptr;
    QLabel* m_destroyerStepsLabel = nullptr;
    QSpinBox* m_destroyerSteps = nullptr;
    QWidget* m_destroyerRow = nullptr;
    QSpinBox* m_steps = nullptr;
    QSpinBox* m_batch = nullptr;
    QLineEdit* m_output = nullptr;
    QPushButton* m_saveAs = nullptr;
    QCheckBox* m_resume = nullptr;
    QLabel* m_reason = nullptr;

    QLabel* m_phase = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_speed = nullptr;
    QCustomPlot* m_plot = nullptr;
    QLabel* m_status = nullptr;

    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;

    QString m_blockedReason;
    bool m_outputEdited = false;    // the reviewer chose the output: stop renaming it
    bool m_running = false;
    bool m_closeWhenStopped = false;
    bool m_stopping = false;        // cancel asked, the job not yet ended
    bool m_hadCheckpoint = false;
    quint64 m_seed = 1;
    qint64 m_lastStep = 0;
    int m_lastStage = 0;            // of the progress shown; a new stage starts a new plot
    int m_lastStages = 1;
    bool m_resumeFixesDestroyer = false; // the checkpoint is the Destroyer's: its steps are fixed too
};

} // namespace anomalens::ui
