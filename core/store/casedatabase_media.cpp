// CaseDatabase: media (import = hash + probe + row + audit) and models.
#include "store/casedatabase_p.h"

#include "evidence/timestamp.h"
#include "media/mediaerror.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include <sys/stat.h>

namespace anomalens::store {
namespace fs = std::filesystem;
namespace {

using nlohmann::json;

constexpr const char* kMediaColumns =
    "SELECT id, path, sha256, size_bytes, container, codec, width, height, fps, frame_count, "
    "duration_us, imported_at, metadata FROM media ";

constexpr const char* kModelColumns =
    "SELECT id, name, method, profile, sha256, path, metadata, created FROM models ";

bool isSha256Hex(const std::string& text)
{
    return text.size() == 64 &&
           text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

MediaRecord readMedia(SQLite::Statement& query)
{
    MediaRecord media;
    media.id = query.getColumn(0).getInt64();
    media.path = query.getColumn(1).getString();
    media.sha256 = query.getColumn(2).getString();
    media.sizeBytes = query.getColumn(3).getInt64();
    media.container = query.getColumn(4).getString();
    media.codec = query.getColumn(5).getString();
    media.width = query.getColumn(6).getInt();
    media.height = query.getColumn(7).getInt();
    media.fps = query.getColumn(8).getDouble();
    media.frameCount = query.getColumn(9).getInt64();
    media.durationUs = query.getColumn(10).getInt64();
    media.importedAtUtc = query.getColumn(11).getString();
    media.metadata = parseJsonColumn(query.getColumn(12).getString(), "media.metadata");
    return media;
}

ModelRecord readModel(SQLite::Statement& query)
{
    ModelRecord model;
    model.id = query.getColumn(0).getInt64();
    model.name = query.getColumn(1).getString();
    model.method = query.getColumn(2).getString();
    model.profile = query.getColumn(3).getString();
    model.sha256 = query.getColumn(4).getString();
    model.path = query.getColumn(5).getString();
    model.metadata = parseJsonColumn(query.getColumn(6).getString(), "models.metadata");
    model.createdUtc = query.getColumn(7).getString();
    return model;
}

std::optional<MediaRecord> selectMediaBySha(SQLite::Database& db, const std::string& sha256)
{
    SQLite::Statement query(db, std::string(kMediaColumns) + "WHERE sha256 = ?");
    query.bind(1, sha256);
    if (!query.executeStep())
        return std::nullopt;
    return readMedia(query);
}

std::optional<ModelRecord> selectModelBySha(SQLite::Database& db, const std::string& sha256)
{
    SQLite::Statement query(db, std::string(kModelColumns) + "WHERE sha256 = ?");
    query.bind(1, sha256);
    if (!query.executeStep())
        return std::nullopt;
    return readModel(query);
}

void validateMedia(const MediaRecord& media)
{
    if (media.path.empty())
        throw CaseError(CaseErrorKind::InvalidArgument, "A media record needs a path");
    if (!isSha256Hex(media.sha256))
        throw CaseError(CaseErrorKind::InvalidArgument,
                        "A media record needs a SHA-256 of 64 lowercase hex digits, not '" + media.sha256 + "'");
    if (media.sizeBytes < 0 || media.width < 0 || media.height < 0 || media.frameCount < 0 ||
        media.durationUs < 0 || !(media.fps >= 0.0))
        throw CaseError(CaseErrorKind::InvalidArgument, "A media record has a negative size, count or rate");
    objectOrEmpty(media.metadata, "Media metadata");
}

// Inserts `media` (stamping importedAtUtc) and returns its id.
std::int64_t insertMedia(SQLite::Database& db, MediaRecord& media)
{
    media.importedAtUtc = evidence::utcNowIso8601();
    SQLite::Statement insert(db, "INSERT INTO media (path, sha256, size_bytes, container, codec, width, "
                                 "height, fps, frame_count, duration_us, imported_at, metadata) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, media.path);
    insert.bind(2, media.sha256);
    insert.bind(3, media.sizeBytes);
    insert.bind(4, media.container);
    insert.bind(5, media.codec);
    insert.bind(6, media.width);
    insert.bind(7, media.height);
    insert.bind(8, media.fps);
    insert.bind(9, media.frameCount);
    insert.bind(10, media.durationUs);
    insert.bind(11, media.importedAtUtc);
    insert.bind(12, toJsonText(objectOrEmpty(media.metadata, "Media metadata")));
    insert.exec();
    media.id = db.getLastInsertRowid();
    return media.id;
}

json mediaAuditParameters(const MediaRecord& media)
{
    return {{"media_id", media.id},       {"path", media.path},
            {"sha256", media.sha256},     {"size_bytes", media.sizeBytes},
            {"container", media.container}, {"codec", media.codec},
            {"width", media.width},       {"height", media.height},
            {"fps", media.fps},           {"frame_count", media.frameCount},
            {"duration_us", media.durationUs}};
}

// Identity of footage contents for "did it change while we read it".
struct FootageStamp {
    std::int64_t sizeBytes = 0;
    std::int64_t modifiedNs = 0;   // latest modification among the files
    std::size_t fileCount = 0;
    bool operator==(const FootageStamp& other) const
    {
        return sizeBytes == other.sizeBytes && modifiedNs == other.modifiedNs && fileCount == other.fileCount;
    }
};

std::int64_t modifiedNsOf(const struct stat& info)
{
    return static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
}

FootageStamp stampOf(const std::string& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        throw CaseError(CaseErrorKind::NotFound, "The media file '" + path + "' does not exist");
    if (S_ISREG(info.st_mode))
        return {static_cast<std::int64_t>(info.st_size), modifiedNsOf(info), 1};
    if (!S_ISDIR(info.st_mode))
        throw CaseError(CaseErrorKind::InvalidArgument,
                        "'" + path + "' is neither a video file nor a folder of images");
    FootageStamp stamp;
    try {
        const evidence::DirectoryListing listing = evidence::listHashedFiles(path);
        for (const std::string& name : listing.names) {
            struct stat file {};
            if (::stat((fs::path(path) / name).c_str(), &file) == 0) {
                stamp.sizeBytes += static_cast<std::int64_t>(file.st_size);
                stamp.modifiedNs = std::max(stamp.modifiedNs, modifiedNsOf(file));
            }
        }
        stamp.fileCount = listing.names.size();
    } catch (const evidence::EvidenceError& e) {
        throw CaseError(CaseErrorKind::InvalidArgument, e.what());
    }
    return stamp;
}

} // namespace

std::string hashFootage(const std::string& path, const evidence::HashProgress& progress)
{
    std::error_code ec;
    return fs::is_directory(path, ec) ? evidence::sha256Directory(path, progress)
                                      : evidence::sha256File(path, progress);
}

std::uint64_t footageBytes(const std::string& path)
{
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return evidence::listHashedFiles(path).totalBytes;
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        throw evidence::EvidenceError("Cannot read '" + path + "': " + ec.message());
    return size;
}

MediaRecord CaseDatabase::importMedia(const std::string& path, const evidence::HashProgress& progress,
                                      const MediaProber& prober)
{
    const std::string operation = "importing media";
    m_impl->requireWritable(operation);
    if (!prober)
        throw CaseError(CaseErrorKind::InvalidArgument, "importMedia needs a media prober");
    const std::string mediaPath = absolutePath(path);
    const FootageStamp before = stampOf(mediaPath);

    // Probe first: it is quick, and rejects a non-video before hours of hashing.
    media::MediaInfo info;
    try {
        info = prober(mediaPath);
    } catch (const media::MediaError& e) {
        throw CaseError(CaseErrorKind::InvalidArgument, "Cannot import '" + mediaPath + "': " + e.what());
    }

    // Hash outside the transaction: a long read must not hold the case's
    // write lock (an analysis may be writing scores meanwhile).
    MediaRecord record;
    try {
        record.sha256 = hashFootage(mediaPath, progress);
    } catch (...) {
        rethrowAsCaseError(m_impl->path, operation);
    }
    if (!(stampOf(mediaPath) == before))
        throw CaseError(CaseErrorKind::Io, "'" + mediaPath + "' changed while it was being imported; "
                                           "import it again once nothing is writing to it");

    record.path = mediaPath;
    record.sizeBytes = before.sizeBytes;
    record.container = info.container;
    record.codec = info.codec;
    record.width = info.width;
    record.height = info.height;
    record.fps = info.fps;
    record.frameCount = info.frameCount;
    record.durationUs = info.durationUs;
    record.metadata = {{"pixel_format", info.pixelFormat},
                       {"variable_frame_rate", info.variableFrameRate},
                       {"start_time_us", info.startTimeUs},
                       {"rotation_deg", info.rotationDeg},
                       {"is_image_sequence", info.isImageSequence},
                       {"file_count", before.fileCount},
                       {"file_modified_utc",
                        evidence::formatUtcIso8601(std::chrono::system_clock::time_point(
                            std::chrono::duration_cast<std::chrono::system_clock::duration>(
                                std::chrono::nanoseconds(before.modifiedNs))))}};
    validateMedia(record);

    return m_impl->write(operation, [&] {
        // Checked under the write lock, so two importers cannot both insert.
        if (std::optional<MediaRecord> existing = selectMediaBySha(*m_impl->db, record.sha256)) {
            m_impl->audit.append("media.import.duplicate", {{"path", mediaPath},
                                                            {"sha256", record.sha256},
                                                            {"existing_media_id", existing->id},
                                                            {"existing_path", existing->path}});
            return *existing;
        }
        insertMedia(*m_impl->db, record);
        m_impl->audit.append("media.import", mediaAuditParameters(record));
        return record;
    });
}

std::int64_t CaseDatabase::addMedia(const MediaRecord& media)
{
    m_impl->requireWritable("adding media");
    validateMedia(media);
    return m_impl->write("adding media", [&] {
        MediaRecord row = media;
        insertMedia(*m_impl->db, row);
        m_impl->audit.append("media.add", mediaAuditParameters(row));
        return row.id;
    });
}

std::vector<MediaRecord> CaseDatabase::listMedia() const
{
    return m_impl->read("listing media", [&] {
        SQLite::Statement query(*m_impl->db, std::string(kMediaColumns) + "ORDER BY id");
        std::vector<MediaRecord> rows;
        while (query.executeStep())
            rows.push_back(readMedia(query));
        return rows;
    });
}

MediaRecord CaseDatabase::media(std::int64_t mediaId) const
{
    return m_impl->read("reading media", [&] {
        SQLite::Statement query(*m_impl->db, std::string(kMediaColumns) + "WHERE id = ?");
        query.bind(1, mediaId);
        if (!query.executeStep())
            throw CaseError(CaseErrorKind::NoSuchRecord, noSuchRecord("media", mediaId));
        return readMedia(query);
    });
}

std::optional<MediaRecord> CaseDatabase::findMediaBySha(const std::string& sha256) const
{
    return m_impl->read("finding media", [&] { return selectMediaBySha(*m_impl->db, sha256); });
}

std::int64_t CaseDatabase::addModel(const ModelRecord& model)
{
    m_impl->requireWritable("adding a model");
    if (model.name.empty() || model.method.empty() || model.path.empty())
        throw CaseError(CaseErrorKind::InvalidArgument, "A model needs a name, a method and a path");
    if (!isSha256Hex(model.sha256))
        throw CaseError(CaseErrorKind::InvalidArgument,
                        "A model needs a SHA-256 of 64 lowercase hex digits, not '" + model.sha256 + "'");
    const json metadata = objectOrEmpty(model.metadata, "Model metadata");

    return m_impl->write("adding a model", [&]() -> std::int64_t {
        // The same bundle is registered again whenever a run uses it; that is
        // not a change, so it is neither stored twice nor audited.
        if (std::optional<ModelRecord> existing = selectModelBySha(*m_impl->db, model.sha256))
            return existing->id;
        const std::string created = evidence::utcNowIso8601();
        SQLite::Statement insert(*m_impl->db, "INSERT INTO models (name, method, profile, sha256, path, "
                                              "metadata, created) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, model.name);
        insert.bind(2, model.method);
        insert.bind(3, model.profile);
        insert.bind(4, model.sha256);
        insert.bind(5, model.path);
        insert.bind(6, toJsonText(metadata));
        insert.bind(7, created);
        insert.exec();
        const std::int64_t id = m_impl->db->getLastInsertRowid();
        m_impl->audit.append("model.add", {{"model_id", id},
                                           {"name", model.name},
                                           {"method", model.method},
                                           {"profile", model.profile},
                                           {"sha256", model.sha256},
                                           {"path", model.path}});
        return id;
    });
}

std::vector<ModelRecord> CaseDatabase::listModels() const
{
    return m_impl->read("listing models", [&] {
        SQLite::Statement query(*m_impl->db, std::string(kModelColumns) + "ORDER BY id");
        std::vector<ModelRecord> rows;
        while (query.executeStep())
            rows.push_back(readModel(query));
        return rows;
    });
}

std::optional<ModelRecord> CaseDatabase::findModelBySha(const std::string& sha256) const
{
    return m_impl->read("finding a model", [&] { return selectModelBySha(*m_impl->db, sha256); });
}

} // namespace anomalens::store
