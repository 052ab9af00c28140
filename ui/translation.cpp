#include "translation.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace anomalens::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QStringList kShipped = {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("zh_CN"),
                              QStringLiteral("ja")};

// Translators of the last installTranslations(), removed by the next one so a
// language switch (tests, settings) never stacks two languages.
QList<QPointer<QTranslator>>& installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// The locale a shipped language formats with when the system's own locale is
// not in that language (a Korean UI on an English system shows Korean dates).
QLocale localeFor(const QString& language, const QLocale& system)
{
    if (system.name().startsWith(language.left(2)))
        return system;
    if (language == QLatin1String("ko"))
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    if (language == QLatin1String("ja"))
        return QLocale(QLocale::Japanese, QLocale::Japan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

// Qt's standard buttons take their text from the "QPlatformTheme" context of
// Qt's own catalogue (qtbase_*.qm), which many systems lack. Listing them here
// puts them in our catalogue too, so OK and Cancel are never left in English.
[[maybe_unused]] const char* const kQtButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),         QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),       QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

} // namespace

QList<LanguageChoice> languageChoices()
{
    return {{QString(), QApplication::translate("anomalens::ui::Language", "System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ko"), QStringLiteral("한국어")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

QString storedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return kShipped.contains(code) ? code : QString();
}

void storeLanguage(const QString& code) { QSettings().setValue(kLanguageKey, code); }

QString resolveLanguage(const QString& code, const QLocale& system)
{
    if (kShipped.contains(code))
        return code;
    // uiLanguages() lists the user's preferences in order ("zh-Hans-CN", "ko-KR", ...).
    for (const QString& name : system.uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::Korean)
            return QStringLiteral("ko");
        if (locale.language() == QLocale::Japanese)
            return QStringLiteral("ja");
        // Traditional Chinese readers are better served by English than by
        // simplified characters they may not read comfortably.
        if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalHanScript)
            return QStringLiteral("zh_CN");
        if (locale.language() == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString installTranslations(QApplication& application, const QString& code)
{
    for (const QPointer<QTranslator>& translator : installedTranslators()) {
        if (translator) {
            QApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installedTranslators().clear();

    const QString language = resolveLanguage(code);
    auto* ours = new QTranslator(&application);
    if (ours->load(QStringLiteral(":/i18n/anomalens_%1.qm").arg(language))) {
        QApplication::installTranslator(ours);
        installedTranslators().append(ours);
    } else {
        delete ours;
    }
    // Standard buttons and dialogs (OK, Cancel, file dialogs) come from Qt's
    // catalogue, installed by the system's Qt translations package if at all.
    auto* qt = new QTranslator(&application);
    if (language != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
        installedTranslators().append(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(localeFor(language, QLocale::system()));
    return language;
}

} // namespace anomalens::ui
