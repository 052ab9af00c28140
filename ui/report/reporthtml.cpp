#include "report/reporthtml.h"

#include "report/pdfreport.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace anomalens::ui {

namespace {

using nlohmann::json;

constexpr int kAuditGroupMin = 3;          // this many batch writes in a row are listed as one line
constexpr int kAuditDetailChars = 160;

const char* const kRed = "#b00020";
const char* const kGreen = "#1b6e2e";
const char* const kGrey = "#555555";

QString esc(const QString& text) { return text.toHtmlEscaped(); }
QString esc(const std::string& text) { return esc(QString::fromStdString(text)); }

QString mono(const QString& text)
{
    return QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono','Liberation Mono',monospace; "
                          "font-size:7.5pt\">%1</span>")
        .arg(esc(text));
}
QString mono(const std::string& text) { return mono(QString::fromStdString(text)); }

QString coloured(const char* colour, const QString& html, bool bold = true)
{
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(QLatin1String(colour), bold ? QStringLiteral(" font-weight:600;") : QString(), html);
}

// A JSON value as text, or empty when it is missing or not a scalar.
QString jsonText(const json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto found = object.find(key);
    if (found == object.end())
        return {};
    if (found->is_string())
        return QString::fromStdString(found->get<std::string>());
    if (found->is_number_integer())
        return QString::number(found->get<long long>());
    if (found->is_number())
        return QString::number(found->get<double>(), 'g', 6);
    if (found->is_boolean())
        return found->get<bool>() ? PdfReport::tr("yes") : PdfReport::tr("no");
    return {};
}

QString orNotRecorded(const QString& text) { return text.isEmpty() ? coloured(kGrey, PdfReport::tr("not recorded"), false) : esc(text); }

class Tables {
public:
    explicit Tables(double pxPerMm)
        : m_padding(static_cast<int>(std::lround(pxPerMm * 1.0)))
    {
    }
    QString keyValues(const QStringList& rows) const
    {
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">%2</table>")
            .arg(m_padding)
            .arg(rows.join(QString()));
    }
    static QString row(const QString& label, const QString& valueHtml)
    {
        return QStringLiteral("<tr><td width=\"27%\" style=\"color:%1\">%2</td><td>%3</td></tr>")
            .arg(QLatin1String(kGrey), esc(label), valueHtml);
    }
    // A ruled table whose header row repeats on every page it spans.
    QString grid(const QStringList& headers, const QStringList& rows, const QList<int>& widthsPercent = {}) const
    {
        QString head;
        for (int i = 0; i < headers.size(); ++i)
            head += QStringLiteral("<th align=\"left\"%1>%2</th>")
                        .arg(i < widthsPercent.size() ? QStringLiteral(" width=\"%1%\"").arg(widthsPercent[i]) : QString(),
                             esc(headers[i]));
        return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                              "style=\"border-collapse:collapse; border-color:#999999\">"
                              "<thead><tr style=\"background-color:#e8ebef\">%2</tr></thead>%3</table>")
            .arg(m_padding)
            .arg(head, rows.join(QString()));
    }
    static QString cells(const QStringList& cellHtml)
    {
        QString row = QStringLiteral("<tr>");
        for (const QString& cell : cellHtml)
            row += QStringLiteral("<td valign=\"top\">%1</td>").arg(cell);
        return row + QStringLiteral("</tr>");
    }

private:
    int m_padding;
};

QString heading(const QString& text, bool newPage = false)
{
    return QStringLiteral("<h2 style=\"font-size:13pt; margin-top:10px;%1\">%2</h2>")
        .arg(newPage ? QStringLiteral(" page-break-before:always;") : QString(), esc(text));
}

QString subheading(const QString& text)
{
    return QStringLiteral("<h3 style=\"font-size:10.5pt; margin-top:8px\">%1</h3>").arg(esc(text));
}

QString paragraph(const QString& html) { return QStringLiteral("<p>%1</p>").arg(html); }

QString frameAndTime(std::int64_t frame, double fps)
{
    return PdfReport::tr("frame %1 (%2)").arg(frame).arg(formatPlotTime(static_cast<double>(frame) / fps, true));
}

QString stateLabel(store::EventStatus status)
{
    switch (status) {
    case store::EventStatus::Unreviewed:
        return PdfReport::tr("Unreviewed");
    case store::EventStatus::NeedsReview:
        return PdfReport::tr("Needs review");
    case store::EventStatus::Confirmed:
        return PdfReport::tr("Confirmed");
    case store::EventStatus::Dismissed:
        return PdfReport::tr("Dismissed");
    }
    return {};
}

// The span colour as it looks on white paper, for the legend's swatches.
QString swatch(store::EventStatus status)
{
    const QColor colour = eventStateColor(QString::fromLatin1(store::toString(status)));
    const double alpha = colour.alphaF();
    const QColor onWhite(static_cast<int>(colour.red() * alpha + 255 * (1 - alpha)),
                         static_cast<int>(colour.green() * alpha + 255 * (1 - alpha)),
                         static_cast<int>(colour.blue() * alpha + 255 * (1 - alpha)));
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
        .arg(onWhite.name(), esc(stateLabel(status)));
}

double fpsOf(const store::MediaRecord& media) { return media.fps > 0.0 && std::isfinite(media.fps) ? media.fps : 25.0; }

QString sourceStatus(const exporting::SourceCheck& check)
{
    if (check.matches)
        return coloured(kGreen, PdfReport::tr("Matches the hash recorded at import"));
    if (check.currentSha256.empty())
        return coloured(kRed, PdfReport::tr("CANNOT BE READ NOW")) + QStringLiteral("<br>") + esc(check.message);
    return coloured(kRed, PdfReport::tr("CHANGED SINCE IMPORT")) + QStringLiteral("<br>") + esc(check.message);
}

QString caseSection(const ReportData& data, const Tables& tables)
{
    const json& extra = data.info.metadata;
    QString examiner = jsonText(extra, "examiner");
    if (examiner.isEmpty())
        examiner = jsonText(extra, "investigator");
    QStringList rows = {
        Tables::row(PdfReport::tr("Case"), esc(data.info.name)),
        Tables::row(PdfReport::tr("Reference"), orNotRecorded(jsonText(extra, "reference"))),
        Tables::row(PdfReport::tr("Examiner"), orNotRecorded(examiner)),
        Tables::row(PdfReport::tr("Case created (UTC)"), esc(data.info.createdUtc)),
        Tables::row(PdfReport::tr("Case file"), esc(data.casePath)),
        Tables::row(PdfReport::tr("Report generated (UTC)"), esc(data.generatedUtc.toString(Qt::ISODate))),
        Tables::row(PdfReport::tr("Generated by"), orNotRecorded(data.generatedBy)),
        Tables::row(PdfReport::tr("Tool"), esc(data.tool)),
    };
    if (const QString notes = jsonText(extra, "notes"); !notes.isEmpty())
        rows.push_back(Tables::row(PdfReport::tr("Notes"), esc(notes)));
    return heading(PdfReport::tr("Case")) + tables.keyValues(rows);
}

QString methodStatement()
{
    const QStringList points = {
        PdfReport::tr("The score says how unlike the footage the model learned as normal a frame is. The model was trained "
           "only on footage chosen as ordinary activity for this camera; a high score means the frame was hard "
           "to predict from that experience."),
        PdfReport::tr("It flags frames for a person to review. It does not identify people, objects or actions, and it "
           "does not show intent, wrongdoing or what happened."),
        PdfReport::tr("A low score does not prove that nothing happened: something that looks like the normal footage, or "
           "is small, brief or hidden, can score low."),
        PdfReport::tr("A high score can come from harmless things missing from the training footage: weather, lighting, "
           "camera movement, unusual but lawful activity."),
        PdfReport::tr("The threshold and the event rules are a reviewer's choice, stated below; another threshold gives "
           "other events. Review states (confirmed, dismissed) are the reviewer's judgement, not the model's."),
        PdfReport::tr("Heat maps show where in the frame the model's prediction error was highest, not what caused it."),
        PdfReport::tr("The evidence files are identified by their SHA-256 and were only read, never modified. Annotated "
           "clips exported by this tool are derived copies and are marked as such in every frame."),
    };
    QString list = QStringLiteral("<ul>");
    for (const QString& point : points)
        list += QStringLiteral("<li>%1</li>").arg(esc(point));
    return heading(PdfReport::tr("What this method can and cannot show")) + list + QStringLiteral("</ul>");
}

QString evidenceSection(const ReportData& data, const Tables& tables)
{
    QString html = heading(PdfReport::tr("Evidence files"));
    for (const ReportMedia& item : data.media) {
        const store::MediaRecord& media = item.media;
        html += subheading(PdfReport::tr("Media %1: %2").arg(media.id).arg(QString::fromStdString(media.path).section(QLatin1Char('/'), -1)));
        QStringList rows = {
            Tables::row(PdfReport::tr("Path"), esc(media.path)),
            Tables::row(PdfReport::tr("SHA-256 at import"), mono(media.sha256)),
            Tables::row(PdfReport::tr("SHA-256 now"), item.check.currentSha256.empty() ? coloured(kRed, PdfReport::tr("not available"))
                                                                            : mono(item.check.currentSha256)),
            Tables::row(PdfReport::tr("Status"), sourceStatus(item.check)),
            Tables::row(PdfReport::tr("Imported (UTC)"), esc(media.importedAtUtc)),
            Tables::row(PdfReport::tr("Size"), PdfReport::tr("%1 bytes").arg(media.sizeBytes)),
            Tables::row(PdfReport::tr("Format"), esc(QStringLiteral("%1, %2, %3×%4, %5 fps, %6 frames")
                                              .arg(QString::fromStdString(media.container),
                                                   QString::fromStdString(media.codec))
                                              .arg(media.width)
                                              .arg(media.height)
                                              .arg(media.fps, 0, 'f', 3)
                                              .arg(media.frameCount))),
            Tables::row(PdfReport::tr("Duration"), esc(formatPlotTime(static_cast<double>(media.durationUs) / 1e6, true))),
        };
        html += tables.keyValues(rows);
    }
    return html;
}

QString modelSection(const ReportData& data, const Tables& tables)
{
    QString html = heading(PdfReport::tr("Models"));
    if (data.models.empty())
        return html + paragraph(esc(PdfReport::tr("No analysis in this case used a model yet.")));
    for (const store::ModelRecord& model : data.models) {
        const json& metadata = model.metadata;
        const json training = metadata.is_object() ? metadata.value("training", json::object()) : json::object();
        QString footage;
        if (metadata.is_object() && metadata.contains("trainingFootage") && metadata["trainingFootage"].is_array())
            for (const json& clip : metadata["trainingFootage"]) {
                QString range;
                if (clip.is_object() && clip.contains("firstFrame") && clip.contains("lastFrame"))
                    range = PdfReport::tr(", frames %1–%2").arg(jsonText(clip, "firstFrame"), jsonText(clip, "lastFrame"));
                footage += QStringLiteral("%1<br>%2 %3<br>")
                               .arg(esc(jsonText(clip, "path")), mono(jsonText(clip, "sha256")),
                                    esc(PdfReport::tr("(%1 frames%2)").arg(jsonText(clip, "frameCount"), range)));
            }
        html += subheading(PdfReport::tr("Model %1: %2").arg(model.id).arg(QString::fromStdString(model.name)));
        html += tables.keyValues({
            Tables::row(PdfReport::tr("SHA-256 of the bundle"), mono(model.sha256)),
            Tables::row(PdfReport::tr("Method"), esc(model.method)),
            Tables::row(PdfReport::tr("Profile"), esc(model.profile)),
            Tables::row(PdfReport::tr("Created (UTC)"), orNotRecorded(QString::fromStdString(model.createdUtc))),
            Tables::row(PdfReport::tr("Trained with"), orNotRecorded(jsonText(metadata, "anomalensVersion").isEmpty()
                                                              ? QString()
                                                              : QStringLiteral("Anomalens ") +
                                                                    jsonText(metadata, "anomalensVersion"))),
            Tables::row(PdfReport::tr("Training steps"), orNotRecorded(jsonText(training, "stepsCompleted"))),
            Tables::row(PdfReport::tr("Training footage"), footage.isEmpty() ? orNotRecorded({}) : footage),
            Tables::row(PdfReport::tr("Default threshold"), orNotRecorded(jsonText(metadata, "defaultThreshold"))),
        });
    }
    return html;
}

QString eventRules(const store::RunRecord& run, double fps, const Tables& tables)
{
    const json events = run.parameters.is_object() ? run.parameters.value("events", json::object()) : json::object();
    auto frames = [&](const char* key) {
        const QString value = jsonText(events, key);
        if (value.isEmpty())
            return orNotRecorded({});
        return esc(PdfReport::tr("%1 frames (%2 s)").arg(value).arg(value.toDouble() / fps, 0, 'f', 2));
    };
    return tables.keyValues({
        Tables::row(PdfReport::tr("Threshold (events start above)"),
                    run.threshold ? esc(QString::number(*run.threshold, 'g', 6)) : orNotRecorded({})),
        Tables::row(PdfReport::tr("Events end below"), orNotRecorded(jsonText(events, "off_threshold"))),
        Tables::row(PdfReport::tr("Shortest event"), frames("min_duration_frames")),
        Tables::row(PdfReport::tr("Gaps merged up to"), frames("merge_gap_frames")),
        Tables::row(PdfReport::tr("Padding before / after"), frames("pre_pad_frames") + QStringLiteral(" / ") + frames("post_pad_frames")),
    });
}

QString eventTable(const ReportMedia& item, double pxPerMm, const Tables& tables)
{
    const double fps = fpsOf(item.media);
    const int thumbWidth = static_cast<int>(std::lround(pxPerMm * 40.0));
    QStringList rows;
    for (const store::EventRecord& event : item.events) {
        QString picture;
        const auto found = item.thumbnails.find(event.id);
        if (found != item.thumbnails.end() && !found->second.isNull())
            picture = QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                          .arg(thumbnailUrl(event.id))
                          .arg(thumbWidth)
                          .arg(thumbWidth * found->second.height() / std::max(1, found->second.width()));
        else
            picture = coloured(kGrey, esc(frameAndTime(event.peakFrame, fps)), false);
        rows.push_back(Tables::cells({
            QStringLiteral("%1").arg(event.id),
            esc(frameAndTime(event.startFrame, fps)),
            esc(frameAndTime(event.endFrame, fps)),
            esc(PdfReport::tr("%1 s").arg(static_cast<double>(event.endFrame - event.startFrame + 1) / fps, 0, 'f', 1)),
            esc(QString::number(event.peakScore, 'f', 3)),
            esc(stateLabel(event.status)),
            picture,
        }));
    }
    QString html = tables.grid({PdfReport::tr("Event"), PdfReport::tr("Start"), PdfReport::tr("End"), PdfReport::tr("Duration"), PdfReport::tr("Peak score"), PdfReport::tr("State"),
                                PdfReport::tr("Peak frame")},
                               rows, {7, 14, 14, 11, 10, 13, 31});
    if (item.thumbnailsWithheld)
        html += paragraph(coloured(kRed, esc(PdfReport::tr("No thumbnails: the file no longer matches the case, so no picture "
                                                "is taken from it."))));
    else if (!item.thumbnailsError.isEmpty())
        html += paragraph(esc(PdfReport::tr("No thumbnails: %1").arg(item.thumbnailsError)));
    return html;
}

QString annotationTable(const ReportMedia& item, const Tables& tables)
{
    const double fps = fpsOf(item.media);
    QStringList rows;
    for (const store::Annotation& note : item.annotations)
        rows.push_back(Tables::cells({
            esc(PdfReport::tr("%1 to %2").arg(frameAndTime(note.frameStart, fps), frameAndTime(note.frameEnd, fps))),
            esc(note.label),
            esc(note.note),
            esc(note.author),
            esc(PdfReport::tr("%1 (version %2)").arg(QString::fromStdString(note.modifiedUtc)).arg(note.version)),
        }));
    return tables.grid({PdfReport::tr("Frames"), PdfReport::tr("Label"), PdfReport::tr("Note"), PdfReport::tr("Author"), PdfReport::tr("Last changed (UTC)")}, rows,
                       {26, 16, 30, 10, 18});
}

QString analysisSection(const ReportData& data, ReportHtml& out, double pxPerMm, double contentWidthPx,
                        const Tables& tables)
{
    QString html;
    for (const ReportMedia& item : data.media) {
        const double fps = fpsOf(item.media);
        html += heading(PdfReport::tr("Analysis of media %1").arg(item.media.id), true);
        html += paragraph(esc(item.media.path));
        if (!item.check.matches)
            html += paragraph(coloured(kRed, esc(PdfReport::tr("This file has changed since import; the results below are "
                                                    "those of the file as it was imported."))));
        if (!item.run) {
            html += paragraph(esc(PdfReport::tr("This file has not been analysed.")));
        } else {
            const store::RunRecord& run = *item.run;
            html += tables.keyValues({
                Tables::row(PdfReport::tr("Run"), esc(PdfReport::tr("%1 (%2), started %3, finished %4")
                                               .arg(run.id)
                                               .arg(QString::fromLatin1(store::toString(run.status)),
                                                    QString::fromStdString(run.startedUtc),
                                                    QString::fromStdString(run.finishedUtc)))),
                Tables::row(PdfReport::tr("Model"), item.model ? esc(PdfReport::tr("%1 (model %2)").arg(QString::fromStdString(item.model->name))
                                                          .arg(item.model->id))
                                                    : orNotRecorded({})),
                Tables::row(PdfReport::tr("Device, precision"), esc(jsonText(run.parameters, "device") + QStringLiteral(", ") +
                                                         jsonText(run.parameters, "precision"))),
            });
            html += subheading(PdfReport::tr("Threshold and event rules")) + eventRules(run, fps, tables);
            html += subheading(PdfReport::tr("Score"));
            ScorePlotData plot;
            plot.scores = item.scores;
            plot.fps = fps;
            plot.threshold = run.threshold;
            for (const store::EventRecord& event : item.events)
                plot.events.push_back({event.startFrame, event.endFrame,
                                       eventStateColor(QString::fromLatin1(store::toString(event.status)))});
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                        .arg(plotUrl(out.plots.size()))
                        .arg(static_cast<int>(contentWidthPx))
                        .arg(static_cast<int>(std::lround(pxPerMm * 55.0)));
            out.plots.push_back(std::move(plot));
            html += paragraph(swatch(store::EventStatus::Unreviewed) + QStringLiteral(" &nbsp; ") +
                              swatch(store::EventStatus::NeedsReview) + QStringLiteral(" &nbsp; ") +
                              swatch(store::EventStatus::Confirmed) + QStringLiteral(" &nbsp; ") +
                              swatch(store::EventStatus::Dismissed) + QStringLiteral(" &nbsp; ") +
                              esc(PdfReport::tr("dashed red line: threshold")));
            html += subheading(PdfReport::tr("Events (%1)").arg(item.events.size()));
            html += item.events.empty() ? paragraph(esc(PdfReport::tr("No events at this run's threshold.")))
                                        : eventTable(item, pxPerMm, tables);
        }
        html += subheading(PdfReport::tr("Annotations (%1)").arg(item.annotations.size()));
        html += item.annotations.empty() ? paragraph(esc(PdfReport::tr("None."))) : annotationTable(item, tables);
    }
    return html;
}

QString auditSection(const ReportData& data, const Tables& tables)
{
    const evidence::AuditVerifyResult& check = data.auditCheck;
    QString html = heading(PdfReport::tr("Audit trail"), true);
    html += tables.keyValues({
        Tables::row(PdfReport::tr("Chain check"), check.ok ? coloured(kGreen, esc(PdfReport::tr("Intact: every row chains to the one before")))
                                                : coloured(kRed, esc(PdfReport::tr("FAILED: %1").arg(QString::fromStdString(check.message))))),
        Tables::row(PdfReport::tr("Rows"), esc(QString::number(check.head.rowCount))),
        Tables::row(PdfReport::tr("Head hash"), mono(check.head.headHash)),
        Tables::row(PdfReport::tr("Protection"), check.protectionIntact ? esc(PdfReport::tr("append-only triggers present"))
                                                             : coloured(kRed, esc(PdfReport::tr("append-only triggers missing")))),
    });
    html += paragraph(esc(PdfReport::tr("Keep the head hash outside the case file: a copy of the case can later be checked "
                             "against it. This report's own export is recorded after the rows listed here.")));
    QStringList rows;
    // An analysis writes one row per batch (scores, heat maps): a stretch of
    // such "*.append" rows is listed as one line, its rows named by id range.
    auto isBatchWrite = [](const evidence::AuditEntry& entry) {
        return entry.action.size() > 7 && entry.action.compare(entry.action.size() - 7, 7, ".append") == 0;
    };
    for (std::size_t i = 0; i < data.audit.size();) {
        std::size_t end = i + 1;
        while (isBatchWrite(data.audit[i]) && end < data.audit.size() && isBatchWrite(data.audit[end]) &&
               data.audit[end].actor == data.audit[i].actor)
            ++end;
        const evidence::AuditEntry& first = data.audit[i];
        const evidence::AuditEntry& last = data.audit[end - 1];
        QString ids = QString::number(first.id);
        QString action = QString::fromStdString(first.action);
        QString details;
        if (end - i >= static_cast<std::size_t>(kAuditGroupMin)) {
            QStringList actions;
            for (std::size_t row = i; row < end; ++row)
                if (!actions.contains(QString::fromStdString(data.audit[row].action)))
                    actions << QString::fromStdString(data.audit[row].action);
            ids = QStringLiteral("%1–%2").arg(first.id).arg(last.id);
            action = actions.join(QStringLiteral(", "));
            details = PdfReport::tr("%1 rows of batch writes, %2 to %3")
                          .arg(end - i)
                          .arg(QString::fromStdString(first.timeUtc), QString::fromStdString(last.timeUtc));
        } else {
            end = i + 1;
            details = QString::fromStdString(first.parameters);
            if (details.size() > kAuditDetailChars)
                details = details.left(kAuditDetailChars) + QStringLiteral("…");
        }
        rows.push_back(Tables::cells({esc(ids), esc(first.timeUtc), esc(first.actor), esc(action), esc(details),
                                      mono(data.audit[end - 1].rowHash.substr(0, 12) + "…")}));
        i = end;
    }
    html += tables.grid({PdfReport::tr("Row"), PdfReport::tr("Time (UTC)"), PdfReport::tr("Actor"), PdfReport::tr("Action"), PdfReport::tr("Details"), PdfReport::tr("Row hash")}, rows,
                        {7, 16, 8, 16, 39, 14});
    return html;
}

} // namespace

QString plotUrl(std::size_t plotIndex) { return QStringLiteral("plot:%1").arg(plotIndex); }
QString thumbnailUrl(std::int64_t eventId) { return QStringLiteral("thumb:%1").arg(eventId); }

ReportHtml buildReportHtml(const ReportData& data, double pxPerMm, double contentWidthPx)
{
    const Tables tables(pxPerMm);
    ReportHtml out;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 style=\"font-size:18pt\">%1</h1>").arg(esc(PdfReport::tr("Anomalens evidence report")));
    html += QStringLiteral("<p style=\"font-size:12pt\">%1</p>").arg(esc(data.info.name));
    if (!data.allSourcesMatch()) {
        int changed = 0;
        for (const ReportMedia& item : data.media)
            changed += item.check.matches ? 0 : 1;
        html += QStringLiteral("<table width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"%1\" "
                               "style=\"border-collapse:collapse; border-color:%2\" bgcolor=\"#fde8ea\">"
                               "<tr><td>%3<br>%4</td></tr></table>")
                    .arg(static_cast<int>(pxPerMm * 2.5))
                    .arg(QLatin1String(kRed),
                         coloured(kRed, esc(PdfReport::tr("WARNING: %1 evidence file(s) no longer match the SHA-256 recorded "
                                               "when they were imported.").arg(changed))),
                         esc(PdfReport::tr("The results in this report were computed from the files as imported. The files as "
                                "they are now were not analysed; see \"Evidence files\".")));
    }
    html += caseSection(data, tables);
    html += methodStatement();
    html += evidenceSection(data, tables);
    html += modelSection(data, tables);
    html += analysisSection(data, out, pxPerMm, contentWidthPx, tables);
    html += auditSection(data, tables);
    out.html = html + QStringLiteral("</body></html>");
    return out;
}

} // namespace anomalens::ui
