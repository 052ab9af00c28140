// CaseDatabase: lifetime (create/open), case identity, audit access, verify.
#include "store/casedatabase_p.h"

#include "evidence/timestamp.h"
#include "store/schema.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

#ifndef ANOMALENS_STORE_APP_VERSION
#define ANOMALENS_STORE_APP_VERSION "unknown"
#endif

namespace anomalens::store {
namespace fs = std::filesystem;
namespace {

// Claims `path` atomically (O_EXCL), so create() can never overwrite an
// existing file, not even one that appears between a check and the write.
void claimNewFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) {
        ::close(fd);
        return;
    }
    const int error = errno;
    if (error == EEXIST)
        throw CaseError(CaseErrorKind::AlreadyExists,
                        "A file named '" + path + "' already exists; choose another name for the new case");
    if (error == EACCES || error == EROFS || error == EPERM)
        throw CaseError(CaseErrorKind::ReadOnly,
                        "Cannot create the case '" + path + "': " + std::strerror(error));
    if (error == ENOENT)
        throw CaseError(CaseErrorKind::NotFound,
                        "Cannot create the case '" + path + "': its folder does not exist");
    throw CaseError(CaseErrorKind::Io, "Cannot create the case '" + path + "': " + std::strerror(error));
}

void removeCaseFiles(const std::string& path)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path + suffix, ec);
}

void useWriteAheadLog(SQLite::Database& db)
{
    // Persistent in the file; cannot change inside a transaction, hence here.
    if (db.execAndGet("PRAGMA journal_mode").getString() != "wal")
        db.execAndGet("PRAGMA journal_mode = WAL");
}

} // namespace

void CaseDatabase::Impl::requireWritable(const std::string& operation) const
{
    if (mode == OpenMode::ReadOnly)
        throw CaseError(CaseErrorKind::ReadOnly,
                        "The case '" + path + "' is open read-only; " + operation + " is not possible");
}

CaseDatabase::CaseDatabase(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

CaseDatabase::~CaseDatabase() = default;
CaseDatabase::CaseDatabase(CaseDatabase&&) noexcept = default;
CaseDatabase& CaseDatabase::operator=(CaseDatabase&&) noexcept = default;

CaseDatabase CaseDatabase::create(const std::string& path, const CaseMetadata& metadata,
                                  const OpenOptions& options)
{
    if (metadata.name.find_first_not_of(" \t\r\n") == std::string::npos)
        throw CaseError(CaseErrorKind::InvalidArgument, "A case needs a name");
    const nlohmann::json extra = objectOrEmpty(metadata.extra, "Case metadata");
    const std::string casePath = absolutePath(path);
    claimNewFile(casePath);

    try {
        auto db = connectCase(casePath, OpenMode::ReadWrite, options);
        useWriteAheadLog(*db);
        migrateSchema(*db, builtinMigrations());
        auto impl = std::make_unique<Impl>(casePath, OpenMode::ReadWrite, std::move(db));
        impl->write("creating the case", [&] {
            SQLite::Statement update(*impl->db, "UPDATE case_info SET name = ?, metadata = ? WHERE id = 1");
            update.bind(1, metadata.name);
            update.bind(2, toJsonText(extra));
            update.exec();
            impl->audit.append("case.create", {{"name", metadata.name},
                                               {"metadata", extra},
                                               {"schema_version", currentSchemaVersion()},
                                               {"app_version", ANOMALENS_STORE_APP_VERSION}});
        });
        return CaseDatabase(std::move(impl));
    } catch (...) {
        // The connection is closed by now; the files are ours (O_EXCL), so a
        // half-made case is not left behind.
        removeCaseFiles(casePath);
        rethrowAsCaseError(casePath, "creating the case");
    }
}

CaseDatabase CaseDatabase::open(const std::string& path, OpenMode mode, const OpenOptions& options)
{
    const std::string casePath = absolutePath(path);
    const CaseFileFacts facts = inspectCaseFile(casePath, options);
    if (mode == OpenMode::ReadOnly && facts.schemaVersion < currentSchemaVersion())
        throw CaseError(CaseErrorKind::OlderSchema,
                        "The case '" + casePath + "' uses an older format (schema v" +
                            std::to_string(facts.schemaVersion) +
                            ") that must be upgraded first; open it read-write once.");
    if (mode == OpenMode::ReadWrite)
        requireWritableLocation(casePath);

    auto db = connectCase(casePath, mode, options);
    if (mode == OpenMode::ReadWrite) {
        try {
            // Also proves we can get the write lock: a case held by another
            // writer fails here (Locked) rather than at the first edit.
            migrateSchema(*db, builtinMigrations());
            useWriteAheadLog(*db);
        } catch (...) {
            rethrowAsCaseError(casePath, "opening");
        }
    }
    return CaseDatabase(std::make_unique<Impl>(casePath, mode, std::move(db)));
}

const std::string& CaseDatabase::path() const
{
    return m_impl->path;
}

OpenMode CaseDatabase::mode() const
{
    return m_impl->mode;
}

CaseInfo CaseDatabase::info() const
{
    return m_impl->read("reading the case information", [&] {
        SQLite::Statement query(*m_impl->db,
                                "SELECT name, created, app_version, metadata FROM case_info WHERE id = 1");
        if (!query.executeStep())
            throw CaseError(CaseErrorKind::Corrupt, "The case '" + m_impl->path + "' has no case information");
        CaseInfo info;
        info.name = query.getColumn(0).getString();
        info.createdUtc = query.getColumn(1).getString();
        info.appVersion = query.getColumn(2).getString();
        info.metadata = parseJsonColumn(query.getColumn(3).getString(), "case_info.metadata");
        info.schemaVersion = readUserVersion(*m_impl->db);
        info.auditHead = m_impl->audit.head();
        return info;
    });
}

nlohmann::json CaseDatabase::diagnostics() const
{
    return m_impl->read("reading diagnostics", [&] {
        SQLite::Database& db = *m_impl->db;
        return nlohmann::json{
            {"foreign_keys", db.execAndGet("PRAGMA foreign_keys").getInt()},
            {"journal_mode", db.execAndGet("PRAGMA journal_mode").getString()},
            {"synchronous", db.execAndGet("PRAGMA synchronous").getInt()},
            {"user_version", readUserVersion(db)},
            {"application_id", db.execAndGet("PRAGMA application_id").getInt()},
            {"page_count", db.execAndGet("PRAGMA page_count").getInt64()},
            {"sqlite_version", db.execAndGet("SELECT sqlite_version()").getString()}};
    });
}

const evidence::AuditLog& CaseDatabase::audit() const
{
    return m_impl->audit;
}

void CaseDatabase::logAction(const std::string& action, const nlohmann::json& parameters)
{
    m_impl->write("recording '" + action + "'", [&] { m_impl->audit.append(action, parameters); });
}

bool CaseVerifyReport::ok() const
{
    if (!audit.ok)
        return false;
    for (const MediaCheck& check : media) {
        if (check.status != MediaCheckStatus::Ok)
            return false;
    }
    return true;
}

CaseVerifyReport CaseDatabase::verify(const evidence::HashProgress& progress) const
{
    CaseVerifyReport report;
    report.audit = m_impl->audit.verify();
    const std::vector<MediaRecord> mediaRows = listMedia();

    std::uint64_t bytesTotal = 0;
    for (const MediaRecord& row : mediaRows)
        bytesTotal += static_cast<std::uint64_t>(row.sizeBytes);
    std::uint64_t bytesBefore = 0;   // bytes of the media files already hashed

    for (const MediaRecord& row : mediaRows) {
        MediaCheck check;
        check.mediaId = row.id;
        check.path = row.path;
        check.expectedSha256 = row.sha256;
        std::error_code ec;
        if (!fs::exists(row.path, ec)) {
            check.status = MediaCheckStatus::Missing;
            check.message = "Media file '" + row.path + "' is missing";
        } else {
            try {
                const std::uint64_t bytesNow = footageBytes(row.path);
                if (bytesNow != static_cast<std::uint64_t>(row.sizeBytes)) {
                    // A different size settles it without reading everything.
                    check.status = MediaCheckStatus::Changed;
                    check.message = "Media file '" + row.path + "' has changed: its size is now " +
                                    std::to_string(bytesNow) + " bytes, not " + std::to_string(row.sizeBytes);
                } else {
                    check.actualSha256 = hashFootage(row.path, [&](std::uint64_t done, std::uint64_t) {
                        return !progress || progress(bytesBefore + done, bytesTotal);
                    });
                    if (check.actualSha256 == row.sha256) {
                        check.message = "Media file '" + row.path + "' matches its SHA-256";
                    } else {
                        check.status = MediaCheckStatus::Changed;
                        check.message = "Media file '" + row.path + "' has changed: its SHA-256 is now " +
                                        check.actualSha256;
                    }
                }
            } catch (const evidence::HashCancelled&) {
                throw CaseError(CaseErrorKind::Cancelled, "Verification of '" + m_impl->path + "' was cancelled");
            } catch (const evidence::EvidenceError& e) {
                check.status = MediaCheckStatus::Unreadable;
                check.message = e.what();
            }
        }
        bytesBefore += static_cast<std::uint64_t>(row.sizeBytes);
        report.media.push_back(std::move(check));
    }
    return report;
}

const char* toString(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return "running";
    case RunStatus::Completed: return "completed";
    case RunStatus::Failed: return "failed";
    case RunStatus::Cancelled: return "cancelled";
    }
    return "running";
}

RunStatus runStatusFromString(const std::string& text)
{
    for (RunStatus status : {RunStatus::Running, RunStatus::Completed, RunStatus::Failed, RunStatus::Cancelled}) {
        if (text == toString(status))
            return status;
    }
    throw CaseError(CaseErrorKind::Corrupt, "Unknown run status '" + text + "' in the case");
}

const char* toString(EventStatus status)
{
    switch (status) {
    case EventStatus::Unreviewed: return "unreviewed";
    case EventStatus::NeedsReview: return "needs_review";
    case EventStatus::Confirmed: return "confirmed";
    case EventStatus::Dismissed: return "dismissed";
    }
    return "unreviewed";
}

EventStatus eventStatusFromString(const std::string& text)
{
    for (EventStatus status :
         {EventStatus::Unreviewed, EventStatus::NeedsReview, EventStatus::Confirmed, EventStatus::Dismissed}) {
        if (text == toString(status))
            return status;
    }
    throw CaseError(CaseErrorKind::Corrupt, "Unknown event status '" + text + "' in the case");
}

} // namespace anomalens::store
