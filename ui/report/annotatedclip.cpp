#include "report/annotatedclip.h"

#include "report/heatmap.h"
#include "report/reportdata.h"
#include "report/scoreplot.h"

#include "media/videosource.h"
#include "media/videowriter.h"
#include "store/casedatabase.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

namespace anomalens::ui {

namespace {

namespace fs = std::filesystem;

std::string muxerFor(const fs::path& destination)
{
    std::string extension = destination.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".mp4" || extension == ".m4v")
        return "mp4";
    if (extension == ".mkv")
        return "matroska";
    if (extension == ".mov")
        return "mov";
    if (extension == ".avi")
        return "avi";
    throw exporting::ExportError("Cannot write an annotated clip to " + destination.u8string() +
                                 ": name it .mp4, .mkv, .mov or .avi.");
}

QString clockTime(std::int64_t timeUs)
{
    const std::int64_t ms = std::max<std::int64_t>(0, timeUs) / 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QFont burnFont(double pixelSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

int lineHeightFor(QSize size) { return std::max(9, size.height() / 24); }

// Lines of text in a translucent box, each shrunk to fit the box's width:
// long case names must not spill over the picture.
void drawTextBox(QPainter& painter, const QRect& box, const QColor& background, const QStringList& lines,
                 const QList<bool>& bold)
{
    painter.fillRect(box, background);
    const double lineHeight = static_cast<double>(box.height()) / std::max<qsizetype>(1, lines.size());
    const double padding = lineHeight * 0.3;
    painter.setPen(Qt::white);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QFont font = burnFont(lineHeight * 0.78, i < bold.size() && bold[i]);
        const double width = QFontMetricsF(font).horizontalAdvance(lines[i]);
        const double room = box.width() - 2 * padding;
        if (width > room && width > 0)
            font.setPixelSize(std::max(5, static_cast<int>(font.pixelSize() * room / width)));
        painter.setFont(font);
        painter.drawText(QRectF(box.left() + padding, box.top() + i * lineHeight, room, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    }
}

struct BurnContext {
    QString caseName;
    QString rangeLabel;                          // "Event 12" or "Frames 10–50"
    bool sourceChanged = false;
    ScorePlotData plot;                          // the clip's range, playhead set per frame
    std::map<std::int64_t, QImage> overlays;     // frame -> heat overlay
    AnnotatedFrameLayout layout;
};

void burnIn(QImage& picture, std::int64_t frameIndex, std::int64_t timeUs, BurnContext& context)
{
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (const auto overlay = context.overlays.find(frameIndex); overlay != context.overlays.end())
        drawHeatOverlay(painter, QRectF(picture.rect()), overlay->second);

    const double score = frameIndex >= 0 && static_cast<std::size_t>(frameIndex) < context.plot.scores.size()
                             ? context.plot.scores[static_cast<std::size_t>(frameIndex)]
                             : std::numeric_limits<double>::quiet_NaN();
    drawTextBox(painter, context.layout.info, QColor(0, 0, 0, 160),
                {context.caseName, context.rangeLabel,
                 AnnotatedClip::tr("Frame %1 · %2").arg(frameIndex).arg(clockTime(timeUs)),
                 std::isfinite(score) ? AnnotatedClip::tr("Score %1").arg(score, 0, 'f', 3)
                                      : AnnotatedClip::tr("Score: not scored")},
                {true});
    QStringList mark = {AnnotatedClip::tr("DERIVED COPY"), AnnotatedClip::tr("not original evidence")};
    if (context.sourceChanged)
        mark[1] = AnnotatedClip::tr("source changed since import");
    drawTextBox(painter, context.layout.mark, QColor(176, 0, 32, 215), mark, {true, false});

    context.plot.playheadFrame = frameIndex;
    ScorePlotStyle style = overlayPlotStyle(burnFont(lineHeightFor(picture.size()) * 0.6, false));
    style.lineWidth = std::max(1.0, picture.height() / 240.0);
    drawScorePlot(painter, QRectF(context.layout.strip), context.plot, style);
}

// A frame that could not be decoded: black with a label, so the clip keeps
// the source's timing and nobody mistakes the gap for a picture.
QImage placeholderFrame(QSize size)
{
    QImage picture(size, QImage::Format_RGB32);
    picture.fill(Qt::black);
    QPainter painter(&picture);
    painter.setPen(QColor(220, 220, 220));
    painter.setFont(burnFont(lineHeightFor(size), true));
    painter.drawText(picture.rect(), Qt::AlignCenter | Qt::TextWordWrap,
                     AnnotatedClip::tr("This frame could not be decoded from the source"));
    return picture;
}

// Back to the writer's packed RGB24 (QImage pads its lines).
void copyToFrame(const QImage& picture, media::Frame& frame, QSize encodedSize)
{
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
    frame.width = encodedSize.width();
    frame.height = encodedSize.height();
    frame.format = media::PixelFormat::Rgb24;
    frame.data.assign(static_cast<std::size_t>(frame.stride()) * static_cast<std::size_t>(frame.height), 0);
    const int rows = std::min(rgb.height(), frame.height);
    const auto bytes = static_cast<std::size_t>(std::min(rgb.width(), frame.width) * 3);
    for (int y = 0; y < rows; ++y)
        std::memcpy(frame.data.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(frame.stride()),
                    rgb.constScanLine(y), bytes);
}

} // namespace

AnnotatedFrameLayout annotatedFrameLayout(QSize frameSize)
{
    const int width = frameSize.width();
    const int height = frameSize.height();
    const int line = lineHeightFor(frameSize);
    const int boxWidth = std::max(60, width * 42 / 100);
    AnnotatedFrameLayout layout;
    layout.info = QRect(0, 0, std::min(boxWidth, width), line * 4 + line / 2);
    layout.mark = QRect(std::max(0, width - boxWidth), 0, std::min(boxWidth, width), line * 2 + line / 2);
    const int stripHeight = std::max(24, height * 18 / 100);
    layout.strip = QRect(0, height - stripHeight, width, stripHeight);
    return layout;
}

std::pair<std::int64_t, std::int64_t> eventClipRange(const store::MediaRecord& media, const store::EventRecord& event,
                                                     double padBeforeSeconds, double padAfterSeconds)
{
    const double fps = media.fps > 0.0 && std::isfinite(media.fps) ? media.fps : 25.0;
    const std::int64_t lastFrame = std::max<std::int64_t>(0, media.frameCount - 1);
    const auto before = static_cast<std::int64_t>(std::lround(std::max(0.0, padBeforeSeconds) * fps));
    const auto after = static_cast<std::int64_t>(std::lround(std::max(0.0, padAfterSeconds) * fps));
    return {std::clamp<std::int64_t>(event.startFrame - before, 0, lastFrame),
            std::clamp<std::int64_t>(event.endFrame + after, 0, lastFrame)};
}

AnnotatedClipResult exportAnnotatedClip(store::CaseDatabase& db, const AnnotatedClipRequest& request,
                                        const fs::path& destination, exporting::ExistingFile existing,
                                        const ExportControl& control)
{
    const std::string muxer = muxerFor(destination);
    if (db.mode() == store::OpenMode::ReadOnly)
        throw exporting::ExportError("The case " + db.path() + " is open read-only, but every export is recorded in "
                                     "its audit log: open the case with write access and export again.");
    exporting::ExportFile file(destination, existing);   // refuses an existing file before any work
    AnnotatedClipResult result;
    const store::MediaRecord media = db.media(request.mediaId);
    const std::optional<store::RunRecord> run = reviewedRun(db.listRuns(media.id));
    if (!run)
        throw exporting::ExportError("Media " + std::to_string(media.id) + " (" + media.path +
                                     ") has not been analysed: analyse it before exporting an annotated clip.");
    const std::int64_t first = std::clamp<std::int64_t>(request.firstFrame, 0, std::max<std::int64_t>(0, media.frameCount - 1));
    const std::int64_t last = std::clamp<std::int64_t>(request.lastFrame, first, std::max<std::int64_t>(0, media.frameCount - 1));

    try {
        result.check = exporting::checkSource(media, [&](std::uint64_t done, std::uint64_t total) {
            control.report(0.15 * static_cast<double>(done) / static_cast<double>(std::max<std::uint64_t>(total, 1)));
            return !control.cancelled();
        });
    } catch (const evidence::HashCancelled&) {
        control.throwIfCancelled();
        throw;
    }
    if (!result.check.matches && !request.allowChangedSource)
        throw SourceChangedError(result.check.message + " An annotated clip made from it would not show the footage "
                                                        "that was analysed.");
    if (!result.check.matches && result.check.currentSha256.empty())
        throw exporting::ExportError(result.check.message);

    BurnContext context;
    context.caseName = QString::fromStdString(db.info().name);
    context.rangeLabel = request.eventId ? AnnotatedClip::tr("Event %1").arg(*request.eventId)
                                         : AnnotatedClip::tr("Frames %1–%2").arg(first).arg(last);
    context.sourceChanged = !result.check.matches;
    context.plot.scores.assign(static_cast<std::size_t>(std::max<std::int64_t>(media.frameCount, 0)),
                               std::numeric_limits<double>::quiet_NaN());
    for (const store::FrameScore& score : db.frameScores(run->id))
        if (score.frameIndex >= 0 && static_cast<std::size_t>(score.frameIndex) < context.plot.scores.size())
            context.plot.scores[static_cast<std::size_t>(score.frameIndex)] = score.score;
    context.plot.fps = media.fps;
    context.plot.firstFrame = first;
    context.plot.lastFrame = last;
    context.plot.threshold = run->threshold;
    for (const store::EventRecord& event : db.events(run->id))
        context.plot.events.push_back(
            {event.startFrame, event.endFrame, eventStateColor(QString::fromLatin1(store::toString(event.status)))});
    const double typical = typicalHeat(db, run->id, context.plot.scores);
    if (typical > 0.0)
        for (const store::PatchMap& map : db.patchMaps(run->id, first, last))
            context.overlays[map.frameIndex] = heatOverlayImage(map, typical);

    media::VideoSource source(media.path);
    const QSize frameSize(source.info().width, source.info().height);
    // yuv420p needs even sizes: an odd last row or column is padded, never cut.
    const QSize encodedSize((frameSize.width() + 1) / 2 * 2, (frameSize.height() + 1) / 2 * 2);
    context.layout = annotatedFrameLayout(frameSize);
    media::VideoWriterOptions options;
    options.width = encodedSize.width();
    options.height = encodedSize.height();
    options.fps = media::FrameRate::fromDouble(media.fps > 0.0 ? media.fps : source.info().fps);
    options.crf = request.crf;
    options.x264Preset = "veryfast";
    options.containerFormat = muxer;
    media::VideoWriter writer(file.partialPathUtf8(), options);

    const auto started = std::chrono::steady_clock::now();
    media::Frame decoded;
    media::Frame encoded;
    auto emit = [&](QImage& picture, std::int64_t frameIndex, std::int64_t timeUs) {
        burnIn(picture, frameIndex, timeUs, context);
        copyToFrame(picture, encoded, encodedSize);
        writer.write(encoded);
        ++result.framesWritten;
        control.report(0.15 + 0.85 * static_cast<double>(frameIndex - first + 1) / static_cast<double>(last - first + 1));
    };
    auto emitPlaceholders = [&](std::int64_t from, std::int64_t to) {
        for (std::int64_t frameIndex = from; frameIndex <= to; ++frameIndex) {
            control.throwIfCancelled();
            QImage picture = placeholderFrame(frameSize);
            emit(picture, frameIndex, source.timeUsOfFrame(frameIndex));
            ++result.undecodableFrames;
        }
    };
    source.seek(first);
    std::int64_t expected = first;
    while (expected <= last) {
        control.throwIfCancelled();
        if (!source.next(decoded)) {
            emitPlaceholders(expected, last);   // the stream ended early
            break;
        }
        if (decoded.frameIndex < expected)
            continue;
        emitPlaceholders(expected, std::min(decoded.frameIndex, last + 1) - 1);
        if (decoded.frameIndex > last)
            break;
        QImage picture = QImage(decoded.data.data(), decoded.width, decoded.height, decoded.stride(),
                                QImage::Format_RGB888)
                             .convertToFormat(QImage::Format_RGB32);
        emit(picture, decoded.frameIndex, decoded.ptsUs);
        expected = decoded.frameIndex + 1;
    }
    writer.finish();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    control.throwIfCancelled();
    result.file = file.commit();
    exporting::auditExport(db, "annotated_clip",
                           {{"media_id", media.id},
                            {"run_id", run->id},
                            {"event_id", request.eventId ? nlohmann::json(*request.eventId) : nlohmann::json()},
                            {"first_frame", first},
                            {"last_frame", last},
                            {"frames", result.framesWritten},
                            {"undecodable_frames", result.undecodableFrames},
                            {"codec", writer.codecName()},
                            {"crf", request.crf},
                            {"width", encodedSize.width()},
                            {"height", encodedSize.height()},
                            {"fps", options.fps.value()},
                            {"source_changed_allowed", !result.check.matches}},
                           {result.check}, {media}, {result.file});
    control.report(1.0);
    return result;
}

} // namespace anomalens::ui
