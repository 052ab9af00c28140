#pragma once
// SHA-256 digests of evidence: footage files, model bundles, and the rows of
// the audit log. Everything is computed with libavutil's AVSHA so the project
// has one SHA-256 implementation, and digests are handed out as 64 lowercase
// hex characters (the form `sha256sum` prints and the case database stores).
//
// Invariants: files are opened read-only and streamed in 1 MiB chunks, so the
// memory used does not depend on the file size (a 4 GB recording is never
// loaded); nothing here writes to the file it hashes. Failures raise
// EvidenceError with a message naming the file; a progress callback that
// returns false cancels the operation with HashCancelled.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

struct AVSHA; // libavutil's opaque context

namespace anomalens::evidence {

// Errors of core/evidence; the message names the file and what went wrong.
class EvidenceError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Raised when a progress callback asked to stop. A distinct type so callers can
// treat a user's cancel differently from a failure.
class HashCancelled : public EvidenceError {
public:
    using EvidenceError::EvidenceError;
};

// Called after every chunk with the bytes hashed so far and the file size seen
// when hashing started. Return false to cancel.
using HashProgress = std::function<bool(std::uint64_t bytesDone, std::uint64_t bytesTotal)>;

// Size of the read buffer used by sha256File.
inline constexpr std::size_t kHashChunkBytes = std::size_t{1} << 20;

// Digest of an in-memory buffer, as 64 lowercase hex characters.
std::string sha256Hex(const void* data, std::size_t size);
std::string sha256Hex(const std::string& bytes);

// Digest of a regular file's contents. Throws EvidenceError if the file is
// missing, is not a regular file, or cannot be read; HashCancelled if
// `progress` returns false.
std::string sha256File(const std::string& path, const HashProgress& progress = {});

// Digest of a folder of still images (footage stored as an image sequence):
// the SHA-256 of the manifest that `LC_ALL=C sha256sum *` prints inside the
// folder, i.e. one "<sha256>  <name>\n" line per non-hidden regular file, names
// in byte order, so anyone can check it with standard tools. Subfolders are
// not included. `progress` counts the bytes of all files together. Throws
// EvidenceError if the folder cannot be listed, holds no files, or a name
// contains a newline or backslash (sha256sum would escape those);
// HashCancelled on cancel.
std::string sha256Directory(const std::string& path, const HashProgress& progress = {});

// The files sha256Directory() covers, in manifest order, with their total size.
struct DirectoryListing {
    std::vector<std::string> names;
    std::uint64_t totalBytes = 0;
};
DirectoryListing listHashedFiles(const std::string& path);

// Incremental hashing for callers that produce data in pieces (e.g. a digest
// over a batch of rows). Movable, not copyable.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);
    void update(const std::string& bytes) { update(bytes.data(), bytes.size()); }
    // Returns the digest as hex; the object is reset and can be reused.
    std::string finalHex();

private:
    ::AVSHA* m_ctx = nullptr;
};

} // namespace anomalens::evidence
