#include "report/pdfreport.h"

#include "report/reporthtml.h"

#include "store/casedatabase.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <cmath>
#include <exception>

namespace anomalens::ui {

namespace {

constexpr int kResolutionDpi = 300;
constexpr double kMarginMm = 15.0;
constexpr double kBandMm = 11.0;  // header and footer, inside the margins
constexpr int kPlotObjectType = QTextFormat::UserObject + 1;
constexpr int kPlotIndexProperty = QTextFormat::UserProperty + 1;
constexpr int kPlotSizeProperty = QTextFormat::UserProperty + 2;

QFont reportFont(double pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    // No ligatures: "fi" stays two letters, so text copied or searched in the
    // PDF reads as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Draws the score plots where the document has their placeholders. Painting
// through the painter QTextDocument hands over keeps them vector on the PDF.
class ScorePlotObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ScorePlotObject(const std::vector<ScorePlotData>& plots, const ScorePlotStyle& style, QObject* parent)
        : QObject(parent)
        , m_plots(plots)
        , m_style(style)
    {
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return format.property(kPlotSizeProperty).toSizeF();
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const auto index = static_cast<std::size_t>(format.intProperty(kPlotIndexProperty));
        if (index < m_plots.size())
            drawScorePlot(*painter, rect, m_plots[index], m_style);
    }

private:
    const std::vector<ScorePlotData>& m_plots;
    ScorePlotStyle m_style;
};

// Swaps each "plot:N" image placeholder for the plot object of the same size.
// The placeholders are sized in CSS pixels (1/96 inch) like all lengths in
// the HTML, which the layout scales to the device; objects are not scaled, so
// their size is given in device units.
void insertPlots(QTextDocument& document, double deviceUnitsPerCssPixel)
{
    struct Placeholder {
        int position;
        int index;
        QSizeF size;
    };
    std::vector<Placeholder> placeholders;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            const QTextImageFormat image = format.toImageFormat();
            if (image.name().startsWith(QLatin1String("plot:")))
                placeholders.push_back({fragment.position(), image.name().mid(5).toInt(),
                                        QSizeF(image.width(), image.height()) * deviceUnitsPerCssPixel});
        }
    for (const Placeholder& placeholder : placeholders) {
        QTextCharFormat plot;
        plot.setObjectType(kPlotObjectType);
        plot.setProperty(kPlotIndexProperty, placeholder.index);
        plot.setProperty(kPlotSizeProperty, placeholder.size);
        QTextCursor cursor(&document);
        cursor.setPosition(placeholder.position);
        cursor.setPosition(placeholder.position + 1, QTextCursor::KeepAnchor);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), plot);
    }
}

// Header: case name and title over a rule. Footer: a rule over the tool,
// time and page number, with a red warning row above it on every page when
// evidence has changed since import.
void drawBands(QPainter& painter, const QRectF& page, double band, const ReportData& data, int pageNumber, int pageCount)
{
    painter.save();
    painter.setFont(reportFont(7.5));
    const QPen rule(QColor(170, 170, 170), page.width() / 2000.0);
    const QColor textColour(90, 90, 90);
    const double row = band * 0.45;

    const QRectF header(page.left(), page.top(), page.width(), row);
    painter.setPen(textColour);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     PdfReport::tr("Case: %1").arg(QString::fromStdString(data.info.name)));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, PdfReport::tr("Anomalens evidence report"));
    painter.setPen(rule);
    painter.drawLine(QPointF(page.left(), header.bottom()), QPointF(page.right(), header.bottom()));

    const QRectF footer(page.left(), page.bottom() - row, page.width(), row);
    painter.drawLine(QPointF(page.left(), footer.top()), QPointF(page.right(), footer.top()));
    painter.setPen(textColour);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     PdfReport::tr("%1 · generated %2 UTC")
                         .arg(data.tool, data.generatedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     PdfReport::tr("Page %1 of %2").arg(pageNumber).arg(pageCount));
    if (!data.allSourcesMatch()) {
        QFont bold = reportFont(8.0);
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(QColor(176, 0, 32));
        painter.drawText(footer.translated(0, -row), Qt::AlignHCenter | Qt::AlignVCenter,
                         PdfReport::tr("EVIDENCE FILE CHANGED SINCE IMPORT: see \"Evidence files\""));
    }
    painter.restore();
}

} // namespace

int writeReportPdf(const ReportData& data, const QString& pdfPath, const ReportOptions& options)
{
    QPdfWriter writer(pdfPath);
    writer.setResolution(kResolutionDpi);
    writer.setCreator(data.tool);
    writer.setTitle(PdfReport::tr("Anomalens evidence report: %1").arg(QString::fromStdString(data.info.name)));
    writer.setPageLayout(QPageLayout(QPageSize(options.pageSize), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    const double pxPerMm = kResolutionDpi / 25.4;
    constexpr double kCssPixelsPerInch = 96.0;   // the unit of lengths in Qt rich text
    const double devicePerCss = kResolutionDpi / kCssPixelsPerInch;
    const QRectF page(0, 0, writer.width(), writer.height());   // painter units: the area inside the margins
    const double band = kBandMm * pxPerMm;
    const QRectF content(page.left(), page.top() + band, page.width(), page.height() - 2 * band);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(reportFont(8.5));
    document.setDocumentMargin(0);
    document.setPageSize(content.size());
    const ReportHtml html = buildReportHtml(data, pxPerMm / devicePerCss, content.width() / devicePerCss);
    // Placeholders resolve to something until insertPlots() swaps them.
    QImage blank(1, 1, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    for (std::size_t i = 0; i < html.plots.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(plotUrl(i)), blank);
    for (const ReportMedia& item : data.media)
        for (const auto& [eventId, image] : item.thumbnails)
            document.addResource(QTextDocument::ImageResource, QUrl(thumbnailUrl(eventId)), image);
    ScorePlotStyle plotStyle = printPlotStyle(reportFont(7.0));
    plotStyle.lineWidth = 0.25 * pxPerMm;
    ScorePlotObject plots(html.plots, plotStyle, &document);
    document.documentLayout()->registerHandler(kPlotObjectType, &plots);
    document.setHtml(html.html);
    insertPlots(document, devicePerCss);

    const int pageCount = document.pageCount();
    QPainter painter;
    if (!painter.begin(&writer))
        throw exporting::ExportError("Cannot write the report to " + pdfPath.toStdString() +
                                     ": the file cannot be created (check the folder's permissions and free space).");
    // Thumbnails are evidence pictures: no JPEG artefacts added.
    painter.setRenderHint(QPainter::LosslessImageRendering, true);
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            writer.newPage();
        drawBands(painter, page, band, data, index + 1, pageCount);
        painter.save();
        painter.translate(content.left(), content.top() - index * content.height());
        const QRectF clip(0, index * content.height(), content.width(), content.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        throw exporting::ExportError("Cannot finish the report " + pdfPath.toStdString() + " (is the disk full?).");
    return pageCount;
}

ReportResult exportReport(store::CaseDatabase& db, const std::filesystem::path& destination,
                          exporting::ExistingFile existing, const ReportOptions& options, const ExportControl& control)
{
    exporting::ExportFile file(destination, existing);   // refuses an existing file before any work
    const ReportData data = collectReportData(db, {}, control);
    control.throwIfCancelled();
    ReportResult result;
    result.pageCount = writeReportPdf(data, QFile::decodeName(file.partialPathUtf8().c_str()), options);
    control.throwIfCancelled();
    result.file = file.commit();
    std::vector<store::MediaRecord> media;
    for (const ReportMedia& item : data.media) {
        media.push_back(item.media);
        result.checks.push_back(item.check);
    }
    result.sourcesMatch = data.allSourcesMatch();
    exporting::auditExport(db, "report",
                           {{"page_size", options.pageSize == QPageSize::Letter ? "letter" : "a4"},
                            {"pages", result.pageCount},
                            {"sources_match", result.sourcesMatch},
                            {"audit_head_in_report", data.auditCheck.head.headHash}},
                           result.checks, media, {result.file});
    control.report(1.0);
    return result;
}

} // namespace anomalens::ui

#include "pdfreport.moc"
