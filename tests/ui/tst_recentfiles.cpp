// RecentFiles: order, de-duplication, the cap of 10, persistence, missing files.
#include "controllers/recentfiles.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QtTest>

using anomalens::ui::RecentFiles;

class RecentFilesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<anomalens::uitest::IsolatedSettings>();
        QVERIFY(m_files.isValid());
    }

    void newestFirstWithoutDuplicates()
    {
        RecentFiles recent;
        const QString a = touch(QStringLiteral("a.mp4"));
        const QString b = touch(QStringLiteral("b.mp4"));
        QSignalSpy changed(&recent, &RecentFiles::changed);
        recent.add(a);
        recent.add(b);
        recent.add(a);
        QCOMPARE(recent.paths(), QStringList({a, b}));
        QCOMPARE(changed.count(), 3);
    }

    void keepsAtMostTenAndPersists()
    {
        QStringList added;
        {
            RecentFiles recent;
            for (int i = 0; i < 12; ++i) {
                added.prepend(touch(QStringLiteral("clip%1.mp4").arg(i)));
                recent.add(added.first());
            }
            QCOMPARE(recent.paths().size(), RecentFiles::kMaxEntries);
        }
        const RecentFiles reloaded;
        QCOMPARE(reloaded.paths(), added.mid(0, RecentFiles::kMaxEntries));
    }

    void normalisesPaths()
    {
        RecentFiles recent;
        const QString a = touch(QStringLiteral("a.mp4"));
        recent.add(m_files.path() + QStringLiteral("/./a.mp4"));
        recent.add(a);
        QCOMPARE(recent.paths(), QStringList({a}));
    }

    void missingFilesAreKeptUntilPurged()
    {
        RecentFiles recent;
        const QString present = touch(QStringLiteral("present.mp4"));
        const QString gone = m_files.filePath(QStringLiteral("unplugged-drive.mp4"));
        recent.add(gone);
        recent.add(present);
        QVERIFY(RecentFiles::isAvailable(present));
        QVERIFY(!RecentFiles::isAvailable(gone));
        QCOMPARE(recent.paths().size(), 2);
        QCOMPARE(recent.removeUnavailable(), 1);
        QCOMPARE(recent.paths(), QStringList({present}));
        recent.clear();
        QVERIFY(recent.paths().isEmpty());
        QVERIFY(RecentFiles().paths().isEmpty());
    }

private:
    QString touch(const QString& name)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(path));
        return QFileInfo(path).absoluteFilePath();
    }

    std::unique_ptr<anomalens::uitest::IsolatedSettings> m_settings;
    QTemporaryDir m_files;
};

QTEST_GUILESS_MAIN(RecentFilesTest)
#include "tst_recentfiles.moc"
