#pragma once
// Values that cross the boundary between the decoder thread and the GUI thread.
// They travel through queued signals, so they are plain copyable values: the
// picture is an implicitly shared QImage and the frame index is shared
// read-only, never copied per frame.
#include "media/videosource.h"

#include <QImage>
#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

namespace anomalens::ui {

// Identifies one successful or attempted open. Every request and answer is
// tagged with it so that frames of a file that was replaced in the meantime
// are recognised as stale and dropped.
using SessionId = quint64;

struct OpenedMedia {
    SessionId session = 0;
    QString path;
    media::MediaInfo info;
    std::shared_ptr<const std::vector<media::FrameIndexEntry>> index;
};

struct DecodedFrame {
    SessionId session = 0;
    qint64 frameIndex = -1;
    qint64 timeUs = 0;   // relative to the stream start
    qint64 pts = 0;      // in stream time base units, as ffprobe reports it
    QImage image;        // Format_RGB888 at source size: the decoded pixels, unscaled
};

} // namespace anomalens::ui

Q_DECLARE_METATYPE(anomalens::ui::OpenedMedia)
Q_DECLARE_METATYPE(anomalens::ui::DecodedFrame)
