// Evidence clips from a case: true range reported and audited, sidecars,
// source verification, refusals, and nothing left behind on failure or cancel.
#include "export/clipexport.h"

#include "exportcase.h"
#include "media/videosource.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <sys/resource.h>

namespace anomalens::exporting {
namespace {

namespace fs = std::filesystem;
using test::ExportCase;

class ClipExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        c = test::makeExportCase(dir.path());
        if (!c.db)
            GTEST_SKIP() << "the ffmpeg command-line tool is needed to make the footage";
        out = dir.path() / fs::u8path("export été");
        fs::create_directory(out);
    }

    nlohmann::json lastAudit(const std::string& action) const
    {
        const auto entries = c.db->audit().entries();
        for (auto it = entries.rbegin(); it != entries.rend(); ++it)
            if (it->action == action)
                return it->parametersJson();
        return nullptr;
    }

    std::vector<fs::path> filesIn(const fs::path& folder) const
    {
        std::vector<fs::path> names;
        for (const auto& entry : fs::directory_iterator(folder))
            names.push_back(entry.path().filename());
        std::sort(names.begin(), names.end());
        return names;
    }

    test::TempDir dir;
    ExportCase c;
    fs::path out;
};

TEST_F(ClipExportTest, OriginalClipOfAnEventWithPaddingReportsAndAuditsTheTrueRange)
{
    ClipExportRequest request;
    request.eventId = c.confirmedEvent;      // frames 20-30
    request.padding.beforeSeconds = 0.2;     // 5 frames at 25 fps
    request.padding.afterFrames = 3;
    request.destination = out / fs::u8path("клип event 1.mp4");
    double lastFraction = -1.0;
    const ClipExportResult result = exportClip(*c.db, request, [&](double fraction, const std::string&) {
        EXPECT_GE(fraction, lastFraction);
        lastFraction = fraction;
        return true;
    });
    EXPECT_DOUBLE_EQ(lastFraction, 1.0);
    EXPECT_EQ(result.requestedFirstFrame, 15);
    EXPECT_EQ(result.requestedLastFrame, 33);
    EXPECT_EQ(result.range.firstFrame, 12);  // the keyframe before 15
    EXPECT_GE(result.range.lastFrame, 33);
    EXPECT_EQ(result.range.firstTimeUs, 480000);
    EXPECT_TRUE(result.sourceVerified);
    EXPECT_FALSE(result.notes.empty());       // says the range was widened
    EXPECT_EQ(result.mediaId, c.media.id);
    EXPECT_TRUE(sidecarMatches(result.file.path));
    EXPECT_EQ(filesIn(out), (std::vector<fs::path>{fs::u8path("клип event 1.mp4"),
                                                   fs::u8path("клип event 1.mp4.sha256")}));

    // Bit-exact pictures: the packets were copied.
    media::VideoSource clip(result.file.path.u8string());
    media::VideoSource source(c.footage.u8string());
    ASSERT_EQ(clip.info().frameCount, result.range.frameCount());
    for (std::int64_t i = 0; i < clip.info().frameCount; ++i)
        EXPECT_EQ(clip.frame(i).data, source.frame(result.range.firstFrame + i).data) << i;

    const nlohmann::json audit = lastAudit("export.clip");
    ASSERT_TRUE(audit.is_object());
    const nlohmann::json& parameters = audit["parameters"];
    EXPECT_EQ(parameters["mode"], "original");
    EXPECT_EQ(parameters["event_id"], c.confirmedEvent);
    EXPECT_EQ(parameters["requested"]["first_frame"], 15);
    EXPECT_EQ(parameters["requested"]["last_frame"], 33);
    EXPECT_EQ(parameters["exported"]["first_frame"], result.range.firstFrame);
    EXPECT_EQ(parameters["exported"]["last_frame"], result.range.lastFrame);
    EXPECT_DOUBLE_EQ(parameters["exported"]["first_time_s"].get<double>(), 0.48);
    EXPECT_DOUBLE_EQ(parameters["padding"]["before_s"].get<double>(), 0.2);
    EXPECT_EQ(parameters["source_verified"], true);
    EXPECT_EQ(audit["inputs"][0]["sha256"], c.media.sha256);
    EXPECT_EQ(audit["inputs"][0]["verified"], true);
    EXPECT_EQ(audit["outputs"][0]["sha256"], result.file.sha256);
    EXPECT_EQ(audit["outputs"][0]["path"], result.file.path.u8string());
    EXPECT_TRUE(c.db->audit().verify().ok);
}

TEST_F(ClipExportTest, ReencodedRangeIsFrameExactAndClamped)
{
    ClipExportRequest request;
    request.mediaId = c.media.id;
    request.firstFrame = 50;
    request.lastFrame = 500;  // past the end: clamped to frame 59
    request.mode = ClipMode::Reencode;
    request.destination = out / "tail.mkv";
    const ClipExportResult result = exportClip(*c.db, request);
    EXPECT_EQ(result.requestedLastFrame, 59);
    EXPECT_EQ(result.range.firstFrame, 50);
    EXPECT_EQ(result.range.lastFrame, 59);
    media::VideoSource clip(result.file.path.u8string());
    EXPECT_EQ(clip.info().frameCount, 10);
    EXPECT_EQ(clip.info().width, 160);
    EXPECT_NEAR(clip.info().fps, 25.0, 1e-6);
    EXPECT_EQ(lastAudit("export.clip")["parameters"]["mode"], "reencode");

    request.firstFrame = 60;  // entirely outside
    request.destination = out / "none.mp4";
    EXPECT_THROW(exportClip(*c.db, request), ExportError);
    request.eventId = 999;
    EXPECT_THROW(exportClip(*c.db, request), ExportError);
}

TEST_F(ClipExportTest, ChangedSourceIsRefusedUnlessAllowedThenMarkedUnverified)
{
    std::ofstream(c.footage, std::ios::app | std::ios::binary) << "appended later";
    ClipExportRequest request;
    request.mediaId = c.media.id;
    request.firstFrame = 0;
    request.lastFrame = 10;
    request.destination = out / "clip.mp4";
    try {
        exportClip(*c.db, request);
        FAIL() << "a changed source must be refused";
    } catch (const ExportError& e) {
        EXPECT_NE(std::string(e.what()).find("has changed since it was imported"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(fs::is_empty(out));

    request.allowChangedSource = true;
    const ClipExportResult result = exportClip(*c.db, request);
    EXPECT_FALSE(result.sourceVerified);
    EXPECT_FALSE(result.sourceMessage.empty());
    const nlohmann::json audit = lastAudit("export.clip");
    EXPECT_EQ(audit["parameters"]["source_verified"], false);
    EXPECT_EQ(audit["inputs"][0]["verified"], false);
    EXPECT_NE(audit["inputs"][0]["sha256_now"], c.media.sha256);
}

TEST_F(ClipExportTest, AnExistingDestinationIsRefusedAndKept)
{
    const fs::path dest = out / "clip.mp4";
    std::ofstream(dest) << "earlier export";
    ClipExportRequest request;
    request.mediaId = c.media.id;
    request.lastFrame = 5;
    request.destination = dest;
    EXPECT_THROW(exportClip(*c.db, request), ExportError);
    std::ifstream in(dest);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "earlier export");

    request.existing = ExistingFile::Overwrite;
    EXPECT_TRUE(sidecarMatches(exportClip(*c.db, request).file.path));
}

TEST_F(ClipExportTest, AFullDiskOrACancelLeavesNothing)
{
    ClipExportRequest request;
    request.mediaId = c.media.id;
    request.lastFrame = 59;
    request.mode = ClipMode::Reencode;
    request.destination = out / "full.mp4";

    // The limit makes writes past 8 KiB fail (EFBIG), like a disk filling up.
    rlimit before{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = 8 * 1024;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    int failed = 0;
    for (ClipMode mode : {ClipMode::Reencode, ClipMode::Original}) {
        request.mode = mode;
        try {
            exportClip(*c.db, request);
        } catch (const ExportError& e) {
            ++failed;
            EXPECT_NE(std::string(e.what()).find("full.mp4"), std::string::npos) << e.what();
        }
    }
    ::setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, previousHandler);
    EXPECT_EQ(failed, 2);
    EXPECT_TRUE(fs::is_empty(out)) << "no partial file, no sidecar, no destination";

    for (ClipMode mode : {ClipMode::Reencode, ClipMode::Original}) {
        request.mode = mode;
        EXPECT_THROW(exportClip(*c.db, request, [](double fraction, const std::string&) { return fraction < 0.7; }),
                     ExportCancelled);
    }
    EXPECT_TRUE(fs::is_empty(out));
    EXPECT_TRUE(lastAudit("export.clip").is_null()) << "failed exports are not audited as done";
}

TEST_F(ClipExportTest, BatchExportsConfirmedEventsWithPredictableNames)
{
    BatchClipRequest request;
    request.folder = out / "batch";
    request.padding.beforeFrames = 2;
    const BatchClipResult result = exportConfirmedEvents(*c.db, request);
    ASSERT_EQ(result.clips.size(), 2u);
    EXPECT_FALSE(result.cancelled);
    const std::string first = "cam 1 event " + std::to_string(c.confirmedEvent) + " 20-30.mp4";
    const std::string second = "cam 1 event " + std::to_string(c.secondConfirmedEvent) + " 50-55.mp4";
    EXPECT_EQ(filesIn(request.folder),
              (std::vector<fs::path>{first, first + ".sha256", second, second + ".sha256"}));
    EXPECT_EQ(result.clips[0].requestedFirstFrame, 18);
    EXPECT_TRUE(sidecarMatches(result.clips[1].file.path));

    // Again into the same folder: refused before anything is written.
    EXPECT_THROW(exportConfirmedEvents(*c.db, request), ExportError);

    // Cancel during the second clip: the first stays complete, nothing partial.
    request.folder = out / "cancelled";
    request.mode = ClipMode::Reencode;
    const BatchClipResult cancelled = exportConfirmedEvents(
        *c.db, request, [](double, const std::string& stage) { return stage.rfind("Clip 2", 0) != 0; });
    EXPECT_TRUE(cancelled.cancelled);
    ASSERT_EQ(cancelled.clips.size(), 1u);
    EXPECT_EQ(filesIn(request.folder), (std::vector<fs::path>{first, first + ".sha256"}));
    EXPECT_TRUE(sidecarMatches(request.folder / first));
}

} // namespace
} // namespace anomalens::exporting
