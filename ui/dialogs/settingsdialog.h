#pragma once
// SettingsDialog: how analyses run and how scores become events — the event
// rules (hysteresis, minimum duration, merge gap, padding), an optional
// threshold that overrides the model's, the device (GPU when present) and the
// CPU thread count. Stored in QSettings; ReviewSettings reads them back.
// It also picks the interface language (translation.h), which takes effect
// at the next start: retranslating every open widget live is not worth its
// risk for a setting changed once.
#include "analysis/caseanalysis.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace anomalens::ui {

struct ReviewSettings {
    std::optional<double> threshold;   // empty: the model's own
    analysis::EventTiming eventTiming;
    bool allowGpu = true;
    int cpuThreads = 0;                // 0: every hardware thread

    static ReviewSettings load();
    void save() const;
    // Hands the device choice to the core (models loaded afterwards).
    void applyDevice() const;
};

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    ReviewSettings settings() const;
    void setSettings(const ReviewSettings& settings);
    // Language code of the choice ("" = system default; see translation.h).
    QString language() const;
    void setLanguage(const QString& code);
    // OK: saves and applies.
    void accept() override;

private:
    QCheckBox* m_ownThreshold = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QDoubleSpinBox* m_hysteresis = nullptr;
    QDoubleSpinBox* m_minDuration = nullptr;
    QDoubleSpinBox* m_mergeGap = nullptr;
    QDoubleSpinBox* m_padding = nullptr;
    QCheckBox* m_allowGpu = nullptr;
    QSpinBox* m_threads = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace anomalens::ui
