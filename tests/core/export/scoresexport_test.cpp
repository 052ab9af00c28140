// Scores and events as CSV/JSON: columns, RFC 4180 quoting, event ids,
// numbers that read back exactly whatever the locale, sidecar and audit row.
#include "export/scoresexport.h"

#include "exportcase.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace anomalens::exporting {
namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path& path) { return test::readFileText(path); }

// A strict RFC 4180 reader: records end with CRLF, quoted fields may hold
// anything, quotes inside are doubled.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else if (ch == '"')
                quoted = false;
            else
                field += ch;
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += ch;
        }
    }
    rows.pop_back();  // after the last CRLF
    return rows;
}

double number(const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    EXPECT_EQ(*end, '\0') << text;
    return value;
}

class ScoresExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        c = test::makeExportCase(dir.path());
        if (!c.db)
            GTEST_SKIP() << "the ffmpeg command-line tool is needed to make the footage";
    }
    test::TempDir dir;
    test::ExportCase c;
};

TEST_F(ScoresExportTest, CsvHasEverySignalAsAColumnQuotedAndExact)
{
    const fs::path dest = dir.path() / fs::u8path("scores é.csv");
    const ScoresExportResult result = exportScores(*c.db, {c.runId, ScoresFormat::Csv, dest});
    EXPECT_EQ(result.rows, 56);
    EXPECT_TRUE(sidecarMatches(dest));
    const auto rows = parseCsv(readText(dest));
    ASSERT_EQ(rows.size(), 57u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"frame", "time_s", "score", "feature_distance", "note", "psnr_db",
                                                 "event_id"}));
    const auto scores = c.db->frameScores(c.runId);
    for (size_t i = 0; i < scores.size(); ++i) {
        const auto& row = rows[i + 1];
        ASSERT_EQ(row.size(), 7u) << i;
        const std::int64_t frame = scores[i].frameIndex;
        EXPECT_EQ(row[0], std::to_string(frame));
        EXPECT_EQ(number(row[1]), double(frame) / 25.0);
        EXPECT_EQ(number(row[2]), scores[i].score) << "exact round trip, frame " << frame;
        if (frame % 2 == 0)
            EXPECT_EQ(number(row[3]), scores[i].signals["feature_distance"].get<double>());
        else
            EXPECT_EQ(row[3], "") << "blank where a frame lacks the signal";
        EXPECT_EQ(row[4], frame == 5 ? "dust, \"lens\"\nflare" : "");
        EXPECT_EQ(number(row[5]), scores[i].signals["psnr_db"].get<double>());
        const bool inFirst = frame >= 20 && frame <= 30;
        const bool inSecond = frame >= 40 && frame <= 44;
        const bool inThird = frame >= 50 && frame <= 55;
        EXPECT_EQ(row[6], inFirst    ? std::to_string(c.confirmedEvent)
                          : inSecond ? std::to_string(c.dismissedEvent)
                          : inThird  ? std::to_string(c.secondConfirmedEvent)
                                     : "")
            << frame;
    }
    const auto entries = c.db->audit().entries();
    ASSERT_EQ(entries.back().action, "export.scores");
    const auto audit = entries.back().parametersJson();
    EXPECT_EQ(audit["outputs"][0]["sha256"], result.file.sha256);
    EXPECT_EQ(audit["inputs"][0]["sha256"], c.media.sha256);
    EXPECT_EQ(audit["parameters"]["run_id"], c.runId);
    EXPECT_EQ(audit["parameters"]["format"], "csv");

    EXPECT_THROW(exportScores(*c.db, {c.runId, ScoresFormat::Csv, dest}), ExportError) << "exists";
    EXPECT_THROW(exportScores(*c.db, {c.runId + 100, ScoresFormat::Csv, dir.path() / "x.csv"}), ExportError);
}

// A locale whose decimal point is a comma, made active for LC_NUMERIC (as a
// GUI does for a German user): an installed one, else de_DE compiled with
// localedef into `scratch` and found through LOCPATH. False if neither works.
bool useDecimalCommaLocale(const fs::path& scratch)
{
    for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8"})
        if (std::setlocale(LC_NUMERIC, name))
            return true;
    const fs::path compiled = scratch / "de_DE.UTF-8";
    if (test::runCommand("localedef -i de_DE -f UTF-8 '" + compiled.string() + "' >/dev/null 2>&1") != 0 &&
        !fs::is_directory(compiled))
        return false;
    ::setenv("LOCPATH", scratch.c_str(), 1);
    return std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
}

TEST(ScoresExportFormat, NumbersUseADotWhateverTheLocale)
{
    test::TempDir scratch;
    const std::string previous = std::setlocale(LC_NUMERIC, nullptr);
    if (!useDecimalCommaLocale(scratch.path()))
        GTEST_SKIP() << "no locale with a decimal comma is installed and localedef cannot make one";
    char printed[16];
    std::snprintf(printed, sizeof printed, "%.1f", 1.5);
    EXPECT_STREQ(printed, "1,5") << "the comma locale is active";

    EXPECT_EQ(formatNumber(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(formatNumber(1.5), "1.5");
    EXPECT_EQ(formatNumber(-2e-7), "-2e-07");
    EXPECT_EQ(formatNumber(std::nan("")), "");
    store::FrameScore score;
    score.frameIndex = 3;
    score.score = 2.25;
    score.signals = {{"psnr_db", 31.5}};
    EXPECT_EQ(scoresCsv({score}, {}, 4.0), "frame,time_s,score,psnr_db,event_id\r\n3,0.75,2.25,31.5,\r\n");
    std::setlocale(LC_NUMERIC, previous.c_str());
    ::unsetenv("LOCPATH");
}

TEST(ScoresExportFormat, CsvFieldQuotesOnlyWhenNeeded)
{
    EXPECT_EQ(csvField("plain"), "plain");
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvField(""), "");
}

TEST_F(ScoresExportTest, JsonCarriesCaseMediaRunAndModelIdentity)
{
    const fs::path dest = dir.path() / "scores.json";
    const ScoresExportResult result = exportScores(*c.db, {c.runId, ScoresFormat::Json, dest});
    EXPECT_EQ(result.rows, 56);
    const nlohmann::json doc = nlohmann::json::parse(readText(dest));
    EXPECT_EQ(doc["media"]["sha256"], c.media.sha256);
    EXPECT_EQ(doc["media"]["id"], c.media.id);
    EXPECT_EQ(doc["model"]["sha256"], std::string(64, 'a'));
    EXPECT_EQ(doc["run"]["id"], c.runId);
    EXPECT_EQ(doc["run"]["status"], "completed");
    EXPECT_DOUBLE_EQ(doc["threshold"].get<double>(), 0.75);
    EXPECT_EQ(doc["case"]["name"], "Export case");
    EXPECT_EQ(doc["case"]["audit_head"]["hash"].get<std::string>().size(), 64u);
    ASSERT_EQ(doc["frames"].size(), 56u);
    const auto scores = c.db->frameScores(c.runId);
    const nlohmann::json& frame25 = doc["frames"][21];
    EXPECT_EQ(frame25["frame"], 25);
    EXPECT_EQ(frame25["score"].get<double>(), scores[21].score);
    EXPECT_EQ(frame25["event_id"], c.confirmedEvent);
    EXPECT_DOUBLE_EQ(frame25["time_s"].get<double>(), 1.0);
    EXPECT_EQ(frame25["signals"]["psnr_db"].get<double>(), scores[21].signals["psnr_db"].get<double>());
    EXPECT_TRUE(doc["frames"][0]["event_id"].is_null());
    EXPECT_EQ(doc["events"].size(), 3u);
    EXPECT_TRUE(sidecarMatches(dest));
}

TEST_F(ScoresExportTest, EventsCsvListsRangesTimesAndStates)
{
    const fs::path dest = dir.path() / "events.csv";
    const ScoresExportResult result = exportScores(*c.db, {c.runId, ScoresFormat::EventsCsv, dest});
    EXPECT_EQ(result.rows, 3);
    const auto rows = parseCsv(readText(dest));
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "start_frame", "end_frame", "start_time_s", "end_time_s",
                                                 "duration_s", "peak_frame", "peak_score", "state"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{std::to_string(c.confirmedEvent), "20", "30", "0.8", "1.2", "0.44",
                                                 "25", "2.9", "confirmed"}));
    EXPECT_EQ(rows[2][8], "dismissed");
    EXPECT_EQ(c.db->audit().entries().back().action, "export.events");
    EXPECT_EQ(scoresFormatFromString("events"), ScoresFormat::EventsCsv);
    EXPECT_THROW(scoresFormatFromString("xlsx"), ExportError);
}

} // namespace
} // namespace anomalens::exporting
