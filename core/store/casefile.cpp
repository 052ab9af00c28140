// Opening a case file safely: pre-open checks that never write, the final
// connection, and the translation of SQLite/evidence errors into CaseError.
#include "store/casedatabase_p.h"

#include "store/schema.h"

#include <sqlite3.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace anomalens::store {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kSqliteHeaderBytes = 100;
constexpr char kSqliteMagic[] = "SQLite format 3";   // 16 bytes with its NUL

std::uint32_t bigEndian(const unsigned char* bytes, int count)
{
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

bool exists(const std::string& path)
{
    std::error_code ec;
    return fs::exists(path, ec);
}

// True while some connection has (or a crash left) the case in use: SQLite
// keeps these files only then. Our checks may only skip locking when neither exists.
bool hasSideJournal(const std::string& path)
{
    return exists(path + "-wal") || exists(path + "-journal");
}

// SQLite URI with the path percent-encoded, so '?', '#' and '%' in folder
// names cannot be read as URI syntax.
std::string readOnlyUri(const std::string& path, bool immutable)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 0x0f];
        }
    }
    uri += immutable ? "?mode=ro&immutable=1" : "?mode=ro";
    return uri;
}

// The checks SQLite itself makes lazily (or not at all), done up front so the
// user gets a precise message: wrong magic, impossible page size, truncation.
void checkHeader(const std::string& path, std::uintmax_t fileSize, bool inUse)
{
    const std::string notACase = "'" + path + "' is not an Anomalens case file (it is not an SQLite database)";
    if (fileSize < kSqliteHeaderBytes)
        throw CaseError(CaseErrorKind::NotACase, notACase);

    std::array<unsigned char, kSqliteHeaderBytes> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(header.data()), header.size()))
        throw CaseError(CaseErrorKind::Io, "Cannot read the case file '" + path + "'");
    if (std::memcmp(header.data(), kSqliteMagic, sizeof kSqliteMagic) != 0)
        throw CaseError(CaseErrorKind::NotACase, notACase);

    const std::string damaged = "The case file '" + path + "' is damaged: ";
    std::uint32_t pageSize = bigEndian(&header[16], 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw CaseError(CaseErrorKind::Corrupt, damaged + "its header is invalid");
    if (inUse)
        return;   // another connection may be checkpointing; sizes can be in flux

    // The in-header page count is trustworthy only when "version-valid-for"
    // (offset 92) equals the change counter (offset 24).
    const std::uint32_t changeCounter = bigEndian(&header[24], 4);
    const std::uint32_t pageCount = bigEndian(&header[28], 4);
    const std::uint32_t validFor = bigEndian(&header[92], 4);
    const std::uintmax_t expected = static_cast<std::uintmax_t>(pageCount) * pageSize;
    if ((pageCount != 0 && validFor == changeCounter && fileSize < expected) || fileSize % pageSize != 0) {
        throw CaseError(CaseErrorKind::Corrupt,
                        damaged + "it is truncated (" + std::to_string(fileSize) + " bytes" +
                            (expected > fileSize ? " of " + std::to_string(expected) : std::string()) + ")");
    }
}

CaseError fromSqlite(const SQLite::Exception& e, const std::string& casePath, const std::string& operation)
{
    const std::string where = " (" + operation + ", case '" + casePath + "')";
    switch (e.getErrorCode() & 0xff) {   // primary code, whether or not extended codes are on
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return CaseError(CaseErrorKind::Locked,
                         "The case '" + casePath + "' is open in another program that is using it " +
                             "(it stayed locked while " + operation + " waited). Close it there, " +
                             "or open this case read-only.");
    case SQLITE_READONLY:
        return CaseError(CaseErrorKind::ReadOnly,
                         "The case '" + casePath + "' cannot be written (read-only file, folder or medium)" +
                             where + ". Open it read-only, or copy it to a writable folder.");
    case SQLITE_CONSTRAINT:
        return CaseError(CaseErrorKind::InvalidArgument, std::string("Refused: ") + e.what() + where);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return CaseError(CaseErrorKind::Corrupt,
                         "The case file '" + casePath + "' is damaged: " + e.what());
    case SQLITE_FULL:
        return CaseError(CaseErrorKind::Io, "The disk is full" + where);
    case SQLITE_CANTOPEN:
        return CaseError(CaseErrorKind::Io, std::string("Cannot open the case file: ") + e.what() + where);
    default:
        return CaseError(CaseErrorKind::Io, std::string(e.what()) + where);
    }
}

} // namespace

[[noreturn]] void rethrowAsCaseError(const std::string& casePath, const std::string& operation)
{
    try {
        throw;
    } catch (const CaseError&) {
        throw;
    } catch (const SQLite::Exception& e) {
        throw fromSqlite(e, casePath, operation);
    } catch (const evidence::HashCancelled& e) {
        throw CaseError(CaseErrorKind::Cancelled, e.what());
    } catch (const evidence::EvidenceError& e) {
        throw CaseError(CaseErrorKind::Io, std::string(e.what()) + " (" + operation + ")");
    } catch (const nlohmann::json::exception& e) {
        throw CaseError(CaseErrorKind::InvalidArgument, std::string(e.what()) + " (" + operation + ")");
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) {
        throw CaseError(CaseErrorKind::Io, std::string(e.what()) + " (" + operation + ", case '" + casePath + "')");
    }
}

std::string toJsonText(const nlohmann::json& value)
{
    try {
        return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
    } catch (const nlohmann::json::exception& e) {
        throw CaseError(CaseErrorKind::InvalidArgument, std::string("Invalid text in JSON data: ") + e.what());
    }
}

nlohmann::json objectOrEmpty(const nlohmann::json& value, const char* what)
{
    if (value.is_null())
        return nlohmann::json::object();
    if (!value.is_object())
        throw CaseError(CaseErrorKind::InvalidArgument, std::string(what) + " must be a JSON object");
    return value;
}

nlohmann::json parseJsonColumn(const std::string& text, const char* column)
{
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        throw CaseError(CaseErrorKind::Corrupt, std::string("The case holds invalid JSON in column ") + column);
    }
}

std::string noSuchRecord(const char* what, std::int64_t id)
{
    return std::string("The case has no ") + what + " with id " + std::to_string(id);
}

std::string absolutePath(const std::string& path)
{
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    return ec ? path : absolute.lexically_normal().string();
}

CaseFileFacts inspectCaseFile(const std::string& path, const OpenOptions& options)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        throw CaseError(CaseErrorKind::NotFound, "The case file '" + path + "' does not exist");
    if (!fs::is_regular_file(status))
        throw CaseError(CaseErrorKind::NotACase, "'" + path + "' is not a case file (it is not a regular file)");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        throw CaseError(CaseErrorKind::Io, "Cannot read the case file '" + path + "': " + ec.message());

    const bool inUse = hasSideJournal(path);
    CaseFileFacts facts;
    if (size == 0 && !inUse)
        return facts;   // an empty SQLite database: schema version 0
    checkHeader(path, size, inUse);

    try {
        // Immutable when nobody has the case open: no locks, no -wal/-shm
        // created, so a rejected file is left exactly as it was found.
        SQLite::Database db(readOnlyUri(path, !inUse), SQLite::OPEN_READONLY | SQLite::OPEN_URI,
                            options.busyTimeoutMs);
        const int applicationId = db.execAndGet("PRAGMA application_id").getInt();
        facts.schemaVersion = readUserVersion(db);
        const int objects = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
        const bool emptyDatabase = applicationId == 0 && facts.schemaVersion == 0 && objects == 0;
        if (applicationId != kCaseApplicationId && !emptyDatabase)
            throw CaseError(CaseErrorKind::NotACase,
                            "'" + path + "' is an SQLite database, but not an Anomalens case file");
        if (facts.schemaVersion > currentSchemaVersion())
            throw CaseError(CaseErrorKind::NewerSchema,
                            "The case '" + path + "' was written by a newer version of Anomalens (schema v" +
                                std::to_string(facts.schemaVersion) + "; this version reads up to v" +
                                std::to_string(currentSchemaVersion()) +
                                "). It was not modified; update Anomalens to open it.");
        if (options.integrityCheck) {
            const std::string verdict = db.execAndGet("PRAGMA quick_check(1)").getString();
            if (verdict != "ok")
                throw CaseError(CaseErrorKind::Corrupt,
                                "The case file '" + path + "' is damaged (integrity check: " + verdict + ")");
        }
    } catch (...) {
        rethrowAsCaseError(path, "opening");
    }
    return facts;
}

void requireWritableLocation(const std::string& path)
{
    if (::access(path.c_str(), W_OK) != 0) {
        const int error = errno;
        throw CaseError(CaseErrorKind::ReadOnly,
                        "The case file '" + path + "' cannot be written (" + std::strerror(error) +
                            "). Open it read-only to review it.");
    }
    const fs::path folder = fs::absolute(path).parent_path();
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        const int error = errno;
        throw CaseError(CaseErrorKind::ReadOnly,
                        "The folder '" + folder.string() + "' of the case cannot be written (" +
                            std::strerror(error) +
                            "); SQLite keeps the case's journal there. Open the case read-only, or copy "
                            "it to a writable folder.");
    }
}

std::unique_ptr<SQLite::Database> connectCase(const std::string& path, OpenMode mode,
                                              const OpenOptions& options)
{
    try {
        if (mode == OpenMode::ReadWrite) {
            auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE, options.busyTimeoutMs);
            // SQLite quietly falls back to read-only for a write-protected file.
            if (sqlite3_db_readonly(db->getHandle(), "main") == 1)
                throw CaseError(CaseErrorKind::ReadOnly,
                                "The case file '" + path + "' cannot be written. Open it read-only to review it.");
            db->exec("PRAGMA foreign_keys = ON");
            // Evidence: a committed audit row must survive a power cut, so pay
            // for an fsync per transaction (batches keep that cheap).
            db->exec("PRAGMA synchronous = FULL");
            return db;
        }
        try {
            auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY, options.busyTimeoutMs);
            // Touch the file now so a WAL that cannot be opened fails here, not later.
            db->execAndGet("SELECT count(*) FROM sqlite_schema");
            db->exec("PRAGMA foreign_keys = ON");
            return db;
        } catch (const SQLite::Exception&) {
            // A WAL case on a read-only medium: SQLite cannot create -shm. With no
            // -wal nobody can be writing, so reading the file as immutable is exact.
            const fs::path folder = fs::absolute(path).parent_path();
            if (hasSideJournal(path) || ::access(folder.c_str(), W_OK) == 0)
                throw;
            auto db = std::make_unique<SQLite::Database>(readOnlyUri(path, true),
                                                         SQLite::OPEN_READONLY | SQLite::OPEN_URI,
                                                         options.busyTimeoutMs);
            db->execAndGet("SELECT count(*) FROM sqlite_schema");
            return db;
        }
    } catch (...) {
        rethrowAsCaseError(path, "opening");
    }
}

} // namespace anomalens::store
