#pragma once
// CaseMediaDock: the footage of the open case. Double-click (or Enter) opens
// an item in the review window. Files that are no longer where the case says
// are greyed out; hashes and import times are in the tooltips.
#include "controllers/caseloader.h"

#include <QDockWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace anomalens::ui {

class CaseMediaDock : public QDockWidget {
    Q_OBJECT

public:
    explicit CaseMediaDock(QWidget* parent = nullptr);

    void setCase(const CaseSummary& summary);
    void clear();
    // Shows which item is on screen (bold); an unknown path clears the mark.
    void setCurrentMedia(const QString& path);

    QTreeWidget* mediaList() const { return m_list; }
    const QString& casePath() const { return m_casePath; }

Q_SIGNALS:
    void mediaActivated(const QString& path);

private:
    void onItemActivated(QTreeWidgetItem* item);

    QLabel* m_caseLabel = nullptr;
    QTreeWidget* m_list = nullptr;
    QString m_casePath;
};

} // namespace anomalens::ui
