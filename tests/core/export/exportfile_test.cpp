// ExportFile: complete files with sidecars, or nothing that looks finished.
#include "export/exportaudit.h"
#include "export/exportfile.h"

#include "evidence/sha256.h"
#include "store/casedatabase.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace anomalens::exporting {
namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path& path) { return test::readFileText(path); }

class ExportFileTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / fs::u8path("anomalens export tést " + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override
    {
        std::error_code ec;
        fs::permissions(m_dir, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(m_dir);
    }
    fs::path m_dir;
};

TEST_F(ExportFileTest, CommitWritesTheFileAndASha256SumSidecar)
{
    const fs::path dest = m_dir / fs::u8path("événement 1 scores.csv");
    const ExportedFile out = writeExportText(dest, "frame,score\n0,1.5\n");
    EXPECT_EQ(readText(dest), "frame,score\n0,1.5\n");
    EXPECT_EQ(out.sha256, evidence::sha256Hex(std::string("frame,score\n0,1.5\n")));
    EXPECT_EQ(out.sizeBytes, 18u);
    EXPECT_EQ(readText(sidecarPath(dest)), out.sha256 + "  événement 1 scores.csv\n");
    EXPECT_FALSE(fs::exists(m_dir / fs::u8path("événement 1 scores.csv.partial")));
    EXPECT_TRUE(sidecarMatches(dest));

    // The sidecar is what sha256sum -c reads (run in the file's folder).
    const std::string command = "cd '" + m_dir.string() + "' && sha256sum --status -c '" +
                                sidecarPath(dest).filename().string() + "'";
    EXPECT_EQ(test::runCommand(command), 0);
}

TEST_F(ExportFileTest, ATamperedFileNoLongerMatchesItsSidecar)
{
    const fs::path dest = m_dir / "scores.json";
    writeExportText(dest, "{}");
    std::ofstream(dest, std::ios::app) << " ";
    EXPECT_FALSE(sidecarMatches(dest));
    EXPECT_FALSE(sidecarMatches(m_dir / "missing.json"));
}

TEST_F(ExportFileTest, WithoutCommitNothingIsLeft)
{
    const fs::path dest = m_dir / "clip.mp4";
    {
        ExportFile file(dest);
        std::ofstream(file.partialPath()) << "half a clip";
        EXPECT_TRUE(fs::exists(file.partialPath()));
    }
    EXPECT_TRUE(fs::is_empty(m_dir));
}

TEST_F(ExportFileTest, AnExistingDestinationIsRefusedUnlessOverwriting)
{
    const fs::path dest = m_dir / "report.pdf";
    std::ofstream(dest) << "earlier report";
    EXPECT_THROW(ExportFile{dest}, ExportError);
    EXPECT_EQ(readText(dest), "earlier report");

    const ExportedFile out = writeExportText(dest, "new", ExistingFile::Overwrite);
    EXPECT_EQ(readText(dest), "new");
    EXPECT_TRUE(sidecarMatches(out.path));
    // A leftover sidecar alone also blocks a new export of that name.
    fs::remove(dest);
    EXPECT_THROW(ExportFile{dest}, ExportError);
}

TEST_F(ExportFileTest, BadDestinationsGiveClearErrors)
{
    try {
        ExportFile file(m_dir / "no such folder" / "clip.mp4");
        FAIL() << "expected ExportError";
    } catch (const ExportError& e) {
        EXPECT_NE(std::string(e.what()).find("does not exist"), std::string::npos) << e.what();
    }
    EXPECT_THROW(ExportFile{m_dir}, ExportError);
    EXPECT_THROW(ExportFile{fs::path()}, ExportError);
    if (::geteuid() != 0) {   // root writes anywhere
        fs::permissions(m_dir, fs::perms::owner_write, fs::perm_options::remove);
        EXPECT_THROW(ExportFile{m_dir / "x.csv"}, ExportError);
    }
}

TEST_F(ExportFileTest, CommitWithNothingWrittenFailsAndLeavesNothing)
{
    ExportFile file(m_dir / "empty.mp4");
    EXPECT_THROW(file.commit(), ExportError);
    EXPECT_TRUE(fs::is_empty(m_dir));
}

TEST_F(ExportFileTest, AFullDiskLeavesNoCompleteLookingFile)
{
    // A file-size limit makes writes fail part-way (EFBIG), as a disk that
    // fills up during the export does.
    rlimit before{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = 64 * 1024;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const fs::path dest = m_dir / "scores.csv";
    EXPECT_THROW(writeExportText(dest, std::string(1 << 20, 'x')), ExportError);
    ::setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, previousHandler);
    EXPECT_TRUE(fs::is_empty(m_dir)) << "no partial file, no sidecar, no destination";
}

TEST_F(ExportFileTest, SourceCheckAndAuditRow)
{
    const fs::path footage = m_dir / "cam 1.mp4";
    if (!test::makeClip(footage, 5, 64, 48, 10, "-c:v mpeg4"))
        GTEST_SKIP() << "the ffmpeg command-line tool is needed to make a clip";
    const std::string casePath = (m_dir / "case.alcase").string();
    auto db = store::CaseDatabase::create(casePath, store::CaseMetadata{"Case"});
    store::MediaRecord media = db.importMedia(footage.string());

    SourceCheck ok = checkSource(media);
    EXPECT_TRUE(ok.matches);
    EXPECT_EQ(ok.currentSha256, media.sha256);

    std::ofstream(footage, std::ios::app) << "edited";
    SourceCheck changed = checkSource(media);
    EXPECT_FALSE(changed.matches);
    EXPECT_NE(changed.message.find("changed since it was imported"), std::string::npos);

    fs::remove(footage);
    SourceCheck missing = checkSource(media);
    EXPECT_FALSE(missing.matches);
    EXPECT_TRUE(missing.currentSha256.empty());

    const ExportedFile out = writeExportText(m_dir / "scores.csv", "a\n");
    auditExport(db, "scores", {{"format", "csv"}}, {changed}, {media}, {out});
    const auto entries = db.audit().entries();
    ASSERT_FALSE(entries.empty());
    const auto& last = entries.back();
    EXPECT_EQ(last.action, "export.scores");
    const auto params = last.parametersJson();
    EXPECT_EQ(params["outputs"][0]["sha256"], out.sha256);
    EXPECT_EQ(params["inputs"][0]["sha256"], media.sha256);
    EXPECT_EQ(params["inputs"][0]["verified"], false);
    EXPECT_EQ(params["parameters"]["format"], "csv");
    EXPECT_NE(params["tool"].get<std::string>().find("Anomalens "), std::string::npos);
    EXPECT_TRUE(db.audit().verify().ok);
}

} // namespace
} // namespace anomalens::exporting
