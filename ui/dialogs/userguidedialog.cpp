#include "dialogs/userguidedialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace anomalens::ui {

namespace {

const QString kWorkflowAnchor = QStringLiteral("workflow");
const QString kShortcutsAnchor = QStringLiteral("shortcuts");
const QString kScoreAnchor = QStringLiteral("score");

QString withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collectMenu(const QMenu* menu, const QString& group, QSet<const QAction*>& seen,
                 QList<UserGuideDialog::ShortcutRow>& rows)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), group, seen, rows);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        rows.push_back({group, UserGuideDialog::actionLabel(action), UserGuideDialog::keysLabel(action)});
    }
}

} // namespace

UserGuideDialog::UserGuideDialog(QMainWindow* window)
    : QDialog(window)
    , m_window(window)
    , m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Anomalens User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenExternalLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 640);
}

void UserGuideDialog::showSection(Section section)
{
    m_browser->setHtml(guideHtml());
    switch (section) {
    case Section::Workflow: m_browser->scrollToAnchor(kWorkflowAnchor); break;
    case Section::Shortcuts: m_browser->scrollToAnchor(kShortcutsAnchor); break;
    case Section::Score: m_browser->scrollToAnchor(kScoreAnchor); break;
    }
}

QString UserGuideDialog::actionLabel(const QAction* action)
{
    QString text = withoutMnemonic(action->text());
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

QString UserGuideDialog::keysLabel(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& shortcut : action->shortcuts())
        keys << shortcut.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QList<UserGuideDialog::ShortcutRow> UserGuideDialog::shortcutRows(const QMainWindow* window)
{
    QList<ShortcutRow> rows;
    QSet<const QAction*> seen;
    if (window->menuBar()) {
        for (const QAction* menuAction : window->menuBar()->actions()) {
            if (const QMenu* menu = menuAction->menu())
                collectMenu(menu, withoutMnemonic(menu->title()), seen, rows);
        }
    }
    // Shortcuts that live on the window or a panel without a menu entry.
    QList<QAction*> others = window->actions();
    others += window->findChildren<QAction*>();
    for (const QAction* action : std::as_const(others)) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        rows.push_back({tr("Other"), actionLabel(action), keysLabel(action)});
    }
    return rows;
}

QString UserGuideDialog::shortcutsHtml() const
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    QString group;
    for (const ShortcutRow& row : shortcutRows(m_window)) {
        if (row.group != group) {
            group = row.group;
            html += QStringLiteral("<tr><td colspan=\"2\"><br><b>%1</b></td></tr>").arg(group.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td style=\"padding-right:24px\">%1</td><td><code>%2</code></td></tr>")
                    .arg(row.action.toHtmlEscaped(), row.keys.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString UserGuideDialog::guideHtml() const
{
    // One translatable string per section: a translator sees the whole
    // paragraph structure and can reorder sentences freely.
    const QString workflow = tr(
        "<h2>Reviewing footage</h2>"
        "<ol>"
        "<li><b>Start a case</b> (File &gt; New Case, Ctrl+N) or open one (File &gt; Open Case). "
        "A case is one file that keeps the footage's SHA-256 hashes, the analyses, the events, "
        "your annotations and an audit log. The footage itself is opened read-only and never modified.</li>"
        "<li><b>Add footage</b> (File &gt; Add Footage to Case, Ctrl+Shift+A). Each file is hashed and "
        "listed in the Case panel; double-click one to show it.</li>"
        "<li><b>Analyse</b> (Review &gt; Analyse, Ctrl+R): pick a model of the camera's normal activity "
        "and the files. Every frame is scored on a worker; the curve grows as frames are scored, and "
        "Cancel stops it so that analysing again continues where it stopped.</li>"
        "<li><b>Score timeline</b>, under the video: the score of every frame, the threshold line and "
        "the events shaded by their state. Click or drag to seek, use the wheel to zoom, right-drag to "
        "pan, double-click to see the whole file. Drag the threshold line to recompute the events.</li>"
        "<li><b>Events</b> panel: the stretches above the threshold, with the peak's thumbnail. "
        "N and P go to the next and previous event; C, D and R mark the selected event confirmed, "
        "dismissed or needing review.</li>"
        "<li><b>Heat map</b> (H): where in the picture the model found the frame hard to predict. "
        "The slider in the toolbar sets its opacity.</li>"
        "<li><b>Annotations</b>: M bookmarks the frame, I and O mark the start and end of a range. "
        "Each has a label and a note; edits keep their history.</li>"
        "<li><b>Train a model</b> (Review &gt; Train Model, Ctrl+T) from ordinary footage of the same "
        "camera and view, when no model fits the camera yet.</li>"
        "<li><b>Settings</b> (Ctrl+,): your own threshold, the event rules (hysteresis, minimum "
        "duration, merge gap, padding), GPU use and CPU threads.</li>"
        "</ol>"
        "<p>Ctrl+wheel zooms the video; past 200 % pixels are shown unsmoothed for inspection. "
        "The frame number, time and PTS under the video always refer to the frame on screen.</p>");
    const QString shortcuts = tr(
        "<h2>Keyboard shortcuts</h2>"
        "<p>The keys of menu commands are also shown next to them in the menus and in the tooltips "
        "of the toolbar buttons. This table is made from the window's own commands.</p>");
    const QString score = tr(
        "<h2>What the score means</h2>"
        "<p>The score is <b>calibrated</b>. When a model finishes training it scores frames of its "
        "training footage that it did not learn from (held-out normal frames). A frame's score is how "
        "many standard deviations less predictable it is than those normal frames: <b>0 is an "
        "ordinary frame</b>, and higher means more unusual for this camera. Because the scale comes "
        "from the model, not from the video, scores can be compared across files.</p>"
        "<p>The model's default threshold flags about <b>1 normal frame in 200</b>. Expect a few "
        "events even in footage where nothing happens.</p>"
        "<h2>What the score does not mean</h2>"
        "<ul>"
        "<li>It is <b>not a detection of a crime, of intent or of any particular behaviour</b>. "
        "It only says the frame is unlike what the model saw as normal.</li>"
        "<li>It is <b>not evidence by itself</b>. The footage is the evidence; the score only "
        "suggests where to look.</li>"
        "<li>It depends on the training footage being <b>normal</b> and from the <b>same camera "
        "and view</b>. A model of another camera, or one trained on footage with incidents in it, "
        "gives scores that mean little.</li>"
        "<li><b>Lighting changes, a camera that moved or was bumped, weather, and crowds</b> can "
        "raise the score when nothing of interest happens. A low score does not prove that "
        "nothing happened either.</li>"
        "</ul>"
        "<p>An event is a place to look. <b>The reviewer decides</b> what it shows, and records "
        "the decision in the Events panel.</p>");
    return QStringLiteral("<a name=\"%1\"></a>%2<a name=\"%3\"></a>%4%5<a name=\"%6\"></a>%7")
        .arg(kWorkflowAnchor, workflow, kShortcutsAnchor, shortcuts, shortcutsHtml(), kScoreAnchor, score);
}

} // namespace anomalens::ui
