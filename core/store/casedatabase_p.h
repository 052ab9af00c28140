#pragma once
// Internal to core/store: the state behind CaseDatabase, the transaction and
// error-translation helpers its casedatabase_*.cpp files share, and the
// pre-open checks of a case file. Nothing outside core/store includes this.
#include "store/casedatabase.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

namespace anomalens::store {

struct CaseDatabase::Impl {
    Impl(std::string casePath, OpenMode openMode, std::unique_ptr<SQLite::Database> database)
        : path(std::move(casePath))
        , mode(openMode)
        , db(std::move(database))
        , audit(*db)
    {
    }

    std::string path;
    OpenMode mode;
    std::unique_ptr<SQLite::Database> db;   // heap-held so `audit`'s reference survives moves
    evidence::AuditLog audit;

    void requireWritable(const std::string& operation) const;

    // Runs `body` in one IMMEDIATE transaction (body appends its audit row
    // itself) and translates every failure into CaseError.
    template <typename Body>
    auto write(const std::string& operation, Body&& body) -> decltype(body());

    // Runs a read and translates failures into CaseError.
    template <typename Body>
    auto read(const std::string& operation, Body&& body) const -> decltype(body());
};

// Must be called from inside a catch block: rethrows the exception in flight
// as a CaseError whose message names the case and the operation.
[[noreturn]] void rethrowAsCaseError(const std::string& casePath, const std::string& operation);

// Canonical JSON text for a JSON column; invalid UTF-8 -> CaseError(InvalidArgument).
std::string toJsonText(const nlohmann::json& value);
// A JSON-object argument: null (what `{}` brace-initialises to) becomes an
// empty object; anything but an object -> CaseError(InvalidArgument).
nlohmann::json objectOrEmpty(const nlohmann::json& value, const char* what);
// Parses a stored JSON column; damaged text -> CaseError(Corrupt).
nlohmann::json parseJsonColumn(const std::string& text, const char* column);

std::string noSuchRecord(const char* what, std::int64_t id);

// Absolute and lexically normal (symlinks are kept: the path the user chose).
std::string absolutePath(const std::string& path);

template <typename Body>
auto CaseDatabase::Impl::write(const std::string& operation, Body&& body) -> decltype(body())
{
    requireWritable(operation);
    try {
        SQLite::Transaction transaction(*db, SQLite::TransactionBehavior::IMMEDIATE);
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            transaction.commit();
        } else {
            auto result = body();
            transaction.commit();
            return result;
        }
    } catch (...) {
        rethrowAsCaseError(path, operation);
    }
}

template <typename Body>
auto CaseDatabase::Impl::read(const std::string& operation, Body&& body) const -> decltype(body())
{
    try {
        return body();
    } catch (...) {
        rethrowAsCaseError(path, operation);
    }
}

// --- footage (casedatabase_media.cpp) -------------------------------------

// SHA-256 of a video file, or of a folder of images (evidence::sha256Directory).
std::string hashFootage(const std::string& path, const evidence::HashProgress& progress);
// Bytes of a video file, or of the files a folder's hash covers. Throws
// evidence::EvidenceError if they cannot be listed.
std::uint64_t footageBytes(const std::string& path);

// --- opening (casefile.cpp) ----------------------------------------------

// What the pre-open checks learned about a file that passed them.
struct CaseFileFacts {
    bool empty = false;         // 0 bytes: a "version 0" case awaiting its schema
    int schemaVersion = 0;
};

// Checks, without writing anything or leaving side files when nobody has the
// case open: existence, SQLite header sanity (magic, page size, truncation),
// application id, schema version, and optionally PRAGMA quick_check. Throws
// CaseError (NotFound, NotACase, Corrupt, NewerSchema, Locked, Io).
CaseFileFacts inspectCaseFile(const std::string& path, const OpenOptions& options);

// The final connection. ReadOnly falls back to an immutable open when the
// folder cannot hold the -wal/-shm files and no other program has the case open.
std::unique_ptr<SQLite::Database> connectCase(const std::string& path, OpenMode mode,
                                              const OpenOptions& options);

// ReadOnly error if the file or its folder cannot be written (checked with
// access(2), which also sees immutable files and read-only mounts for root).
void requireWritableLocation(const std::string& path);

} // namespace anomalens::store
