#include "dialogs/traindialog.h"

#include "dialogs/errorbox.h"
#include "models/profile.h"
#include "training/bundle.h"
#include "training/footage.h"
#include "training/method.h"
#include "training/trainer.h"
#include "widgets/qcustomplot_wrapper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <iterator>

namespace anomalens::ui {

namespace {

constexpr int kPathRole = Qt::UserRole;
// The cue combos: the provider ("dis", ..., "torchscript") as item data, and
// the TorchScript entry's chosen file under kModelFileRole.
constexpr int kModelFileRole = Qt::UserRole + 1;
const QString kTorchScript = QStringLiteral("torchscript");
constexpr int kDefaultDestroyerSteps = 300;

QString torchScriptCueText(bool motion, const QString& file)
{
    if (file.isEmpty())
        return motion ? TrainDialog::tr("TorchScript flow model…") : TrainDialog::tr("TorchScript segmentation model…");
    const QString name = QFileInfo(file).fileName();
    return motion ? TrainDialog::tr("TorchScript flow model: %1").arg(name)
                  : TrainDialog::tr("TorchScript segmentation model: %1").arg(name);
}

QString methodLabel(training::Method method)
{
    switch (method) {
    case training::Method::MnadPrediction:
        return TrainDialog::tr("MNAD prediction (4 frames in, the next one out)");
    case training::Method::MnadReconstruction:
        return TrainDialog::tr("MNAD reconstruction (one frame in, the same frame out)");
    case training::Method::Ffp:
        return TrainDialog::tr("FFP future-frame prediction (U-Net with a GAN critic)");
    case training::Method::F2lm:
        return TrainDialog::tr("F2LM prediction through motion and label cues");
    case training::Method::Destroyer:
        return TrainDialog::tr("F2LM Destroyer on a trained generator");
    }
    return QString::fromStdString(training::methodName(method));
}

QString profileHint(const QString& name)
{
    if (name == QLatin1String("small"))
        return TrainDialog::tr("Quickest: a quarter of lite's arithmetic. Good for a first try on a CPU.");
    if (name == QLatin1String("lite"))
        return TrainDialog::tr("Made for CPU-only machines: training and analysis in reasonable time.");
    if (name == QLatin1String("paper"))
        return TrainDialog::tr("The published architecture. Slow on a CPU; a GPU is recommended.");
    return QString();
}

QString singlePhaseText(const TrainingProgressInfo& progress)
{
    switch (progress.phase) {
    case training::TrainingPhase::ReadingFootage:
        return TrainDialog::tr("Reading footage: %n clip(s) read", nullptr, static_cast<int>(progress.done));
    case training::TrainingPhase::Training:
        return TrainDialog::tr("Training: step %1 of %2").arg(progress.done).arg(progress.total);
    case training::TrainingPhase::Calibrating:
        return TrainDialog::tr("Calibrating on held-out normal frames: %1 of %2")
            .arg(progress.done)
            .arg(progress.total);
    }
    return QString();
}

// In a two-phase run, which network the phase belongs to.
QString phaseText(const TrainingProgressInfo& progress)
{
    const QString text = singlePhaseText(progress);
    if (progress.stages < 2)
        return text;
    return progress.stage <= 1 ? TrainDialog::tr("Generator (1 of 2) — %1").arg(text)
                               : TrainDialog::tr("Destroyer (2 of 2) — %1").arg(text);
}

// Distinct on light and dark backgrounds; the total loss comes first.
QColor curveColor(int index)
{
    static const QColor colors[] = {QColor(70, 150, 240), QColor(240, 150, 40), QColor(90, 190, 90),
                                    QColor(220, 80, 80),  QColor(170, 110, 220), QColor(150, 150, 150)};
    return colors[index % static_cast<int>(std::size(colors))];
}

} // namespace

TrainDialog::TrainDialog(const QString& modelsFolder, QWidget* parent)
    : QDialog(parent)
    , m_modelsFolder(modelsFolder)
    , m_job(new TrainingJob(this))
{
    setWindowTitle(tr("Train Model"));
    buildUi();

    connect(m_job, &TrainingJob::progressed, this, &TrainDialog::onProgress);
    connect(m_job, &TrainingJob::finished, this, &TrainDialog::onFinished);
    connect(m_job, &TrainingJob::cancelled, this, &TrainDialog::onCancelled);
    connect(m_job, &TrainingJob::failed, this, &TrainDialog::onFailed);

    m_output->setText(QDir::toNativeSeparators(defaultOutputPath()));
    updateProfileInfo();
    updateMethodOptions();
    updateResumeBox();
    updateState();
    resize(sizeHint().expandedTo(QSize(760, 700)));
}

TrainDialog::~TrainDialog()
{
    // Stop the worker while the widgets its signals update still exist.
    m_job->cancel();
    m_job->wait();
}

void TrainDialog::buildUi()
{
    m_footage = new QListWidget(this);
    m_footage->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A few lines; the extra height of the dialog goes to the loss plot.
    m_footage->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_footage->setFixedHeight(8 * fontMetrics().lineSpacing());
    m_footage->setToolTip(tr("Footage of the camera's normal activity: video files, folders of frames (one clip "
                             "each), or folders of those."));
    m_addFiles = new QPushButton(tr("Add Files…"), this);
    m_addFolder = new QPushButton(tr("Add Folder…"), this);
    m_addRange = new QPushButton(tr("Add Range…"), this);
    m_addRange->setToolTip(tr("Train on some frames of a listed clip only"));
    m_fromAnnotations = new QPushButton(tr("From Annotations…"), this);
    m_fromAnnotations->setToolTip(tr("Train on ranges annotated in the case"));
    m_remove = new QPushButton(tr("Remove"), this);
    auto* footageButtons = new QVBoxLayout;
    footageButtons->addWidget(m_addFiles);
    footageButtons->addWidget(m_addFolder);
    footageButtons->addWidget(m_addRange);
    footageButtons->addWidget(m_fromAnnotations);
    footageButtons->addWidget(m_remove);
    footageButtons->addStretch(1);
    auto* footageRow = new QHBoxLayout;
    footageRow->addWidget(m_footage, 1);
    footageRow->addLayout(footageButtons);

    m_method = new QComboBox(this);
    for (const training::Method method : training::allMethods())
        m_method->addItem(methodLabel(method), QString::fromStdString(training::methodName(method)));
    m_profile = new QComboBox(this);
    for (const models::ModelProfile& profile : models::allProfiles())
        m_profile->addItem(QString::fromStdString(profile.name), QString::fromStdString(profile.name));
    m_profile->setCurrentIndex(m_profile->findData(QStringLiteral("lite")));
    m_profileInfo = new QLabel(this);
    m_profileInfo->setWordWrap(true);
    m_steps = new QSpinBox(this);
    m_steps->setRange(1, 10'000'000);
    m_steps->setValue(2000);
    m_steps->setGroupSeparatorShown(true);
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 1024);
    m_batch->setValue(4);
    m_batch->setToolTip(tr("Clips per step. Larger batches need more memory."));
    auto* stepsRow = new QHBoxLayout;
    stepsRow->addWidget(m_steps, 1);
    stepsRow->addWidget(new QLabel(tr("Batch size:"), this));
    stepsRow->addWidget(m_batch);

    m_output = new QLineEdit(this);
    m_saveAs = new QPushButton(tr("Save As…"), this);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_saveAs);
    m_resume = new QCheckBox(tr("Resume the unfinished training saved next to this file"), this);

    // F2LM's cues.
    m_cueGroup = new QGroupBox(tr("Cues"), this);
    m_motionCue = new QComboBox(m_cueGroup);
    m_motionCue->addItem(tr("Optical flow, DIS (fast)"), QStringLiteral("dis"));
    m_motionCue->addItem(tr("Optical flow, Farneback"), QStringLiteral("farneback"));
    m_motionCue->addItem(torchScriptCueText(true, QString()), kTorchScript);
    m_motionCue->setToolTip(tr("How the motion from one frame to the next is measured"));
    m_labelCue = new QComboBox(m_cueGroup);
    m_labelCue->addItem(tr("Background subtraction, split by blob shape (no network)"), QStringLiteral("bgsub"));
    m_labelCue->addItem(torchScriptCueText(false, QString()), kTorchScript);
    m_labelCue->setToolTip(tr("How each pixel is labelled with what kind of thing is there"));
    // Under the group, in the dialog's form: a wrapped label inside the group
    // box would not get the height of its second line.
    m_cueHint = new QLabel(tr("F2LM predicts from how things move and what is where; built-in cues need no model "
                              "files."),
                           this);
    m_cueHint->setWordWrap(true);
    m_cueHint->setForegroundRole(QPalette::PlaceholderText);
    auto* cueForm = new QFormLayout(m_cueGroup);
    cueForm->addRow(tr("Motion:"), m_motionCue);
    cueForm->addRow(tr("Labels:"), m_labelCue);

    // FFP and F2LM: the Destroyer, trained on the finished generator.
    m_destroyerRow = new QWidget(this);
    m_destroyer = new QCheckBox(tr("Then train a Destroyer (heat maps of where a frame is abnormal)"), m_destroyerRow);
    m_destroyer->setToolTip(tr("A second phase on the finished generator. The generator alone is kept too, "
                               "as NAME.generator.alm."));
    m_destroyerStepsLabel = new QLabel(tr("Destroyer steps:"), m_destroyerRow);
    m_destroyerSteps = new QSpinBox(m_destroyerRow);
    m_destroyerSteps->setRange(1, 10'000'000);
    m_destroyerSteps->setValue(kDefaultDestroyerSteps);
    m_destroyerSteps->setGroupSeparatorShown(true);
    m_destroyerStepsLabel->setBuddy(m_destroyerSteps);
    auto* destroyerLayout = new QHBoxLayout(m_destroyerRow);
    destroyerLayout->setContentsMargins(0, 0, 0, 0);
    destroyerLayout->addWidget(m_destroyer, 1);
    destroyerLayout->addWidget(m_destroyerStepsLabel);
    destroyerLayout->addWidget(m_destroyerSteps);

    auto* form = new QFormLayout;
    form->addRow(tr("Normal footage:"), footageRow);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(QString(), m_profileInfo);
    form->addRow(QString(), m_cueGroup);
    form->addRow(QString(), m_cueHint);
    form->addRow(tr("Steps:"), stepsRow);
    form->addRow(QString(), m_destroyerRow);
    form->addRow(tr("Output file:"), outputRow);
    form->addRow(QString(), m_resume);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_phase = new QLabel(tr("Not started."), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_speed = new QLabel(this);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(420, 200);
    const QPalette colors = palette();
    m_plot->setBackground(colors.base());
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(colors.color(QPalette::Mid)));
        axis->setTickPen(QPen(colors.color(QPalette::Mid)));
        axis->setSubTickPen(QPen(colors.color(QPalette::Mid)));
        axis->setTickLabelColor(colors.color(QPalette::Text));
        axis->setLabelColor(colors.color(QPalette::Text));
        axis->grid()->setPen(QPen(colors.color(QPalette::Midlight), 0, Qt::DotLine));
    }
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("loss"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(colors.base());
    m_plot->legend->setTextColor(colors.color(QPalette::Text));
    m_plot->legend->setBorderPen(QPen(colors.color(QPalette::Mid)));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    // Room for the longest message from the start, so nothing moves when it appears.
    m_status->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* progressBox = new QGroupBox(tr("Progress"), this);
    auto* progressLayout = new QVBoxLayout(progressBox);
    progressLayout->addWidget(m_phase);
    auto* barRow = new QHBoxLayout;
    barRow->addWidget(m_progress, 1);
    barRow->addWidget(m_speed);
    progressLayout->addLayout(barRow);
    progressLayout->addWidget(m_plot, 1);
    progressLayout->addWidget(m_status);

    m_start = new QPushButton(tr("Start"), this);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel Training"), this);
    m_cancel->setToolTip(tr("Stop after the current step and keep a checkpoint to resume from."));
    m_close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    m_form = form;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_reason);
    layout->addWidget(progressBox, 1);
    layout->addLayout(buttons);
    resetPlot();

    connect(m_addFiles, &QPushButton::clicked, this, &TrainDialog::addFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &TrainDialog::addFolder);
    connect(m_remove, &QPushButton::clicked, this, &TrainDialog::removeSelectedFootage);
    connect(m_addRange, &QPushButton::clicked, this, &TrainDialog::askForRange);
    connect(m_fromAnnotations, &QPushButton::clicked, this, &TrainDialog::chooseSuggestedRanges);
    connect(m_footage, &QListWidget::itemSelectionChanged, this, &TrainDialog::updateState);
    connect(m_method, &QComboBox::currentIndexChanged, this, &TrainDialog::onMethodOrProfileChanged);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &TrainDialog::onMethodOrProfileChanged);
    connect(m_output, &QLineEdit::textEdited, this, &TrainDialog::onOutputEdited);
    connect(m_output, &QLineEdit::textChanged, this, [this] {
        updateResumeBox();
        updateState();
    });
    connect(m_saveAs, &QPushButton::clicked, this, &TrainDialog::browseOutput);
    connect(m_resume, &QCheckBox::toggled, this, &TrainDialog::onResumeToggled);
    connect(m_motionCue, &QComboBox::activated, this,
            [this] { onCueActivated(m_motionCue, tr("Choose a TorchScript Flow Model")); });
    connect(m_labelCue, &QComboBox::activated, this,
            [this] { onCueActivated(m_labelCue, tr("Choose a TorchScript Segmentation Model")); });
    connect(m_motionCue, &QComboBox::currentIndexChanged, this, &TrainDialog::updateState);
    connect(m_labelCue, &QComboBox::currentIndexChanged, this, &TrainDialog::updateState);
    connect(m_destroyer, &QCheckBox::toggled, this, &TrainDialog::updateState);
    connect(m_start, &QPushButton::clicked, this, &TrainDialog::startTraining);
    connect(m_cancel, &QPushButton::clicked, this, &TrainDialog::cancelTraining);
    connect(m_close, &QPushButton::clicked, this, &TrainDialog::reject);
}

// --- inputs ----------------------------------------------------------------

void TrainDialog::setFootage(const QStringList& paths)
{
    m_footage->clear();
    addFootage(paths);
}

QStringList TrainDialog::footage() const
{
    QStringList paths;
    for (int row = 0; row < m_footage->count(); ++row)
        paths << m_footage->item(row)->data(kPathRole).toString();
    return paths;
}

void TrainDialog::addFootage(const QStringList& paths)
{
    const QStringList present = footage();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (absolute.isEmpty() || present.contains(absolute))
            continue;
        const bool isFolder = QFileInfo(absolute).isDir();
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(absolute) + (isFolder ? QStringLiteral("/") : QString()),
                                         m_footage);
        item->setData(kPathRole, absolute);
        item->setToolTip(isFolder ? tr("Folder: a sequence of frames, or several clips") : tr("Video file"));
    }
    updateState();
}

void TrainDialog::addRange(const FootageRangeChoice& range)
{
    const QString absolute = QFileInfo(range.path).absoluteFilePath();
    const QString spec = QString::fromStdString(training::footageRangeSpec(
        {QFile::encodeName(absolute).toStdString(), range.firstFrame, range.lastFrame}));
    if (footage().contains(spec))
        return;
    for (int row = m_footage->count() - 1; row >= 0; --row)
        if (m_footage->item(row)->data(kPathRole).toString() == absolute)
            delete m_footage->takeItem(row);
    FootageRangeChoice shown = range;
    shown.path = absolute;
    const QString text = range.label.isEmpty() ? describeRange(shown)
                                               : tr("%1 (%2)").arg(describeRange(shown), range.label);
    auto* item = new QListWidgetItem(text, m_footage);
    item->setData(kPathRole, spec);
    item->setToolTip(tr("Frames %1–%2 of %3").arg(range.firstFrame).arg(range.lastFrame)
                         .arg(QDir::toNativeSeparators(absolute)));
    updateState();
}

void TrainDialog::setSuggestedRanges(const QVector<FootageRangeChoice>& ranges)
{
    m_suggestedRanges = ranges;
    updateState();
}

// The clips a range can be taken from: those listed, whole or as ranges.
QStringList TrainDialog::listedClips() const
{
    QStringList clips;
    for (const QString& entry : footage()) {
        const auto range = training::parseFootageRangeSpec(QFile::encodeName(entry).toStdString());
        const QString clip = range && !QFileInfo::exists(entry) ? QFile::decodeName(range->path.c_str()) : entry;
        if (!clips.contains(clip))
            clips << clip;
    }
    return clips;
}

void TrainDialog::askForRange()
{
    FootageRangeDialog dialog(listedClips(), this);
    if (dialog.exec() == QDialog::Accepted)
        addRange(dialog.choice());
}

void TrainDialog::chooseSuggestedRanges()
{
    RangeChooserDialog dialog(m_suggestedRanges, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const FootageRangeChoice& range : dialog.chosen())
        addRange(range);
}

void TrainDialog::addFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Normal Footage"), QString(),
        tr("Video files (*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.mpg *.mpeg *.ts *.mts);;All files (*)"));
    addFootage(paths);
}

void TrainDialog::addFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Add a Folder of Frames or Clips"));
    if (!path.isEmpty())
        addFootage({path});
}

void TrainDialog::removeSelectedFootage()
{
    qDeleteAll(m_footage->selectedItems());
    updateState();
}

void TrainDialog::setMethod(const QString& methodName)
{
    const int index = m_method->findData(methodName);
    if (index >= 0)
        m_method->setCurrentIndex(index);
}

void TrainDialog::setProfile(const QString& profileName)
{
    const int index = m_profile->findData(profileName);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
}

void TrainDialog::setMotionCue(const QString& cue) { setCue(m_motionCue, cue); }
void TrainDialog::setLabelCue(const QString& cue) { setCue(m_labelCue, cue); }

void TrainDialog::setDestroyerSteps(int steps)
{
    m_destroyer->setChecked(steps > 0);
    if (steps > 0)
        m_destroyerSteps->setValue(steps);
}

void TrainDialog::setCue(QComboBox* box, const QString& cue)
{
    const QString prefix = kTorchScript + QLatin1Char(':');
    if (cue.startsWith(prefix)) {
        const QString file = QFileInfo(cue.mid(prefix.size())).absoluteFilePath();
        if (cue.size() == prefix.size())
            return;
        const int index = box->findData(kTorchScript);
        box->setItemData(index, file, kModelFileRole);
        box->setItemText(index, torchScriptCueText(box == m_motionCue, file));
        box->setItemData(index, QDir::toNativeSeparators(file), Qt::ToolTipRole);
        box->setCurrentIndex(index);
        return;
    }
    const int index = box->findData(cue);
    if (index >= 0 && cue != kTorchScript)
        box->setCurrentIndex(index);
}

QString TrainDialog::cueOf(const QComboBox* box) const
{
    const QString provider = box->currentData().toString();
    if (provider != kTorchScript)
        return provider;
    return provider + QLatin1Char(':') + box->currentData(kModelFileRole).toString();
}

void TrainDialog::onCueActivated(QComboBox* box, const QString& title)
{
    if (box->currentData().toString() != kTorchScript)
        return;
    const QString previous = box->currentData(kModelFileRole).toString();
    const QString file = QFileDialog::getOpenFileName(this, title, previous,
                                                      tr("TorchScript models (*.pt *.pth *.ts);;All files (*)"));
    if (!file.isEmpty())
        setCue(box, kTorchScript + QLatin1Char(':') + file);
    else if (previous.isEmpty())
        box->setCurrentIndex(0);  // nothing chosen: back to the built-in cue
}

void TrainDialog::setSteps(int steps) { m_steps->setValue(steps); }
void TrainDialog::setBatchSize(int batchSize) { m_batch->setValue(batchSize); }

void TrainDialog::setOutputPath(const QString& path)
{
    m_outputEdited = true;
    m_output->setText(QDir::toNativeSeparators(path));
}

QString TrainDialog::outputPath() const
{
    const QString text = m_output->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

QString TrainDialog::defaultOutputPath() const
{
    // A finished bundle is never the default target; an unfinished training's is,
    // so Resume is offered.
    const QString base = QDir(m_modelsFolder).filePath(m_method->currentData().toString() + QLatin1Char('-') +
                                                       m_profile->currentData().toString());
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? base + QStringLiteral(".alm") : QStringLiteral("%1-%2.alm").arg(base).arg(n);
        if (!QFileInfo::exists(candidate) || QFileInfo::exists(TrainingJob::checkpointPathFor(candidate)))
            return candidate;
    }
}

void TrainDialog::browseOutput()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Model As"), outputPath(),
                                                tr("Anomalens models (*.alm);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".alm");
    setOutputPath(path);
}

void TrainDialog::onMethodOrProfileChanged()
{
    updateProfileInfo();
    updateMethodOptions();
    if (!m_outputEdited && !m_resume->isChecked())
        m_output->setText(QDir::toNativeSeparators(defaultOutputPath()));
    updateState();
}

void TrainDialog::onOutputEdited() { m_outputEdited = true; }

void TrainDialog::updateMethodOptions()
{
    bool cues = false;
    bool destroyer = false;
    try {
        const training::Method method = training::methodFromName(m_method->currentData().toString().toStdString());
        cues = training::usesCues(method);
        destroyer = training::canCarryDestroyer(method);
    } catch (const std::exception&) {
    }
    m_form->setRowVisible(m_cueGroup, cues);
    m_form->setRowVisible(m_cueHint, cues);
    m_form->setRowVisible(m_destroyerRow, destroyer);
}

void TrainDialog::updateProfileInfo()
{
    const QString name = m_profile->currentData().toString();
    try {
        const models::ModelProfile profile = models::profileByName(name.toStdString());
        m_profileInfo->setText(tr("%1×%1 px input, encoder widths %2/%3/%4/%5. %6")
                                   .arg(profile.inputSize)
                                   .arg(profile.widths[0])
                                   .arg(profile.widths[1])
                                   .arg(profile.widths[2])
                                   .arg(profile.widths[3])
                                   .arg(profileHint(name)));
    } catch (const std::exception& error) {
        m_profileInfo->setText(QString::fromStdString(error.what()));
    }
}

QString TrainDialog::resumeCheckpointPath() const
{
    const QString output = outputPath();
    if (output.isEmpty())
        return QString();
    for (const QString& checkpoint : {TrainingJob::checkpointPathFor(output),
                                      TrainingJob::checkpointPathFor(TrainingJob::generatorPathFor(output))})
        if (QFileInfo::exists(checkpoint))
            return checkpoint;
    return QString();
}

void TrainDialog::updateResumeBox()
{
    const bool hasCheckpoint = !resumeCheckpointPath().isEmpty();
    m_resume->setEnabled(hasCheckpoint && !m_running);
    if (!hasCheckpoint && m_resume->isChecked())
        m_resume->setChecked(false);
    m_hadCheckpoint = hasCheckpoint;
}

// A resumed training must run with the options it started with: take them
// from the checkpoint and keep them fixed while Resume is ticked.
void TrainDialog::onResumeToggled(bool checked)
{
    m_resumeFixesDestroyer = false;
    if (checked) {
        try {
            const QString checkpoint = resumeCheckpointPath();
            const auto read = [](const QString& path) {
                return training::readBundleMetadata(QFile::encodeName(path).toStdString());
            };
            const training::BundleMetadata metadata = read(checkpoint);
            // A two-phase run: stopped in its Destroyer (the model's checkpoint,
            // the generator's options in its finished bundle), or in its
            // generator (the generator's checkpoint).
            const bool inDestroyer = metadata.method == training::methodName(training::Method::Destroyer);
            const bool inGenerator = checkpoint != TrainingJob::checkpointPathFor(outputPath());
            const training::BundleMetadata generator =
                inDestroyer ? read(TrainingJob::generatorPathFor(outputPath())) : metadata;
            const QSignalBlocker blockMethod(m_method);
            const QSignalBlocker blockProfile(m_profile);
            setMethod(QString::fromStdString(generator.method));
            setProfile(QString::fromStdString(generator.profile.name));
            m_steps->setValue(static_cast<int>(generator.training.steps));
            m_batch->setValue(static_cast<int>(generator.training.batchSize));
            m_seed = generator.training.seed;
            if (generator.f2lm) {
                setMotionCue(QString::fromStdString(generator.f2lm->motionCue));
                setLabelCue(QString::fromStdString(generator.f2lm->labelCue));
            }
            m_destroyer->setChecked(inDestroyer || inGenerator);
            if (inDestroyer) {
                m_destroyerSteps->setValue(static_cast<int>(metadata.training.steps));
                m_resumeFixesDestroyer = true;
                m_status->setText(tr("Resuming continues the Destroyer from step %1 of %2.")
                                      .arg(metadata.training.stepsCompleted)
                                      .arg(metadata.training.steps));
            } else if (inGenerator) {
                m_status->setText(tr("Resuming continues the generator from step %1 of %2, then trains its "
                                     "Destroyer.")
                                      .arg(metadata.training.stepsCompleted)
                                      .arg(metadata.training.steps));
            } else {
                m_destroyer->setChecked(false);
                m_status->setText(tr("Resuming continues from step %1 of %2.")
                                      .arg(metadata.training.stepsCompleted)
                                      .arg(metadata.training.steps));
            }
        } catch (const std::exception& error) {
            m_status->setText(tr("The checkpoint cannot be read: %1").arg(QString::fromStdString(error.what())));
            const QSignalBlocker block(m_resume);
            m_resume->setChecked(false);
        }
        updateProfileInfo();
        updateMethodOptions();
    }
    updateState();
}

TrainingRequest TrainDialog::request() const
{
    TrainingRequest request;
    request.method = m_method->currentData().toString();
    request.profile = m_profile->currentData().toString();
    request.data = footage();
    request.outputPath = outputPath();
    request.steps = m_steps->value();
    request.batchSize = m_batch->value();
    request.seed = m_resume->isChecked() ? m_seed : 1;
    request.resume = m_resume->isChecked();
    request.motionCue = cueOf(m_motionCue);
    request.labelCue = cueOf(m_labelCue);
    request.destroyerSteps = !m_destroyerRow->isHidden() && m_destroyer->isChecked() ? m_destroyerSteps->value() : 0;
    return request;
}

bool TrainDialog::isTraining() const { return m_running; }

void TrainDialog::updateState()
{
    const QStringList paths = footage();
    const QString output = outputPath();
    QString reason;
    QString note;
    if (paths.isEmpty()) {
        reason = tr("Add footage of the camera's normal activity (Add Files… or Add Folder…).");
    } else {
        for (const QString& clip : listedClips())
            if (!QFileInfo::exists(clip)) {
                reason = tr("“%1” no longer exists; remove it.").arg(QDir::toNativeSeparators(clip));
                break;
            }
    }
    const bool cues = !m_cueGroup->isHidden();
    const bool destroyer = !m_destroyerRow->isHidden() && m_destroyer->isChecked();
    if (reason.isEmpty() && cues) {
        for (const QComboBox* box : {m_motionCue, m_labelCue}) {
            const QString file = box->currentData(kModelFileRole).toString();
            if (box->currentData().toString() == kTorchScript && !QFileInfo::exists(file)) {
                reason = tr("The cue model “%1” no longer exists; choose another.").arg(QDir::toNativeSeparators(file));
                break;
            }
        }
    }
    if (reason.isEmpty()) {
        if (output.isEmpty())
            reason = tr("Choose where to save the model (Save As…).");
        else if (QFileInfo(output).isDir())
            reason = tr("The output is a folder; choose a file name.");
        else if (m_resume->isChecked())
            note = tr("Resume continues the unfinished training from its checkpoint.");
        else if (m_resume->isEnabled())
            note = tr("An unfinished training of this model was saved: tick Resume to continue it, "
                      "or Start to begin again and replace it.");
        else if (QFileInfo::exists(output))
            note = tr("“%1” exists and will be replaced.").arg(QFileInfo(output).fileName());
        else if (destroyer)
            note = tr("The generator alone is kept too, as “%1”.")
                       .arg(QFileInfo(TrainingJob::generatorPathFor(output)).fileName());
    }
    m_blockedReason = reason;
    m_reason->setText(reason.isEmpty() ? note : reason);

    const bool editable = !m_running;
    const bool fixedByCheckpoint = m_resume->isChecked();
    m_footage->setEnabled(editable);
    m_addFiles->setEnabled(editable);
    m_addFolder->setEnabled(editable);
    m_addRange->setEnabled(editable && !paths.isEmpty());
    m_fromAnnotations->setEnabled(editable && !m_suggestedRanges.isEmpty());
    m_remove->setEnabled(editable && !m_footage->selectedItems().isEmpty());
    m_method->setEnabled(editable && !fixedByCheckpoint);
    m_profile->setEnabled(editable && !fixedByCheckpoint);
    m_steps->setEnabled(editable && !fixedByCheckpoint);
    m_batch->setEnabled(editable && !fixedByCheckpoint);
    m_motionCue->setEnabled(editable && !fixedByCheckpoint);
    m_labelCue->setEnabled(editable && !fixedByCheckpoint);
    m_destroyer->setEnabled(editable && !fixedByCheckpoint);
    const bool destroyerStepsEditable = editable && m_destroyer->isChecked() &&
                                        !(fixedByCheckpoint && m_resumeFixesDestroyer);
    m_destroyerSteps->setEnabled(destroyerStepsEditable);
    m_destroyerStepsLabel->setEnabled(destroyerStepsEditable);
    m_output->setEnabled(editable);
    m_saveAs->setEnabled(editable);
    m_start->setEnabled(editable && reason.isEmpty());
    m_start->setToolTip(reason);
    m_start->setText(m_resume->isChecked() ? tr("Resume") : tr("Start"));
    m_cancel->setEnabled(m_running && !m_stopping);
}

void TrainDialog::setRunning(bool running)
{
    m_running = running;
    updateResumeBox();
    updateState();
}

// --- running ---------------------------------------------------------------

void TrainDialog::startTraining()
{
    if (m_running || !m_blockedReason.isEmpty())
        return;
    const TrainingRequest job = request();
    QDir().mkpath(QFileInfo(job.outputPath).absolutePath());
    resetPlot();
    m_lastStep = 0;
    m_lastStage = 0;
    m_lastStages = 1;
    m_stopping = false;
    m_status->clear();
    m_phase->setText(tr("Starting…"));
    m_speed->clear();
    m_progress->setRange(0, 0);
    if (!m_job->start(job))
        return;
    setRunning(true);
}

void TrainDialog::cancelTraining()
{
    if (!m_running)
        return;
    m_job->cancel();
    m_stopping = true;
    m_cancel->setEnabled(false);
    m_phase->setText(m_phase->text() + tr(" — stopping after this step…"));
}

void TrainDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    if (m_closeWhenStopped)
        return;  // already stopping; the dialog closes when the job ends
    auto* box = new QMessageBox(QMessageBox::Question, tr("Stop Training?"),
                                tr("Training is still running. Stop it and close?"),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setInformativeText(tr("A checkpoint is kept; ticking Resume later continues from where it stopped."));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes || !m_running)
            return;
        m_closeWhenStopped = true;
        cancelTraining();
    });
    box->open();
}

void TrainDialog::resetPlot()
{
    m_plot->clearGraphs();
    m_plot->xAxis->setRange(0, std::max(1, m_steps->value()));
    m_plot->yAxis->setRange(0, 1);
    m_plot->replot();
}

void TrainDialog::onProgress(const TrainingProgressInfo& progress)
{
    if (progress.stage != m_lastStage) {
        // The Destroyer's losses are other curves, counted from step 0 again.
        if (m_lastStage != 0)
            resetPlot();
        m_lastStage = progress.stage;
        m_lastStep = 0;
    }
    m_lastStages = progress.stages;
    m_phase->setText(phaseText(progress));
    if (progress.total > 0) {
        m_progress->setRange(0, static_cast<int>(progress.total));
        m_progress->setValue(static_cast<int>(std::min(progress.done, progress.total)));
    } else {
        m_progress->setRange(0, 0);  // busy
    }
    if (progress.phase != training::TrainingPhase::Training) {
        m_speed->clear();
        return;
    }
    m_lastStep = progress.done;
    if (progress.stepsPerSecond > 0.0)
        m_speed->setText(tr("%1 steps/s · %2 left")
                             .arg(progress.stepsPerSecond, 0, 'f', progress.stepsPerSecond < 10 ? 2 : 1)
                             .arg(formatDuration(progress.etaSeconds)));
    if (progress.losses.isEmpty())
        return;
    // One curve per loss; the total ("loss") first so it keeps the first colour.
    QStringList names = progress.losses.keys();
    if (names.removeOne(QStringLiteral("loss")))
        names.prepend(QStringLiteral("loss"));
    for (const QString& name : names) {
        QCPGraph* graph = nullptr;
        for (int index = 0; index < m_plot->graphCount(); ++index)
            if (m_plot->graph(index)->name() == name)
                graph = m_plot->graph(index);
        if (!graph) {
            graph = m_plot->addGraph();
            graph->setName(name);
            graph->setPen(QPen(curveColor(m_plot->graphCount() - 1), name == QLatin1String("loss") ? 2.0 : 1.2));
        }
        const double value = progress.losses.value(name);
        if (std::isfinite(value))
            graph->addData(static_cast<double>(progress.done), value);
    }
    bool found = false;
    QCPRange all;
    for (int index = 0; index < m_plot->graphCount(); ++index) {
        bool graphFound = false;
        const QCPRange range = m_plot->graph(index)->getValueRange(graphFound);
        if (!graphFound)
            continue;
        all = found ? QCPRange(std::min(all.lower, range.lower), std::max(all.upper, range.upper)) : range;
        found = true;
    }
    if (found) {
        const double margin = std::max(1e-6, 0.05 * (all.upper - all.lower));
        m_plot->yAxis->setRange(std::min(0.0, all.lower - margin), all.upper + margin);
    }
    m_plot->xAxis->setRange(0, std::max<double>(1, progress.total));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrainDialog::onFinished(const QString& modelPath, const QString& generatorModelPath)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_phase->setText(tr("Done."));
    m_speed->clear();
    if (generatorModelPath.isEmpty())
        m_status->setText(tr("Model written to %1.").arg(QDir::toNativeSeparators(modelPath)));
    else
        m_status->setText(tr("Model with the Destroyer (heat maps) written to %1; the generator alone to %2.")
                              .arg(QDir::toNativeSeparators(modelPath), QDir::toNativeSeparators(generatorModelPath)));
    const bool close = m_closeWhenStopped;
    m_closeWhenStopped = false;
    setRunning(false);
    Q_EMIT modelTrained(modelPath);
    if (close)
        QDialog::reject();
}

void TrainDialog::onCancelled(const QString& checkpointPath)
{
    m_progress->setRange(0, std::max(1, m_progress->maximum()));
    m_speed->clear();
    const bool close = m_closeWhenStopped;
    m_closeWhenStopped = false;
    setRunning(false);
    if (checkpointPath.isEmpty()) {
        m_phase->setText(tr("Stopped."));
        m_status->setText(tr("Training stopped before the first step; nothing was saved."));
    } else {
        const QString stopped = tr("Stopped after step %1.").arg(m_lastStep);
        m_phase->setText(m_lastStages < 2 ? stopped
                         : m_lastStage <= 1 ? tr("Generator (1 of 2) — %1").arg(stopped)
                                            : tr("Destroyer (2 of 2) — %1").arg(stopped));
        if (m_resume->isEnabled())
            m_resume->setChecked(true);
        m_status->setText(tr("Checkpoint kept at %1. With Resume ticked, the next start continues from where "
                             "it stopped.")
                              .arg(QDir::toNativeSeparators(checkpointPath)));
    }
    if (close)
        QDialog::reject();
}

void TrainDialog::onFailed(const QString& message)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_phase->setText(tr("Failed."));
    m_speed->clear();
    m_status->setText(tr("Training failed: %1").arg(message));
    const bool close = m_closeWhenStopped;
    m_closeWhenStopped = false;
    setRunning(false);
    if (close)
        QDialog::reject();
    else
        showErrorBox(this, tr("Training failed"), message);
}

QString TrainDialog::formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("–:––:––");
    const qint64 total = static_cast<qint64>(std::llround(seconds));
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

} // namespace anomalens::ui
