// Runs anomalens-cli as a subprocess on footage the test generates and checks
// what a user would see: exit status, JSON, written files, error messages.
#include "testsupport.h"

#include "evidence/sha256.h"
#include "media/videosource.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <fstream>

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

TEST_F(CliEndToEnd, DemoSummarisesTheSampleWithItsLabelledAnomalies)
{
    const CliResult r = runCli("demo --sample " + quoted(sample()));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("01.mp4"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("02.mp4"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("abnormal"), std::string::npos) << r.out;
}

} // namespace
