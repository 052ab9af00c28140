// AuditLog: chain construction, transaction behaviour, and tampering as an
// attacker with the sqlite3 C API would do it (dropping the protection
// triggers first).
#include "evidence/auditlog.h"
#include "evidence/timestamp.h"

#include "testsupport.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <regex>

namespace anomalens::evidence {
namespace {

using nlohmann::json;
using test::TempDir;

constexpr const char* kDropTriggers =
    "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
    "DROP TRIGGER audit_log_insert_extends_head; DROP TRIGGER audit_head_follows_log; "
    "DROP TRIGGER audit_head_no_delete;";

// Runs SQL on the file through the raw C API, as a tamperer would.
// Returns SQLite's error message, or "" on success.
std::string rawExec(const std::filesystem::path& file, const std::string& sql)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(file.c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(handle);
        return "cannot open";
    }
    char* error = nullptr;
    const int rc = sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, &error);
    std::string message = rc == SQLITE_OK ? "" : (error ? error : "error");
    sqlite3_free(error);
    sqlite3_close(handle);
    return message;
}

class AuditLogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir / "audit.db";
        db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Transaction txn(*db);
        AuditLog::createSchema(*db);
        txn.commit();
        log = std::make_unique<AuditLog>(*db);
        log->setActor("tester");
    }

    void appendRows(int count)
    {
        for (int i = 1; i <= count; ++i)
            log->append("test.step", {{"index", i}, {"name", "row " + std::to_string(i)}});
    }

    // Closes our connection so the tamperer's edits are not hidden by caches.
    void reopen()
    {
        log.reset();
        db.reset();
        db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE);
        log = std::make_unique<AuditLog>(*db);
    }

    void tamper(const std::string& sql)
    {
        log.reset();
        db.reset();
        ASSERT_EQ(rawExec(path, sql), "");
        reopen();
    }

    TempDir dir;
    std::filesystem::path path;
    std::unique_ptr<SQLite::Database> db;
    std::unique_ptr<AuditLog> log;
};

TEST_F(AuditLogTest, EmptyLogVerifiesWithGenesisHead)
{
    const AuditVerifyResult result = log->verify();
    EXPECT_TRUE(result.ok) << result.message;
    EXPECT_EQ(result.rowsChecked, 0);
    EXPECT_EQ(result.head.rowCount, 0);
    EXPECT_EQ(result.head.headHash, std::string(64, '0'));
}

TEST_F(AuditLogTest, RowsAreChainedAndHashedOverTheirCanonicalForm)
{
    const AuditEntry first = log->append("case.create", {{"name", "Case A"}, {"b", 2}, {"a", 1}});
    const AuditEntry second = log->append("media.import", {{"path", "/x/cam1.mp4"}});

    EXPECT_EQ(first.id, 1);
    EXPECT_EQ(second.id, 2);
    EXPECT_EQ(first.prevHash, kAuditGenesisHash);
    EXPECT_EQ(second.prevHash, first.rowHash);
    EXPECT_EQ(first.actor, "tester");
    // Keys sorted, compact: the canonical dump.
    EXPECT_EQ(first.parameters, R"({"a":1,"b":2,"name":"Case A"})");
    EXPECT_TRUE(std::regex_match(first.timeUtc,
                                 std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")))
        << first.timeUtc;
    EXPECT_EQ(first.rowHash,
              sha256Hex(R"(["anomalens.audit.v1",1,")" + first.timeUtc +
                        R"(","tester","case.create","{\"a\":1,\"b\":2,\"name\":\"Case A\"}",")" +
                        kAuditGenesisHash + R"("])"));

    const std::vector<AuditEntry> rows = log->entries();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].rowHash, second.rowHash);
    EXPECT_EQ(rows[1].parametersJson()["path"], "/x/cam1.mp4");
    EXPECT_EQ(log->entries(1).size(), 1u);
    EXPECT_EQ(log->entries(0, 1).size(), 1u);

    const AuditHead head = log->head();
    EXPECT_EQ(head.rowCount, 2);
    EXPECT_EQ(head.lastId, 2);
    EXPECT_EQ(head.headHash, second.rowHash);
}

TEST_F(AuditLogTest, HundredAppendsVerifyAfterReopen)
{
    appendRows(100);
    reopen();
    const AuditVerifyResult result = log->verify();
    EXPECT_TRUE(result.ok) << result.message;
    EXPECT_TRUE(result.protectionIntact);
    EXPECT_EQ(result.rowsChecked, 100);
    EXPECT_EQ(result.firstBadId, 0);
    EXPECT_EQ(result.head.rowCount, 100);
}

TEST_F(AuditLogTest, AppendJoinsTheCallersTransaction)
{
    appendRows(2);
    {
        SQLite::Transaction txn(*db);
        log->append("doomed", {});
        EXPECT_EQ(log->head().rowCount, 3);   // visible inside the transaction
    }   // rolled back: the append goes with it
    EXPECT_EQ(log->head().rowCount, 2);
    EXPECT_EQ(log->entries().size(), 2u);

    {
        SQLite::Transaction txn(*db);
        log->append("kept", {});
        txn.commit();
    }
    EXPECT_EQ(log->head().rowCount, 3);
    EXPECT_TRUE(log->verify().ok);
}

TEST_F(AuditLogTest, TimestampsAreUtcWithMilliseconds)
{
    using namespace std::chrono;
    EXPECT_EQ(formatUtcIso8601(system_clock::time_point(milliseconds(0))), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(formatUtcIso8601(system_clock::time_point(milliseconds(1714566896789))),
              "2024-05-01T12:34:56.789Z");
    EXPECT_EQ(formatUtcIso8601(system_clock::time_point(milliseconds(-1))), "1969-12-31T23:59:59.999Z");
    EXPECT_FALSE(osUserName().empty());
}

TEST_F(AuditLogTest, InvalidUtf8ParametersAreRejectedBeforeWriting)
{
    EXPECT_THROW(log->append("bad", {{"path", std::string("\xff\xfe")}}), EvidenceError);
    EXPECT_THROW(log->append("", {}), EvidenceError);
    EXPECT_EQ(log->head().rowCount, 0);
}

TEST_F(AuditLogTest, TriggersForbidUpdateDeleteAndOffChainInserts)
{
    appendRows(3);
    EXPECT_THROW(db->exec("UPDATE audit_log SET parameters = '{}' WHERE id = 2"), SQLite::Exception);
    EXPECT_THROW(db->exec("DELETE FROM audit_log WHERE id = 3"), SQLite::Exception);
    EXPECT_THROW(db->exec("INSERT INTO audit_log VALUES (9, 't', 'a', 'x', '{}', 'p', 'h')"),
                 SQLite::Exception);
    EXPECT_THROW(db->exec("UPDATE audit_head SET row_count = 2"), SQLite::Exception);
    EXPECT_THROW(db->exec("DELETE FROM audit_head"), SQLite::Exception);
    EXPECT_TRUE(log->verify().ok);
}

TEST_F(AuditLogTest, EditedParametersAreDetectedAtThatRow)
{
    appendRows(10);
    tamper(std::string(kDropTriggers) +
           "UPDATE audit_log SET parameters = '{\"index\":5,\"name\":\"forged\"}' WHERE id = 5;");
    const AuditVerifyResult result = log->verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.firstBadId, 5);
    EXPECT_EQ(result.rowsChecked, 5);
    EXPECT_NE(result.message.find("row 5"), std::string::npos) << result.message;
    EXPECT_FALSE(result.protectionIntact);
}

TEST_F(AuditLogTest, EveryEditedColumnIsDetected)
{
    appendRows(4);
    const std::vector<std::string> assignments = {
        "time = '2000-01-01T00:00:00.000Z'", "actor = 'mallory'", "action = 'case.delete'",
        "parameters = parameters || ' '", "prev_hash = '" + std::string(64, '1') + "'",
        "row_hash = upper(row_hash)"};
    for (const std::string& assignment : assignments) {
        const auto copy = dir / "copy.db";
        std::filesystem::copy_file(path, copy, std::filesystem::copy_options::overwrite_existing);
        ASSERT_EQ(rawExec(copy, std::string(kDropTriggers) + "UPDATE audit_log SET " + assignment +
                                    " WHERE id = 3;"),
                  "");
        SQLite::Database tampered(copy.string(), SQLite::OPEN_READONLY);
        const AuditVerifyResult result = AuditLog(tampered).verify();
        EXPECT_FALSE(result.ok) << assignment;
        EXPECT_EQ(result.firstBadId, 3) << assignment << ": " << result.message;
    }
}

TEST_F(AuditLogTest, DeletedMiddleRowIsDetected)
{
    appendRows(10);
    tamper(std::string(kDropTriggers) + "DELETE FROM audit_log WHERE id = 4;");
    const AuditVerifyResult result = log->verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.firstBadId, 4);
    EXPECT_NE(result.message.find("missing"), std::string::npos) << result.message;
}

TEST_F(AuditLogTest, DeletedLastRowIsDetectedThroughTheHead)
{
    appendRows(10);
    tamper(std::string(kDropTriggers) + "DELETE FROM audit_log WHERE id = 10;");
    const AuditVerifyResult result = log->verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.firstBadId, 10);
    EXPECT_EQ(result.rowsChecked, 9);
    EXPECT_NE(result.message.find("deleted"), std::string::npos) << result.message;
}

TEST_F(AuditLogTest, InsertedRowIsDetected)
{
    appendRows(5);
    // Renumber rows 3..5 to make room, then insert a forged row 3.
    tamper(std::string(kDropTriggers) +
           "UPDATE audit_log SET id = id + 100 WHERE id >= 3;"
           "UPDATE audit_log SET id = id - 99 WHERE id >= 100;"
           "INSERT INTO audit_log SELECT 3, time, actor, 'forged', parameters, row_hash, row_hash "
           "FROM audit_log WHERE id = 2;");
    const AuditVerifyResult result = log->verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.firstBadId, 3);
}

TEST_F(AuditLogTest, RowAppendedBehindTheLogsBackIsDetected)
{
    appendRows(5);
    // A row that chains correctly (hash recomputed) but skipped audit_head.
    const AuditEntry last = log->entries().back();
    AuditEntry forged;
    forged.id = 6;
    forged.timeUtc = last.timeUtc;
    forged.actor = "mallory";
    forged.action = "media.import";
    forged.parameters = "{}";
    forged.prevHash = last.rowHash;
    forged.rowHash = AuditLog::computeRowHash(forged);
    tamper(std::string(kDropTriggers) + "INSERT INTO audit_log VALUES (6, '" + forged.timeUtc +
           "', 'mallory', 'media.import', '{}', '" + forged.prevHash + "', '" + forged.rowHash + "');");
    const AuditVerifyResult result = log->verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.firstBadId, 6);
}

TEST_F(AuditLogTest, ReorderedIdsAreDetected)
{
    appendRows(8);
    tamper(std::string(kDropTriggers) +
           "UPDATE audit_log SET id = 100 WHERE id = 3;"
           "UPDATE audit_log SET id = 3 WHERE id = 6;"
           "UPDATE audit_log SET id = 6 WHERE id = 100;");
    const AuditVerifyResult result = log->verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.firstBadId, 3);
}

TEST_F(AuditLogTest, RemovedTriggersAloneAreReported)
{
    appendRows(3);
    tamper("DROP TRIGGER audit_log_no_update;");
    const AuditVerifyResult result = log->verify();
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.protectionIntact);
    EXPECT_EQ(result.firstBadId, 0);
    EXPECT_EQ(result.rowsChecked, 3);
    EXPECT_NE(result.message.find("protection"), std::string::npos) << result.message;
}

TEST_F(AuditLogTest, FullRewriteWithHeadIsNotDetectable)
{
    // Documents the limit: an attacker who re-hashes the tail and moves the head
    // along is indistinguishable from a genuine history without an outside anchor.
    appendRows(3);
    const AuditHead genuineHead = log->head();
    const AuditEntry second = log->entries(1, 1).front();
    std::string recreateTriggers;
    {
        SQLite::Statement triggers(*db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger'");
        while (triggers.executeStep())
            recreateTriggers += triggers.getColumn(0).getString() + ";";
    }
    tamper(std::string(kDropTriggers) + "DELETE FROM audit_log WHERE id = 3;"
           "UPDATE audit_head SET row_count = 2, last_id = 2, head_hash = '" + second.rowHash + "';" +
           recreateTriggers);
    const AuditVerifyResult result = log->verify();
    EXPECT_TRUE(result.ok) << result.message;
    EXPECT_TRUE(result.protectionIntact);
    EXPECT_NE(log->head().headHash, genuineHead.headHash);   // but the anchored head differs
}

} // namespace
} // namespace anomalens::evidence
