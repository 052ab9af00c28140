#include "dialogs/analysedialog.h"

#include "dialogs/settingsdialog.h"
#include "training/bundle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <exception>

namespace anomalens::ui {

QStringList AnalyseDialog::shippedModels()
{
    const QDir folder(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/anomalens/models"));
    QStringList paths;
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*.alm")}, QDir::Files, QDir::Name))
        paths << file.canonicalFilePath();
    return paths;
}

QString AnalyseDialog::userModelsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/models");
}

QStringList AnalyseDialog::userModels()
{
    QStringList paths;
    const QDir folder(userModelsFolder());
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*.alm")}, QDir::Files, QDir::Time))
        paths << file.canonicalFilePath();
    return paths;
}

AnalyseDialog::AnalyseDialog(const QString& casePath, const QStringList& caseFiles, const QString& currentFile,
                             const QStringList& caseModels, QWidget* parent)
    : QDialog(parent)
    , m_casePath(casePath)
{
    setWindowTitle(tr("Analyse Footage"));
    m_models = new QComboBox(this);
    m_models->setMinimumContentsLength(40);
    auto* browse = new QPushButton(tr("Browse…"), this);
    m_modelInfo = new QLabel(this);
    m_modelInfo->setWordWrap(true);
    m_modelInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files = new QListWidget(this);
    for (const QString& file : caseFiles) {
        auto* item = new QListWidgetItem(QFileInfo(file).fileName(), m_files);
        item->setToolTip(QDir::toNativeSeparators(file));
        item->setData(Qt::UserRole, file);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(file == currentFile || caseFiles.size() == 1 ? Qt::Checked : Qt::Unchecked);
    }
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(-100.0, 100.0);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.1);
    m_threshold->setToolTip(tr("Events start where the calibrated score reaches this value; "
                               "it can be changed later by dragging the line on the timeline."));
    m_precision = new QComboBox(this);
    m_precision->addItem(tr("Full precision (fp32)"), QStringLiteral("fp32"));
    m_precision->addItem(tr("Faster on recent CPUs (bf16)"), QStringLiteral("bf16"));

    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_models, 1);
    modelRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Model:"), modelRow);
    form->addRow(QString(), m_modelInfo);
    auto* allFiles = new QCheckBox(tr("All files of the case"), this);
    allFiles->setVisible(caseFiles.size() > 1);
    connect(allFiles, &QCheckBox::toggled, this, [this](bool all) {
        for (int row = 0; row < m_files->count(); ++row)
            m_files->item(row)->setCheckState(all ? Qt::Checked : Qt::Unchecked);
    });
    form->addRow(tr("Files:"), m_files);
    form->addRow(QString(), allFiles);
    form->addRow(tr("Event threshold:"), m_threshold);
    form->addRow(tr("Precision:"), m_precision);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Analyse"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    QStringList models = caseModels;
    for (const QString& shipped : userModels() + shippedModels())
        if (!models.contains(shipped))
            models << shipped;
    for (const QString& model : models)
        if (QFileInfo::exists(model))
            m_models->addItem(QFileInfo(model).completeBaseName(), model);

    connect(browse, &QPushButton::clicked, this, &AnalyseDialog::browseModel);
    connect(m_models, &QComboBox::currentIndexChanged, this, &AnalyseDialog::onModelChanged);
    connect(m_files, &QListWidget::itemChanged, this, &AnalyseDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onModelChanged();
}

void AnalyseDialog::selectModel(const QString& path)
{
    int index = m_models->findData(path);
    if (index < 0) {
        m_models->addItem(QFileInfo(path).completeBaseName(), path);
        index = m_models->count() - 1;
    }
    m_models->setCurrentIndex(index);
    onModelChanged();
}

void AnalyseDialog::browseModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Model"), QString(),
                                                      tr("Anomalens models (*.alm);;All files (*)"));
    if (!path.isEmpty())
        selectModel(path);
}

void AnalyseDialog::onModelChanged()
{
    const QString path = m_models->currentData().toString();
    m_modelUsable = false;
    if (path.isEmpty()) {
        m_modelInfo->setText(tr("No model yet: train one (Analysis ▸ Train Model…) or browse to a bundle."));
        updateOk();
        return;
    }
    try {
        const training::BundleMetadata metadata = training::readBundleMetadata(QFile::encodeName(path).toStdString());
        std::int64_t trainingFrames = 0;
        for (const training::FootageRecord& footage : metadata.trainingFootage)
            trainingFrames += footage.trainingFrames;
        m_modelInfo->setText(tr("%1, profile %2 (%3×%3 px), %4 training steps on %n clip(s) (%5 frames), "
                                "created %6. Default threshold %7.",
                                nullptr, static_cast<int>(metadata.trainingFootage.size()))
                                 .arg(QString::fromStdString(metadata.method), QString::fromStdString(metadata.profile.name))
                                 .arg(metadata.profile.inputSize)
                                 .arg(metadata.training.stepsCompleted)
                                 .arg(trainingFrames)
                                 .arg(QString::fromStdString(metadata.createdUtc))
                                 .arg(metadata.defaultThreshold, 0, 'f', 2));
        m_threshold->setValue(ReviewSettings::load().threshold.value_or(metadata.defaultThreshold));
        m_modelUsable = metadata.calibration.has_value();
        if (!m_modelUsable)
            m_modelInfo->setText(m_modelInfo->text() + QLatin1Char('\n') +
                                 tr("This model has no calibration and cannot be used to analyse."));
    } catch (const std::exception& error) {
        m_modelInfo->setText(tr("Not a usable model: %1").arg(QString::fromStdString(error.what())));
    }
    m_models->setToolTip(QDir::toNativeSeparators(path));
    updateOk();
}

void AnalyseDialog::updateOk()
{
    bool anyFile = false;
    for (int row = 0; row < m_files->count(); ++row)
        anyFile = anyFile || m_files->item(row)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(anyFile && m_modelUsable);
}

AnalysisRequest AnalyseDialog::request() const
{
    AnalysisRequest request;
    request.casePath = m_casePath;
    request.modelPath = m_models->currentData().toString();
    for (int row = 0; row < m_files->count(); ++row)
        if (m_files->item(row)->checkState() == Qt::Checked)
            request.files << m_files->item(row)->data(Qt::UserRole).toString();
    request.threshold = m_threshold->value();
    request.eventTiming = ReviewSettings::load().eventTiming;
    request.precision = m_precision->currentData().toString();
    return request;
}

} // namespace anomalens::ui
