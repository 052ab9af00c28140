#include "dialogs/settingsdialog.h"

#include "models/device.h"
#include "translation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace anomalens::ui {

namespace {

const QString kOwnThreshold = QStringLiteral("analysis/ownThreshold");
const QString kThreshold = QStringLiteral("analysis/threshold");
const QString kHysteresis = QStringLiteral("events/hysteresis");
const QString kMinDuration = QStringLiteral("events/minDurationSeconds");
const QString kMergeGap = QStringLiteral("events/mergeGapSeconds");
const QString kPadding = QStringLiteral("events/paddingSeconds");
const QString kAllowGpu = QStringLiteral("device/allowGpu");
const QString kCpuThreads = QStringLiteral("device/cpuThreads");

QDoubleSpinBox* secondsBox(QWidget* parent, double maximum)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, maximum);
    box->setDecimals(1);
    box->setSingleStep(0.1);
    box->setSuffix(QObject::tr(" s"));
    return box;
}

} // namespace

ReviewSettings ReviewSettings::load()
{
    const QSettings stored;
    ReviewSettings settings;
    if (stored.value(kOwnThreshold, false).toBool())
        settings.threshold = stored.value(kThreshold, 2.0).toDouble();
    const analysis::EventTiming defaults;
    settings.eventTiming.hysteresis = stored.value(kHysteresis, defaults.hysteresis).toDouble();
    settings.eventTiming.minDurationSeconds = stored.value(kMinDuration, defaults.minDurationSeconds).toDouble();
    settings.eventTiming.mergeGapSeconds = stored.value(kMergeGap, defaults.mergeGapSeconds).toDouble();
    settings.eventTiming.paddingSeconds = stored.value(kPadding, defaults.paddingSeconds).toDouble();
    settings.allowGpu = stored.value(kAllowGpu, true).toBool();
    settings.cpuThreads = stored.value(kCpuThreads, 0).toInt();
    return settings;
}

void ReviewSettings::save() const
{
    QSettings stored;
    stored.setValue(kOwnThreshold, threshold.has_value());
    if (threshold)
        stored.setValue(kThreshold, *threshold);
    stored.setValue(kHysteresis, eventTiming.hysteresis);
    stored.setValue(kMinDuration, eventTiming.minDurationSeconds);
    stored.setValue(kMergeGap, eventTiming.mergeGapSeconds);
    stored.setValue(kPadding, eventTiming.paddingSeconds);
    stored.setValue(kAllowGpu, allowGpu);
    stored.setValue(kCpuThreads, cpuThreads);
}

void ReviewSettings::applyDevice() const { models::setDevicePreference({allowGpu, cpuThreads}); }

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));

    auto* events = new QGroupBox(tr("Events"), this);
    m_ownThreshold = new QCheckBox(tr("Use my threshold instead of the model's:"), events);
    m_threshold = new QDoubleSpinBox(events);
    m_threshold->setRange(-100.0, 100.0);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.1);
    connect(m_ownThreshold, &QCheckBox::toggled, m_threshold, &QWidget::setEnabled);
    m_hysteresis = new QDoubleSpinBox(events);
    m_hysteresis->setRange(0.0, 20.0);
    m_hysteresis->setDecimals(2);
    m_hysteresis->setSingleStep(0.1);
    m_hysteresis->setToolTip(tr("An event goes on at the threshold and off only when the score falls this far "
                                "below it, so a score hovering at the threshold does not flicker"));
    m_minDuration = secondsBox(events, 60.0);
    m_minDuration->setToolTip(tr("Shorter blips are not reported"));
    m_mergeGap = secondsBox(events, 60.0);
    m_mergeGap->setToolTip(tr("Events closer than this become one"));
    m_padding = secondsBox(events, 30.0);
    m_padding->setToolTip(tr("Context added before and after each event"));
    auto* eventForm = new QFormLayout(events);
    eventForm->addRow(m_ownThreshold, m_threshold);
    eventForm->addRow(tr("Hysteresis (score units):"), m_hysteresis);
    eventForm->addRow(tr("Minimum duration:"), m_minDuration);
    eventForm->addRow(tr("Merge gap:"), m_mergeGap);
    eventForm->addRow(tr("Padding:"), m_padding);

    auto* device = new QGroupBox(tr("Device"), this);
    m_allowGpu = new QCheckBox(tr("Use the GPU when one is present"), device);
    if (!models::gpuPresent()) {
        m_allowGpu->setEnabled(false);
        m_allowGpu->setToolTip(tr("No CUDA GPU is usable by this build: models run on the CPU"));
    }
    m_threads = new QSpinBox(device);
    m_threads->setRange(0, std::max(1, QThread::idealThreadCount()));
    m_threads->setSpecialValueText(tr("All (%1)").arg(QThread::idealThreadCount()));
    auto* deviceForm = new QFormLayout(device);
    deviceForm->addRow(m_allowGpu);
    deviceForm->addRow(tr("CPU threads:"), m_threads);

    auto* interfaceBox = new QGroupBox(tr("Interface"), this);
    m_language = new QComboBox(interfaceBox);
    for (const LanguageChoice& choice : languageChoices())
        m_language->addItem(choice.nativeName, choice.code);
    auto* restartNote = new QLabel(tr("A new language applies the next time Anomalens starts."), interfaceBox);
    restartNote->setWordWrap(true);
    auto* interfaceForm = new QFormLayout(interfaceBox);
    interfaceForm->addRow(tr("Language:"), m_language);
    interfaceForm->addRow(restartNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(events);
    layout->addWidget(device);
    layout->addWidget(interfaceBox);
    layout->addWidget(buttons);
    setSettings(ReviewSettings::load());
    setLanguage(storedLanguage());
}

ReviewSettings SettingsDialog::settings() const
{
    ReviewSettings settings;
    if (m_ownThreshold->isChecked())
        settings.threshold = m_threshold->value();
    settings.eventTiming.hysteresis = m_hysteresis->value();
    settings.eventTiming.minDurationSeconds = m_minDuration->value();
    settings.eventTiming.mergeGapSeconds = m_mergeGap->value();
    settings.eventTiming.paddingSeconds = m_padding->value();
    settings.allowGpu = m_allowGpu->isChecked();
    settings.cpuThreads = m_threads->value();
    return settings;
}

void SettingsDialog::setSettings(const ReviewSettings& settings)
{
    m_ownThreshold->setChecked(settings.threshold.has_value());
    m_threshold->setEnabled(settings.threshold.has_value());
    m_threshold->setValue(settings.threshold.value_or(2.0));
    m_hysteresis->setValue(settings.eventTiming.hysteresis);
    m_minDuration->setValue(settings.eventTiming.minDurationSeconds);
    m_mergeGap->setValue(settings.eventTiming.mergeGapSeconds);
    m_padding->setValue(settings.eventTiming.paddingSeconds);
    m_allowGpu->setChecked(settings.allowGpu);
    m_threads->setValue(settings.cpuThreads);
}

void SettingsDialog::accept()
{
    const ReviewSettings chosen = settings();
    chosen.save();
    chosen.applyDevice();
    storeLanguage(language());
    QDialog::accept();
}

QString SettingsDialog::language() const { return m_language->currentData().toString(); }

void SettingsDialog::setLanguage(const QString& code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace anomalens::ui
