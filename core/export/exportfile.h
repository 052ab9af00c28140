#pragma once
// ExportFile: how every file that leaves the tool is written. Exports go to
// court, so a file at its destination name is always complete and comes with
// a SHA-256 sidecar; anything else (a full disk, a cancel, an exception) leaves
// no file that looks finished.
//
// Invariants:
// - Data goes to "<destination>.partial" in the destination's folder (same file
//   system, so the final rename is atomic). commit() syncs it to disk, renames
//   it to the destination and writes "<destination>.sha256" the same way.
// - Without commit(), the destructor removes the partial file; the
//   destination is never touched.
// - An existing destination (or sidecar) is refused up front unless the caller
//   allows overwriting, before anything is written.
// - The sidecar is the line `sha256sum` prints ("<64 hex>  <file name>\n"), so
//   `sha256sum -c name.sha256` checks it in the file's folder.
// Paths are UTF-8 and may hold spaces and non-ASCII characters.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace anomalens::exporting {

// Errors of an export, with a message a user can act on (names the file).
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Raised when the user cancelled an export; nothing was left behind.
class ExportCancelled : public ExportError {
public:
    using ExportError::ExportError;
};

enum class ExistingFile { Refuse, Overwrite };

// What a committed export produced.
struct ExportedFile {
    std::filesystem::path path;
    std::filesystem::path sidecarPath;
    std::string sha256;
    std::uint64_t sizeBytes = 0;
};

class ExportFile {
public:
    // Checks the destination (folder exists and is writable, file absent or
    // overwrite allowed) and removes a stale partial file. Throws ExportError.
    explicit ExportFile(std::filesystem::path destination, ExistingFile existing = ExistingFile::Refuse);
    ~ExportFile();
    ExportFile(const ExportFile&) = delete;
    ExportFile& operator=(const ExportFile&) = delete;

    const std::filesystem::path& destination() const { return m_destination; }
    // Where the writer must put the data (the UTF-8 string form for C APIs).
    const std::filesystem::path& partialPath() const { return m_partial; }
    std::string partialPathUtf8() const;

    // Syncs the partial file, renames it to the destination, writes the sidecar
    // and returns what was written. Throws ExportError (e.g. disk full); the
    // partial file is then removed. Call once.
    ExportedFile commit();
    bool committed() const { return m_committed; }

private:
    std::filesystem::path m_destination;
    std::filesystem::path m_partial;
    bool m_committed = false;
};

// The sidecar path of a file: "<file>.sha256".
std::filesystem::path sidecarPath(const std::filesystem::path& file);

// Writes data to `destination` through an ExportFile (partial + rename +
// sidecar). For small text exports (CSV, JSON).
ExportedFile writeExportText(const std::filesystem::path& destination, const std::string& data,
                             ExistingFile existing = ExistingFile::Refuse);

// Whether `file`'s sidecar exists and names the file's current SHA-256.
bool sidecarMatches(const std::filesystem::path& file);

} // namespace anomalens::exporting
