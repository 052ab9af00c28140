#pragma once
// RecentFiles: the most recently opened media, cases and frame folders, newest
// first, persisted in QSettings so they survive restarts. Entries whose file
// is missing are kept (an evidence drive may just be unplugged) and reported
// by isAvailable(), so menus can grey them out; removeUnavailable() purges
// them on request.
#include <QObject>
#include <QStringList>

namespace anomalens::ui {

class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 10;

    explicit RecentFiles(QObject* parent = nullptr);
    // settingsKey lets tests and future lists (e.g. recent cases) use their own key.
    RecentFiles(const QString& settingsKey, QObject* parent);

    QStringList paths() const { return m_paths; }
    static bool isAvailable(const QString& path);

    // Puts `path` first (removing an older entry of the same file) and drops
    // the oldest beyond kMaxEntries.
    void add(const QString& path);
    void remove(const QString& path);
    int removeUnavailable();
    void clear();

Q_SIGNALS:
    void changed();

private:
    void load();
    void save();
    void setPaths(const QStringList& paths);

    QString m_settingsKey;
    QStringList m_paths;
};

} // namespace anomalens::ui
