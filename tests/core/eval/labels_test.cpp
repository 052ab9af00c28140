#include "eval/labels.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <fstream>
#include <numeric>

using namespace anomalens::eval;
using anomalens::test::TempDir;

namespace {

void writeText(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

int64_t count(const std::vector<uint8_t>& labels)
{
    return std::accumulate(labels.begin(), labels.end(), int64_t{0});
}

} // namespace

TEST(LabelsCsv, ParsesRowsInFileOrder)
{
    const auto ranges = parseLabelsCsv(
        "video,frames,first_anomalous_frame,last_anomalous_frame\n01,180,60,179\n02,150,0,10\n"
        "02,150,20,29\n",
        "test");
    ASSERT_EQ(ranges.size(), 3u);
    EXPECT_EQ(ranges[0], (LabelRange{"01", 180, 60, 179}));
    EXPECT_EQ(ranges[1], (LabelRange{"02", 150, 0, 10}));
    EXPECT_EQ(ranges[2], (LabelRange{"02", 150, 20, 29}));
    EXPECT_EQ(labelledVideos(ranges), (std::vector<std::string>{"01", "02"}));
}

TEST(LabelsCsv, ToleratesCrLfSpacesAndBlankLines)
{
    const auto ranges = parseLabelsCsv(
        "video, frames, first_anomalous_frame, last_anomalous_frame\r\n\r\n 03 , 20 , 1 , 2 \r\n",
        "test");
    ASSERT_EQ(ranges.size(), 1u);
    EXPECT_EQ(ranges[0], (LabelRange{"03", 20, 1, 2}));

    TempDir dir;
    writeText(dir / "labels.csv", std::string(kLabelsCsvHeader) + "\r\n05,9,3,8\r\n");
    EXPECT_EQ(readLabelsCsv(dir / "labels.csv"), (std::vector<LabelRange>{{"05", 9, 3, 8}}));
}

TEST(LabelsCsv, HeaderOnlyMeansNoAnomalies)
{
    EXPECT_TRUE(parseLabelsCsv(std::string(kLabelsCsvHeader) + "\n", "test").empty());
}

TEST(LabelsCsv, RejectsBadInputWithTheLineNumber)
{
    const std::string header = std::string(kLabelsCsvHeader) + "\n";
    auto messageOf = [](const std::string& text) {
        try {
            parseLabelsCsv(text, "labels.csv");
        } catch (const LabelsError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_NE(messageOf("").find("empty"), std::string::npos);
    EXPECT_NE(messageOf("a,b,c,d\n").find("header"), std::string::npos);
    EXPECT_NE(messageOf(header + "01,100,5\n").find("line 2"), std::string::npos);
    EXPECT_NE(messageOf(header + "01,100,x,7\n").find("not a whole number"), std::string::npos);
    EXPECT_NE(messageOf(header + "01,100,50,40\n").find("reversed"), std::string::npos);
    EXPECT_NE(messageOf(header + "01,100,50,100\n").find("not inside"), std::string::npos);
    EXPECT_NE(messageOf(header + "01,0,0,0\n").find("at least one frame"), std::string::npos);
    EXPECT_NE(messageOf(header + "01,100,1,2\n\n01,90,5,6\n").find("line 4"), std::string::npos);
    EXPECT_THROW(readLabelsCsv("/nonexistent/labels.csv"), LabelsError);
}

TEST(LabelsCsv, WriteThenReadRoundTrips)
{
    TempDir dir;
    const std::vector<LabelRange> ranges{{"01", 120, 30, 77}, {"04", 120, 0, 5}, {"04", 120, 90, 119}};
    writeLabelsCsv(dir / "labels.csv", ranges);
    std::ifstream in(dir / "labels.csv");
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header, kLabelsCsvHeader);
    EXPECT_EQ(readLabelsCsv(dir / "labels.csv"), ranges);
    EXPECT_THROW(writeLabelsCsv(dir / "bad.csv", {{"01", 10, 5, 10}}), LabelsError);
}

TEST(FrameLabels, MarksInclusiveRangesOfOneVideo)
{
    const std::vector<LabelRange> ranges{{"01", 10, 2, 4}, {"02", 8, 0, 7}, {"01", 10, 9, 9}};
    EXPECT_EQ(frameLabels(ranges, "01"), (std::vector<uint8_t>{0, 0, 1, 1, 1, 0, 0, 0, 0, 1}));
    EXPECT_EQ(count(frameLabels(ranges, "02")), 8);
    // An explicit length clips the ranges; a video without rows is all normal.
    EXPECT_EQ(frameLabels(ranges, "01", 4), (std::vector<uint8_t>{0, 0, 1, 1}));
    EXPECT_EQ(frameLabels(ranges, "03", 5), (std::vector<uint8_t>(5, 0)));
    EXPECT_THROW(frameLabels(ranges, "03"), LabelsError);
}

TEST(FrameLabels, RangesFromFrameLabelsInvertsFrameLabels)
{
    const std::vector<uint8_t> labels{1, 1, 0, 0, 1, 0, 1, 1, 1};
    const auto ranges = rangesFromFrameLabels("07", labels);
    EXPECT_EQ(ranges, (std::vector<LabelRange>{{"07", 9, 0, 1}, {"07", 9, 4, 4}, {"07", 9, 6, 8}}));
    EXPECT_EQ(frameLabels(ranges, "07"), labels);
    EXPECT_TRUE(rangesFromFrameLabels("07", std::vector<uint8_t>(5, 0)).empty());
}

TEST(LabelsCsv, ReadsPed2GroundTruth)
{
    const auto ped2 = anomalens::test::ped2Dir();
    if (ped2.empty())
        GTEST_SKIP() << "UCSD Ped2 not found next to the repository (../shared/datasets/ped2); "
                        "set ANOMALENS_PED2_DIR to test against it";
    const auto ranges = readLabelsCsv(ped2 / "testing" / "labels.csv");
    ASSERT_FALSE(ranges.empty());
    for (const LabelRange& range : ranges) {
        // Each labelled clip has a frame folder with exactly `frames` images.
        const auto folder = ped2 / "testing" / "frames" / range.video;
        ASSERT_TRUE(std::filesystem::is_directory(folder)) << folder;
        int64_t images = 0;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            images += entry.path().extension() == ".jpg";
        EXPECT_EQ(images, range.frameCount) << range.video;
        const auto labels = frameLabels(ranges, range.video);
        EXPECT_GT(count(labels), 0);
        EXPECT_LT(count(labels), range.frameCount + 1);
    }
    // Ped2 clip 01: frames 60..179 of 180 are anomalous (the official ground truth).
    const auto clip01 = frameLabels(ranges, "01");
    ASSERT_EQ(clip01.size(), 180u);
    EXPECT_EQ(count(clip01), 120);
    EXPECT_EQ(clip01[59], 0);
    EXPECT_EQ(clip01[60], 1);
}
