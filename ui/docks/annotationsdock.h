#pragma once
// AnnotationsDock: the investigator's bookmarks (one frame) and ranges on the
// footage on screen, read from and written straight to the case database;
// nothing is held only in memory. Edits and deletions keep the previous
// content in the case's annotation history, which History… shows.
//
// The database is the main window's read-write connection, used on the GUI
// thread only. A read-only case is listed but cannot be edited (the controls
// say why). Dialogs are opened with open(), never exec(): the main window's
// event loop keeps running, and tests reach the open dialog through
// activeDialog().
#include "store/records.h"

#include <QDockWidget>
#include <QPointer>

#include <cstdint>
#include <vector>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace anomalens::store {
class CaseDatabase;
}

namespace anomalens::ui {

class AnnotationDialog;

class AnnotationsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit AnnotationsDock(QWidget* parent = nullptr);

    // nullptr or mediaId 0: nothing open. `db` must outlive the dock or be
    // replaced by another setCase() first.
    void setCase(store::CaseDatabase* db, std::int64_t mediaId, double fps);

    // Open the annotation dialog prefilled; the annotation is stored on OK.
    void addBookmark(std::int64_t frame);
    void addRange(std::int64_t inFrame, std::int64_t outFrame);
    void editAnnotation(std::int64_t annotationId);
    // Asks for confirmation (a box from activeConfirmation()), then deletes.
    void deleteAnnotation(std::int64_t annotationId);
    void showHistory(std::int64_t annotationId);

    // Sorted by first frame, then last frame, then id.
    const std::vector<store::Annotation>& annotations() const { return m_annotations; }
    bool isEditable() const { return m_editable; }
    // The id of the selected row; 0 if none.
    std::int64_t selectedAnnotationId() const;
    void selectAnnotation(std::int64_t annotationId);

    QTreeWidget* annotationList() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }
    // The dialog or delete confirmation that is open, if any.
    AnnotationDialog* activeDialog() const;
    QMessageBox* activeConfirmation() const;

Q_SIGNALS:
    void seekRequested(std::int64_t frame);
    void annotationsChanged();

private:
    void reload();
    void rebuild();
    void applyFilter();
    void updateActions();
    void showContextMenu(const QPoint& pos);
    void openDialog(const store::Annotation& draft, const QString& title);
    void save(const store::Annotation& annotation);
    void reportError(const QString& summary, const std::exception& error);
    QStringList labelsInCase() const;
    QString timecodeOf(std::int64_t frameIndex) const;

    store::CaseDatabase* m_db = nullptr;
    std::int64_t m_mediaId = 0;
    double m_fps = 25.0;
    std::int64_t m_lastFrame = -1;
    bool m_editable = false;
    QString m_whyNotEditable;
    std::vector<store::Annotation> m_annotations;

    QLineEdit* m_search = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_historyButton = nullptr;
    QPointer<AnnotationDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace anomalens::ui
