#include "export/exportfile.h"

#include "evidence/sha256.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace anomalens::exporting {

namespace fs = std::filesystem;

namespace {

std::string utf8(const fs::path& path) { return path.u8string(); }

// fsync so a committed export survives a power cut; a full disk that the
// page cache hid until now surfaces here as ENOSPC.
void syncFile(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw ExportError("Cannot open " + utf8(path) + " to finish the export: " + std::strerror(errno));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        throw ExportError("Cannot write " + utf8(path) + " to disk: " + std::strerror(err));
}

void syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);   // best effort: some file systems refuse fsync on folders
        ::close(fd);
    }
}

void writeAll(const fs::path& path, const std::string& data)
{
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        throw ExportError("Cannot create " + utf8(path) + ": " + std::strerror(errno));
    const size_t written = std::fwrite(data.data(), 1, data.size(), file);
    const int err = errno;
    if (std::fclose(file) != 0 || written != data.size())
        throw ExportError("Cannot write " + utf8(path) + ": " + std::strerror(err ? err : ENOSPC));
}

void removeQuietly(const fs::path& path)
{
    std::error_code ec;
    fs::remove(path, ec);
}

} // namespace

fs::path sidecarPath(const fs::path& file)
{
    fs::path sidecar = file;
    sidecar += ".sha256";
    return sidecar;
}

ExportFile::ExportFile(fs::path destination, ExistingFile existing)
    : m_destination(std::move(destination))
{
    if (m_destination.empty() || m_destination.filename().empty())
        throw ExportError("No file name given for the export.");
    std::error_code ec;
    const fs::path folder = m_destination.has_parent_path() ? m_destination.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec))
        throw ExportError("The folder " + utf8(folder) + " does not exist.");
    if (::access(folder.c_str(), W_OK) != 0)
        throw ExportError("The folder " + utf8(folder) + " is not writable: " + std::strerror(errno));
    if (fs::is_directory(m_destination, ec))
        throw ExportError(utf8(m_destination) + " is a folder, not a file name.");
    if (existing == ExistingFile::Refuse) {
        for (const fs::path& path : {m_destination, sidecarPath(m_destination)})
            if (fs::exists(path, ec))
                throw ExportError(utf8(path) + " already exists; choose another name or allow overwriting.");
    }
    m_partial = m_destination;
    m_partial += ".partial";
    removeQuietly(m_partial);
}

ExportFile::~ExportFile()
{
    if (!m_committed)
        removeQuietly(m_partial);
}

std::string ExportFile::partialPathUtf8() const { return utf8(m_partial); }

ExportedFile ExportFile::commit()
{
    if (m_committed)
        throw ExportError("The export " + utf8(m_destination) + " was already finished.");
    std::error_code ec;
    if (!fs::is_regular_file(m_partial, ec))
        throw ExportError("Nothing was written for " + utf8(m_destination) + ".");
    try {
        syncFile(m_partial);
        ExportedFile result;
        result.path = m_destination;
        result.sizeBytes = fs::file_size(m_partial);
        result.sha256 = evidence::sha256File(utf8(m_partial));

        // The sidecar first, then the file: if the second rename fails there is
        // no complete-looking export, only a sidecar naming a missing file.
        result.sidecarPath = sidecarPath(m_destination);
        fs::path sidecarPartial = result.sidecarPath;
        sidecarPartial += ".partial";
        try {
            writeAll(sidecarPartial, result.sha256 + "  " + utf8(m_destination.filename()) + "\n");
            syncFile(sidecarPartial);
            fs::rename(sidecarPartial, result.sidecarPath);
        } catch (...) {
            removeQuietly(sidecarPartial);
            throw;
        }
        fs::rename(m_partial, m_destination, ec);
        if (ec) {
            removeQuietly(result.sidecarPath);
            throw ExportError("Cannot rename " + utf8(m_partial) + " to " + utf8(m_destination) + ": " + ec.message());
        }
        syncFolder(m_destination.parent_path());
        m_committed = true;
        return result;
    } catch (const fs::filesystem_error& e) {
        removeQuietly(m_partial);
        throw ExportError("Cannot finish the export " + utf8(m_destination) + ": " + e.what());
    } catch (const evidence::EvidenceError& e) {
        removeQuietly(m_partial);
        throw ExportError(e.what());
    } catch (...) {
        removeQuietly(m_partial);
        throw;
    }
}

ExportedFile writeExportText(const fs::path& destination, const std::string& data, ExistingFile existing)
{
    ExportFile file(destination, existing);
    writeAll(file.partialPath(), data);
    return file.commit();
}

bool sidecarMatches(const fs::path& file)
{
    std::ifstream in(sidecarPath(file));
    std::string line;
    if (!std::getline(in, line) || line.size() < 67 || line.compare(64, 2, "  ") != 0)
        return false;
    const std::string hash = line.substr(0, 64);
    const std::string name = line.substr(66);
    try {
        return name == file.filename().u8string() && hash == evidence::sha256File(file.u8string());
    } catch (const evidence::EvidenceError&) {
        return false;
    }
}

} // namespace anomalens::exporting
