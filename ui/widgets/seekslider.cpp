#include "widgets/seekslider.h"

#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionSlider>

namespace anomalens::ui {

SeekSlider::SeekSlider(QWidget* parent)
    : QSlider(Qt::Horizontal, parent)
{
    // Arrow keys are the window's frame-step shortcuts, not slider steps.
    setFocusPolicy(Qt::NoFocus);
    setRange(0, 0);
    setTracking(true);
    connect(this, &QSlider::sliderMoved, this, &SeekSlider::seekRequested);
}

QRect SeekSlider::grooveRect() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
}

int SeekSlider::handleLength() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this).width();
}

int SeekSlider::valueAt(int x) const
{
    const QRect groove = grooveRect();
    const int handle = handleLength();
    // The handle centre travels from groove.left + handle/2 to groove.right - handle/2.
    const int span = groove.width() - handle;
    return QStyle::sliderValueFromPosition(minimum(), maximum(), x - groove.left() - handle / 2, span,
                                           invertedAppearance());
}

int SeekSlider::positionOf(int value) const
{
    const QRect groove = grooveRect();
    const int handle = handleLength();
    const int span = groove.width() - handle;
    return groove.left() + handle / 2
        + QStyle::sliderPositionFromValue(minimum(), maximum(), value, span, invertedAppearance());
}

void SeekSlider::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && maximum() > minimum()) {
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect handle =
            style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        if (!handle.contains(event->position().toPoint())) {
            const int value = valueAt(event->position().toPoint().x());
            setValue(value);
            Q_EMIT seekRequested(value);
        }
    }
    // The handle is now under the cursor, so the base class starts a drag
    // from here and the click can turn into a scrub.
    QSlider::mousePressEvent(event);
}

} // namespace anomalens::ui
