// importMedia with the real prober (VideoSource) on generated clips and, when
// present, the Ped2 footage: the stored facts are the decoder's, the hash is
// the file's, and the footage is not modified.
#include "storetestutil.h"

namespace anomalens::store {
namespace {

using namespace testing;
using test::TempDir;

TEST(CaseImportTest, GeneratedClipIsProbedAndHashed)
{
    TempDir dir;
    const fs::path clip = dir / "clip.mp4";
    if (!test::makeClip(clip, 30, 160, 120, 15, "-c:v libx264 -g 10 -bf 2"))
        GTEST_SKIP() << "ffmpeg CLI with libx264 not available";
    const std::string sha = fileSha(clip);
    const auto modified = fs::last_write_time(clip);

    CaseDatabase db = CaseDatabase::create((dir / "case.alcase").string(), {"Import", {}});
    const MediaRecord media = db.importMedia(clip.string());
    EXPECT_EQ(media.sha256, sha);
    EXPECT_EQ(media.codec, "h264");
    EXPECT_EQ(media.width, 160);
    EXPECT_EQ(media.height, 120);
    EXPECT_EQ(media.frameCount, 30);
    EXPECT_NEAR(media.fps, 15.0, 0.01);
    EXPECT_NEAR(static_cast<double>(media.durationUs), 2'000'000.0, 100'000.0);
    EXPECT_EQ(media.metadata["is_image_sequence"], false);
    EXPECT_EQ(fileSha(clip), sha);
    EXPECT_EQ(fs::last_write_time(clip), modified);

    writeBytes(dir / "notes.mp4", "this is not a video");
    const std::string message =
        expectCaseError(CaseErrorKind::InvalidArgument, [&] { db.importMedia((dir / "notes.mp4").string()); });
    EXPECT_TRUE(contains(message, "notes.mp4")) << message;
    EXPECT_EQ(db.listMedia().size(), 1u);
}

TEST(CaseImportTest, Ped2VideoAndFrameFolder)
{
    const fs::path ped2 = test::ped2Dir();
    if (ped2.empty() || !fs::exists(ped2 / "videos" / "testing" / "01.mp4"))
        GTEST_SKIP() << "Ped2 not available";
    TempDir dir;
    CaseDatabase db = CaseDatabase::create((dir / "case.alcase").string(), {"Ped2", {}});

    const MediaRecord video = db.importMedia((ped2 / "videos" / "testing" / "01.mp4").string());
    EXPECT_EQ(video.width, 360);
    EXPECT_EQ(video.height, 240);
    EXPECT_EQ(video.frameCount, 180);

    const fs::path frames = ped2 / "testing" / "frames" / "01";
    const MediaRecord folder = db.importMedia(frames.string());
    EXPECT_EQ(folder.frameCount, 180);
    EXPECT_EQ(folder.metadata["file_count"], 180);
    EXPECT_EQ(folder.metadata["is_image_sequence"], true);
    EXPECT_EQ(folder.sha256, evidence::sha256Directory(frames.string()));
    EXPECT_NE(folder.id, video.id);
    EXPECT_TRUE(db.verify().ok());
}

} // namespace
} // namespace anomalens::store
