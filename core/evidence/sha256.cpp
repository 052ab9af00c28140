#include "evidence/sha256.h"

extern "C" {
#include <libavutil/mem.h>
#include <libavutil/sha.h>
}

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <new>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace anomalens::evidence {
namespace {

constexpr int kDigestBits = 256;
constexpr std::size_t kDigestBytes = kDigestBits / 8;

std::string toHex(const std::uint8_t* bytes, std::size_t count)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex(count * 2, '0');
    for (std::size_t i = 0; i < count; ++i) {
        hex[2 * i] = kDigits[bytes[i] >> 4];
        hex[2 * i + 1] = kDigits[bytes[i] & 0x0f];
    }
    return hex;
}

std::string describeErrno(int error)
{
    return std::strerror(error);
}

// Owns a POSIX file descriptor; POSIX I/O (rather than iostreams) gives us
// errno for messages and guarantees the file is only ever opened O_RDONLY.
class ReadOnlyFile {
public:
    explicit ReadOnlyFile(const std::string& path)
        : m_fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC))
    {
        if (m_fd < 0) {
            const int error = errno;
            throw EvidenceError("Cannot open '" + path + "' for hashing: " + describeErrno(error));
        }
    }
    ~ReadOnlyFile() { ::close(m_fd); }
    ReadOnlyFile(const ReadOnlyFile&) = delete;
    ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

Sha256::Sha256()
    : m_ctx(av_sha_alloc())
{
    if (!m_ctx)
        throw std::bad_alloc();
    av_sha_init(m_ctx, kDigestBits);
}

Sha256::~Sha256()
{
    av_free(m_ctx);
}

Sha256::Sha256(Sha256&& other) noexcept
    : m_ctx(std::exchange(other.m_ctx, nullptr))
{
}

Sha256& Sha256::operator=(Sha256&& other) noexcept
{
    if (this != &other) {
        av_free(m_ctx);
        m_ctx = std::exchange(other.m_ctx, nullptr);
    }
    return *this;
}

void Sha256::update(const void* data, std::size_t size)
{
    if (size > 0)
        av_sha_update(m_ctx, static_cast<const std::uint8_t*>(data), size);
}

std::string Sha256::finalHex()
{
    std::uint8_t digest[kDigestBytes];
    av_sha_final(m_ctx, digest);
    av_sha_init(m_ctx, kDigestBits);
    return toHex(digest, kDigestBytes);
}

std::string sha256Hex(const void* data, std::size_t size)
{
    Sha256 sha;
    sha.update(data, size);
    return sha.finalHex();
}

std::string sha256Hex(const std::string& bytes)
{
    return sha256Hex(bytes.data(), bytes.size());
}

std::string sha256File(const std::string& path, const HashProgress& progress)
{
    ReadOnlyFile file(path);

    struct stat info {};
    if (::fstat(file.fd(), &info) != 0) {
        const int error = errno;
        throw EvidenceError("Cannot read '" + path + "': " + describeErrno(error));
    }
    if (!S_ISREG(info.st_mode))
        throw EvidenceError("Cannot hash '" + path + "': it is not a regular file");
    const auto bytesTotal = static_cast<std::uint64_t>(info.st_size);

    // Footage is read once, front to back; tell the kernel so it reads ahead.
    ::posix_fadvise(file.fd(), 0, 0, POSIX_FADV_SEQUENTIAL);

    Sha256 sha;
    std::vector<std::uint8_t> buffer(kHashChunkBytes);
    std::uint64_t bytesDone = 0;
    for (;;) {
        const ssize_t got = ::read(file.fd(), buffer.data(), buffer.size());
        if (got < 0) {
            const int error = errno;
            if (error == EINTR)
                continue;
            throw EvidenceError("Error while reading '" + path + "': " + describeErrno(error));
        }
        if (got == 0)
            break;
        sha.update(buffer.data(), static_cast<std::size_t>(got));
        bytesDone += static_cast<std::uint64_t>(got);
        if (progress && !progress(bytesDone, bytesTotal))
            throw HashCancelled("Hashing of '" + path + "' was cancelled");
    }
    return sha.finalHex();
}

DirectoryListing listHashedFiles(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        throw EvidenceError("Cannot hash '" + path + "': it is not a folder");
    DirectoryListing listing;
    fs::directory_iterator it(path, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.' || !it->is_regular_file(ec))
            continue;   // what the shell glob `*` leaves out, and subfolders
        if (name.find_first_of("\n\\") != std::string::npos)
            throw EvidenceError("Cannot hash '" + path + "': the file name '" + name +
                                "' contains a newline or backslash");
        listing.names.push_back(name);
        listing.totalBytes += static_cast<std::uint64_t>(it->file_size(ec));
    }
    if (ec)
        throw EvidenceError("Cannot list the folder '" + path + "': " + ec.message());
    if (listing.names.empty())
        throw EvidenceError("Cannot hash '" + path + "': the folder holds no files");
    // Byte order (std::string's operator<) is LC_ALL=C's glob order.
    std::sort(listing.names.begin(), listing.names.end());
    return listing;
}

std::string sha256Directory(const std::string& path, const HashProgress& progress)
{
    const DirectoryListing listing = listHashedFiles(path);
    Sha256 manifest;
    std::uint64_t bytesBefore = 0;   // of the files already hashed
    for (const std::string& name : listing.names) {
        const std::string file = (std::filesystem::path(path) / name).string();
        std::uint64_t fileBytes = 0;
        const std::string digest = sha256File(file, [&](std::uint64_t done, std::uint64_t) {
            fileBytes = done;
            return !progress || progress(bytesBefore + done, listing.totalBytes);
        });
        bytesBefore += fileBytes;
        manifest.update(digest + "  " + name + "\n");
    }
    return manifest.finalHex();
}

} // namespace anomalens::evidence
