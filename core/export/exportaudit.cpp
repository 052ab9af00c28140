#include "export/exportaudit.h"

#include "evidence/toolversion.h"
#include "store/casedatabase.h"

#include <filesystem>

namespace anomalens::exporting {

namespace fs = std::filesystem;

SourceCheck checkSource(const store::MediaRecord& media, const evidence::HashProgress& progress)
{
    SourceCheck check;
    check.recordedSha256 = media.sha256;
    std::error_code ec;
    const fs::path path = fs::u8path(media.path);
    try {
        check.currentSha256 = fs::is_directory(path, ec) ? evidence::sha256Directory(media.path, progress)
                                                         : evidence::sha256File(media.path, progress);
    } catch (const evidence::HashCancelled&) {
        throw;
    } catch (const evidence::EvidenceError& e) {
        check.message = "The source footage cannot be read: " + std::string(e.what());
        return check;
    }
    check.matches = check.currentSha256 == check.recordedSha256;
    if (!check.matches)
        check.message = "The source footage " + media.path + " has changed since it was imported into the case "
                        "(SHA-256 now " + check.currentSha256 + ", at import " + check.recordedSha256 + ").";
    return check;
}

void auditExport(store::CaseDatabase& caseDb, const std::string& kind, const nlohmann::json& parameters,
                 const std::vector<SourceCheck>& inputs, const std::vector<store::MediaRecord>& inputMedia,
                 const std::vector<ExportedFile>& outputs)
{
    nlohmann::json in = nlohmann::json::array();
    for (size_t i = 0; i < inputMedia.size(); ++i) {
        nlohmann::json item = {{"media_id", inputMedia[i].id}, {"path", inputMedia[i].path},
                               {"sha256", inputMedia[i].sha256}};
        if (i < inputs.size()) {
            item["verified"] = inputs[i].matches;
            if (!inputs[i].matches)
                item["sha256_now"] = inputs[i].currentSha256;
        }
        in.push_back(std::move(item));
    }
    nlohmann::json out = nlohmann::json::array();
    for (const ExportedFile& file : outputs)
        out.push_back({{"path", file.path.u8string()}, {"sha256", file.sha256}, {"bytes", file.sizeBytes}});
    caseDb.logAction("export." + kind, {{"parameters", parameters}, {"inputs", in}, {"outputs", out},
                                        {"tool", evidence::toolNameAndVersion()}});
}

} // namespace anomalens::exporting
