// Annotations dock: bookmarks and ranges added through the dialog are stored in
// the case at once, listed with timecodes, filtered, edited and deleted with
// their history kept, and still there after the case is reopened from disk.
#include "dialogs/annotationdialog.h"
#include "docks/annotationsdock.h"
#include "theme.h"
#include "uitestsupport.h"

#include "store/casedatabase.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace anomalens;
using anomalens::ui::AnnotationDialog;
using anomalens::ui::AnnotationsDock;

namespace {

enum Column { LabelColumn, StartColumn, EndColumn, DurationColumn, NoteColumn, AuthorColumn, ModifiedColumn };

QStringList visibleLabels(const QTreeWidget* list)
{
    QStringList labels;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        if (!list->topLevelItem(row)->isHidden())
            labels.append(list->topLevelItem(row)->text(LabelColumn));
    return labels;
}

} // namespace

class AnnotationsDockTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = std::make_unique<uitest::IsolatedSettings>();
        ui::applyDarkTheme(*static_cast<QApplication*>(QCoreApplication::instance()));
        QVERIFY(m_dir.isValid());
        m_casePath = QFile::encodeName(m_dir.filePath(QStringLiteral("robbery.alcase"))).toStdString();
        store::CaseMetadata metadata;
        metadata.name = "Robbery 2024-117";
        m_db = std::make_unique<store::CaseDatabase>(store::CaseDatabase::create(m_casePath, metadata));
        m_mediaId = m_db->addMedia(uitest::madeUpMediaRecord(m_dir.filePath(QStringLiteral("till.mp4")), 'c'));
    }

    void nothingOpenMeansNothingToDo()
    {
        AnnotationsDock dock;
        dock.setCase(nullptr, 0, 0.0);
        QCOMPARE(dock.annotationList()->topLevelItemCount(), 0);
        QVERIFY(!dock.isEditable());
        QVERIFY(!dock.findChild<QPushButton*>(QStringLiteral("annotationEdit"))->isEnabled());
        QVERIFY(!dock.findChild<QPushButton*>(QStringLiteral("annotationDelete"))->isEnabled());
        QVERIFY(!dock.findChild<QPushButton*>(QStringLiteral("annotationHistory"))->isEnabled());
        dock.setCase(m_db.get(), 0, 25.0);
        QVERIFY(!dock.isEditable());
        QVERIFY(dock.annotations().empty());
    }

    void addsRangeAndBookmark()
    {
        AnnotationsDock dock;
        dock.resize(760, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.setCase(m_db.get(), m_mediaId, 25.0);
        QVERIFY(dock.isEditable());
        QSignalSpy changed(&dock, &AnnotationsDock::annotationsChanged);

        // In and out given in either order; the dialog shows them as a range.
        dock.addRange(200, 100);
        AnnotationDialog* dialog = dock.activeDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->startFrameBox()->value(), 100);
        QCOMPARE(dialog->endFrameBox()->value(), 200);
        QCOMPARE(dialog->startFrameBox()->maximum(), 249);   // last frame of the footage
        QVERIFY(!dialog->okButton()->isEnabled());           // no label yet
        dialog->labelBox()->setEditText(QStringLiteral("   "));
        QVERIFY(!dialog->okButton()->isEnabled());
        // end >= start: moving one past the other drags it along.
        dialog->startFrameBox()->setValue(220);
        QCOMPARE(dialog->endFrameBox()->value(), 220);
        dialog->endFrameBox()->setValue(150);
        QCOMPARE(dialog->startFrameBox()->value(), 150);
        dialog->startFrameBox()->setValue(100);
        dialog->endFrameBox()->setValue(200);
        dialog->labelBox()->setEditText(QStringLiteral("Van parked at entrance"));
        dialog->noteEdit()->setPlainText(QStringLiteral("White van, no plates visible.\nDriver stays inside."));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->grab().save(uitest::screenshotPath(QStringLiteral("annotationdialog.png")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dock.annotations().size(), std::size_t(1));

        // Stored at once, not on close.
        std::vector<store::Annotation> stored = m_db->annotations(m_mediaId);
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].label, std::string("Van parked at entrance"));
        QCOMPARE(stored[0].note, std::string("White van, no plates visible.\nDriver stays inside."));
        QCOMPARE(stored[0].frameStart, std::int64_t(100));
        QCOMPARE(stored[0].frameEnd, std::int64_t(200));
        QCOMPARE(stored[0].version, 1);

        dock.addBookmark(50);
        dialog = dock.activeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->startFrameBox()->value(), 50);
        QCOMPARE(dialog->endFrameBox()->value(), 50);
        // Labels used before are offered.
        QCOMPARE(dialog->labelBox()->findText(QStringLiteral("Van parked at entrance")), 0);
        dialog->labelBox()->setEditText(QStringLiteral("Person at door"));
        dialog->noteEdit()->setPlainText(QStringLiteral("Grey HOODIE, looks at the camera."));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 2);

        // A cancelled dialog stores nothing.
        dock.addBookmark(10);
        QVERIFY(dock.activeDialog());
        dock.activeDialog()->labelBox()->setEditText(QStringLiteral("Never stored"));
        dock.activeDialog()->reject();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_db->annotations(m_mediaId).size(), std::size_t(2));

        // Sorted by start; timecodes at 25 fps.
        QTreeWidget* list = dock.annotationList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QTreeWidgetItem* bookmark = list->topLevelItem(0);
        QTreeWidgetItem* range = list->topLevelItem(1);
        QCOMPARE(bookmark->text(LabelColumn), QStringLiteral("Person at door"));
        QCOMPARE(bookmark->text(StartColumn), QStringLiteral("00:00:02.000"));
        QCOMPARE(bookmark->text(EndColumn), QString());
        QCOMPARE(range->text(LabelColumn), QStringLiteral("Van parked at entrance"));
        QCOMPARE(range->text(StartColumn), QStringLiteral("00:00:04.000"));
        QCOMPARE(range->text(EndColumn), QStringLiteral("00:00:08.000"));
        QCOMPARE(range->text(DurationColumn), QStringLiteral("00:00:04.040"));   // 101 frames
        QCOMPARE(range->text(NoteColumn), QStringLiteral("White van, no plates visible. …"));
        QVERIFY(!range->text(AuthorColumn).isEmpty());
        QVERIFY(!range->text(ModifiedColumn).isEmpty());
        QCOMPARE(dock.annotations()[0].frameStart, std::int64_t(50));

        // Activation seeks to the start frame.
        QSignalSpy seek(&dock, &AnnotationsDock::seekRequested);
        Q_EMIT list->itemActivated(range, 0);
        QCOMPARE(seek.count(), 1);
        QCOMPARE(seek.at(0).at(0).value<std::int64_t>(), std::int64_t(100));
        list->setCurrentItem(bookmark);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(seek.count(), 2);
        QCOMPARE(seek.at(1).at(0).value<std::int64_t>(), std::int64_t(50));

        QTest::qWait(50);
        dock.grab().save(uitest::screenshotPath(QStringLiteral("annotationsdock.png")));
    }

    void searchFiltersLabelAndNote()
    {
        AnnotationsDock dock;
        dock.setCase(m_db.get(), m_mediaId, 25.0);
        QTreeWidget* list = dock.annotationList();
        QCOMPARE(visibleLabels(list).size(), 2);
        QTest::keyClicks(dock.searchField(), QStringLiteral("hoodie"));   // in a note, other case
        QCOMPARE(visibleLabels(list), QStringList{QStringLiteral("Person at door")});
        dock.searchField()->setText(QStringLiteral("DRIVER"));            // second line of a note
        QCOMPARE(visibleLabels(list), QStringList{QStringLiteral("Van parked at entrance")});
        dock.searchField()->setText(QStringLiteral("van"));              // label
        QCOMPARE(visibleLabels(list), QStringList{QStringLiteral("Van parked at entrance")});
        dock.searchField()->setText(QStringLiteral("bicycle"));
        QVERIFY(visibleLabels(list).isEmpty());
        dock.searchField()->clear();
        QCOMPARE(visibleLabels(list).size(), 2);
    }

    void editKeepsHistory()
    {
        AnnotationsDock dock;
        dock.show();
        dock.setCase(m_db.get(), m_mediaId, 25.0);
        QSignalSpy changed(&dock, &AnnotationsDock::annotationsChanged);
        const std::int64_t id = dock.annotations()[0].id;
        dock.selectAnnotation(id);
        QCOMPARE(dock.selectedAnnotationId(), id);
        auto* edit = dock.findChild<QPushButton*>(QStringLiteral("annotationEdit"));
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        AnnotationDialog* dialog = dock.activeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->labelBox()->currentText(), QStringLiteral("Person at door"));
        QCOMPARE(dialog->startFrameBox()->value(), 50);
        dialog->labelBox()->setEditText(QStringLiteral("Person at back door"));
        dialog->endFrameBox()->setValue(75);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);

        const store::Annotation stored = m_db->annotation(id);
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.label, std::string("Person at back door"));
        QCOMPARE(stored.frameEnd, std::int64_t(75));
        const auto history = m_db->annotationHistory(id);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0].change, std::string("update"));
        QCOMPARE(dock.selectedAnnotationId(), id);   // the edited row stays selected
        QCOMPARE(dock.annotationList()->topLevelItem(0)->text(EndColumn), QStringLiteral("00:00:03.000"));

        QTest::mouseClick(dock.findChild<QPushButton*>(QStringLiteral("annotationHistory")), Qt::LeftButton);
        auto* historyList = dock.findChild<QTreeWidget*>(QStringLiteral("annotationHistoryList"));
        QVERIFY(historyList);
        QCOMPARE(historyList->topLevelItemCount(), 1);
        QTreeWidgetItem* row = historyList->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("1"));
        QCOMPARE(row->text(3), QStringLiteral("edited"));
        QCOMPARE(row->text(4), QStringLiteral("Person at door"));
        QCOMPARE(row->text(5), QStringLiteral("00:00:02.000"));
        QCOMPARE(row->text(6), QStringLiteral("Grey HOODIE, looks at the camera."));
        QTest::qWait(50);
        historyList->window()->grab().save(uitest::screenshotPath(QStringLiteral("annotationhistory.png")));
    }

    void deleteAsksAndKeepsHistory()
    {
        AnnotationsDock dock;
        dock.show();
        dock.setCase(m_db.get(), m_mediaId, 25.0);
        QSignalSpy changed(&dock, &AnnotationsDock::annotationsChanged);
        const std::int64_t id = dock.annotations()[1].id;   // the van
        dock.selectAnnotation(id);
        auto* remove = dock.findChild<QPushButton*>(QStringLiteral("annotationDelete"));

        // Cancel deletes nothing.
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox* box = dock.activeConfirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Van parked at entrance")));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_db->annotations(m_mediaId).size(), std::size_t(2));

        QTest::mouseClick(remove, Qt::LeftButton);
        box = dock.activeConfirmation();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dock.annotations().size(), std::size_t(1));
        QCOMPARE(m_db->annotations(m_mediaId).size(), std::size_t(1));
        const auto history = m_db->annotationHistory(id);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0].change, std::string("delete"));
        QCOMPARE(history[0].previous["label"].get<std::string>(), std::string("Van parked at entrance"));

        dock.showHistory(id);   // a deleted annotation's history is still readable
        auto* historyList = dock.findChild<QTreeWidget*>(QStringLiteral("annotationHistoryList"));
        QVERIFY(historyList);
        QCOMPARE(historyList->topLevelItemCount(), 1);
        QCOMPARE(historyList->topLevelItem(0)->text(3), QStringLiteral("deleted"));
        QCOMPARE(historyList->topLevelItem(0)->text(5), QStringLiteral("00:00:04.000 – 00:00:08.000"));
    }

    void readOnlyCaseIsListedButNotEditable()
    {
        auto readOnly = store::CaseDatabase::open(m_casePath, store::OpenMode::ReadOnly);
        AnnotationsDock dock;
        dock.show();
        dock.setCase(&readOnly, m_mediaId, 25.0);
        QVERIFY(!dock.isEditable());
        QCOMPARE(dock.annotationList()->topLevelItemCount(), 1);
        dock.selectAnnotation(dock.annotations()[0].id);
        auto* edit = dock.findChild<QPushButton*>(QStringLiteral("annotationEdit"));
        QVERIFY(!edit->isEnabled());
        QVERIFY(edit->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(!dock.findChild<QPushButton*>(QStringLiteral("annotationDelete"))->isEnabled());
        QVERIFY(dock.findChild<QPushButton*>(QStringLiteral("annotationHistory"))->isEnabled());
        // A shortcut that tries anyway is told why.
        dock.addBookmark(5);
        QVERIFY(!dock.activeDialog());
        auto* error = dock.findChild<QMessageBox*>(QStringLiteral("errorBox"));
        QVERIFY(error);
        QVERIFY(error->informativeText().contains(QStringLiteral("read-only")));
        error->close();
    }

    void storeErrorsAreShown()
    {
        AnnotationsDock dock;
        dock.show();
        dock.setCase(m_db.get(), m_mediaId, 25.0);
        const std::int64_t id = dock.annotations()[0].id;
        dock.editAnnotation(id);
        AnnotationDialog* dialog = dock.activeDialog();
        QVERIFY(dialog);
        // Deleted behind the dock's back: the update fails with NoSuchRecord.
        m_db->deleteAnnotation(id);
        QSignalSpy changed(&dock, &AnnotationsDock::annotationsChanged);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 0);
        auto* error = dock.findChild<QMessageBox*>(QStringLiteral("errorBox"));
        QVERIFY(error);
        QCOMPARE(error->text(), QStringLiteral("Could not save the annotation"));
        QVERIFY(!error->informativeText().isEmpty());
        error->close();
        // Put a stored annotation back for the reopen check.
        store::Annotation again;
        again.mediaId = m_mediaId;
        again.frameStart = 50;
        again.frameEnd = 75;
        again.label = "Person at back door";
        m_db->addAnnotation(again);
    }

    void survivesReopeningTheCase()
    {
        m_db.reset();
        auto reopened = store::CaseDatabase::open(m_casePath);
        AnnotationsDock dock;
        dock.setCase(&reopened, m_mediaId, 25.0);
        QCOMPARE(dock.annotations().size(), std::size_t(1));
        QCOMPARE(dock.annotations()[0].label, std::string("Person at back door"));
        QCOMPARE(dock.annotations()[0].frameEnd, std::int64_t(75));
        QCOMPARE(dock.annotationList()->topLevelItem(0)->text(StartColumn), QStringLiteral("00:00:02.000"));
        // Both deleted annotations' histories are on disk.
        std::size_t deletions = 0;
        for (std::int64_t id = 1; id <= 4; ++id)
            for (const auto& revision : reopened.annotationHistory(id))
                deletions += revision.change == "delete" ? 1 : 0;
        QCOMPARE(deletions, std::size_t(2));
    }

private:
    std::unique_ptr<uitest::IsolatedSettings> m_settings;
    QTemporaryDir m_dir;
    std::string m_casePath;
    std::unique_ptr<store::CaseDatabase> m_db;
    std::int64_t m_mediaId = 0;
};

QTEST_MAIN(AnnotationsDockTest)
#include "tst_annotationsdock.moc"
