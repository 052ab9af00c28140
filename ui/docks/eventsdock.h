#pragma once
// EventsDock: the events of the file on screen (from its latest analysis),
// one row each: thumbnail of the peak frame, start, duration, peak score and
// review state. Clicking a row jumps to the event's peak; the reviewer marks
// events confirmed, dismissed or needs-review (buttons, context menu, or the
// C / D / R keys in the list) and filters the list by state. States are
// written to the case at once (the main window does the writing: this dock
// only asks through stateChangeRequested).
#include "store/records.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QSet>

#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace anomalens::ui {

// Thumbnails decoded on a pool thread for one file.
struct ThumbnailBatch {
    QString mediaPath;
    std::vector<std::int64_t> requested;       // peak frames asked for
    QHash<std::int64_t, QImage> images;         // those that decoded
};

QString eventStateLabel(store::EventStatus status);
QString eventStateKey(store::EventStatus status);  // as stored: "unreviewed", "confirmed", ...

class EventsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit EventsDock(QWidget* parent = nullptr);
    ~EventsDock() override;

    // Shows `events` of the footage at `mediaPath` (thumbnails are decoded in
    // the background). fps converts frames to times.
    void setEvents(const std::vector<store::EventRecord>& events, double fps, const QString& mediaPath);
    // A new state for one event (after the case stored it).
    void updateEvent(const store::EventRecord& event);
    void clear();
    void setEditable(bool editable, const QString& whyNot = {});

    const std::vector<store::EventRecord>& events() const { return m_events; }
    // Visible rows after the state filter (for tests).
    int visibleEventCount() const;
    QTreeWidget* list() const { return m_list; }
    QComboBox* stateFilter() const { return m_filter; }
    // The event selected in the list, if any.
    const store::EventRecord* selectedEvent() const;
    void selectEvent(std::int64_t eventId);
    // Actions added below the review states in the list's context menu (the
    // window's exports of the selected event).
    void setExtraContextActions(const QList<QAction*>& actions) { m_extraContextActions = actions; }

Q_SIGNALS:
    void eventActivated(const anomalens::store::EventRecord& event);
    void stateChangeRequested(std::int64_t eventId, anomalens::store::EventStatus status);
    // Just before the list's context menu opens (the window updates the
    // extra actions' enabled states).
    void contextMenuAboutToShow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void applyFilter();
    void requestStateForSelection(store::EventStatus status);
    void showContextMenu(const QPoint& pos);
    void onThumbnailsReady();
    void requestMissingThumbnails();

    QTreeWidget* m_list = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_dismissButton = nullptr;
    QPushButton* m_reviewButton = nullptr;
    std::vector<store::EventRecord> m_events;
    double m_fps = 25.0;
    QString m_mediaPath;
    bool m_editable = true;
    QFutureWatcher<ThumbnailBatch> m_thumbnails;
    // Peak frame -> thumbnail of the file shown; kept across event changes
    // (a threshold drag moves few peaks), dropped when the file changes.
    QHash<std::int64_t, QImage> m_thumbnailCache;
    QSet<std::int64_t> m_undecodable;
    QList<QAction*> m_extraContextActions;
};

} // namespace anomalens::ui
