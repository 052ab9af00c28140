#include "docks/annotationsdock.h"

#include "dialogs/annotationdialog.h"
#include "dialogs/errorbox.h"
#include "store/casedatabase.h"
#include "widgets/timecode.h"

#include <QDateTime>
#include <QLocale>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace anomalens::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kStartFrameRole = Qt::UserRole + 1;

enum Column { LabelColumn, StartColumn, EndColumn, DurationColumn, NoteColumn, AuthorColumn, ModifiedColumn,
              ColumnCount };

QString firstLine(const QString& text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    return newline < 0 ? text : text.left(newline) + QStringLiteral(" …");
}

// The store writes UTC ISO-8601; reviewers read their own clock and date
// format (QLocale follows the interface language, translation.h), the tooltip
// keeps the stored value for reports.
QString localTime(const std::string& utcIso)
{
    const QString text = QString::fromStdString(utcIso);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : text;
}

} // namespace

AnnotationsDock::AnnotationsDock(QWidget* parent)
    : QDockWidget(tr("Annotations"), parent)
{
    setObjectName(QStringLiteral("annotationsDock"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("annotationSearch"));
    m_search->setPlaceholderText(tr("Search labels and notes"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Label"), tr("Start"), tr("End"), tr("Duration"), tr("Note"), tr("Author"), tr("Modified")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    for (int column = 0; column < ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item, int) {
        if (item)
            Q_EMIT seekRequested(item->data(LabelColumn, kStartFrameRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { updateActions(); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &AnnotationsDock::showContextMenu);

    m_editButton = new QPushButton(tr("Edit…"));
    m_editButton->setObjectName(QStringLiteral("annotationEdit"));
    m_deleteButton = new QPushButton(tr("Delete"));
    m_deleteButton->setObjectName(QStringLiteral("annotationDelete"));
    m_historyButton = new QPushButton(tr("History…"));
    m_historyButton->setObjectName(QStringLiteral("annotationHistory"));
    connect(m_editButton, &QPushButton::clicked, this, [this] { editAnnotation(selectedAnnotationId()); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteAnnotation(selectedAnnotationId()); });
    connect(m_historyButton, &QPushButton::clicked, this, [this] { showHistory(selectedAnnotationId()); });

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("annotationSummary"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_historyButton);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setWidget(content);
    setMinimumWidth(320);
    setCase(nullptr, 0, 0.0);
}

void AnnotationsDock::setCase(store::CaseDatabase* db, std::int64_t mediaId, double fps)
{
    // A dialog for the previous footage must not store onto the new one.
    if (m_dialog)
        m_dialog->reject();
    if (m_confirmation)
        m_confirmation->reject();
    const bool open = db != nullptr && mediaId != 0;
    m_db = open ? db : nullptr;
    m_mediaId = open ? mediaId : 0;
    m_fps = fps > 0.0 ? fps : 25.0;
    m_lastFrame = -1;
    m_editable = false;
    m_whyNotEditable = tr("No footage is open.");
    if (open) {
        m_editable = db->mode() == store::OpenMode::ReadWrite;
        m_whyNotEditable = m_editable ? QString() : tr("The case is open read-only; annotations cannot be changed.");
        try {
            const store::MediaRecord media = db->media(mediaId);
            if (media.frameCount > 0)
                m_lastFrame = media.frameCount - 1;
        } catch (const std::exception&) {
            // The frame count only bounds the dialog's spin boxes.
        }
    }
    m_search->setEnabled(open);
    reload();
}

void AnnotationsDock::reload()
{
    m_annotations.clear();
    if (m_db) {
        try {
            m_annotations = m_db->annotations(m_mediaId);
        } catch (const std::exception& error) {
            reportError(tr("Could not read the annotations of this footage"), error);
        }
    }
    std::sort(m_annotations.begin(), m_annotations.end(), [](const auto& a, const auto& b) {
        if (a.frameStart != b.frameStart)
            return a.frameStart < b.frameStart;
        if (a.frameEnd != b.frameEnd)
            return a.frameEnd < b.frameEnd;
        return a.id < b.id;
    });
    rebuild();
}

QString AnnotationsDock::timecodeOf(std::int64_t frameIndex) const
{
    return formatTimecode(static_cast<qint64>(std::llround(static_cast<double>(frameIndex) / m_fps * 1e6)));
}

void AnnotationsDock::rebuild()
{
    const std::int64_t selected = selectedAnnotationId();
    m_list->clear();
    for (const store::Annotation& annotation : m_annotations) {
        const bool range = annotation.frameEnd > annotation.frameStart;
        const QString note = QString::fromStdString(annotation.note);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(LabelColumn, QString::fromStdString(annotation.label));
        item->setData(LabelColumn, kIdRole, static_cast<qlonglong>(annotation.id));
        item->setData(LabelColumn, kStartFrameRole, static_cast<qlonglong>(annotation.frameStart));
        item->setText(StartColumn, timecodeOf(annotation.frameStart));
        item->setToolTip(StartColumn, tr("Frame %1").arg(annotation.frameStart));
        if (range) {
            item->setText(EndColumn, timecodeOf(annotation.frameEnd));
            item->setToolTip(EndColumn, tr("Frame %1").arg(annotation.frameEnd));
            const std::int64_t frames = annotation.frameEnd - annotation.frameStart + 1;
            item->setText(DurationColumn, timecodeOf(frames));
            item->setToolTip(DurationColumn, tr("%n frame(s)", "", static_cast<int>(frames)));
        } else {
            item->setText(DurationColumn, tr("bookmark"));
        }
        for (int column : {StartColumn, EndColumn, DurationColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NoteColumn, firstLine(note));
        item->setToolTip(NoteColumn, note);
        item->setText(AuthorColumn, QString::fromStdString(annotation.author));
        item->setText(ModifiedColumn, localTime(annotation.modifiedUtc));
        item->setToolTip(ModifiedColumn, tr("%1 (UTC), version %2")
                                             .arg(QString::fromStdString(annotation.modifiedUtc))
                                             .arg(annotation.version));
    }
    applyFilter();
    if (selected != 0)
        selectAnnotation(selected);
    updateActions();
}

void AnnotationsDock::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    int shown = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        // The full note, not just the first line the column shows.
        const bool match = needle.isEmpty() || item->text(LabelColumn).contains(needle, Qt::CaseInsensitive) ||
                           item->toolTip(NoteColumn).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        shown += match ? 1 : 0;
    }
    const int total = m_list->topLevelItemCount();
    if (!m_db)
        m_summary->setText(tr("No footage open"));
    else if (needle.isEmpty())
        m_summary->setText(tr("%n annotation(s)", "", total));
    else
        m_summary->setText(tr("%1 of %2 shown").arg(shown).arg(total));
    updateActions();
}

void AnnotationsDock::updateActions()
{
    const QTreeWidgetItem* current = m_list->currentItem();
    const bool hasSelection = current != nullptr && current->isSelected() && !current->isHidden();
    m_editButton->setEnabled(hasSelection && m_editable);
    m_deleteButton->setEnabled(hasSelection && m_editable);
    m_historyButton->setEnabled(hasSelection);
    for (QPushButton* button : {m_editButton, m_deleteButton})
        button->setToolTip(m_editable ? QString() : m_whyNotEditable);
}

AnnotationDialog* AnnotationsDock::activeDialog() const
{
    return m_dialog.data();
}

QMessageBox* AnnotationsDock::activeConfirmation() const
{
    return m_confirmation.data();
}

std::int64_t AnnotationsDock::selectedAnnotationId() const
{
    const QTreeWidgetItem* current = m_list->currentItem();
    if (!current || !current->isSelected())
        return 0;
    return current->data(LabelColumn, kIdRole).toLongLong();
}

void AnnotationsDock::selectAnnotation(std::int64_t annotationId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(LabelColumn, kIdRole).toLongLong() == annotationId) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

void AnnotationsDock::showContextMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    const std::int64_t id = item->data(LabelColumn, kIdRole).toLongLong();
    const std::int64_t start = item->data(LabelColumn, kStartFrameRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Go to Start"), this, [this, start] { Q_EMIT seekRequested(start); });
    menu.addSeparator();
    QAction* edit = menu.addAction(tr("Edit…"), this, [this, id] { editAnnotation(id); });
    QAction* remove = menu.addAction(tr("Delete"), this, [this, id] { deleteAnnotation(id); });
    menu.addAction(tr("History…"), this, [this, id] { showHistory(id); });
    edit->setEnabled(m_editable);
    remove->setEnabled(m_editable);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

QStringList AnnotationsDock::labelsInCase() const
{
    QStringList labels;
    if (!m_db)
        return labels;
    try {
        // Every footage of the case: investigators reuse one vocabulary across cameras.
        for (const store::MediaRecord& media : m_db->listMedia())
            for (const store::Annotation& annotation : m_db->annotations(media.id))
                labels.append(QString::fromStdString(annotation.label));
    } catch (const std::exception&) {
        // Suggestions are a convenience; the dialog works without them.
    }
    labels.removeDuplicates();
    labels.sort(Qt::CaseInsensitive);
    return labels;
}

void AnnotationsDock::addBookmark(std::int64_t frame)
{
    addRange(frame, frame);
}

void AnnotationsDock::addRange(std::int64_t inFrame, std::int64_t outFrame)
{
    if (!m_editable) {
        showErrorBox(this, tr("Cannot add an annotation"), m_whyNotEditable);
        return;
    }
    store::Annotation draft;
    draft.mediaId = m_mediaId;
    draft.frameStart = std::max<std::int64_t>(0, std::min(inFrame, outFrame));
    draft.frameEnd = std::max<std::int64_t>(0, std::max(inFrame, outFrame));
    openDialog(draft, draft.frameStart == draft.frameEnd ? tr("Add Bookmark") : tr("Add Range"));
}

void AnnotationsDock::editAnnotation(std::int64_t annotationId)
{
    if (annotationId == 0 || !m_db)
        return;
    if (!m_editable) {
        showErrorBox(this, tr("Cannot edit the annotation"), m_whyNotEditable);
        return;
    }
    const auto found = std::find_if(m_annotations.begin(), m_annotations.end(),
                                    [annotationId](const auto& a) { return a.id == annotationId; });
    if (found == m_annotations.end())
        return;
    openDialog(*found, tr("Edit Annotation"));
}

void AnnotationsDock::openDialog(const store::Annotation& draft, const QString& title)
{
    if (m_dialog)
        m_dialog->reject();
    auto* dialog = new AnnotationDialog(m_fps, m_lastFrame, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelSuggestions(labelsInCase());
    dialog->setAnnotation(draft);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog->annotation()); });
    m_dialog = dialog;
    dialog->open();
}

void AnnotationsDock::save(const store::Annotation& annotation)
{
    if (!m_db || annotation.mediaId != m_mediaId)
        return;
    std::int64_t id = annotation.id;
    try {
        if (id == 0)
            id = m_db->addAnnotation(annotation);
        else
            m_db->updateAnnotation(annotation);
    } catch (const std::exception& error) {
        reportError(id == 0 ? tr("Could not add the annotation") : tr("Could not save the annotation"), error);
        return;
    }
    reload();
    selectAnnotation(id);
    Q_EMIT annotationsChanged();
}

void AnnotationsDock::deleteAnnotation(std::int64_t annotationId)
{
    if (annotationId == 0 || !m_db)
        return;
    if (!m_editable) {
        showErrorBox(this, tr("Cannot delete the annotation"), m_whyNotEditable);
        return;
    }
    const auto found = std::find_if(m_annotations.begin(), m_annotations.end(),
                                    [annotationId](const auto& a) { return a.id == annotationId; });
    if (found == m_annotations.end())
        return;
    if (m_confirmation)
        m_confirmation->reject();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Annotation"),
                                tr("Delete the annotation “%1”?").arg(QString::fromStdString(found->label)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("annotationDeleteConfirmation"));
    box->setInformativeText(tr("Its content stays in the case's annotation history."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, annotationId](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_db)
            return;
        try {
            m_db->deleteAnnotation(annotationId);
        } catch (const std::exception& error) {
            reportError(tr("Could not delete the annotation"), error);
            return;
        }
        reload();
        Q_EMIT annotationsChanged();
    });
    m_confirmation = box;
    box->open();
}

void AnnotationsDock::showHistory(std::int64_t annotationId)
{
    if (annotationId == 0 || !m_db)
        return;
    std::vector<store::AnnotationRevision> revisions;
    try {
        revisions = m_db->annotationHistory(annotationId);
    } catch (const std::exception& error) {
        reportError(tr("Could not read the annotation's history"), error);
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("annotationHistoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Annotation History"));
    auto* list = new QTreeWidget;
    list->setObjectName(QStringLiteral("annotationHistoryList"));
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(
        {tr("Version"), tr("Changed (UTC)"), tr("By"), tr("Change"), tr("Previous label"), tr("Previous range"),
         tr("Previous note")});
    for (const store::AnnotationRevision& revision : revisions) {
        const nlohmann::json& previous = revision.previous;
        const auto text = [&](const char* key) {
            return previous.contains(key) && previous[key].is_string()
                       ? QString::fromStdString(previous[key].get<std::string>()) : QString();
        };
        const auto frame = [&](const char* key) {
            return previous.contains(key) && previous[key].is_number_integer()
                       ? previous[key].get<std::int64_t>() : std::int64_t{0};
        };
        const std::int64_t start = frame("frame_start");
        const std::int64_t end = frame("frame_end");
        auto* item = new QTreeWidgetItem(list);
        item->setText(0, QString::number(revision.version));
        item->setText(1, QString::fromStdString(revision.changedUtc));
        item->setText(2, QString::fromStdString(revision.author));
        item->setText(3, revision.change == "delete" ? tr("deleted") : tr("edited"));
        item->setText(4, text("label"));
        item->setText(5, end > start ? tr("%1 – %2").arg(timecodeOf(start), timecodeOf(end)) : timecodeOf(start));
        item->setText(6, firstLine(text("note")));
        item->setToolTip(6, text("note"));
    }
    for (int column = 0; column < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
    auto* empty = new QLabel(tr("Never edited: this is the first version."));
    empty->setVisible(revisions.empty());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(empty);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 280);
    dialog->show();
}

void AnnotationsDock::reportError(const QString& summary, const std::exception& error)
{
    showErrorBox(this, summary, QString::fromStdString(error.what()));
}

} // namespace anomalens::ui
