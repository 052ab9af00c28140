// Translations: every tr() string of the GUI has a Korean, Simplified Chinese
// and Japanese translation, the .ts files are in step with the sources (a new
// tr() string fails here until `ninja anomalens_ui_lupdate` and a translator
// have been through it), the catalogues are embedded, the language choice
// round-trips through Settings, and a Korean main window shows no English
// text (which catches literals that were never wrapped in tr()).
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "theme.h"
#include "translation.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace anomalens;

namespace {

const QStringList kTranslatedLanguages = {QStringLiteral("ko"), QStringLiteral("zh_CN"), QStringLiteral("ja")};

struct TsMessage {
    QString key;                // context + source + comment: what lupdate matches on
    QString source;
    QStringList translations;   // one per numerus form
    QString type;               // "unfinished", "vanished", "obsolete" or ""
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    QString comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                message.key = context + QChar(0x1f) + message.source + QChar(0x1f) + comment;
                messages.append(message);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            comment.clear();
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either plain text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (message.translations.isEmpty())
                message.translations << text;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(ANOMALENS_TS_DIR "/anomalens_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString& text)
{
    QSet<QString> found;
    static const QRegularExpression pattern(QStringLiteral("%(n|L?\\d)"));
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// Text a reviewer reads that may legitimately stay in Latin letters: the
// product, units, codecs, file suffixes, keys.
bool looksEnglish(QString text)
{
    static const QStringList allowed = {
        QStringLiteral("Anomalens"), QStringLiteral("fp32"), QStringLiteral("bf16"), QStringLiteral("fps"),
        QStringLiteral("PTS"), QStringLiteral("PSNR"), QStringLiteral("dB"), QStringLiteral("CPU"),
        QStringLiteral("GPU"), QStringLiteral("CUDA"), QStringLiteral("Ctrl"), QStringLiteral("Shift"),
        QStringLiteral("Alt"), QStringLiteral("SHA"), QStringLiteral("px"), QStringLiteral("alcase"),
        QStringLiteral("alm"), QStringLiteral("MNAD"), QStringLiteral("FFP"), QStringLiteral("Net"),
        QStringLiteral("GAN"), QStringLiteral("UTC"), QStringLiteral("Space"), QStringLiteral("Left"),
        QStringLiteral("Right"), QStringLiteral("Home"), QStringLiteral("End"), QStringLiteral("PgUp"),
        QStringLiteral("PgDown"), QStringLiteral("Del"), QStringLiteral("Esc"), QStringLiteral("Return"),
        QStringLiteral("Enter"), QStringLiteral("ffprobe"), QStringLiteral("OpenBLAS"),
        QStringLiteral("BLAS"), QStringLiteral("lite"), QStringLiteral("PDF"), QStringLiteral("CSV"), QStringLiteral("JSON")};
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression filePattern(QStringLiteral("\\*\\.\\w+"));
    text.remove(tags);
    text.remove(filePattern);
    for (const QString& word : allowed)
        text.remove(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word)));
    // One letter (accelerator hints like "(C)", "×") is not English prose.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    return text.contains(word);
}

// Every piece of text `root` and its children show: titles, captions,
// tooltips, placeholders, header labels, combo items.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    auto add = [&texts](const QString& where, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts << where + QStringLiteral(": ") + text;
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        const QString where = QString::fromLatin1(widget->metaObject()->className());
        add(where + QStringLiteral(" title"), widget->isWindow() ? widget->windowTitle() : QString());
        add(where + QStringLiteral(" tooltip"), widget->toolTip());
        if (auto* dock = qobject_cast<QDockWidget*>(widget))
            add(where, dock->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(where, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(where, button->text());
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(where, group->title());
        if (auto* menu = qobject_cast<QMenu*>(widget))
            add(where, menu->title());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(where, tabs->tabText(i));
        }
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(where, combo->itemText(i));
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                add(where + QStringLiteral(" header"), view->model()->headerData(column, Qt::Horizontal).toString());
        }
        for (QAction* action : widget->actions()) {
            add(QStringLiteral("QAction"), action->text());
            add(QStringLiteral("QAction tooltip"), action->toolTip());
            add(QStringLiteral("QAction status tip"), action->statusTip());
        }
    }
    for (QAction* action : root->findChildren<QAction*>()) {
        add(QStringLiteral("QAction"), action->text());
        add(QStringLiteral("QAction tooltip"), action->toolTip());
    }
    texts.removeDuplicates();
    return texts;
}

QStringList englishTexts(QWidget* root)
{
    QStringList english;
    for (const QString& text : visibleTexts(root)) {
        if (looksEnglish(text.section(QStringLiteral(": "), 1)))
            english << text;
    }
    return english;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ui::applyDarkTheme(*static_cast<QApplication*>(QCoreApplication::instance()));
    }

    void init() { m_settings = std::make_unique<uitest::IsolatedSettings>(); }

    void cleanup()
    {
        ui::installTranslations(*qApp, QStringLiteral("en"));
        m_settings.reset();
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : kTranslatedLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const TsMessage& message : messages) {
            if (!message.type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(message.source, message.type);
            for (const QString& translation : message.translations) {
                if (translation.isEmpty())
                    problems << QStringLiteral("%1 (empty)").arg(message.source);
                else if (placeholders(translation) != placeholders(message.source))
                    problems << QStringLiteral("%1 (placeholders differ: %2)").arg(message.source, translation);
                else if (message.source.contains(QLatin1Char('&')) && !message.source.contains(QLatin1String("&&"))
                         && !message.source.contains(QLatin1String("<")) && !translation.contains(QLatin1Char('&')))
                    problems << QStringLiteral("%1 (accelerator lost: %2)").arg(message.source, translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over today's sources must find exactly the messages each .ts
    // holds: a new tr() string, or one whose wording changed, has no
    // translation until the .ts files are refreshed and translated.
    void tsFilesMatchTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_en.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ANOMALENS_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(ANOMALENS_SOURCE_DIR "/ui"), QStringLiteral(ANOMALENS_SOURCE_DIR "/app/gui"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString error;
        QSet<QString> expected;
        QHash<QString, QString> sourceOf;
        for (const TsMessage& message : readTs(fresh, &error)) {
            expected.insert(message.key);
            sourceOf.insert(message.key, message.source);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(expected.size() > 300);

        for (const QString& language : QStringList{QStringLiteral("en")} + kTranslatedLanguages) {
            QSet<QString> shipped;
            for (const TsMessage& message : readTs(tsPath(language), &error)) {
                shipped.insert(message.key);
                sourceOf.insert(message.key, message.source);
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList differences;
            for (const QString& key : expected - shipped)
                differences << QStringLiteral("not in anomalens_%1.ts: %2").arg(language, key.section(QChar(0x1f), 0, 1));
            for (const QString& key : shipped - expected)
                differences << QStringLiteral("no longer in the sources: %1").arg(key.section(QChar(0x1f), 0, 1));
            differences.sort();
            QVERIFY2(differences.isEmpty(),
                     qPrintable(differences.join(QLatin1Char('\n'))
                                + QStringLiteral("\nRefresh with `ninja anomalens_ui_lupdate` and translate.")));
        }
    }

    void catalogsAreEmbedded()
    {
        for (const QString& language : QStringList{QStringLiteral("en")} + kTranslatedLanguages) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/anomalens_%1.qm").arg(language)), qPrintable(language));
            QVERIFY(!translator.isEmpty());
        }
        QTranslator korean;
        QVERIFY(korean.load(QStringLiteral(":/i18n/anomalens_ko.qm")));
        QCOMPARE(korean.translate("anomalens::ui::SettingsDialog", "Settings"), QStringLiteral("설정"));
        QCOMPARE(korean.translate("anomalens::ui::EventsDock", "%n event(s), %1 to review, %2 confirmed", nullptr, 3),
                 QStringLiteral("이벤트 %n개, 검토 대상 %1개, 확정됨 %2개"));
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/anomalens_en.qm")));
        QCOMPARE(english.translate("anomalens::ui::AnnotationsDock", "%n annotation(s)", nullptr, 1),
                 QStringLiteral("%n annotation"));
        QCOMPARE(english.translate("anomalens::ui::AnnotationsDock", "%n annotation(s)", nullptr, 2),
                 QStringLiteral("%n annotations"));
    }

    void languageFollowsTheSystemUnlessChosen()
    {
        QCOMPARE(ui::resolveLanguage(QString(), QLocale(QStringLiteral("ko_KR"))), QStringLiteral("ko"));
        QCOMPARE(ui::resolveLanguage(QString(), QLocale(QStringLiteral("ja_JP"))), QStringLiteral("ja"));
        QCOMPARE(ui::resolveLanguage(QString(), QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        QCOMPARE(ui::resolveLanguage(QString(), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("ja"), QLocale(QStringLiteral("ko_KR"))), QStringLiteral("ja"));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("xx"), QLocale(QStringLiteral("en_US"))), QStringLiteral("en"));

        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("ko")), QStringLiteral("ko"));
        QCOMPARE(QCoreApplication::translate("anomalens::ui::SettingsDialog", "Settings"), QStringLiteral("설정"));
        QCOMPARE(QLocale().language(), QLocale::Korean);
        // A second call replaces the first language instead of stacking on it.
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(QCoreApplication::translate("anomalens::ui::SettingsDialog", "Settings"), QStringLiteral("設定"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        ui::installTranslations(*qApp, QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("anomalens::ui::SettingsDialog", "Settings"), QStringLiteral("Settings"));
    }

    void settingsDialogStoresTheLanguage()
    {
        {
            ui::SettingsDialog dialog;
            QCOMPARE(dialog.language(), QString());  // system default
            auto* combo = dialog.findChild<QComboBox*>();
            QVERIFY(combo);
            QStringList names;
            for (int i = 0; i < combo->count(); ++i)
                names << combo->itemText(i);
            QCOMPARE(names, (QStringList{QStringLiteral("System default"), QStringLiteral("English"),
                                         QStringLiteral("한국어"), QStringLiteral("简体中文"), QStringLiteral("日本語")}));
            combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
            dialog.accept();
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(ui::storedLanguage(), QStringLiteral("zh_CN"));
        {
            ui::SettingsDialog dialog;
            QCOMPARE(dialog.language(), QStringLiteral("zh_CN"));
            dialog.setLanguage(QString());
            dialog.accept();
        }
        QCOMPARE(ui::storedLanguage(), QString());
        {
            ui::SettingsDialog dialog;
            dialog.setLanguage(QStringLiteral("ko"));
            dialog.reject();  // Cancel keeps the stored choice
        }
        QCOMPARE(ui::storedLanguage(), QString());
    }

    void koreanMainWindowShowsNoEnglish()
    {
        ui::installTranslations(*qApp, QStringLiteral("ko"));
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList english = englishTexts(&window);
        window.grab().save(uitest::screenshotPath(QStringLiteral("translations-mainwindow-ko.png")));
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + english.join(QLatin1Char('\n'))));
        // The menus were built in Korean too (they are not children of docks).
        QStringList menuTitles;
        for (QMenu* menu : window.findChildren<QMenu*>())
            menuTitles << menu->title();
        QVERIFY(menuTitles.contains(QStringLiteral("파일(&F)")));
    }

    void koreanSettingsDialogShowsNoEnglish()
    {
        ui::installTranslations(*qApp, QStringLiteral("ko"));
        ui::SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(uitest::screenshotPath(QStringLiteral("translations-settings-ko.png")));
        // "English" is the name of a language in its own script, as wanted.
        QStringList english = englishTexts(&dialog);
        english.removeAll(QStringLiteral("QComboBox: English"));
        // OK and Cancel too: our catalogue carries Qt's button texts
        // (translation.cpp), whether or not the system has qtbase_ko.qm.
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + english.join(QLatin1Char('\n'))));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("설정"));
    }

    void datesAndNumbersFollowTheLocale()
    {
        ui::installTranslations(*qApp, QStringLiteral("ko"));
        const QDateTime utc = QDateTime::fromString(QStringLiteral("2026-03-04T05:06:07Z"), Qt::ISODate);
        QVERIFY(utc.isValid());
        // Korean short dates read year. month. day.
        QVERIFY2(QLocale().toString(utc, QLocale::ShortFormat).contains(QStringLiteral(". ")),
                 qPrintable(QLocale().toString(utc, QLocale::ShortFormat)));
        ui::installTranslations(*qApp, QStringLiteral("ja"));
        QVERIFY(QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat).contains(QLatin1Char('/')));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));
    }

private:
    std::unique_ptr<uitest::IsolatedSettings> m_settings;
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
