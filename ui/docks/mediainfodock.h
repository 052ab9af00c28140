#pragma once
// MediaInfoDock: what the reviewer needs to know about the footage on screen
// and to quote in a report: file, container, codec, size, frame rate,
// duration, frame and keyframe counts. Values are selectable for copying.
#include <QDockWidget>

class QFormLayout;
class QLabel;

namespace anomalens::ui {

class MediaTimeline;

class MediaInfoDock : public QDockWidget {
    Q_OBJECT

public:
    explicit MediaInfoDock(QWidget* parent = nullptr);

    // An empty timeline clears the panel.
    void setMedia(const MediaTimeline& timeline);
    // The value shown for a field, by its caption ("Codec"); for tests.
    QString valueText(const QString& caption) const;

private:
    void addRow(const QString& caption, const QString& value);
    void clearRows();

    QWidget* m_content = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_placeholder = nullptr;
};

} // namespace anomalens::ui
