#include "evidence/auditlog.h"

#include "evidence/timestamp.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <array>
#include <utility>

namespace anomalens::evidence {
namespace {

using nlohmann::json;

// Versioned prefix of the hashed serialisation, so a future format can never
// produce the same bytes as this one.
constexpr const char* kRowFormatTag = "anomalens.audit.v1";

constexpr std::array<const char*, 5> kProtectionTriggers = {
    "audit_log_no_update", "audit_log_no_delete", "audit_log_insert_extends_head",
    "audit_head_follows_log", "audit_head_no_delete"};

const char* const kSchemaSql = R"SQL(
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    time       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    parameters TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    row_hash   TEXT NOT NULL
);
CREATE TABLE audit_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    row_count  INTEGER NOT NULL,
    last_id    INTEGER NOT NULL,
    head_hash  TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_insert_extends_head BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT (SELECT last_id + 1 FROM audit_head WHERE id = 1)
  OR NEW.prev_hash IS NOT (SELECT head_hash FROM audit_head WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'audit_log rows must extend the chain head'); END;
CREATE TRIGGER audit_head_follows_log BEFORE UPDATE ON audit_head
WHEN NEW.id IS NOT 1
  OR NEW.last_id IS NOT OLD.last_id + 1
  OR NEW.row_count IS NOT OLD.row_count + 1
  OR NEW.head_hash IS NOT (SELECT row_hash FROM audit_log WHERE id = NEW.last_id)
BEGIN SELECT RAISE(ABORT, 'audit_head only advances together with audit_log'); END;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN SELECT RAISE(ABORT, 'audit_head cannot be deleted'); END;
)SQL";

std::string dumpStrict(const json& value)
{
    try {
        return value.dump(-1, ' ', false, json::error_handler_t::strict);
    } catch (const json::exception& e) {
        throw EvidenceError(std::string("Audit record contains invalid text: ") + e.what());
    }
}

// Joins the caller's transaction (as a savepoint) or opens an IMMEDIATE one:
// IMMEDIATE takes the write lock up front, so two connections appending at the
// same time queue on the busy timeout instead of failing on lock upgrade.
class AppendScope {
public:
    explicit AppendScope(SQLite::Database& db)
        : m_db(db)
        , m_ownTransaction(sqlite3_get_autocommit(db.getHandle()) != 0)
    {
        m_db.exec(m_ownTransaction ? "BEGIN IMMEDIATE" : "SAVEPOINT audit_append");
    }
    ~AppendScope()
    {
        if (m_done)
            return;
        try {
            if (m_ownTransaction)
                m_db.exec("ROLLBACK");
            else
                m_db.exec("ROLLBACK TO audit_append; RELEASE audit_append");
        } catch (...) {
            // Destructors must not throw; SQLite rolls back on close anyway.
        }
    }
    AppendScope(const AppendScope&) = delete;
    AppendScope& operator=(const AppendScope&) = delete;

    void commit()
    {
        m_db.exec(m_ownTransaction ? "COMMIT" : "RELEASE audit_append");
        m_done = true;
    }

private:
    SQLite::Database& m_db;
    bool m_ownTransaction;
    bool m_done = false;
};

AuditHead readHead(const SQLite::Database& db)
{
    SQLite::Statement query(db, "SELECT row_count, last_id, head_hash FROM audit_head WHERE id = 1");
    if (!query.executeStep())
        throw EvidenceError("The audit log's head record is missing; the case is damaged");
    AuditHead head;
    head.rowCount = query.getColumn(0).getInt64();
    head.lastId = query.getColumn(1).getInt64();
    head.headHash = query.getColumn(2).getString();
    return head;
}

AuditEntry readEntry(SQLite::Statement& query)
{
    AuditEntry entry;
    entry.id = query.getColumn(0).getInt64();
    entry.timeUtc = query.getColumn(1).getString();
    entry.actor = query.getColumn(2).getString();
    entry.action = query.getColumn(3).getString();
    entry.parameters = query.getColumn(4).getString();
    entry.prevHash = query.getColumn(5).getString();
    entry.rowHash = query.getColumn(6).getString();
    return entry;
}

constexpr const char* kSelectEntries =
    "SELECT id, time, actor, action, parameters, prev_hash, row_hash FROM audit_log ";

// Records the first problem only: later rows of a broken chain prove nothing.
void fail(AuditVerifyResult& result, std::int64_t badId, const std::string& message)
{
    if (!result.ok)
        return;
    result.ok = false;
    result.firstBadId = badId;
    result.message = message;
}

} // namespace

AuditLog::AuditLog(SQLite::Database& db)
    : m_db(db)
    , m_actor(osUserName())
{
}

void AuditLog::createSchema(SQLite::Database& db)
{
    db.exec(kSchemaSql);
    SQLite::Statement insert(db, "INSERT INTO audit_head (id, row_count, last_id, head_hash) "
                                 "VALUES (1, 0, 0, ?)");
    insert.bind(1, kAuditGenesisHash);
    insert.exec();
}

std::string AuditLog::canonicalParameters(const json& parameters)
{
    // nlohmann::json keeps object keys in a std::map, so dump() is already sorted.
    return dumpStrict(parameters);
}

std::string AuditLog::canonicalRow(std::int64_t id, const std::string& timeUtc,
                                   const std::string& actor, const std::string& action,
                                   const std::string& parameters, const std::string& prevHash)
{
    // A JSON array gives every field an unambiguous boundary (no "a|b" vs "a|"+"b").
    // The parameters are hashed as the stored text, so even a whitespace edit shows.
    return dumpStrict(json::array({kRowFormatTag, id, timeUtc, actor, action, parameters, prevHash}));
}

std::string AuditLog::computeRowHash(const AuditEntry& entry)
{
    return sha256Hex(canonicalRow(entry.id, entry.timeUtc, entry.actor, entry.action,
                                  entry.parameters, entry.prevHash));
}

void AuditLog::setActor(std::string actor)
{
    if (actor.empty())
        throw EvidenceError("The audit actor cannot be empty");
    m_actor = std::move(actor);
}

AuditEntry AuditLog::append(const std::string& action, const json& parameters)
{
    if (action.empty())
        throw EvidenceError("An audit record needs an action name");

    AuditEntry entry;
    entry.actor = m_actor;
    entry.action = action;
    entry.parameters = canonicalParameters(parameters);
    entry.timeUtc = utcNowIso8601();

    AppendScope scope(m_db);
    const AuditHead head = readHead(m_db);
    entry.id = head.lastId + 1;
    entry.prevHash = head.headHash;
    entry.rowHash = computeRowHash(entry);

    SQLite::Statement insert(m_db, "INSERT INTO audit_log "
                                   "(id, time, actor, action, parameters, prev_hash, row_hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.id);
    insert.bind(2, entry.timeUtc);
    insert.bind(3, entry.actor);
    insert.bind(4, entry.action);
    insert.bind(5, entry.parameters);
    insert.bind(6, entry.prevHash);
    insert.bind(7, entry.rowHash);
    insert.exec();

    SQLite::Statement advance(m_db, "UPDATE audit_head SET row_count = row_count + 1, "
                                    "last_id = ?, head_hash = ? WHERE id = 1");
    advance.bind(1, entry.id);
    advance.bind(2, entry.rowHash);
    advance.exec();

    scope.commit();
    return entry;
}

AuditHead AuditLog::head() const
{
    return readHead(m_db);
}

std::vector<AuditEntry> AuditLog::entries(std::int64_t afterId, std::int64_t maxCount) const
{
    SQLite::Statement query(m_db, std::string(kSelectEntries) + "WHERE id > ? ORDER BY id LIMIT ?");
    query.bind(1, afterId);
    query.bind(2, maxCount);   // SQLite: LIMIT -1 = no limit
    std::vector<AuditEntry> rows;
    while (query.executeStep())
        rows.push_back(readEntry(query));
    return rows;
}

AuditVerifyResult AuditLog::verify() const
{
    AuditVerifyResult result;
    try {
        result.head = readHead(m_db);
    } catch (const std::exception& e) {
        fail(result, 0, std::string("The audit log's head cannot be read: ") + e.what());
        return result;
    }

    try {
        SQLite::Statement query(m_db, std::string(kSelectEntries) + "ORDER BY id");
        std::int64_t expectedId = 1;
        std::string expectedPrev = kAuditGenesisHash;
        while (result.ok && query.executeStep()) {
            const AuditEntry entry = readEntry(query);
            ++result.rowsChecked;
            const std::string id = std::to_string(entry.id);
            if (entry.id != expectedId) {
                fail(result, expectedId,
                     "Audit row " + std::to_string(expectedId) + " is missing (the log jumps from row " +
                         std::to_string(expectedId - 1) + " to row " + id + "): rows were deleted");
                break;
            }
            std::string recomputed;
            try {
                recomputed = computeRowHash(entry);
            } catch (const EvidenceError&) {
                // Invalid UTF-8 cannot come from append(), so the row was edited.
            }
            if (recomputed != entry.rowHash) {
                fail(result, entry.id,
                     "Audit row " + id + " was altered: its content does not match its hash");
            } else if (entry.prevHash != expectedPrev) {
                fail(result, entry.id,
                     "Audit row " + id + " does not chain to row " + std::to_string(entry.id - 1) +
                         ": a row was replaced, inserted or re-hashed");
            }
            expectedPrev = entry.rowHash;
            ++expectedId;
        }
        const std::int64_t rowCount = expectedId - 1;
        if (result.ok) {
            const AuditHead& head = result.head;
            if (rowCount < head.rowCount || rowCount < head.lastId) {
                fail(result, rowCount + 1,
                     "The audit log ends at row " + std::to_string(rowCount) + " but its head records " +
                         std::to_string(head.rowCount) + " rows: the last rows were deleted");
            } else if (rowCount > head.rowCount || rowCount > head.lastId) {
                fail(result, head.lastId + 1,
                     "Audit rows after row " + std::to_string(head.lastId) +
                         " were added without going through the log");
            } else if (expectedPrev != head.headHash) {
                fail(result, rowCount,
                     "The last audit row does not match the recorded head hash: it was replaced");
            }
        }
    } catch (const std::exception& e) {
        fail(result, 0, std::string("The audit log cannot be read: ") + e.what());
    }

    try {
        SQLite::Statement trigger(m_db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?");
        for (const char* name : kProtectionTriggers) {
            trigger.bind(1, name);
            trigger.executeStep();
            if (trigger.getColumn(0).getInt() == 0)
                result.protectionIntact = false;
            trigger.reset();
        }
    } catch (const std::exception&) {
        result.protectionIntact = false;
    }
    if (!result.protectionIntact) {
        const std::string note = "The audit log's append-only protection (triggers) was removed";
        if (result.ok) {
            result.ok = false;
            result.message = note;
        } else {
            result.message += ". " + note;
        }
    }
    if (result.ok)
        result.message = "Audit log intact: " + std::to_string(result.rowsChecked) + " rows verified";
    return result;
}

} // namespace anomalens::evidence
