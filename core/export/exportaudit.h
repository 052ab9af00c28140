#pragma once
// The integrity checks around an export: the source footage must still be the
// file the case imported (same SHA-256), and every export is written to the
// case's hash-chained audit log with its inputs, outputs, parameters and the
// tool version, so an examiner can show where each exported file came from.
#include "evidence/sha256.h"
#include "export/exportfile.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace anomalens::store {
class CaseDatabase;
struct MediaRecord;
}

namespace anomalens::exporting {

// The source footage no longer matches the case's hash and the caller did
// not allow that; it may ask the user and retry allowing it (the export is
// then marked as made from unverified footage).
class SourceChangedError : public ExportError {
public:
    using ExportError::ExportError;
};

struct SourceCheck {
    bool matches = false;
    std::string recordedSha256;   // from the case, at import
    std::string currentSha256;    // now; empty when the file is missing or unreadable
    std::string message;          // for the user when !matches
};

// Hashes the media's file (or frame folder) now and compares with the case.
// Never throws for a missing or unreadable file (that is a mismatch); passes
// HashCancelled through.
SourceCheck checkSource(const store::MediaRecord& media, const evidence::HashProgress& progress = {});

// Appends the audit row "export.<kind>" with
// {"parameters", "inputs": [{path, sha256, verified}], "outputs": [{path, sha256, bytes}],
//  "tool": "Anomalens x.y.z"}.
void auditExport(store::CaseDatabase& caseDb, const std::string& kind, const nlohmann::json& parameters,
                 const std::vector<SourceCheck>& inputs, const std::vector<store::MediaRecord>& inputMedia,
                 const std::vector<ExportedFile>& outputs);

} // namespace anomalens::exporting
