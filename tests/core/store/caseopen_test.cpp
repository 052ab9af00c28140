// Opening cases that are locked, read-only, damaged, foreign or from a newer
// version: each gives a clear CaseError and leaves the file byte-identical;
// and the forward migrations (v0 -> v1, a fake v2 step).
#include "storetestutil.h"

#include "store/schema.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <random>

namespace anomalens::store {
namespace {

using namespace testing;
using test::TempDir;

class CaseOpenTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        casePath = dir / "case.alcase";
        CaseDatabase db = CaseDatabase::create(casePath.string(), {"Case", {}});
        MediaRecord media;
        media.path = "/evidence/a.mp4";
        media.sha256 = evidence::sha256Hex(std::string("a"));
        db.addMedia(media);
        ModelRecord model;
        model.name = "m";
        model.method = "mnad";
        model.sha256 = evidence::sha256Hex(std::string("m"));
        model.path = "/models/m.alm";
        RunRecord run;
        run.mediaId = 1;
        run.modelId = db.addModel(model);
        const std::int64_t runId = db.createRun(run);
        std::vector<FrameScore> scores;   // one batch spanning many pages
        for (int i = 0; i < 2000; ++i)
            scores.push_back({i, 0.001 * i, {{"recon", 0.5 * i}, {"padding", std::string(40, 'x')}}});
        db.appendFrameScores(runId, scores);
    }

    // Opens in `mode`, expects `kind`, and checks the file was not touched.
    std::string expectRefused(OpenMode mode, CaseErrorKind kind, bool expectNoSideFiles = true)
    {
        const std::string before = fileSha(casePath);
        const std::string message =
            expectCaseError(kind, [&] { CaseDatabase::open(casePath.string(), mode); });
        EXPECT_EQ(fileSha(casePath), before) << "the case file was modified";
        if (expectNoSideFiles) {
            EXPECT_FALSE(hasSideFiles(casePath)) << "opening left -wal/-shm files behind";
        }
        return message;
    }

    TempDir dir;
    fs::path casePath;
};

TEST_F(CaseOpenTest, MissingFileAndFolder)
{
    const std::string message = expectCaseError(
        CaseErrorKind::NotFound, [&] { CaseDatabase::open((dir / "nope.alcase").string()); });
    EXPECT_TRUE(contains(message, "nope.alcase")) << message;
    EXPECT_FALSE(fs::exists(dir / "nope.alcase"));
    expectCaseError(CaseErrorKind::NotACase, [&] { CaseDatabase::open(dir.path().string()); });
}

TEST_F(CaseOpenTest, GoodCaseOpensAndClosesWithoutChangingIt)
{
    const std::string before = fileSha(casePath);
    {
        CaseDatabase db = CaseDatabase::open(casePath.string(), OpenMode::ReadWrite);
        EXPECT_EQ(db.listMedia().size(), 1u);
        EXPECT_EQ(db.diagnostics()["foreign_keys"], 1);
    }
    EXPECT_EQ(fileSha(casePath), before);   // opening audits nothing and migrates nothing
    EXPECT_FALSE(hasSideFiles(casePath));
}

TEST_F(CaseOpenTest, LockedByAnotherWriterFailsAfterTheBusyTimeout)
{
    RawConnection other(casePath);
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE;"), "");   // holds the write lock
    const std::string before = fileSha(casePath);
    const auto start = std::chrono::steady_clock::now();
    const std::string message = expectCaseError(CaseErrorKind::Locked, [&] {
        CaseDatabase::open(casePath.string(), OpenMode::ReadWrite);   // default 2 s busy timeout
    });
    const double waitedS =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_TRUE(contains(message, "open in another program")) << message;
    EXPECT_GE(waitedS, 1.9);
    EXPECT_LT(waitedS, 10.0);
    EXPECT_EQ(fileSha(casePath), before);

    // WAL readers are not blocked by a writer: reviewing read-only still works.
    CaseDatabase readOnly = CaseDatabase::open(casePath.string(), OpenMode::ReadOnly);
    EXPECT_EQ(readOnly.listMedia().size(), 1u);
}

TEST_F(CaseOpenTest, ExclusivelyLockedCaseCannotEvenBeRead)
{
    RawConnection other(casePath);
    ASSERT_EQ(other.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                         "SELECT count(*) FROM media;"),
              "");
    OpenOptions quick;
    quick.busyTimeoutMs = 200;
    const std::string before = fileSha(casePath);
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        const std::string message =
            expectCaseError(CaseErrorKind::Locked, [&] { CaseDatabase::open(casePath.string(), mode, quick); });
        EXPECT_TRUE(contains(message, "open in another program")) << message;
    }
    EXPECT_EQ(fileSha(casePath), before);
}

TEST_F(CaseOpenTest, WriteLockedAfterOpenGivesLockedOnWrite)
{
    OpenOptions quick;
    quick.busyTimeoutMs = 200;
    CaseDatabase db = CaseDatabase::open(casePath.string(), OpenMode::ReadWrite, quick);
    RawConnection other(casePath);
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE;"), "");
    expectCaseError(CaseErrorKind::Locked, [&] { db.logAction("x", {}); });
    ASSERT_EQ(other.exec("COMMIT;"), "");
    db.logAction("x", {});   // works again once the other writer is done
    EXPECT_TRUE(db.audit().verify().ok);
}

TEST_F(CaseOpenTest, UnwritableFileIsRefusedForWritingButOpensReadOnly)
{
    Unwritable guard(casePath);
    if (!guard.ok())
        GTEST_SKIP() << "cannot make a file unwritable here";
    const std::string message = expectRefused(OpenMode::ReadWrite, CaseErrorKind::ReadOnly);
    EXPECT_TRUE(contains(message, "read-only")) << message;
    CaseDatabase db = CaseDatabase::open(casePath.string(), OpenMode::ReadOnly);
    EXPECT_EQ(db.listMedia().size(), 1u);
}

TEST_F(CaseOpenTest, UnwritableFolderOpensReadOnlyWithoutSideFiles)
{
    const std::string before = fileSha(casePath);
    Unwritable guard(dir.path());
    if (!guard.ok())
        GTEST_SKIP() << "cannot make a folder unwritable here";
    const std::string message = expectRefused(OpenMode::ReadWrite, CaseErrorKind::ReadOnly);
    EXPECT_TRUE(contains(message, "folder")) << message;
    {
        // SQLite cannot create -shm here; the case is read as immutable instead.
        CaseDatabase db = CaseDatabase::open(casePath.string(), OpenMode::ReadOnly);
        EXPECT_EQ(db.listMedia().size(), 1u);
        EXPECT_TRUE(db.audit().verify().ok);
    }
    EXPECT_FALSE(hasSideFiles(casePath));
    EXPECT_EQ(fileSha(casePath), before);
}

TEST_F(CaseOpenTest, NotASqliteFile)
{
    writeBytes(casePath, "This is a text file, not a case.\n" + std::string(200, '.'));
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        const std::string message = expectRefused(mode, CaseErrorKind::NotACase);
        EXPECT_TRUE(contains(message, "not an Anomalens case")) << message;
    }
    writeBytes(casePath, "tiny");
    expectRefused(OpenMode::ReadWrite, CaseErrorKind::NotACase);
}

TEST_F(CaseOpenTest, SqliteDatabaseOfAnotherProgramIsNotACase)
{
    const fs::path other = dir / "other.sqlite";
    {
        SQLite::Database foreign(other.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        foreign.exec("CREATE TABLE bookmarks (url TEXT)");
    }
    const std::string before = fileSha(other);
    const std::string message =
        expectCaseError(CaseErrorKind::NotACase, [&] { CaseDatabase::open(other.string()); });
    EXPECT_TRUE(contains(message, "not an Anomalens case")) << message;
    EXPECT_EQ(fileSha(other), before);
}

TEST_F(CaseOpenTest, RandomBytesInTheHeader)
{
    std::mt19937 rng(1234);
    std::string noise(84, '\0');
    for (char& byte : noise)
        byte = static_cast<char>(rng());
    patchBytes(casePath, 16, noise);   // keep the magic, scramble the rest of the header
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        const std::string message = expectRefused(mode, CaseErrorKind::Corrupt);
        EXPECT_TRUE(contains(message, "damaged")) << message;
    }
}

TEST_F(CaseOpenTest, TruncatedFile)
{
    const auto size = fs::file_size(casePath);
    fs::resize_file(casePath, size / 2);
    const std::string message = expectRefused(OpenMode::ReadWrite, CaseErrorKind::Corrupt);
    EXPECT_TRUE(contains(message, "truncated")) << message;
    fs::resize_file(casePath, size - 100);   // not even a whole number of pages
    expectRefused(OpenMode::ReadOnly, CaseErrorKind::Corrupt);
}

TEST_F(CaseOpenTest, DamagedPageFailsTheIntegrityCheck)
{
    const auto size = fs::file_size(casePath);
    const std::uintmax_t pageSize = 4096;
    ASSERT_GE(size / pageSize, 4u);
    std::mt19937 rng(99);
    std::string noise(pageSize, '\0');
    for (char& byte : noise)
        byte = static_cast<char>(rng());
    patchBytes(casePath, pageSize * (size / pageSize - 2), noise);   // a b-tree page near the end
    const std::string message = expectRefused(OpenMode::ReadWrite, CaseErrorKind::Corrupt);
    EXPECT_TRUE(contains(message, "integrity check")) << message;
}

TEST_F(CaseOpenTest, NewerSchemaIsRefusedAndLeftByteIdentical)
{
    ASSERT_EQ(rawExec(casePath, "PRAGMA user_version = 99;"), "");
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        const std::string message = expectRefused(mode, CaseErrorKind::NewerSchema);
        EXPECT_TRUE(contains(message, "newer version")) << message;
        EXPECT_TRUE(contains(message, "v99")) << message;
    }
}

TEST(CaseMigrationTest, EmptyFileIsMigratedToV1)
{
    TempDir dir;
    const fs::path path = dir / "empty.alcase";
    writeBytes(path, "");
    // Read-only cannot upgrade; the file stays empty.
    expectCaseError(CaseErrorKind::OlderSchema, [&] { CaseDatabase::open(path.string(), OpenMode::ReadOnly); });
    EXPECT_EQ(fs::file_size(path), 0u);

    CaseDatabase db = CaseDatabase::open(path.string(), OpenMode::ReadWrite);
    EXPECT_EQ(db.info().schemaVersion, currentSchemaVersion());
    EXPECT_EQ(db.info().name, "Untitled case");
    EXPECT_EQ(db.diagnostics()["journal_mode"], "wal");
    const std::vector<evidence::AuditEntry> entries = db.audit().entries();
    // One audited step per version: 0 -> 1, 1 -> 2, ...
    ASSERT_EQ(entries.size(), static_cast<std::size_t>(currentSchemaVersion()));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        EXPECT_EQ(entries[i].action, "case.migrate");
        EXPECT_EQ(entries[i].parametersJson()["from_version"], i);
        EXPECT_EQ(entries[i].parametersJson()["to_version"], i + 1);
    }
    EXPECT_TRUE(db.verify().ok());
}

// The built-in steps plus a made-up next version.
const int kFakeVersion = currentSchemaVersion() + 1;

std::vector<Migration> stepsWithFakeNext(bool failing)
{
    std::vector<Migration> steps = builtinMigrations();
    steps.push_back({kFakeVersion, "bookmarks", [failing](SQLite::Database& db) {
                         db.exec("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, frame INTEGER)");
                         if (failing)
                             throw std::runtime_error("step failed half-way");
                     }});
    return steps;
}

TEST(CaseMigrationTest, FakeNextStepIsAppliedInOrderAndAudited)
{
    TempDir dir;
    const fs::path path = dir / "case.alcase";
    CaseDatabase::create(path.string(), {"Case", {}});
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        migrateSchema(db, stepsWithFakeNext(false));
        EXPECT_EQ(readUserVersion(db), kFakeVersion);
        EXPECT_TRUE(db.tableExists("bookmarks"));
        const evidence::AuditLog log(db);
        const evidence::AuditEntry last = log.entries().back();
        EXPECT_EQ(last.action, "case.migrate");
        EXPECT_EQ(last.parametersJson()["from_version"], kFakeVersion - 1);
        EXPECT_EQ(last.parametersJson()["to_version"], kFakeVersion);
        EXPECT_TRUE(log.verify().ok);
        const auto rows = log.head().rowCount;
        migrateSchema(db, stepsWithFakeNext(false));   // idempotent
        EXPECT_EQ(log.head().rowCount, rows);
    }
    // This build does not know the fake version: the case is refused, untouched.
    const std::string before = fileSha(path);
    expectCaseError(CaseErrorKind::NewerSchema, [&] { CaseDatabase::open(path.string()); });
    EXPECT_EQ(fileSha(path), before);
}

TEST(CaseMigrationTest, FailingStepRollsBackCompletely)
{
    TempDir dir;
    const fs::path path = dir / "case.alcase";
    CaseDatabase::create(path.string(), {"Case", {}});
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
    const auto rows = evidence::AuditLog(db).head().rowCount;
    EXPECT_THROW(migrateSchema(db, stepsWithFakeNext(true)), std::runtime_error);
    EXPECT_EQ(readUserVersion(db), currentSchemaVersion());
    EXPECT_FALSE(db.tableExists("bookmarks"));
    EXPECT_EQ(evidence::AuditLog(db).head().rowCount, rows);

    std::vector<Migration> gap = builtinMigrations();
    gap.push_back({kFakeVersion + 1, "skips a version", [](SQLite::Database&) {}});
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { migrateSchema(db, gap); });
}

} // namespace
} // namespace anomalens::store
