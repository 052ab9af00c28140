#pragma once
// AuditLog: the hash-chained, append-only record of everything done to a case
// (tables audit_log and audit_head in the case's SQLite database).
//
// Each row holds id, UTC time, actor (OS user), action ("media.import"),
// parameters (canonical JSON text), prev_hash and row_hash, where
//   row_hash = SHA-256(canonicalRow(id, time, actor, action, parameters, prev_hash))
// and prev_hash is the previous row's row_hash (64 zeros for row 1). Ids are
// 1, 2, 3, ... without gaps. The single audit_head row (row count, last id,
// head hash) advances in the same transaction as each append, so removing rows
// from the end is detectable too. Triggers make UPDATE/DELETE on audit_log and
// out-of-chain INSERTs fail, so tampering needs deliberate schema changes.
//
// What verify() detects: an edited column in any row, a deleted row (middle or
// last), an inserted or appended row that does not extend the chain, ids
// swapped or renumbered, a head that disagrees with the rows, and removed
// protection triggers. What it cannot detect: someone with write access to the
// file who recomputes every hash after their edit and updates audit_head to
// match (the chain has no secret key). Against that, the head hash must be kept
// outside the file (it is printed in reports/exports; compare with head()).
//
// Not thread-safe; use one AuditLog per connection. append() joins the
// caller's transaction when one is open (as a savepoint, so a failed append
// leaves the caller's transaction as it was), else runs in its own
// BEGIN IMMEDIATE transaction. Database errors propagate as SQLite::Exception;
// misuse (no schema, invalid text) raises EvidenceError.
#include "evidence/sha256.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace anomalens::evidence {

// prev_hash of the first row.
inline const std::string kAuditGenesisHash(64, '0');

struct AuditEntry {
    std::int64_t id = 0;
    std::string timeUtc;      // "2024-05-01T12:34:56.789Z"
    std::string actor;
    std::string action;
    std::string parameters;   // canonical JSON text, exactly as stored and hashed
    std::string prevHash;
    std::string rowHash;

    nlohmann::json parametersJson() const { return nlohmann::json::parse(parameters); }
};

// The chain's summary, kept in audit_head.
struct AuditHead {
    std::int64_t rowCount = 0;
    std::int64_t lastId = 0;
    std::string headHash = kAuditGenesisHash;
};

struct AuditVerifyResult {
    bool ok = true;
    std::int64_t rowsChecked = 0;
    std::int64_t firstBadId = 0;     // 0 when ok or when no single row is to blame
    std::string message;             // for the user; says what is wrong and where
    bool protectionIntact = true;    // the append-only triggers are all present
    AuditHead head;                  // as recorded in audit_head
};

class AuditLog {
public:
    // Does not take ownership; `db` must outlive the AuditLog.
    explicit AuditLog(SQLite::Database& db);

    // Creates audit_log, audit_head (with the genesis head) and the protection
    // triggers. Call inside the schema migration's transaction.
    static void createSchema(SQLite::Database& db);

    // Canonical JSON text of parameters: compact, keys sorted, UTF-8 checked.
    // Throws EvidenceError on invalid UTF-8.
    static std::string canonicalParameters(const nlohmann::json& parameters);
    // The exact bytes hashed for a row.
    static std::string canonicalRow(std::int64_t id, const std::string& timeUtc,
                                     const std::string& actor, const std::string& action,
                                     const std::string& parameters, const std::string& prevHash);
    static std::string computeRowHash(const AuditEntry& entry);

    // The actor recorded by append(); defaults to osUserName().
    void setActor(std::string actor);
    const std::string& actor() const { return m_actor; }

    // Appends one row; returns it as stored.
    AuditEntry append(const std::string& action,
                      const nlohmann::json& parameters = nlohmann::json::object());

    AuditHead head() const;
    // Rows with id > afterId, in id order; at most maxCount (negative = all).
    std::vector<AuditEntry> entries(std::int64_t afterId = 0, std::int64_t maxCount = -1) const;

    // Walks the whole chain; never throws for a damaged log (it reports it).
    AuditVerifyResult verify() const;

private:
    SQLite::Database& m_db;
    std::string m_actor;
};

} // namespace anomalens::evidence
