#pragma once
// AboutDialog: what this build of Anomalens is made of — its version and
// those of Qt, LibTorch, FFmpeg, SQLite, QCustomPlot and the BLAS — and the
// device models run on. "Copy to Clipboard" puts the same facts, as plain
// text, where a bug report can take them: most "it is slow" or "it scores
// differently" reports come down to one of these lines.
#include <QDialog>

namespace anomalens::ui {

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // "Name: version" lines, one per component (plain text, translated
    // labels). Asks LibTorch for the device, so it configures its threads.
    static QString versionReport();
    // What "Copy to Clipboard" copies: the title line and versionReport().
    QString reportText() const { return m_report; }

private:
    void copyToClipboard();

    QString m_report;
};

} // namespace anomalens::ui
