#pragma once
// Choosing parts of clips to train on: FootageRangeDialog asks for one range
// (a clip and its first and last frame); RangeChooserDialog offers ranges the
// case already knows (annotated stretches) as a checklist. Both only collect
// the choice; TrainDialog turns it into "PATH@FIRST-LAST" footage.
#include <QDialog>
#include <QVector>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace anomalens::ui {

// A part of one clip, 0-based frames, inclusive.
struct FootageRangeChoice {
    QString path;
    qint64 firstFrame = 0;
    qint64 lastFrame = 0;
    QString label;     // where it comes from, e.g. an annotation's label
};

class FootageRangeDialog : public QDialog {
    Q_OBJECT

public:
    // `clips`: the clips to choose from (files and frame folders).
    explicit FootageRangeDialog(const QStringList& clips, QWidget* parent = nullptr);
    FootageRangeChoice choice() const;
    void setChoice(const FootageRangeChoice& choice);

private:
    QComboBox* m_clip = nullptr;
    QSpinBox* m_first = nullptr;
    QSpinBox* m_last = nullptr;
};

class RangeChooserDialog : public QDialog {
    Q_OBJECT

public:
    RangeChooserDialog(const QVector<FootageRangeChoice>& ranges, QWidget* parent = nullptr);
    // The ticked ranges, in list order.
    QVector<FootageRangeChoice> chosen() const;
    QListWidget* list() const { return m_list; }

private:
    QVector<FootageRangeChoice> m_ranges;
    QListWidget* m_list = nullptr;
};

// "clip01.mp4, frames 120–479"
QString describeRange(const FootageRangeChoice& range);

} // namespace anomalens::ui
