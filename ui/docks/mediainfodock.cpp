#include "docks/mediainfodock.h"

#include "controllers/mediatimeline.h"
#include "widgets/timecode.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace anomalens::ui {

namespace {

QString frameRateText(const MediaTimeline& timeline)
{
    const media::MediaInfo& info = timeline.info();
    if (!(info.fps > 0.0))
        return MediaInfoDock::tr("not declared (played at %1 fps)").arg(MediaTimeline::kFallbackFps);
    QString text = MediaInfoDock::tr("%1 fps").arg(QLocale().toString(info.fps, 'f', 3));
    if (info.variableFrameRate)
        text += MediaInfoDock::tr(" (variable)");
    return text;
}

QString keyframeText(const MediaTimeline& timeline)
{
    qint64 keyframes = 0;
    for (qint64 n = 0; n < timeline.frameCount(); ++n)
        keyframes += timeline.isKeyframe(n) ? 1 : 0;
    QString text = QLocale().toString(keyframes);
    // The mean GOP length tells how far a seek may have to decode.
    if (keyframes > 1 && keyframes < timeline.frameCount())
        text += MediaInfoDock::tr(" (one every %1 frames)")
                    .arg(QLocale().toString(static_cast<double>(timeline.frameCount()) / keyframes, 'f', 1));
    return text;
}

} // namespace

MediaInfoDock::MediaInfoDock(QWidget* parent)
    : QDockWidget(tr("Media Info"), parent)
{
    setObjectName(QStringLiteral("mediaInfoDock"));

    m_content = new QWidget;
    m_placeholder = new QLabel(tr("No media open."), m_content);
    m_placeholder->setEnabled(false);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(6);

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_placeholder);
    layout->addLayout(m_form);
    layout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_content);
    setWidget(scroll);
    // Narrower than this, values such as file names would be clipped.
    setMinimumWidth(260);
}

void MediaInfoDock::setMedia(const MediaTimeline& timeline)
{
    clearRows();
    m_placeholder->setVisible(timeline.isEmpty());
    if (timeline.isEmpty())
        return;

    const media::MediaInfo& info = timeline.info();
    const QFileInfo file(timeline.path());
    const QLocale locale;
    addRow(tr("Name"), file.fileName());
    addRow(tr("Folder"), QDir::toNativeSeparators(file.absolutePath()));
    addRow(tr("Type"), info.isImageSequence ? tr("Image sequence (folder)") : tr("Video file"));
    if (!info.isImageSequence)
        addRow(tr("Container"), QString::fromStdString(info.container));
    addRow(tr("Codec"), QString::fromStdString(info.codec));
    addRow(tr("Pixel format"), QString::fromStdString(info.pixelFormat));
    addRow(tr("Frame size"), tr("%1 × %2 px").arg(info.width).arg(info.height));
    if (info.rotationDeg != 0)
        addRow(tr("Rotation"), tr("%1° (display matrix)").arg(info.rotationDeg));
    addRow(tr("Frame rate"), frameRateText(timeline));
    addRow(tr("Duration"), formatTimecode(timeline.durationUs()));
    addRow(tr("Frames"), locale.toString(timeline.frameCount()));
    addRow(tr("Keyframes"), keyframeText(timeline));
    addRow(tr("Start time"), formatTimecode(info.startTimeUs));
}

void MediaInfoDock::addRow(const QString& caption, const QString& value)
{
    auto* captionLabel = new QLabel(caption, m_content);
    captionLabel->setEnabled(false);  // muted, like the transport captions
    auto* valueLabel = new QLabel(value, m_content);
    valueLabel->setObjectName(caption);
    valueLabel->setWordWrap(true);
    // Click focus (so Ctrl+C copies a selection); mouse-only selection keeps
    // the arrow keys and Space for the window's transport shortcuts.
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setToolTip(value);
    m_form->addRow(captionLabel, valueLabel);
}

void MediaInfoDock::clearRows()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

QString MediaInfoDock::valueText(const QString& caption) const
{
    const auto* label = m_content->findChild<QLabel*>(caption);
    return label ? label->text() : QString();
}

} // namespace anomalens::ui
