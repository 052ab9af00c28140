#include "docks/eventsdock.h"

#include "media/videosource.h"
#include "widgets/timecode.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>

namespace anomalens::ui {

namespace {

constexpr int kThumbnailWidth = 80;
enum Column { ColumnThumbnail, ColumnStart, ColumnDuration, ColumnPeak, ColumnState, ColumnCount };
constexpr int kEventIdRole = Qt::UserRole + 1;

constexpr store::EventStatus kStates[] = {store::EventStatus::Unreviewed, store::EventStatus::NeedsReview,
                                          store::EventStatus::Confirmed, store::EventStatus::Dismissed};

// Peak frames decoded small, keyed by frame; frames that cannot be decoded
// are left out. Runs on a pool thread with its own VideoSource.
ThumbnailBatch decodeThumbnails(const QString& path, const std::vector<std::int64_t>& frames)
{
    ThumbnailBatch batch;
    batch.mediaPath = path;
    batch.requested = frames;
    try {
        media::VideoSource source(QFile::encodeName(path).toStdString());
        const media::MediaInfo& info = source.info();
        const int height = info.width > 0 ? std::max(2, kThumbnailWidth * info.height / info.width) : kThumbnailWidth;
        source.setOutput({kThumbnailWidth, height & ~1, media::PixelFormat::Rgb24});
        media::Frame frame;
        for (const std::int64_t peak : frames)
            if (source.readFrame(peak, frame))
                batch.images.insert(peak, QImage(frame.data.data(), frame.width, frame.height, frame.stride(),
                                                 QImage::Format_RGB888)
                                              .copy());
    } catch (const std::exception&) {
        // Missing or unreadable footage: rows stay without thumbnails; the
        // review window reports the file itself when it tries to open it.
    }
    return batch;
}

QString formatSeconds(double seconds)
{
    return QCoreApplication::translate("anomalens::ui::EventsDock", "%1 s")
        .arg(QLocale().toString(seconds, 'f', seconds < 10 ? 1 : 0));
}

} // namespace

QString eventStateKey(store::EventStatus status) { return QString::fromLatin1(store::toString(status)); }

QString eventStateLabel(store::EventStatus status)
{
    switch (status) {
    case store::EventStatus::Unreviewed:
        return EventsDock::tr("Unreviewed");
    case store::EventStatus::NeedsReview:
        return EventsDock::tr("Needs review");
    case store::EventStatus::Confirmed:
        return EventsDock::tr("Confirmed");
    case store::EventStatus::Dismissed:
        return EventsDock::tr("Dismissed");
    }
    return {};
}

EventsDock::EventsDock(QWidget* parent)
    : QDockWidget(tr("Events"), parent)
{
    setObjectName(QStringLiteral("eventsDock"));
    auto* content = new QWidget(this);

    m_filter = new QComboBox(content);
    m_filter->addItem(tr("All states"), QString());
    for (store::EventStatus status : kStates)
        m_filter->addItem(eventStateLabel(status), eventStateKey(status));
    m_summary = new QLabel(content);

    m_list = new QTreeWidget(content);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Peak"), tr("Start"), tr("Duration"), tr("Score"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 3 / 4));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->installEventFilter(this);

    m_confirmButton = new QPushButton(tr("Confirm"), content);
    m_confirmButton->setToolTip(tr("Mark the selected event confirmed (C)"));
    m_dismissButton = new QPushButton(tr("Dismiss"), content);
    m_dismissButton->setToolTip(tr("Mark the selected event dismissed: nothing of interest (D)"));
    m_reviewButton = new QPushButton(tr("Needs review"), content);
    m_reviewButton->setToolTip(tr("Mark the selected event for a second look (R)"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_summary, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmButton);
    buttons->addWidget(m_dismissButton);
    buttons->addWidget(m_reviewButton);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &EventsDock::applyFilter);
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (const store::EventRecord* event = selectedEvent(); event && item)
            Q_EMIT eventActivated(*event);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem*) {
        if (const store::EventRecord* event = selectedEvent())
            Q_EMIT eventActivated(*event);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool enabled = m_editable && selectedEvent() != nullptr;
        for (QPushButton* button : {m_confirmButton, m_dismissButton, m_reviewButton})
            button->setEnabled(enabled);
    });
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &EventsDock::showContextMenu);
    connect(m_confirmButton, &QPushButton::clicked, this,
            [this] { requestStateForSelection(store::EventStatus::Confirmed); });
    connect(m_dismissButton, &QPushButton::clicked, this,
            [this] { requestStateForSelection(store::EventStatus::Dismissed); });
    connect(m_reviewButton, &QPushButton::clicked, this,
            [this] { requestStateForSelection(store::EventStatus::NeedsReview); });
    connect(&m_thumbnails, &QFutureWatcher<ThumbnailBatch>::finished, this, &EventsDock::onThumbnailsReady);
    clear();
}

EventsDock::~EventsDock() { m_thumbnails.waitForFinished(); }

void EventsDock::setEvents(const std::vector<store::EventRecord>& events, double fps, const QString& mediaPath)
{
    if (mediaPath != m_mediaPath) {
        m_thumbnailCache.clear();
        m_undecodable.clear();
    }
    m_events = events;
    m_fps = fps > 0.0 ? fps : 25.0;
    m_mediaPath = mediaPath;
    rebuild();
    requestMissingThumbnails();
}

// Decodes the peaks not in the cache yet, one job at a time: a threshold
// drag replaces the events often, and most peaks stay where they were.
void EventsDock::requestMissingThumbnails()
{
    if (m_thumbnails.isRunning() || m_mediaPath.isEmpty())
        return;  // onThumbnailsReady() asks again
    std::vector<std::int64_t> missing;
    for (const store::EventRecord& event : m_events)
        if (!m_thumbnailCache.contains(event.peakFrame) && !m_undecodable.contains(event.peakFrame))
            missing.push_back(event.peakFrame);
    if (!missing.empty())
        m_thumbnails.setFuture(QtConcurrent::run(decodeThumbnails, m_mediaPath, missing));
}

void EventsDock::updateEvent(const store::EventRecord& event)
{
    for (store::EventRecord& known : m_events)
        if (known.id == event.id)
            known = event;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(ColumnThumbnail, kEventIdRole).toLongLong() == event.id)
            item->setText(ColumnState, eventStateLabel(event.status));
    }
    applyFilter();
}

void EventsDock::clear()
{
    m_events.clear();
    m_thumbnailCache.clear();
    m_undecodable.clear();
    m_mediaPath.clear();
    rebuild();
}

void EventsDock::setEditable(bool editable, const QString& whyNot)
{
    m_editable = editable;
    for (QPushButton* button : {m_confirmButton, m_dismissButton, m_reviewButton}) {
        button->setEnabled(editable && selectedEvent() != nullptr);
        button->setToolTip(editable ? button->toolTip() : whyNot);
    }
}

void EventsDock::rebuild()
{
    m_list->clear();
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const store::EventRecord& event = m_events[i];
        auto* item = new QTreeWidgetItem(m_list);
        const double startSeconds = static_cast<double>(event.startFrame) / m_fps;
        item->setData(ColumnThumbnail, kEventIdRole, QVariant::fromValue<qlonglong>(event.id));
        item->setText(ColumnThumbnail, QString());
        item->setText(ColumnStart, formatTimecode(static_cast<qint64>(std::llround(startSeconds * 1e6))));
        item->setText(ColumnDuration,
                      formatSeconds(static_cast<double>(event.endFrame - event.startFrame + 1) / m_fps));
        item->setText(ColumnPeak, QLocale().toString(event.peakScore, 'f', 2));
        item->setText(ColumnState, eventStateLabel(event.status));
        item->setToolTip(ColumnThumbnail, tr("Event %1: frames %2–%3, peak at frame %4")
                                              .arg(event.id)
                                              .arg(event.startFrame)
                                              .arg(event.endFrame)
                                              .arg(event.peakFrame));
        if (const auto cached = m_thumbnailCache.constFind(event.peakFrame); cached != m_thumbnailCache.constEnd())
            item->setIcon(ColumnThumbnail, QIcon(QPixmap::fromImage(*cached)));
    }
    applyFilter();
}

void EventsDock::onThumbnailsReady()
{
    const ThumbnailBatch batch = m_thumbnails.result();
    if (batch.mediaPath == m_mediaPath) {
        for (const std::int64_t peak : batch.requested)
            if (!batch.images.contains(peak))
                m_undecodable.insert(peak);  // not asked for again
        for (auto image = batch.images.constBegin(); image != batch.images.constEnd(); ++image)
            m_thumbnailCache.insert(image.key(), image.value());
        for (std::size_t row = 0; row < m_events.size(); ++row)
            if (const auto cached = m_thumbnailCache.constFind(m_events[row].peakFrame); cached != m_thumbnailCache.constEnd())
                m_list->topLevelItem(static_cast<int>(row))->setIcon(ColumnThumbnail, QIcon(QPixmap::fromImage(*cached)));
    }
    requestMissingThumbnails();
}

void EventsDock::applyFilter()
{
    const QString wanted = m_filter->currentData().toString();
    int confirmed = 0;
    int open = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const store::EventRecord& event = m_events[static_cast<std::size_t>(row)];
        m_list->topLevelItem(row)->setHidden(!wanted.isEmpty() && eventStateKey(event.status) != wanted);
        confirmed += event.status == store::EventStatus::Confirmed ? 1 : 0;
        open += event.status == store::EventStatus::Unreviewed || event.status == store::EventStatus::NeedsReview;
    }
    m_summary->setText(m_events.empty() ? tr("No events")
                                        : tr("%n event(s), %1 to review, %2 confirmed", nullptr,
                                             static_cast<int>(m_events.size()))
                                              .arg(open)
                                              .arg(confirmed));
}

int EventsDock::visibleEventCount() const
{
    int visible = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        visible += m_list->topLevelItem(row)->isHidden() ? 0 : 1;
    return visible;
}

const store::EventRecord* EventsDock::selectedEvent() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const qlonglong id = selected.front()->data(ColumnThumbnail, kEventIdRole).toLongLong();
    for (const store::EventRecord& event : m_events)
        if (event.id == id)
            return &event;
    return nullptr;
}

void EventsDock::selectEvent(std::int64_t eventId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(ColumnThumbnail, kEventIdRole).toLongLong() == eventId) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

void EventsDock::requestStateForSelection(store::EventStatus status)
{
    if (const store::EventRecord* event = selectedEvent(); event && m_editable && event->status != status)
        Q_EMIT stateChangeRequested(event->id, status);
}

void EventsDock::showContextMenu(const QPoint& pos)
{
    if (!selectedEvent())
        return;
    Q_EMIT contextMenuAboutToShow();
    QMenu menu(this);
    // A read-only case still exports; it only cannot change review states.
    if (m_editable)
        for (store::EventStatus status : kStates)
            menu.addAction(eventStateLabel(status), this, [this, status] { requestStateForSelection(status); });
    if (!m_extraContextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_extraContextActions);
    }
    if (!menu.isEmpty())
        menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool EventsDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_C:
            requestStateForSelection(store::EventStatus::Confirmed);
            return true;
        case Qt::Key_D:
            requestStateForSelection(store::EventStatus::Dismissed);
            return true;
        case Qt::Key_R:
            requestStateForSelection(store::EventStatus::NeedsReview);
            return true;
        default:
            break;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace anomalens::ui
