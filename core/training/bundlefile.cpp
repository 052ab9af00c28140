#include "training/bundlefile.h"

#include "evidence/sha256.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <stdexcept>
#include <unistd.h>

// The element bytes are written as they lie in memory; every platform
// Anomalens builds for (x86-64, arm64) is little-endian, which is what the
// format specifies.
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "The model bundle format is little-endian; add byte swapping for this platform"
#endif

namespace anomalens::training {

namespace {

constexpr char kMagic[] = "ANOMALENS-MODEL\n";
constexpr std::size_t kMagicSize = sizeof kMagic - 1;
constexpr std::size_t kDigestHexSize = 64;
constexpr std::uint32_t kMaxRank = 8;
constexpr std::uint32_t kMaxNameBytes = 4096;
constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

using Kind = BundleError::Kind;

// Appends to the file and to the running digest.
class HashingWriter {
public:
    explicit HashingWriter(const std::string& path) : m_path(path), m_file(std::fopen(path.c_str(), "wb"))
    {
        if (!m_file)
            throw BundleError(Kind::Io, "Cannot write '" + path + "': " + std::strerror(errno));
    }
    ~HashingWriter()
    {
        if (m_file)
            std::fclose(m_file);
    }
    HashingWriter(const HashingWriter&) = delete;
    HashingWriter& operator=(const HashingWriter&) = delete;

    void write(const void* data, std::size_t size, bool hashed = true)
    {
        if (size > 0 && std::fwrite(data, 1, size, m_file) != size)
            throw BundleError(Kind::Io, "Cannot write '" + m_path + "': " + std::strerror(errno));
        if (hashed)
            m_sha.update(data, size);
    }
    template <typename T> void writeValue(T value) { write(&value, sizeof value); }

    void finish()
    {
        const std::string digest = m_sha.finalHex();
        write(digest.data(), digest.size(), /*hashed=*/false);
        // fsync before the rename: the final name must never point at data
        // still in flight, even across a power cut.
        if (std::fflush(m_file) != 0 || ::fsync(::fileno(m_file)) != 0 || std::fclose(m_file) != 0) {
            m_file = nullptr;
            throw BundleError(Kind::Io, "Cannot write '" + m_path + "': " + std::strerror(errno));
        }
        m_file = nullptr;
    }

private:
    std::string m_path;
    std::FILE* m_file;
    evidence::Sha256 m_sha;
};

// Reads from the file into the running digest; knows how many bytes remain,
// so impossible lengths are reported as truncation before anything is
// allocated for them.
class HashingReader {
public:
    explicit HashingReader(const std::string& path) : m_path(path), m_in(path, std::ios::binary)
    {
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        if (ec || !m_in)
            throw BundleError(Kind::Io, "Cannot open the model '" + path + "': " +
                                            (ec ? ec.message() : std::string(std::strerror(errno))));
        m_remaining = size;
    }

    std::uint64_t remaining() const { return m_remaining; }

    void read(void* data, std::size_t size, bool hashed = true)
    {
        require(size);
        if (size > 0 && !m_in.read(static_cast<char*>(data), static_cast<std::streamsize>(size)))
            throw BundleError(Kind::Io, "Cannot read the model '" + m_path + "'");
        m_remaining -= size;
        if (hashed)
            m_sha.update(data, size);
    }
    template <typename T> T readValue()
    {
        T value{};
        read(&value, sizeof value);
        return value;
    }
    // Hashes `size` bytes without keeping them.
    void skip(std::uint64_t size)
    {
        require(size);
        std::vector<char> chunk(static_cast<std::size_t>(std::min<std::uint64_t>(size, kChunkBytes)));
        while (size > 0) {
            const std::size_t part = static_cast<std::size_t>(std::min<std::uint64_t>(size, chunk.size()));
            read(chunk.data(), part);
            size -= part;
        }
    }
    // Bytes the structure still needs, on top of the trailing digest.
    void require(std::uint64_t size) const
    {
        if (size > m_remaining)
            throw BundleError(Kind::Truncated, "The model file '" + m_path +
                                                   "' is truncated (it ends " + std::to_string(size - m_remaining) +
                                                   " bytes early); copy it again");
    }
    std::string digest() { return m_sha.finalHex(); }

private:
    std::string m_path;
    std::ifstream m_in;
    std::uint64_t m_remaining = 0;
    evidence::Sha256 m_sha;
};

// Saturates at the largest value instead of wrapping, so a corrupted shape
// reads as "needs more bytes than the file has", never as a small size.
std::uint64_t byteCount(const std::vector<std::int64_t>& shape, TensorDType dtype)
{
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t count = elementSize(dtype);
    for (const std::int64_t dim : shape) {
        if (dim < 0)
            return kMax;
        const auto size = static_cast<std::uint64_t>(dim);
        count = size != 0 && count > kMax / size ? kMax : count * size;
    }
    return count;
}

bool knownDType(std::uint8_t code)
{
    return code >= static_cast<std::uint8_t>(TensorDType::Float32) &&
           code <= static_cast<std::uint8_t>(TensorDType::UInt8);
}

StoredTensor readTensorHeader(HashingReader& in, const std::string& path)
{
    StoredTensor tensor;
    const auto nameBytes = in.readValue<std::uint32_t>();
    if (nameBytes == 0 || nameBytes > kMaxNameBytes)
        throw BundleError(Kind::Corrupt, "The model file '" + path + "' is corrupted (bad tensor name length)");
    in.require(nameBytes);
    tensor.name.resize(nameBytes);
    in.read(tensor.name.data(), nameBytes);
    const auto dtype = in.readValue<std::uint8_t>();
    if (!knownDType(dtype))
        throw BundleError(Kind::Corrupt, "The model file '" + path + "' is corrupted (unknown dtype " +
                                             std::to_string(dtype) + " of tensor '" + tensor.name + "')");
    tensor.dtype = static_cast<TensorDType>(dtype);
    const auto rank = in.readValue<std::uint32_t>();
    if (rank > kMaxRank)
        throw BundleError(Kind::Corrupt, "The model file '" + path + "' is corrupted (rank " +
                                             std::to_string(rank) + " of tensor '" + tensor.name + "')");
    for (std::uint32_t d = 0; d < rank; ++d) {
        const auto dim = in.readValue<std::int64_t>();
        if (dim < 0 || (dim > 0 && static_cast<std::uint64_t>(dim) > in.remaining()))
            throw BundleError(Kind::Corrupt, "The model file '" + path +
                                                 "' is corrupted (bad shape of tensor '" + tensor.name + "')");
        tensor.shape.push_back(dim);
    }
    return tensor;
}

} // namespace

std::size_t elementSize(TensorDType dtype)
{
    switch (dtype) {
    case TensorDType::Float32:
        return 4;
    case TensorDType::Int64:
        return 8;
    case TensorDType::UInt8:
        return 1;
    }
    throw std::invalid_argument("unknown tensor dtype");
}

std::int64_t StoredTensor::elementCount() const
{
    std::int64_t count = 1;
    for (const std::int64_t dim : shape)
        count *= dim;
    return count;
}

const StoredTensor* BundleContents::find(const std::string& name) const
{
    for (const StoredTensor& tensor : tensors)
        if (tensor.name == name)
            return &tensor;
    return nullptr;
}

void writeBundleFile(const std::string& path, const nlohmann::json& metadata,
                     const std::vector<StoredTensor>& tensors)
{
    for (const StoredTensor& tensor : tensors)
        if (tensor.name.empty() || tensor.name.size() > kMaxNameBytes || tensor.shape.size() > kMaxRank ||
            byteCount(tensor.shape, tensor.dtype) != tensor.data.size())
            throw std::invalid_argument("Bundle tensor '" + tensor.name + "': bad name, rank or data size");
    const std::string partial = path + ".partial";
    {
        HashingWriter out(partial);
        out.write(kMagic, kMagicSize);
        out.writeValue<std::uint32_t>(kBundleFormatVersion);
        const std::string json = metadata.dump();
        out.writeValue<std::uint64_t>(json.size());
        out.write(json.data(), json.size());
        out.writeValue<std::uint32_t>(static_cast<std::uint32_t>(tensors.size()));
        for (const StoredTensor& tensor : tensors) {
            out.writeValue<std::uint32_t>(static_cast<std::uint32_t>(tensor.name.size()));
            out.write(tensor.name.data(), tensor.name.size());
            out.writeValue<std::uint8_t>(static_cast<std::uint8_t>(tensor.dtype));
            out.writeValue<std::uint32_t>(static_cast<std::uint32_t>(tensor.shape.size()));
            for (const std::int64_t dim : tensor.shape)
                out.writeValue<std::int64_t>(dim);
            out.write(tensor.data.data(), tensor.data.size());
        }
        out.finish();
    }
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        throw BundleError(Kind::Io, "Cannot write '" + path + "': " + ec.message());
    }
}

BundleContents readBundleFile(const std::string& path, TensorLoading loading)
{
    HashingReader in(path);
    char magic[kMagicSize];
    if (in.remaining() < kMagicSize)
        throw BundleError(Kind::NotABundle, "'" + path + "' is not an Anomalens model (too short)");
    in.read(magic, kMagicSize);
    if (std::memcmp(magic, kMagic, kMagicSize) != 0)
        throw BundleError(Kind::NotABundle, "'" + path + "' is not an Anomalens model (wrong magic bytes)");

    BundleContents contents;
    contents.formatVersion = in.readValue<std::uint32_t>();
    if (contents.formatVersion > kBundleFormatVersion)
        throw BundleError(Kind::NewerVersion, "The model '" + path + "' has format version " +
                                                  std::to_string(contents.formatVersion) +
                                                  ", newer than this Anomalens reads (up to " +
                                                  std::to_string(kBundleFormatVersion) + "); update Anomalens");
    if (contents.formatVersion == 0)
        throw BundleError(Kind::Corrupt, "The model file '" + path + "' is corrupted (format version 0)");

    const auto jsonBytes = in.readValue<std::uint64_t>();
    in.require(jsonBytes);
    std::string json(static_cast<std::size_t>(jsonBytes), '\0');
    in.read(json.data(), json.size());

    const auto tensorCount = in.readValue<std::uint32_t>();
    for (std::uint32_t i = 0; i < tensorCount; ++i) {
        StoredTensor tensor = readTensorHeader(in, path);
        const std::uint64_t bytes = byteCount(tensor.shape, tensor.dtype);
        in.require(bytes);
        if (loading == TensorLoading::Load) {
            tensor.data.resize(static_cast<std::size_t>(bytes));
            in.read(tensor.data.data(), tensor.data.size());
            contents.tensors.push_back(std::move(tensor));
        } else {
            in.skip(bytes);
        }
    }

    const std::string actual = in.digest();
    if (in.remaining() < kDigestHexSize)
        throw BundleError(Kind::Truncated, "The model file '" + path + "' is truncated (its checksum is missing)");
    if (in.remaining() > kDigestHexSize)
        throw BundleError(Kind::Corrupt, "The model file '" + path + "' is corrupted (unexpected bytes at the end)");
    std::string stored(kDigestHexSize, '\0');
    in.read(stored.data(), stored.size(), /*hashed=*/false);
    if (stored != actual)
        throw BundleError(Kind::ChecksumMismatch, "The model file '" + path +
                                                      "' is corrupted: its SHA-256 does not match its content");
    try {
        contents.metadata = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) {
        throw BundleError(Kind::BadMetadata, "The model '" + path + "' has unreadable metadata: " + e.what());
    }
    return contents;
}

} // namespace anomalens::training
