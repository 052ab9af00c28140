#pragma once
// AnnotationDialog: the form behind "Add bookmark", "Add range" and "Edit…" of
// the Annotations dock. It only edits a value; the dock stores it when the
// dialog is accepted, so nothing an investigator types lives only in memory
// past OK. OK stays disabled while the label is empty (the store refuses an
// annotation without one), and the last frame can never precede the first.
#include "store/records.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace anomalens::ui {

class AnnotationDialog : public QDialog {
    Q_OBJECT

public:
    // `lastFrame` < 0: the length of the footage is unknown, frames are unbounded.
    AnnotationDialog(double fps, std::int64_t lastFrame, QWidget* parent = nullptr);

    // Labels already used in the case, offered in the label combo box.
    void setLabelSuggestions(const QStringList& labels);
    // Prefills the form; annotation() returns this value with the edits applied.
    void setAnnotation(const store::Annotation& annotation);
    store::Annotation annotation() const;

    QComboBox* labelBox() const { return m_label; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QSpinBox* startFrameBox() const { return m_start; }
    QSpinBox* endFrameBox() const { return m_end; }
    QPushButton* okButton() const;

private:
    void updateTimecodes();
    void updateOkButton();
    QString timecodeOf(int frameIndex) const;

    double m_fps = 25.0;
    store::Annotation m_annotation;
    QComboBox* m_label = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QSpinBox* m_start = nullptr;
    QSpinBox* m_end = nullptr;
    QLabel* m_startTimecode = nullptr;
    QLabel* m_endTimecode = nullptr;
    QLabel* m_duration = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace anomalens::ui
