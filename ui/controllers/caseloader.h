#pragma once
// CaseLoader: reads what the review window shows of a case (its name and
// media list) on a pool thread. Opening a case runs an SQLite integrity check
// that reads the whole file, which must not freeze the window on a large case.
// The case is opened read-only: reviewing it changes nothing, and a case that
// another Anomalens holds open for writing can still be browsed.
#include "store/records.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <vector>

namespace anomalens::ui {

struct CaseSummary {
    QString path;
    QString name;
    std::vector<store::MediaRecord> media;
    // Per media (same order): events of its latest completed analysis run,
    // or -1 when it has none.
    std::vector<int> eventCounts;
    // Per media: how far an analysis that has not completed got (0..1), when
    // the latest run stopped (cancelled, failed, interrupted); else -1.
    std::vector<double> unfinishedFractions;
    QString error;  // empty on success
};

class CaseLoader : public QObject {
    Q_OBJECT

public:
    explicit CaseLoader(QObject* parent = nullptr);
    ~CaseLoader() override;

    // loaded() or failed() follows. A newer load() supersedes an unfinished one.
    void load(const QString& path);
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded(const anomalens::ui::CaseSummary& summary);
    void failed(const QString& path, const QString& message);

private:
    void onFinished();

    QFutureWatcher<CaseSummary> m_watcher;
    QString m_latestPath;
};

} // namespace anomalens::ui

Q_DECLARE_METATYPE(anomalens::ui::CaseSummary)
