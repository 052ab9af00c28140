#include "controllers/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace anomalens::ui {

namespace {

// One spelling per file, so re-opening through another relative path or a
// trailing slash does not create a duplicate entry.
QString normalized(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(QObject* parent)
    : RecentFiles(QStringLiteral("recentFiles"), parent)
{
}

RecentFiles::RecentFiles(const QString& settingsKey, QObject* parent)
    : QObject(parent)
    , m_settingsKey(settingsKey)
{
    load();
}

bool RecentFiles::isAvailable(const QString& path)
{
    return QFileInfo::exists(path);
}

void RecentFiles::add(const QString& path)
{
    const QString entry = normalized(path);
    QStringList paths = m_paths;
    paths.removeAll(entry);
    paths.prepend(entry);
    setPaths(paths);
}

void RecentFiles::remove(const QString& path)
{
    QStringList paths = m_paths;
    paths.removeAll(normalized(path));
    setPaths(paths);
}

int RecentFiles::removeUnavailable()
{
    QStringList paths;
    for (const QString& path : m_paths) {
        if (isAvailable(path))
            paths.append(path);
    }
    const int removed = static_cast<int>(m_paths.size() - paths.size());
    setPaths(paths);
    return removed;
}

void RecentFiles::clear()
{
    setPaths({});
}

void RecentFiles::load()
{
    QStringList paths;
    for (const QString& path : QSettings().value(m_settingsKey).toStringList()) {
        if (!path.isEmpty() && !paths.contains(path))
            paths.append(path);
    }
    m_paths = paths.mid(0, kMaxEntries);
}

void RecentFiles::save()
{
    QSettings().setValue(m_settingsKey, m_paths);
}

void RecentFiles::setPaths(const QStringList& paths)
{
    const QStringList trimmed = paths.mid(0, kMaxEntries);
    if (trimmed == m_paths)
        return;
    m_paths = trimmed;
    save();
    Q_EMIT changed();
}

} // namespace anomalens::ui
