#include "report/reportdata.h"

#include "report/heatmap.h"

#include "evidence/timestamp.h"
#include "evidence/toolversion.h"
#include "media/videosource.h"
#include "store/casedatabase.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>

namespace anomalens::ui {

namespace {

QImage thumbnailOf(media::VideoSource& source, const store::EventRecord& event,
                   const std::optional<store::PatchMap>& map, double typical, int width)
{
    const media::Frame frame = source.frame(event.peakFrame);
    const QImage picture(frame.data.data(), frame.width, frame.height, frame.stride(), QImage::Format_RGB888);
    const int height = std::max(1, width * frame.height / std::max(1, frame.width));
    QImage thumbnail = picture.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                           .convertToFormat(QImage::Format_RGB32);
    if (map) {
        QPainter painter(&thumbnail);
        drawHeatOverlay(painter, QRectF(thumbnail.rect()), heatOverlayImage(*map, typical));
    }
    return thumbnail;
}

// Decodes each event's peak frame. The footage must be the file the case
// imported: a thumbnail from a changed file would show something the
// analysis never saw.
void addThumbnails(const store::CaseDatabase& db, ReportMedia& item, int width, const ExportControl& control)
{
    if (item.events.empty())
        return;
    if (!item.check.matches) {
        item.thumbnailsWithheld = true;
        return;
    }
    try {
        media::VideoSource source(item.media.path);
        const double typical = typicalHeat(db, item.run->id, item.scores);
        for (const store::EventRecord& event : item.events) {
            control.throwIfCancelled();
            std::optional<store::PatchMap> map;
            if (typical > 0.0)
                map = db.patchMap(item.run->id, event.peakFrame);
            item.thumbnails[event.id] = thumbnailOf(source, event, map, typical, width);
        }
    } catch (const exporting::ExportCancelled&) {
        throw;
    } catch (const std::exception& error) {
        item.thumbnailsError = QString::fromStdString(error.what());
    }
}

} // namespace

std::optional<store::RunRecord> reviewedRun(const std::vector<store::RunRecord>& runsOldestFirst)
{
    std::optional<store::RunRecord> latest;
    std::optional<store::RunRecord> latestCompleted;
    for (const store::RunRecord& run : runsOldestFirst) {
        latest = run;
        if (run.status == store::RunStatus::Completed)
            latestCompleted = run;
    }
    return latestCompleted ? latestCompleted : latest;
}

bool ReportData::allSourcesMatch() const
{
    return std::all_of(media.begin(), media.end(), [](const ReportMedia& item) { return item.check.matches; });
}

ReportData collectReportData(const store::CaseDatabase& db, const ReportCollectOptions& options,
                             const ExportControl& control)
{
    ReportData data;
    data.casePath = QString::fromStdString(db.path());
    data.info = db.info();
    data.generatedUtc = QDateTime::currentDateTimeUtc();
    data.generatedBy = QString::fromStdString(evidence::osUserName());
    data.tool = QString::fromStdString(evidence::toolNameAndVersion());
    const std::vector<store::ModelRecord> models = db.listModels();
    const std::vector<store::MediaRecord> media = db.listMedia();

    // Hashing dominates: progress runs over the bytes of all files, then a
    // last stretch for thumbnails and the audit check.
    std::uint64_t totalBytes = 0;
    for (const store::MediaRecord& record : media)
        totalBytes += static_cast<std::uint64_t>(std::max<std::int64_t>(record.sizeBytes, 0));
    std::uint64_t bytesBefore = 0;
    const auto hashProgress = [&](std::uint64_t done, std::uint64_t) {
        control.report(0.8 * static_cast<double>(bytesBefore + done) / static_cast<double>(std::max<std::uint64_t>(totalBytes, 1)));
        return !control.cancelled();
    };

    for (std::size_t index = 0; index < media.size(); ++index) {
        control.throwIfCancelled();
        ReportMedia item;
        item.media = media[index];
        try {
            item.check = exporting::checkSource(item.media, hashProgress);
        } catch (const evidence::HashCancelled&) {
            control.throwIfCancelled();
            throw;
        }
        bytesBefore += static_cast<std::uint64_t>(std::max<std::int64_t>(item.media.sizeBytes, 0));
        item.run = reviewedRun(db.listRuns(item.media.id));
        if (item.run) {
            for (const store::ModelRecord& model : models)
                if (model.id == item.run->modelId) {
                    item.model = model;
                    const bool listed = std::any_of(data.models.begin(), data.models.end(),
                                                    [&](const store::ModelRecord& m) { return m.id == model.id; });
                    if (!listed)
                        data.models.push_back(model);
                }
            item.scores.assign(static_cast<std::size_t>(std::max<std::int64_t>(item.media.frameCount, 0)),
                               std::numeric_limits<double>::quiet_NaN());
            for (const store::FrameScore& score : db.frameScores(item.run->id))
                if (score.frameIndex >= 0 && static_cast<std::size_t>(score.frameIndex) < item.scores.size())
                    item.scores[static_cast<std::size_t>(score.frameIndex)] = score.score;
            item.events = db.events(item.run->id);
            addThumbnails(db, item, options.thumbnailWidth, control);
        }
        item.annotations = db.annotations(item.media.id);
        data.media.push_back(std::move(item));
        control.report(0.8 + 0.15 * static_cast<double>(index + 1) / static_cast<double>(media.size()));
    }
    control.throwIfCancelled();
    data.audit = db.audit().entries();
    data.auditCheck = db.audit().verify();
    control.report(0.95);
    return data;
}

} // namespace anomalens::ui
