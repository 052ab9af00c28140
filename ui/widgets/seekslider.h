#pragma once
// SeekSlider: the frame slider under the video. Unlike a plain QSlider, a
// click on the groove jumps straight to that frame (instead of paging), and
// seekRequested() fires only for the user's own moves, never for the
// setValue() calls that keep it in step with playback.
#include <QSlider>

namespace anomalens::ui {

class SeekSlider : public QSlider {
    Q_OBJECT

public:
    explicit SeekSlider(QWidget* parent = nullptr);

    // The slider value under a horizontal widget position.
    int valueAt(int x) const;
    // The widget x position of a value (the handle centre); used by tests.
    int positionOf(int value) const;

Q_SIGNALS:
    void seekRequested(int value);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect grooveRect() const;
    int handleLength() const;
};

} // namespace anomalens::ui
