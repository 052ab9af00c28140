// The PDF report of a small analysed case: pdftotext finds the case, the
// evidence and model hashes, the event rows, the annotations (a table long
// enough to span pages, its header repeated), the audit head hash and the
// statement of what the method can and cannot show; every page renders; the
// paper size is the one asked for; footage changed after import marks the
// report; an existing file is refused and a cancel leaves nothing.
#include "exporttestcase.h"
#include "uitestsupport.h"

#include "report/pdfreport.h"
#include "store/casedatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <atomic>

using namespace anomalens;

namespace {

std::filesystem::path local(const QString& path) { return QFile::encodeName(path).toStdString(); }

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text with runs of white space made single spaces (table cells
// wrap wherever the layout puts them).
QString pdfText(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .simplified();
}

QString withoutSpaces(QString text) { return text.remove(QLatin1Char(' ')); }

} // namespace

class ReportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdftoppm) is not installed: installer/install-deps.sh");
        QVERIFY(m_dir.isValid());
        QString reason;
        // 70 annotations: a table that cannot fit on one page.
        m_case = uitest::makeExportTestCase(m_dir.path(), 70, &reason);
        if (m_case.casePath.isEmpty())
            QSKIP(qPrintable(reason));
    }

    void reportStatesTheCase()
    {
        auto db = store::CaseDatabase::open(local(m_case.casePath).string());
        const std::string headBefore = db.audit().head().headHash;
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QElapsedTimer timer;
        timer.start();
        const ui::ReportResult result = ui::exportReport(db, local(pdf), exporting::ExistingFile::Refuse, {});
        qInfo("report: %d pages in %lld ms", result.pageCount, static_cast<long long>(timer.elapsed()));
        QVERIFY(result.sourcesMatch);
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY(exporting::sidecarMatches(local(pdf)));
        QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".partial")));
        QVERIFY(result.pageCount >= 4);

        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QString compact = withoutSpaces(text);
        QVERIFY(text.contains(QStringLiteral("Harbour Gate 2024-117")));
        QVERIFY(text.contains(QStringLiteral("J. Doe")));
        QVERIFY(text.contains(QStringLiteral("REF-117")));
        QVERIFY(text.contains(QStringLiteral("Anomalens 0.1.0")) || text.contains(QStringLiteral("Anomalens ")));
        QVERIFY2(compact.contains(QString::fromStdString(m_case.media.sha256)), "media SHA-256 missing");
        QVERIFY2(compact.contains(QString::fromStdString(m_case.model.sha256)), "model SHA-256 missing");
        QVERIFY(compact.contains(QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9")));
        QVERIFY(text.contains(QStringLiteral("Matches the hash recorded at import")));
        QVERIFY(!text.contains(QStringLiteral("WARNING")));
        QVERIFY(text.contains(QStringLiteral("4321")));   // training steps
        QVERIFY2(compact.contains(QString::fromStdString(headBefore)), "audit head hash missing");
        QVERIFY(text.contains(QStringLiteral("Intact: every row chains to the one before")));
        QVERIFY(text.contains(QStringLiteral("It does not identify people, objects or actions")));
        QVERIFY(text.contains(QStringLiteral("A low score does not prove that nothing happened")));
        QVERIFY(text.contains(QStringLiteral("threshold and the event rules are a reviewer's choice")));
        // The event rows: start, end, duration, peak score, state.
        QVERIFY(text.contains(QStringLiteral("frame 18 (0:01.8)")));
        QVERIFY(text.contains(QStringLiteral("frame 32 (0:03.2)")));
        QVERIFY(text.contains(QStringLiteral("1.5 s")));
        QVERIFY(text.contains(QStringLiteral("3.200")));
        QVERIFY(text.contains(QStringLiteral("frame 43 (0:04.3)")));
        QVERIFY(text.contains(QStringLiteral("2.400")));
        QVERIFY(text.contains(QStringLiteral("Confirmed")));
        QVERIFY(text.contains(QStringLiteral("Unreviewed")));
        QVERIFY(text.contains(QStringLiteral("3 frames (0.30 s)")));   // shortest event rule
        QVERIFY(text.contains(QStringLiteral("Person climbs the fence")));
        QVERIFY(text.contains(QStringLiteral("Check 69")));
        // The annotation table spans pages and repeats its header there.
        QVERIFY(text.count(QStringLiteral("Last changed (UTC)")) >= 2);
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(result.pageCount)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(result.pageCount)));

        // Every page renders.
        const QString pages = m_dir.filePath(QStringLiteral("pages"));
        QVERIFY(QDir().mkpath(pages));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf,
                                                  pages + QStringLiteral("/page")});
        QVERIFY(render.waitForFinished(30000));
        QCOMPARE(render.exitCode(), 0);
        const QStringList rendered = QDir(pages).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(rendered.size(), result.pageCount);
        for (const QString& page : rendered) {
            const QImage image(QDir(pages).filePath(page));
            QVERIFY(!image.isNull());
            QCOMPARE(image.width(), 496);   // A4 at 60 dpi (210 mm)
            QFile::copy(QDir(pages).filePath(page), uitest::screenshotPath(QStringLiteral("report-") + page));
        }

        // The export is audited with the file's hash.
        const evidence::AuditEntry last = db.audit().entries().back();
        QCOMPARE(QString::fromStdString(last.action), QStringLiteral("export.report"));
        const nlohmann::json parameters = last.parametersJson();
        QCOMPARE(parameters["outputs"][0]["sha256"].get<std::string>(), result.file.sha256);
        QCOMPARE(parameters["parameters"]["pages"].get<int>(), result.pageCount);
        QCOMPARE(parameters["inputs"][0]["verified"].get<bool>(), true);
    }

    void letterPaperOnRequest()
    {
        auto db = store::CaseDatabase::open(local(m_case.casePath).string());
        const QString pdf = m_dir.filePath(QStringLiteral("report letter.pdf"));
        ui::ReportOptions options;
        options.pageSize = QPageSize::Letter;
        ui::exportReport(db, local(pdf), exporting::ExistingFile::Refuse, options);
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("612 x 792 pts")), qPrintable(info));
    }

    void refusesAnExistingFileAndCancelLeavesNothing()
    {
        auto db = store::CaseDatabase::open(local(m_case.casePath).string());
        const QString pdf = m_dir.filePath(QStringLiteral("existing.pdf"));
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a report");
        }
        QVERIFY_THROWS_EXCEPTION(exporting::ExportError,
                                 ui::exportReport(db, local(pdf), exporting::ExistingFile::Refuse, {}));
        QFile kept(pdf);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("not a report"));

        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        std::atomic<bool> cancel{true};
        ui::ExportControl control;
        control.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(exporting::ExportCancelled,
                                 ui::exportReport(db, local(cancelled), exporting::ExistingFile::Refuse, {}, control));
        QVERIFY(!QFileInfo::exists(cancelled));
        QVERIFY(!QFileInfo::exists(cancelled + QStringLiteral(".partial")));
        QVERIFY(!QFileInfo::exists(cancelled + QStringLiteral(".sha256")));
    }

    // Last: it changes the footage.
    void changedFootageMarksTheReport()
    {
        {
            QFile clip(m_case.clipPath);
            QVERIFY(clip.open(QIODevice::Append));
            clip.write("tampered");
        }
        auto db = store::CaseDatabase::open(local(m_case.casePath).string());
        const QString pdf = m_dir.filePath(QStringLiteral("report changed.pdf"));
        const ui::ReportResult result = ui::exportReport(db, local(pdf), exporting::ExistingFile::Refuse, {});
        QVERIFY(!result.sourcesMatch);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("WARNING: 1 evidence file(s) no longer match")));
        QVERIFY(text.contains(QStringLiteral("CHANGED SINCE IMPORT")));
        QVERIFY(text.contains(QStringLiteral("No thumbnails: the file no longer matches the case")));
        // In the footer of every page.
        QCOMPARE(text.count(QStringLiteral("EVIDENCE FILE CHANGED SINCE IMPORT")), result.pageCount);
        const nlohmann::json parameters = db.audit().entries().back().parametersJson();
        QCOMPARE(parameters["inputs"][0]["verified"].get<bool>(), false);
    }

private:
    QTemporaryDir m_dir;
    uitest::ExportTestCase m_case;
};

QTEST_MAIN(ReportTest)
#include "tst_report.moc"
