// sha256Hex / sha256File against published vectors and the sha256sum tool.
#include "evidence/sha256.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <vector>

namespace anomalens::evidence {
namespace {

using test::TempDir;

void writeFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    ASSERT_TRUE(out.good());
}

std::string randomBytes(std::size_t count, unsigned seed)
{
    std::mt19937 rng(seed);
    std::string bytes(count, '\0');
    for (char& byte : bytes)
        byte = static_cast<char>(rng() & 0xff);
    return bytes;
}

// Runs `sha256sum` and returns the digest it prints (empty if unavailable).
std::string sha256sumOf(const std::filesystem::path& path)
{
    const std::string command = "sha256sum '" + path.string() + "' 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    if (!pipe)
        return {};
    std::array<char, 128> line{};
    if (!std::fgets(line.data(), line.size(), pipe.get()))
        return {};
    return std::string(line.data()).substr(0, 64);
}

// FIPS 180-2 / NIST example vectors.
TEST(Sha256, KnownVectors)
{
    EXPECT_EQ(sha256Hex(std::string()),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex(std::string("abc")),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex(std::string("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, PointerOverloadMatchesStringOverload)
{
    const std::string bytes = randomBytes(4097, 7);
    EXPECT_EQ(sha256Hex(bytes.data(), bytes.size()), sha256Hex(bytes));
    EXPECT_EQ(sha256Hex(nullptr, 0), sha256Hex(std::string()));
}

TEST(Sha256, IncrementalEqualsOneShotAndResetsAfterFinal)
{
    const std::string bytes = randomBytes(100000, 3);
    Sha256 sha;
    sha.update(bytes.data(), 1);
    sha.update(bytes.data() + 1, 65535);
    sha.update(bytes.data() + 65536, bytes.size() - 65536);
    EXPECT_EQ(sha.finalHex(), sha256Hex(bytes));
    sha.update(std::string("abc"));
    EXPECT_EQ(sha.finalHex(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256File, EqualsDigestOfItsBytes)
{
    TempDir dir;
    for (const std::string& bytes : {std::string(), std::string("abc"), std::string(1000000, 'a')}) {
        writeFile(dir / "f.bin", bytes);
        EXPECT_EQ(sha256File((dir / "f.bin").string()), sha256Hex(bytes)) << bytes.size() << " bytes";
    }
}

TEST(Sha256File, MultiChunkFileMatchesSha256sumAndReportsProgress)
{
    TempDir dir;
    const auto path = dir / "big.bin";
    // 3.5 chunks: exercises full chunks and a partial last one.
    const std::string bytes = randomBytes(kHashChunkBytes * 3 + kHashChunkBytes / 2, 42);
    writeFile(path, bytes);

    std::vector<std::uint64_t> done;
    std::uint64_t total = 0;
    const std::string digest = sha256File(path.string(), [&](std::uint64_t d, std::uint64_t t) {
        done.push_back(d);
        total = t;
        return true;
    });

    EXPECT_EQ(digest, sha256Hex(bytes));
    const std::string reference = sha256sumOf(path);
    if (reference.empty())
        GTEST_SKIP() << "sha256sum not available";
    EXPECT_EQ(digest, reference);

    EXPECT_EQ(total, bytes.size());
    ASSERT_EQ(done.size(), 4u);
    EXPECT_EQ(done[0], kHashChunkBytes);
    EXPECT_EQ(done.back(), bytes.size());
}

TEST(Sha256File, CallbackReturningFalseCancels)
{
    TempDir dir;
    const auto path = dir / "big.bin";
    writeFile(path, randomBytes(kHashChunkBytes * 4, 1));
    int calls = 0;
    EXPECT_THROW(sha256File(path.string(),
                            [&](std::uint64_t, std::uint64_t) { return ++calls < 2; }),
                 HashCancelled);
    EXPECT_EQ(calls, 2);   // stopped right after the callback said no
}

TEST(Sha256Directory, EqualsTheManifestOfSha256sumInByteOrder)
{
    TempDir dir;
    writeFile(dir / "b.jpg", "second");
    writeFile(dir / "B.jpg", "upper case sorts first in byte order");
    writeFile(dir / "10.jpg", "ten");
    writeFile(dir / "9.jpg", randomBytes(kHashChunkBytes + 3, 5));
    writeFile(dir / ".hidden", "not covered");
    std::filesystem::create_directory(dir / "sub");
    writeFile(dir / "sub" / "x.jpg", "not covered");

    const DirectoryListing listing = listHashedFiles(dir.path().string());
    EXPECT_EQ(listing.names, (std::vector<std::string>{"10.jpg", "9.jpg", "B.jpg", "b.jpg"}));
    EXPECT_EQ(listing.totalBytes, 6 + 36 + 3 + kHashChunkBytes + 3);

    const std::string manifest = sha256File((dir / "10.jpg").string()) + "  10.jpg\n" +
                                 sha256File((dir / "9.jpg").string()) + "  9.jpg\n" +
                                 sha256File((dir / "B.jpg").string()) + "  B.jpg\n" +
                                 sha256File((dir / "b.jpg").string()) + "  b.jpg\n";
    std::uint64_t lastDone = 0;
    const std::string digest = sha256Directory(dir.path().string(), [&](std::uint64_t done, std::uint64_t total) {
        EXPECT_EQ(total, listing.totalBytes);
        lastDone = done;
        return true;
    });
    EXPECT_EQ(digest, sha256Hex(manifest));
    EXPECT_EQ(lastDone, listing.totalBytes);

    // The same value the standard tools give (the subfolder's error is discarded).
    const std::string command = "cd '" + dir.path().string() + "' && LC_ALL=C sha256sum * 2>/dev/null | sha256sum";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    std::array<char, 128> line{};
    ASSERT_TRUE(pipe && std::fgets(line.data(), line.size(), pipe.get()));
    EXPECT_EQ(digest, std::string(line.data()).substr(0, 64));

    EXPECT_THROW(sha256Directory(dir.path().string(), [](std::uint64_t, std::uint64_t) { return false; }),
                 HashCancelled);
    EXPECT_THROW(sha256Directory((dir / "sub" / "x.jpg").string()), EvidenceError);
    std::filesystem::create_directory(dir / "empty");
    EXPECT_THROW(sha256Directory((dir / "empty").string()), EvidenceError);
}

TEST(Sha256File, MissingFileThrowsNamingIt)
{
    TempDir dir;
    const std::string path = (dir / "does-not-exist.mp4").string();
    try {
        sha256File(path);
        FAIL() << "expected EvidenceError";
    } catch (const EvidenceError& e) {
        EXPECT_NE(std::string(e.what()).find("does-not-exist.mp4"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("No such file"), std::string::npos) << e.what();
    }
}

TEST(Sha256File, DirectoryIsNotAFile)
{
    TempDir dir;
    try {
        sha256File(dir.path().string());
        FAIL() << "expected EvidenceError";
    } catch (const EvidenceError& e) {
        EXPECT_NE(std::string(e.what()).find("not a regular file"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace anomalens::evidence
