// Runs anomalens-cli as a subprocess on footage the test generates and checks
// what a user would see: exit status, JSON, written files, error messages.
#include "testsupport.h"

#include "evidence/sha256.h"
#include "media/videosource.h"
#include "store/casedatabase.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

using anomalens::test::TempDir;
namespace fs = std::filesystem;

struct CliResult {
    int exitCode = -1;
    std::string out;  // stdout and stderr together
};

CliResult runCli(const std::string& args)
{
    CliResult result;
    const std::string command = std::string("'") + ANOMALENS_CLI + "' " + args + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string quoted(const fs::path& path)
{
    return "'" + path.string() + "'";
}

// The sample written by the e2e_write_sample fixture (tests/e2e/CMakeLists.txt).
class CliEndToEnd : public ::testing::Test {
protected:
    static fs::path sample() { return ANOMALENS_E2E_SAMPLE_DIR; }
    static fs::path testClip() { return sample() / "videos" / "testing" / "01.mp4"; }
};

TEST_F(CliEndToEnd, SampleWritesThePed2Layout)
{
    EXPECT_TRUE(fs::is_regular_file(sample() / "testing" / "labels.csv"));
    EXPECT_TRUE(fs::is_regular_file(sample() / "training" / "frames" / "02" / "059.jpg"));
    EXPECT_FALSE(fs::exists(sample() / "training" / "frames" / "03"));
    EXPECT_TRUE(fs::is_regular_file(testClip()));
}

TEST_F(CliEndToEnd, InfoPrintsMetadataAndTheFileHash)
{
    const CliResult r = runCli("info " + quoted(testClip()));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const auto json = nlohmann::json::parse(r.out.substr(r.out.find('{')));
    EXPECT_EQ(json.at("frame_count").get<int64_t>(), 60);
    EXPECT_EQ(json.at("codec").get<std::string>(), "h264");
    EXPECT_NEAR(json.at("fps").get<double>(), 10.0, 1e-6);
    EXPECT_EQ(json.at("sha256").get<std::string>(), anomalens::evidence::sha256File(testClip().string()));
    // Independent check of the hash with the coreutils tool when available.
    if (anomalens::test::runCommand("command -v sha256sum >/dev/null") == 0) {
        TempDir tmp;
        anomalens::test::runCommand("sha256sum " + quoted(testClip()) + " > " + quoted(tmp / "sum"));
        std::ifstream in(tmp / "sum");
        std::string expected;
        in >> expected;
        EXPECT_EQ(json.at("sha256").get<std::string>(), expected);
    }
}

TEST_F(CliEndToEnd, FrameSavesExactlyTheRequestedFrame)
{
    TempDir tmp;
    const fs::path png = tmp / "f.png";
    const CliResult r = runCli("frame " + quoted(testClip()) + " --index 37 --out " + quoted(png));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    anomalens::media::VideoSource video(testClip().string());
    anomalens::media::VideoSource still(png.string());
    const auto expected = video.frame(37);
    const auto saved = still.frame(0);
    ASSERT_EQ(saved.width, expected.width);
    ASSERT_EQ(saved.height, expected.height);
    EXPECT_EQ(saved.data, expected.data);  // PNG is lossless
}

TEST_F(CliEndToEnd, CaseCreateImportVerifyAndDetectAChangedFile)
{
    TempDir tmp;
    const fs::path caseFile = tmp / "case.alcase";
    const fs::path evidence = tmp / "evidence.mp4";
    fs::copy_file(testClip(), evidence);

    CliResult r = runCli("case create " + quoted(caseFile) + " --name 'E2E case'");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    r = runCli("case import " + quoted(caseFile) + " " + quoted(evidence));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find(anomalens::evidence::sha256File(evidence.string())), std::string::npos) << r.out;
    r = runCli("case verify " + quoted(caseFile));
    ASSERT_EQ(r.exitCode, 0) << r.out;

    // Change one byte of the evidence: verify must fail and say which file.
    {
        std::fstream f(evidence, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(1000);
        f.put('\x5a');
    }
    r = runCli("case verify " + quoted(caseFile));
    EXPECT_NE(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("evidence.mp4"), std::string::npos) << r.out;

    // A second create on the same path must refuse and leave the case alone.
    r = runCli("case create " + quoted(caseFile) + " --name other");
    EXPECT_NE(r.exitCode, 0) << r.out;
}

TEST_F(CliEndToEnd, BadInputGivesAClearErrorAndNonZeroExit)
{
    TempDir tmp;
    CliResult r = runCli("info " + quoted(tmp / "missing.mp4"));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("missing.mp4"), std::string::npos) << r.out;

    std::ofstream(tmp / "notes.mp4") << "this is not a video\n";
    r = runCli("info " + quoted(tmp / "notes.mp4"));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("error"), std::string::npos) << r.out;

    r = runCli("frame " + quoted(testClip()) + " --index 100000 --out " + quoted(tmp / "x.png"));
    EXPECT_NE(r.exitCode, 0) << r.out;
    EXPECT_FALSE(fs::exists(tmp / "x.png"));

    // A folder holding someone's files is never overwritten by `sample`.
    fs::create_directory(tmp / "evidence");
    std::ofstream(tmp / "evidence" / "keep.txt") << "important\n";
    r = runCli("sample --out " + quoted(tmp / "evidence") + " --train-clips 1 --test-clips 1 --frames 8");
    EXPECT_NE(r.exitCode, 0) << r.out;
    EXPECT_TRUE(fs::is_regular_file(tmp / "evidence" / "keep.txt"));
    EXPECT_FALSE(fs::exists(tmp / "evidence" / "training"));

    r = runCli("no-such-command");
    EXPECT_NE(r.exitCode, 0) << r.out;
}

TEST_F(CliEndToEnd, BenchDecodePrintsFramesPerSecond)
{
    const CliResult r = runCli("bench decode " + quoted(testClip()));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("60 frames"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("256x256"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("frames/s"), std::string::npos) << r.out;
}

TEST_F(CliEndToEnd, DemoAnalysesTheSampleWithTheBuiltInModel)
{
    TempDir dir;
    const CliResult r = runCli("demo --sample " + quoted(sample()) + " --case " + quoted(dir / "demo.alcase"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("sample-mnad-pred-small.alm"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("01.mp4"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("02.mp4"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("abnormal (ground truth)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("labelled anomalies flagged"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("frame-level AUC"), std::string::npos) << r.out;
    // Both clips were analysed into the case, completely.
    const CliResult info = runCli("case info " + quoted(dir / "demo.alcase"));
    ASSERT_EQ(info.exitCode, 0) << info.out;
    const CliResult verify = runCli("case verify " + quoted(dir / "demo.alcase"));
    EXPECT_EQ(verify.exitCode, 0) << verify.out;
}

TEST_F(CliEndToEnd, AnalyzeStoresScoresAndWritesCsvAndJson)
{
    TempDir dir;
    const CliResult r = runCli("analyze --model " + quoted(ANOMALENS_SAMPLE_MODEL) + " --case " +
                               quoted(dir / "c.alcase") + " --csv " + quoted(dir / "s.csv") + " --json " +
                               quoted(dir / "s.json") + " " + quoted(testClip()));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("60 frames, 56 scored"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("results stored in case"), std::string::npos) << r.out;

    nlohmann::json json;
    std::ifstream(dir / "s.json") >> json;
    ASSERT_EQ(json["videos"].size(), 1u);
    const nlohmann::json& video = json["videos"][0];
    EXPECT_EQ(video["status"], "completed");
    EXPECT_EQ(video["frame_count"], 60);
    EXPECT_EQ(video["sha256"], anomalens::evidence::sha256File(testClip().string()));
    ASSERT_EQ(video["frames"].size(), 56u);
    EXPECT_EQ(video["frames"][0]["frame"], 4);
    EXPECT_TRUE(video["frames"][0]["score"].is_number());
    EXPECT_TRUE(video["frames"][0]["psnr_db"].is_number());
    EXPECT_TRUE(video["frames"][0]["per_video_score"].is_number());
    for (const nlohmann::json& event : video["events"])
        EXPECT_GE(event["peak_score"].get<double>(), video["threshold"].get<double>());

    std::ifstream csv(dir / "s.csv");
    std::string line;
    std::getline(csv, line);
    EXPECT_EQ(line, "video,frame,time_s,score,per_video_score,psnr_db,feature_distance,memory_updated,in_event");
    int rows = 0;
    while (std::getline(csv, line))
        ++rows;
    EXPECT_EQ(rows, 56);

    // The same footage and model again: a second run in the same case.
    const CliResult again = runCli("analyze -m " + quoted(ANOMALENS_SAMPLE_MODEL) + " --case " +
                                   quoted(dir / "c.alcase") + " " + quoted(testClip()));
    ASSERT_EQ(again.exitCode, 0) << again.out;
    EXPECT_NE(again.out.find("run 2"), std::string::npos) << again.out;
    EXPECT_EQ(runCli("case verify " + quoted(dir / "c.alcase")).exitCode, 0);
}

TEST_F(CliEndToEnd, AnalyzeRefusesBadInputWithAMessage)
{
    TempDir dir;
    std::ofstream(dir / "notes.txt") << "not a video, not a model";
    CliResult r = runCli("analyze -m " + quoted(ANOMALENS_SAMPLE_MODEL) + " " + quoted(dir / "notes.txt"));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("error"), std::string::npos) << r.out;
    r = runCli("analyze -m " + quoted(dir / "notes.txt") + " " + quoted(testClip()));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("not an Anomalens model"), std::string::npos) << r.out;
    r = runCli("analyze -m " + quoted(ANOMALENS_SAMPLE_MODEL) + " --resume " + quoted(testClip()));
    EXPECT_NE(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("--case"), std::string::npos) << r.out;
}

TEST_F(CliEndToEnd, EvalPrintsAucForBothNormalisations)
{
    TempDir dir;
    const CliResult r = runCli("eval -m " + quoted(ANOMALENS_SAMPLE_MODEL) + " --dataset " + quoted(sample()) +
                               " --json " + quoted(dir / "e.json"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("calibrated  per-video"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("EER"), std::string::npos) << r.out;
    nlohmann::json json;
    std::ifstream(dir / "e.json") >> json;
    EXPECT_EQ(json["calibrated"]["videos"].size(), 2u);
    EXPECT_EQ(json["calibrated"]["frames"], 2 * 56);
    const double auc = json["per_video"]["auc"].get<double>();
    EXPECT_GE(auc, 0.0);
    EXPECT_LE(auc, 1.0);
}

TEST_F(CliEndToEnd, BenchInferPrintsEveryStage)
{
    const CliResult r =
        runCli("bench infer -m " + quoted(ANOMALENS_SAMPLE_MODEL) + " --video " + quoted(testClip()) +
               " --precision fp32 --frames 16");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    for (const char* stage : {"decode", "preprocess", "model", "scoring", "end to end"})
        EXPECT_NE(r.out.find(stage), std::string::npos) << stage << "\n" << r.out;
    EXPECT_NE(r.out.find("frames/s"), std::string::npos) << r.out;
}

TEST_F(CliEndToEnd, BenchPeakPrintsPositiveThroughputForBothPrecisions)
{
    const CliResult r = runCli("bench peak --seconds 0.1");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("avx512_bf16"), std::string::npos) << r.out;
    // One figure per line: "  OPERATION   123.4 GFLOP/s  (5.67 ms per call)".
    const std::regex figure(R"(([0-9.]+) GFLOP/s  \(([0-9.]+) ms per call\))");
    int figures = 0;
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), figure); it != std::sregex_iterator(); ++it) {
        ++figures;
        EXPECT_GT(std::stod((*it)[1]), 0.0) << it->str();
        EXPECT_GT(std::stod((*it)[2]), 0.0) << it->str();
    }
    EXPECT_EQ(figures, 4) << r.out; // matmul and convolution, fp32 and bf16
}

TEST_F(CliEndToEnd, BenchCuesPrintsAFigurePerProviderAndSize)
{
    const CliResult r = runCli("bench cues --video " + quoted(testClip()) + " --size 64 --size 96 --frames 8");
    if (r.out.find("no OpenCV") != std::string::npos)
        GTEST_SKIP() << "this build has no OpenCV (dis, farneback)";
    ASSERT_EQ(r.exitCode, 0) << r.out;
    // "  64 px  dis        + bgsub     0.52 ms/frame  (1923 frames/s over 8 frames)"
    const std::regex figure(R"((\d+) px  (\w+) +\+ bgsub +([0-9.]+) ms/frame  \(\d+ frames/s over 8 frames\))");
    std::vector<std::string> seen;
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), figure); it != std::sregex_iterator(); ++it) {
        seen.push_back((*it)[1].str() + " " + (*it)[2].str());
        EXPECT_GT(std::stod((*it)[3]), 0.0) << it->str();
    }
    EXPECT_EQ(seen, (std::vector<std::string>{"64 dis", "64 farneback", "96 dis", "96 farneback"})) << r.out;

    const CliResult bad = runCli("bench cues --video " + quoted(testClip()) + " --motion dis --motion flownet");
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_NE(bad.out.find("unknown motion provider 'flownet'"), std::string::npos) << bad.out;
    EXPECT_EQ(bad.out.find("ms/frame"), std::string::npos) << "nothing is timed before the providers are checked";
}

// A case holding a copy of the sample clip, one completed run with scores
// and three events (two confirmed), written through the core API so the
// export tests do not depend on a model; closed before the CLI opens it.
struct ExportCase {
    fs::path caseFile;
    fs::path footage;
    std::int64_t mediaId = 0;
    std::int64_t runId = 0;
    std::vector<std::int64_t> eventIds;
};

ExportCase makeExportCase(const TempDir& dir, const fs::path& clip)
{
    using namespace anomalens::store;
    ExportCase c;
    c.caseFile = dir / "export case.alcase";
    c.footage = dir / "cam é 1.mp4";
    fs::copy_file(clip, c.footage);
    CaseDatabase db = CaseDatabase::create(c.caseFile.string(), CaseMetadata{"E2E export"});
    c.mediaId = db.importMedia(c.footage.string()).id;
    ModelRecord model;
    model.name = "sample";
    model.method = "mnad";
    model.sha256 = std::string(64, 'b');
    model.path = "/models/sample.alm";
    RunRecord run;
    run.mediaId = c.mediaId;
    run.modelId = db.addModel(model);
    run.threshold = 1.5;
    c.runId = db.createRun(run);
    std::vector<FrameScore> scores;
    for (std::int64_t frame = 4; frame < 60; ++frame)
        scores.push_back({frame, 0.05 * double(frame), {{"psnr_db", 30.0 - 0.01 * double(frame)}}});
    db.appendFrameScores(c.runId, scores);
    db.finishRun(c.runId, RunStatus::Completed);
    c.eventIds = db.addEvents(c.runId, {{0, c.runId, 12, 20, 15, 1.0, EventStatus::Confirmed},
                                        {0, c.runId, 30, 33, 31, 1.7, EventStatus::Dismissed},
                                        {0, c.runId, 40, 50, 45, 2.5, EventStatus::Confirmed}});
    return c;
}

std::string firstLine(const fs::path& path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

TEST_F(CliEndToEnd, ExportClipReportsTheTrueRangeAndWritesAVerifiableSidecar)
{
    TempDir dir;
    const ExportCase c = makeExportCase(dir, testClip());
    const fs::path clip = dir / "event clip é.mp4";
    CliResult r = runCli("export clip --case " + quoted(c.caseFile) + " --event " + std::to_string(c.eventIds[0]) +
                         " --pad-before 0.5 --pad-after 0.3 -o " + quoted(clip));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    // 12-20 padded by 5 and 3 frames at 10 fps; the copy starts at a keyframe.
    EXPECT_NE(r.out.find("requested 7-23"), std::string::npos) << r.out;
    const std::string sha = anomalens::evidence::sha256File(clip.string());
    EXPECT_NE(r.out.find("sha256 " + sha), std::string::npos) << r.out;
    EXPECT_EQ(anomalens::test::runCommand("cd " + quoted(dir.path()) + " && sha256sum --status -c " +
                                          quoted(fs::path(clip.filename().string() + ".sha256"))),
              0);
    anomalens::media::VideoSource copy(clip.string());
    anomalens::media::VideoSource source(c.footage.string());
    const auto framesAt = r.out.find("  frames ");
    ASSERT_NE(framesAt, std::string::npos) << r.out;
    long long first = -1, last = -1;
    ASSERT_EQ(std::sscanf(r.out.c_str() + framesAt, "  frames %lld-%lld", &first, &last), 2) << r.out;
    EXPECT_LE(first, 7);
    EXPECT_GE(last, 23);
    ASSERT_EQ(copy.info().frameCount, last - first + 1);
    EXPECT_EQ(copy.frame(0).data, source.frame(first).data);

    // Frame-exact re-encode by path, then refusals.
    r = runCli("export clip --case " + quoted(c.caseFile) + " --file " + quoted(c.footage) +
               " --from 10 --to 20 --reencode -o " + quoted(dir / "range.mkv"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_EQ(anomalens::media::VideoSource((dir / "range.mkv").string()).info().frameCount, 11);
    r = runCli("export clip --case " + quoted(c.caseFile) + " --media 1 --from 10 --to 20 -o " +
               quoted(dir / "range.mkv"));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("already exists"), std::string::npos) << r.out;
    r = runCli("export clip --case " + quoted(c.caseFile) + " --media 1 --from 10 -o " + quoted(dir / "x.mp4"));
    EXPECT_NE(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("--to"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(dir / "x.mp4"));

    // All confirmed events, predictable names.
    r = runCli("export clip --case " + quoted(c.caseFile) + " --all-confirmed --out-dir " + quoted(dir / "clips"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("2 clips of confirmed events"), std::string::npos) << r.out;
    EXPECT_TRUE(fs::is_regular_file(dir / "clips" /
                                    ("cam é 1 event " + std::to_string(c.eventIds[2]) + " 40-50.mp4")));
    EXPECT_TRUE(fs::is_regular_file(dir / "clips" /
                                    ("cam é 1 event " + std::to_string(c.eventIds[0]) + " 12-20.mp4.sha256")));

    // Changed footage: refused, then allowed and flagged.
    std::ofstream(c.footage, std::ios::app) << "tampered";
    r = runCli("export clip --case " + quoted(c.caseFile) + " --media 1 --from 0 --to 5 -o " + quoted(dir / "t.mp4"));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("has changed since it was imported"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(dir / "t.mp4"));
    r = runCli("export clip --case " + quoted(c.caseFile) + " --media 1 --from 0 --to 5 --allow-changed-source -o " +
               quoted(dir / "t.mp4"));
    EXPECT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("UNVERIFIED"), std::string::npos) << r.out;
    for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
        EXPECT_NE(entry.path().extension(), ".partial") << entry.path();
}

TEST_F(CliEndToEnd, ExportScoresWritesCsvJsonAndEvents)
{
    TempDir dir;
    const ExportCase c = makeExportCase(dir, testClip());
    CliResult r = runCli("export scores --case " + quoted(c.caseFile) + " --file " + quoted(c.footage) +
                         " --format csv -o " + quoted(dir / "scores.csv"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("56 frames"), std::string::npos) << r.out;
    EXPECT_EQ(firstLine(dir / "scores.csv"), "frame,time_s,score,psnr_db,event_id\r");
    r = runCli("export scores --case " + quoted(c.caseFile) + " --media 1 --format json -o " +
               quoted(dir / "scores.json"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    nlohmann::json json;
    std::ifstream(dir / "scores.json") >> json;
    EXPECT_EQ(json["media"]["sha256"], anomalens::evidence::sha256File(c.footage.string()));
    EXPECT_EQ(json["frames"].size(), 56u);
    EXPECT_EQ(json["frames"][10]["event_id"], c.eventIds[0]);  // frame 14
    r = runCli("export scores --case " + quoted(c.caseFile) + " --run " + std::to_string(c.runId) +
               " --format events -o " + quoted(dir / "events.csv"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_EQ(firstLine(dir / "events.csv"),
              "id,start_frame,end_frame,start_time_s,end_time_s,duration_s,peak_frame,peak_score,state\r");
    r = runCli("export scores --case " + quoted(c.caseFile) + " --media 7 -o " + quoted(dir / "none.csv"));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_FALSE(fs::exists(dir / "none.csv"));
    r = runCli("case verify " + quoted(c.caseFile));
    EXPECT_EQ(r.exitCode, 0) << r.out;
    r = runCli("case info --audit " + quoted(c.caseFile));
    EXPECT_NE(r.out.find("export.scores"), std::string::npos) << r.out;
}

} // namespace
