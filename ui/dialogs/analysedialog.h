#pragma once
// AnalyseDialog: what to analyse and with which model. Models are listed from
// the folder of models shipped with Anomalens, the models the case already
// used, and any bundle file the reviewer browses to; the selected model's
// metadata (method, profile, training footage, steps, default threshold) is
// shown so the choice is informed. The files of the case are listed with
// checkboxes (the one on screen pre-checked).
#include "controllers/analysisjob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;

namespace anomalens::ui {

class AnalyseDialog : public QDialog {
    Q_OBJECT

public:
    AnalyseDialog(const QString& casePath, const QStringList& caseFiles, const QString& currentFile,
                  const QStringList& caseModels, QWidget* parent = nullptr);

    // Bundles installed with the application (share/anomalens/models).
    static QStringList shippedModels();
    // Where models trained in the GUI go (the user's data folder), and those in it.
    static QString userModelsFolder();
    static QStringList userModels();

    void selectModel(const QString& path);  // adds it when not listed
    AnalysisRequest request() const;
    QComboBox* modelBox() const { return m_models; }
    QListWidget* fileList() const { return m_files; }

private:
    void browseModel();
    void onModelChanged();
    void updateOk();

    QString m_casePath;
    QComboBox* m_models = nullptr;
    QLabel* m_modelInfo = nullptr;
    QListWidget* m_files = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QComboBox* m_precision = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_modelUsable = false;
};

} // namespace anomalens::ui
