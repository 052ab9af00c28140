#include "docks/casemediadock.h"

#include "widgets/timecode.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anomalens::ui {

namespace {

constexpr int kPathRole = Qt::UserRole;

enum Column { NameColumn, DurationColumn, SizeColumn, EventsColumn, ColumnCount };

QString toolTipFor(const store::MediaRecord& media, bool available)
{
    QString tip = CaseMediaDock::tr("%1\nSHA-256: %2\nImported: %3 (UTC)")
                      .arg(QDir::toNativeSeparators(QString::fromStdString(media.path)),
                           QString::fromStdString(media.sha256), QString::fromStdString(media.importedAtUtc));
    if (!available)
        tip += CaseMediaDock::tr("\nNot found at this path.");
    return tip;
}

} // namespace

CaseMediaDock::CaseMediaDock(QWidget* parent)
    : QDockWidget(tr("Case Media"), parent)
{
    setObjectName(QStringLiteral("caseMediaDock"));

    m_caseLabel = new QLabel;
    m_caseLabel->setWordWrap(true);
    m_caseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("caseMediaList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Media"), tr("Duration"), tr("Size"), tr("Events")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(EventsColumn, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item, int) { onItemActivated(item); });

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_caseLabel);
    layout->addWidget(m_list, 1);
    setWidget(content);
    // Room for a file name next to the duration and size columns.
    setMinimumWidth(260);
    clear();
}

void CaseMediaDock::setCase(const CaseSummary& summary)
{
    m_casePath = summary.path;
    m_caseLabel->setText(tr("<b>%1</b><br>%2 media file(s)")
                             .arg(summary.name.toHtmlEscaped())
                             .arg(static_cast<qlonglong>(summary.media.size())));
    m_caseLabel->setToolTip(QDir::toNativeSeparators(summary.path));
    m_list->clear();
    for (std::size_t row = 0; row < summary.media.size(); ++row) {
        const store::MediaRecord& media = summary.media[row];
        const QString path = QString::fromStdString(media.path);
        const bool available = QFileInfo::exists(path);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, QFileInfo(path).fileName());
        item->setText(DurationColumn, formatTimecode(media.durationUs));
        item->setText(SizeColumn, tr("%1×%2").arg(media.width).arg(media.height));
        item->setData(NameColumn, kPathRole, path);
        item->setToolTip(NameColumn, toolTipFor(media, available));
        item->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
        const int events = row < summary.eventCounts.size() ? summary.eventCounts[row] : -1;
        const double unfinished = row < summary.unfinishedFractions.size() ? summary.unfinishedFractions[row] : -1.0;
        if (unfinished >= 0.0) {
            // A stopped analysis: analysing again continues it.
            const int percent = static_cast<int>(unfinished * 100.0);
            item->setText(EventsColumn, tr("%1 %").arg(percent));
            item->setToolTip(EventsColumn, tr("The latest analysis stopped at %1 % of the frames; "
                                              "Analyse continues it").arg(percent));
        } else {
            item->setText(EventsColumn, events < 0 ? tr("—") : QLocale().toString(events));
            item->setToolTip(EventsColumn, events < 0 ? tr("Not analysed yet")
                                                      : tr("%n event(s) flagged by the latest analysis", "", events));
        }
        item->setTextAlignment(EventsColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!available)
            item->setDisabled(true);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void CaseMediaDock::clear()
{
    m_casePath.clear();
    m_list->clear();
    m_caseLabel->setText(tr("No case open. Use File ▸ Open Case…"));
    m_caseLabel->setToolTip(QString());
}

void CaseMediaDock::setCurrentMedia(const QString& path)
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        const QString itemPath = QFileInfo(item->data(NameColumn, kPathRole).toString()).absoluteFilePath();
        QFont font = item->font(NameColumn);
        font.setBold(!path.isEmpty() && itemPath == wanted);
        item->setFont(NameColumn, font);
    }
}

void CaseMediaDock::onItemActivated(QTreeWidgetItem* item)
{
    if (!item || item->isDisabled())
        return;
    Q_EMIT mediaActivated(item->data(NameColumn, kPathRole).toString());
}

} // namespace anomalens::ui
