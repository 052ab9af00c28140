#include "widgets/transportbar.h"

#include "controllers/mediatimeline.h"
#include "widgets/seekslider.h"
#include "widgets/timecode.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace anomalens::ui {

TransportBar::TransportBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transportBar"));
    m_slider = new SeekSlider(this);
    m_slider->setObjectName(QStringLiteral("seekSlider"));
    m_slider->setToolTip(tr("Click or drag to go to a frame"));
    m_slider->setAccessibleName(tr("Frame position"));
    connect(m_slider, &SeekSlider::seekRequested, this,
            [this](int value) { Q_EMIT seekRequested(value); });
    connect(m_slider, &QSlider::sliderPressed, this, &TransportBar::scrubStarted);
    connect(m_slider, &QSlider::sliderReleased, this, &TransportBar::scrubFinished);

    m_frameReadout = makeReadout();
    m_frameReadout->setObjectName(QStringLiteral("frameReadout"));
    m_frameReadout->setToolTip(tr("Frame on screen (0-based, display order) / last frame"));
    m_timeReadout = makeReadout();
    m_timeReadout->setObjectName(QStringLiteral("timeReadout"));
    m_timeReadout->setToolTip(tr("Time of the frame on screen from the start of the stream / duration"));
    m_ptsReadout = makeReadout();
    m_ptsReadout->setObjectName(QStringLiteral("ptsReadout"));
    m_ptsReadout->setToolTip(tr("Presentation timestamp in stream time-base units, as ffprobe reports it"));
    m_keyframeBadge = new QLabel(tr("KEY"), this);
    m_keyframeBadge->setObjectName(QStringLiteral("keyframeBadge"));
    m_keyframeBadge->setToolTip(tr("This frame is a keyframe (decodable on its own)"));
    // A small outlined tag, so it reads as a property of the frame rather
    // than as another caption.
    m_keyframeBadge->setStyleSheet(QStringLiteral(
        "QLabel#keyframeBadge { color: #9cc3e6; border: 1px solid #3d6f9e; border-radius: 3px;"
        " padding: 0px 5px; font-size: 8pt; font-weight: bold; }"));

    auto* readouts = new QHBoxLayout;
    readouts->setContentsMargins(4, 0, 4, 0);
    readouts->setSpacing(8);
    readouts->addWidget(makeCaption(tr("FRAME")));
    readouts->addWidget(m_frameReadout);
    readouts->addSpacing(20);
    readouts->addWidget(makeCaption(tr("TIME")));
    readouts->addWidget(m_timeReadout);
    readouts->addSpacing(20);
    readouts->addWidget(makeCaption(tr("PTS")));
    readouts->addWidget(m_ptsReadout);
    readouts->addSpacing(12);
    readouts->addWidget(m_keyframeBadge);
    readouts->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_slider);
    layout->addLayout(readouts);

    setTimeline(MediaTimeline());
}

QLabel* TransportBar::makeCaption(const QString& text)
{
    auto* label = new QLabel(text, this);
    // Muted and small: the numbers are what the eye should land on.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* TransportBar::makeReadout()
{
    auto* label = new QLabel(this);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(font.pointSizeF(), this->font().pointSizeF()) * 1.05);
    label->setFont(font);
    // Mouse-only selection: with click focus here, Ctrl+C copies the
    // selection while the arrow keys and Space still reach the window's
    // transport shortcuts.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void TransportBar::setTimeline(const MediaTimeline& timeline)
{
    m_lastFrame = timeline.isEmpty() ? -1 : timeline.lastFrame();
    m_durationUs = timeline.durationUs();
    m_slider->setEnabled(!timeline.isEmpty());
    m_slider->setRange(0, static_cast<int>(std::max<qint64>(m_lastFrame, 0)));
    // One page = one second of footage, for clicks with the keyboard or wheel.
    m_slider->setPageStep(std::max(1, static_cast<int>(timeline.playbackFps())));
    m_slider->setValue(0);
    if (timeline.isEmpty()) {
        m_frameReadout->setText(QStringLiteral("– / –"));
        m_timeReadout->setText(QStringLiteral("--:--:--.--- / --:--:--.---"));
        m_ptsReadout->setText(QStringLiteral("–"));
        m_keyframeBadge->setVisible(false);
    }
}

void TransportBar::setPosition(qint64 frameIndex)
{
    // While the user drags, the handle follows the mouse, not the decoder.
    if (m_slider->isSliderDown())
        return;
    m_slider->setValue(static_cast<int>(std::max<qint64>(frameIndex, 0)));
}

void TransportBar::showFrame(qint64 frameIndex, qint64 timeUs, qint64 pts, bool keyframe)
{
    m_frameReadout->setText(QStringLiteral("%1 / %2")
                                .arg(formatFrameNumber(frameIndex, m_lastFrame),
                                     formatFrameNumber(m_lastFrame, m_lastFrame)));
    m_timeReadout->setText(QStringLiteral("%1 / %2").arg(formatTimecode(timeUs), formatTimecode(m_durationUs)));
    m_ptsReadout->setText(QString::number(pts));
    m_keyframeBadge->setVisible(keyframe);
}

QString TransportBar::frameText() const
{
    return m_frameReadout->text();
}

QString TransportBar::timeText() const
{
    return m_timeReadout->text();
}

QString TransportBar::ptsText() const
{
    return m_ptsReadout->text();
}

} // namespace anomalens::ui
