#pragma once
// Helpers for the case database tests: raw SQLite access (the way an attacker
// or another program touches the file), file fingerprints, a fake media
// prober, and ways to make a path unwritable even for root (the tests run as
// root, which ignores permission bits, so the immutable attribute is used).
#include "evidence/sha256.h"
#include "media/mediaerror.h"
#include "media/videosource.h"
#include "store/casedatabase.h"

#include "testsupport.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace anomalens::store::testing {

namespace fs = std::filesystem;

// A connection through the sqlite3 C API, kept open as long as the object lives.
class RawConnection {
public:
    explicit RawConnection(const fs::path& file)
    {
        if (sqlite3_open_v2(file.c_str(), &m_handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            ADD_FAILURE() << "cannot open " << file;
    }
    ~RawConnection() { sqlite3_close_v2(m_handle); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Returns SQLite's error message, "" on success.
    std::string exec(const std::string& sql)
    {
        char* error = nullptr;
        const int rc = sqlite3_exec(m_handle, sql.c_str(), nullptr, nullptr, &error);
        std::string message = rc == SQLITE_OK ? "" : (error ? error : "error");
        sqlite3_free(error);
        return message;
    }

private:
    sqlite3* m_handle = nullptr;
};

inline std::string rawExec(const fs::path& file, const std::string& sql)
{
    RawConnection connection(file);
    return connection.exec(sql);
}

inline constexpr const char* kDropAuditTriggers =
    "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
    "DROP TRIGGER audit_log_insert_extends_head; DROP TRIGGER audit_head_follows_log; "
    "DROP TRIGGER audit_head_no_delete;";

inline std::string fileSha(const fs::path& file)
{
    return evidence::sha256File(file.string());
}

inline bool hasSideFiles(const fs::path& file)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (fs::exists(file.string() + suffix))
            return true;
    }
    return false;
}

inline void writeBytes(const fs::path& file, const std::string& bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Overwrites `bytes.size()` bytes at `offset` in place.
inline void patchBytes(const fs::path& file, std::uintmax_t offset, const std::string& bytes)
{
    std::fstream io(file, std::ios::binary | std::ios::in | std::ios::out);
    io.seekp(static_cast<std::streamoff>(offset));
    io.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// What a real probe of a small H.264 MP4 would say; keeps these tests
// independent of the decoder.
inline media::MediaInfo fakeInfo(const std::string& path)
{
    media::MediaInfo info;
    info.path = path;
    info.container = "mov,mp4,m4a,3gp,3g2,mj2";
    info.codec = "h264";
    info.pixelFormat = "yuv420p";
    info.width = 320;
    info.height = 240;
    info.fps = 25.0;
    info.frameCount = 50;
    info.durationUs = 2'000'000;
    return info;
}

inline const MediaProber kFakeProber = [](const std::string& path) { return fakeInfo(path); };

// Makes a file or folder unwritable for the duration of the object: chmod for
// ordinary users, the immutable attribute for root. ok() is false where
// neither works (e.g. a filesystem without attributes); tests then skip.
class Unwritable {
public:
    explicit Unwritable(const fs::path& target)
        : m_target(target)
    {
        if (::geteuid() != 0) {
            m_mode = fs::status(target).permissions();
            fs::permissions(target, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                            fs::perm_options::remove);
            m_chmodded = true;
        } else {
            m_immutable = setImmutable(true);
        }
        m_ok = ::access(target.c_str(), W_OK) != 0;
    }
    ~Unwritable()
    {
        if (m_immutable)
            setImmutable(false);
        if (m_chmodded)
            fs::permissions(m_target, m_mode);
    }
    Unwritable(const Unwritable&) = delete;
    Unwritable& operator=(const Unwritable&) = delete;
    bool ok() const { return m_ok; }

private:
    bool setImmutable(bool on)
    {
        const int fd = ::open(m_target.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return false;
        int flags = 0;
        bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (done) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return done;
    }

    fs::path m_target;
    fs::perms m_mode = fs::perms::none;
    bool m_chmodded = false;
    bool m_immutable = false;
    bool m_ok = false;
};

// Expects `body` to throw CaseError of `kind`; returns its message.
template <typename Body>
std::string expectCaseError(CaseErrorKind kind, Body&& body)
{
    try {
        body();
    } catch (const CaseError& e) {
        EXPECT_EQ(static_cast<int>(e.kind()), static_cast<int>(kind)) << e.what();
        return e.what();
    } catch (const std::exception& e) {
        ADD_FAILURE() << "expected CaseError, got: " << e.what();
        return {};
    }
    ADD_FAILURE() << "expected CaseError, nothing was thrown";
    return {};
}

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace anomalens::store::testing
