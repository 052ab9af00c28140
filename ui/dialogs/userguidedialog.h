#pragma once
// UserGuideDialog: the short user guide (Help > User Guide, F1) — the review
// workflow, the keyboard shortcuts, and what the anomaly score means and does
// not mean. The shortcut table is generated from the window's own QActions
// each time the guide opens, so it cannot fall out of step with the menus.
// Non-modal: a reviewer reads it next to the footage.
#include <QDialog>
#include <QList>

class QAction;
class QMainWindow;
class QTextBrowser;

namespace anomalens::ui {

class UserGuideDialog : public QDialog {
    Q_OBJECT

public:
    enum class Section { Workflow, Shortcuts, Score };

    explicit UserGuideDialog(QMainWindow* window);

    // Rebuilds the text (the shortcuts may have changed) and scrolls to `section`.
    void showSection(Section section);
    QTextBrowser* browser() const { return m_browser; }

    // One row of the shortcut table: an action's text without mnemonics and
    // all its shortcuts ("Ctrl++, Ctrl+=").
    struct ShortcutRow {
        QString group;  // the menu it is in, or "Other"
        QString action;
        QString keys;
    };
    // Every action of `window` (menus first, in menu order; then the rest of
    // its actions and its children's) that has a shortcut, each once.
    static QList<ShortcutRow> shortcutRows(const QMainWindow* window);
    static QString actionLabel(const QAction* action);
    static QString keysLabel(const QAction* action);

private:
    QString guideHtml() const;
    QString shortcutsHtml() const;

    QMainWindow* m_window;
    QTextBrowser* m_browser;
};

} // namespace anomalens::ui
