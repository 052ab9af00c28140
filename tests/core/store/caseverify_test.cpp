// Media import (hash + probe + row + audit, duplicates, cancellation) and
// CaseDatabase::verify(): audit tampering done with the sqlite3 C API on the
// closed case file, and media files that went missing or changed.
#include "storetestutil.h"

#include "store/schema.h"

namespace anomalens::store {
namespace {

using namespace testing;
using nlohmann::json;
using test::TempDir;

class CaseVerifyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        casePath = dir / "case.alcase";
        videoPath = dir / "cam1.mp4";
        // Not a real video: the fake prober describes it. Three chunks and a bit.
        std::string bytes(3 * evidence::kHashChunkBytes + 777, '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 31) ^ (i >> 9));
        writeBytes(videoPath, bytes);
        db = std::make_unique<CaseDatabase>(CaseDatabase::create(casePath.string(), {"Case", {}}));
    }

    void appendActions(int count)
    {
        for (int i = 1; i <= count; ++i)
            db->logAction("test.action", {{"i", i}});
    }

    // Closes the case, tampers with the file as another program would, reopens.
    void tamper(const std::string& sql)
    {
        db.reset();
        ASSERT_EQ(rawExec(casePath, sql), "");
        db = std::make_unique<CaseDatabase>(CaseDatabase::open(casePath.string()));
    }

    TempDir dir;
    fs::path casePath;
    fs::path videoPath;
    std::unique_ptr<CaseDatabase> db;
};

TEST_F(CaseVerifyTest, ImportStoresHashProbeAndAuditRow)
{
    const std::string expectedSha = fileSha(videoPath);
    std::uint64_t lastDone = 0;
    std::uint64_t total = 0;
    const MediaRecord media = db->importMedia(videoPath.string(), [&](std::uint64_t done, std::uint64_t all) {
        lastDone = done;
        total = all;
        return true;
    }, kFakeProber);

    EXPECT_GT(media.id, 0);
    EXPECT_EQ(media.sha256, expectedSha);
    EXPECT_EQ(media.path, videoPath.string());
    EXPECT_EQ(media.sizeBytes, static_cast<std::int64_t>(fs::file_size(videoPath)));
    EXPECT_EQ(media.codec, "h264");
    EXPECT_EQ(media.frameCount, 50);
    EXPECT_EQ(media.metadata["pixel_format"], "yuv420p");
    EXPECT_EQ(lastDone, total);
    EXPECT_EQ(total, fs::file_size(videoPath));

    const evidence::AuditEntry entry = db->audit().entries().back();
    EXPECT_EQ(entry.action, "media.import");
    EXPECT_EQ(entry.parametersJson()["path"], videoPath.string());
    EXPECT_EQ(entry.parametersJson()["sha256"], expectedSha);
    EXPECT_EQ(entry.parametersJson()["media_id"], media.id);
    EXPECT_EQ(db->media(media.id).sha256, expectedSha);
    EXPECT_EQ(fileSha(videoPath), expectedSha);
}

TEST_F(CaseVerifyTest, ImportingTheSameContentAgainReturnsTheFirstRow)
{
    const MediaRecord first = db->importMedia(videoPath.string(), {}, kFakeProber);
    const MediaRecord again = db->importMedia(videoPath.string(), {}, kFakeProber);
    fs::copy_file(videoPath, dir / "copy.mp4");
    const MediaRecord copy = db->importMedia((dir / "copy.mp4").string(), {}, kFakeProber);

    EXPECT_EQ(again.id, first.id);
    EXPECT_EQ(copy.id, first.id);
    EXPECT_EQ(copy.path, videoPath.string());   // the row keeps the first path
    EXPECT_EQ(db->listMedia().size(), 1u);
    const std::vector<evidence::AuditEntry> entries = db->audit().entries();
    ASSERT_GE(entries.size(), 3u);
    EXPECT_EQ(entries[entries.size() - 2].action, "media.import.duplicate");
    EXPECT_EQ(entries.back().action, "media.import.duplicate");
    EXPECT_EQ(entries.back().parametersJson()["path"], (dir / "copy.mp4").string());
    EXPECT_EQ(entries.back().parametersJson()["existing_media_id"], first.id);
}

TEST_F(CaseVerifyTest, ImportNeverWritesTheMediaFile)
{
    // Immutable (root) / 0444 (user): any open for writing would fail.
    Unwritable guard(videoPath);
    if (!guard.ok())
        GTEST_SKIP() << "cannot make a file unwritable here";
    const MediaRecord media = db->importMedia(videoPath.string(), {}, kFakeProber);
    EXPECT_EQ(media.sha256, fileSha(videoPath));
    EXPECT_TRUE(db->verify().ok());
}

TEST_F(CaseVerifyTest, ImageFolderIsHashedAsItsSha256sumManifest)
{
    const fs::path frames = dir / "frames";
    fs::create_directory(frames);
    for (int i = 0; i < 12; ++i)
        writeBytes(frames / ((i < 10 ? "00" : "0") + std::to_string(i) + ".jpg"), "frame " + std::to_string(i));
    const MediaRecord media = db->importMedia(frames.string(), {}, kFakeProber);
    EXPECT_EQ(media.sha256, evidence::sha256Directory(frames.string()));
    EXPECT_EQ(media.metadata["file_count"], 12);
    EXPECT_EQ(media.sizeBytes, static_cast<std::int64_t>(evidence::listHashedFiles(frames.string()).totalBytes));
    ASSERT_TRUE(db->verify().ok());

    writeBytes(frames / "005.jpg", "frame X");   // same size, other content
    const CaseVerifyReport report = db->verify();
    ASSERT_EQ(report.media.size(), 1u);
    EXPECT_EQ(report.media[0].status, MediaCheckStatus::Changed);
}

TEST_F(CaseVerifyTest, FailedOrCancelledImportStoresNothing)
{
    const auto rows = db->audit().head().rowCount;
    const std::string cancelled = expectCaseError(CaseErrorKind::Cancelled, [&] {
        db->importMedia(videoPath.string(), [](std::uint64_t, std::uint64_t) { return false; }, kFakeProber);
    });
    EXPECT_TRUE(contains(cancelled, "cancelled")) << cancelled;

    const std::string unreadable = expectCaseError(CaseErrorKind::InvalidArgument, [&] {
        db->importMedia(videoPath.string(), {}, [](const std::string&) -> media::MediaInfo {
            throw media::MediaError("no video stream");
        });
    });
    EXPECT_TRUE(contains(unreadable, "no video stream")) << unreadable;
    expectCaseError(CaseErrorKind::NotFound,
                    [&] { db->importMedia((dir / "missing.mp4").string(), {}, kFakeProber); });
    fs::create_directory(dir / "empty");
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->importMedia((dir / "empty").string(), {}, kFakeProber); });

    // A file that changes while it is hashed is rejected.
    const std::string changed = expectCaseError(CaseErrorKind::Io, [&] {
        db->importMedia(videoPath.string(), [&](std::uint64_t done, std::uint64_t) {
            if (done == evidence::kHashChunkBytes)
                patchBytes(videoPath, 0, "X");
            return true;
        }, [&](const std::string& path) {
            return fakeInfo(path);
        });
    });
    EXPECT_TRUE(contains(changed, "changed while")) << changed;

    EXPECT_TRUE(db->listMedia().empty());
    EXPECT_EQ(db->audit().head().rowCount, rows);
}

TEST_F(CaseVerifyTest, UntamperedCaseVerifiesAfterHundredAppends)
{
    db->importMedia(videoPath.string(), {}, kFakeProber);
    appendActions(100);
    db.reset();
    db = std::make_unique<CaseDatabase>(CaseDatabase::open(casePath.string(), OpenMode::ReadOnly));
    std::uint64_t lastDone = 0;
    const CaseVerifyReport report = db->verify([&](std::uint64_t done, std::uint64_t) {
        lastDone = done;
        return true;
    });
    EXPECT_TRUE(report.ok()) << report.audit.message;
    EXPECT_EQ(report.audit.rowsChecked, currentSchemaVersion() + 102);   // migrations, create, import + 100
    ASSERT_EQ(report.media.size(), 1u);
    EXPECT_EQ(report.media[0].status, MediaCheckStatus::Ok);
    EXPECT_EQ(report.media[0].actualSha256, report.media[0].expectedSha256);
    EXPECT_EQ(lastDone, fs::file_size(videoPath));
    expectCaseError(CaseErrorKind::Cancelled, [&] { db->verify([](std::uint64_t, std::uint64_t) { return false; }); });
}

TEST_F(CaseVerifyTest, EditedAuditParametersFailNamingTheRow)
{
    appendActions(10);   // rows 3..12
    tamper(std::string(kDropAuditTriggers) + "UPDATE audit_log SET parameters = '{\"i\":99}' WHERE id = 7;");
    const CaseVerifyReport report = db->verify();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.audit.firstBadId, 7);
    EXPECT_TRUE(contains(report.audit.message, "row 7")) << report.audit.message;
}

TEST_F(CaseVerifyTest, DeletedMiddleRowFails)
{
    appendActions(10);
    tamper(std::string(kDropAuditTriggers) + "DELETE FROM audit_log WHERE id = 6;");
    const CaseVerifyReport report = db->verify();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.audit.firstBadId, 6);
}

TEST_F(CaseVerifyTest, DeletedLastRowFails)
{
    appendActions(10);
    tamper(std::string(kDropAuditTriggers) + "DELETE FROM audit_log WHERE id = 12;");
    const CaseVerifyReport report = db->verify();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.audit.firstBadId, 12);
    EXPECT_TRUE(contains(report.audit.message, "deleted")) << report.audit.message;
}

TEST_F(CaseVerifyTest, ReorderedRowsFail)
{
    appendActions(10);
    tamper(std::string(kDropAuditTriggers) +
           "UPDATE audit_log SET id = -1 WHERE id = 4; UPDATE audit_log SET id = 4 WHERE id = 5; "
           "UPDATE audit_log SET id = 5 WHERE id = -1;");
    const CaseVerifyReport report = db->verify();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.audit.firstBadId, 4);
}

TEST_F(CaseVerifyTest, MissingChangedAndUnreadableMediaAreReportedPerRow)
{
    const fs::path second = dir / "cam2.mp4";
    const fs::path third = dir / "cam3.mp4";
    const fs::path fourth = dir / "cam4.mp4";
    writeBytes(second, "second camera");
    writeBytes(third, "third camera");
    writeBytes(fourth, "fourth camera");
    const std::int64_t id1 = db->importMedia(videoPath.string(), {}, kFakeProber).id;
    const std::int64_t id2 = db->importMedia(second.string(), {}, kFakeProber).id;
    const std::int64_t id3 = db->importMedia(third.string(), {}, kFakeProber).id;
    const std::int64_t id4 = db->importMedia(fourth.string(), {}, kFakeProber).id;
    ASSERT_TRUE(db->verify().ok());

    patchBytes(videoPath, 2 * evidence::kHashChunkBytes + 5, "!");   // same size, one byte differs
    fs::remove(second);
    writeBytes(third, "third camera, edited");
    fs::remove(fourth);
    fs::create_directory(fourth);   // in the way, cannot be read as a file

    const CaseVerifyReport report = db->verify();
    EXPECT_TRUE(report.audit.ok);
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.media.size(), 4u);
    EXPECT_EQ(report.media[0].mediaId, id1);
    EXPECT_EQ(report.media[0].status, MediaCheckStatus::Changed);
    EXPECT_EQ(report.media[0].actualSha256, fileSha(videoPath));
    EXPECT_EQ(report.media[1].mediaId, id2);
    EXPECT_EQ(report.media[1].status, MediaCheckStatus::Missing);
    EXPECT_TRUE(contains(report.media[1].message, "cam2.mp4")) << report.media[1].message;
    EXPECT_EQ(report.media[2].mediaId, id3);
    EXPECT_EQ(report.media[2].status, MediaCheckStatus::Changed);
    EXPECT_TRUE(contains(report.media[2].message, "size")) << report.media[2].message;
    EXPECT_EQ(report.media[3].mediaId, id4);
    EXPECT_EQ(report.media[3].status, MediaCheckStatus::Unreadable);
}

} // namespace
} // namespace anomalens::store
