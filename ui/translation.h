#pragma once
// Interface language: which translation the GUI loads at start-up and the
// locale its dates, times and numbers are shown in. The choice is stored in
// QSettings "ui/language" ("" follows the system); storage and reports stay
// in UTC ISO-8601 whatever the language (core never sees a locale).
#include <QList>
#include <QLocale>
#include <QString>

class QApplication;

namespace anomalens::ui {

struct LanguageChoice {
    QString code;      // "" (system default), "en", "ko", "zh_CN", "ja"
    QString nativeName; // shown in its own language, so anyone can find theirs
};

// Every choice the Settings dialog offers, "System default" first.
QList<LanguageChoice> languageChoices();
// The stored choice ("" when none or unknown).
QString storedLanguage();
void storeLanguage(const QString& code);
// The shipped language to use for `code` ("" = the first of the system's UI
// languages we ship, else English).
QString resolveLanguage(const QString& code, const QLocale& system = QLocale::system());
// Loads :/i18n/anomalens_<lang>.qm and Qt's own qtbase_<lang>.qm (when the
// system has it), replacing any earlier call's translators, and makes the
// language's locale the default for formatting. Returns the language used.
QString installTranslations(QApplication& application, const QString& code);

} // namespace anomalens::ui
