// CaseDatabase: annotations. Every update or delete first copies the full
// previous content into annotation_history (append-only), so what an
// investigator wrote at any point can be reconstructed.
#include "store/casedatabase_p.h"

#include "evidence/timestamp.h"

namespace anomalens::store {
namespace {

using nlohmann::json;

constexpr const char* kAnnotationColumns =
    "SELECT id, media_id, run_id, frame_start, frame_end, label, note, author, created, modified, "
    "version FROM annotations ";

Annotation readAnnotation(SQLite::Statement& query)
{
    Annotation annotation;
    annotation.id = query.getColumn(0).getInt64();
    annotation.mediaId = query.getColumn(1).getInt64();
    if (!query.getColumn(2).isNull())
        annotation.runId = query.getColumn(2).getInt64();
    annotation.frameStart = query.getColumn(3).getInt64();
    annotation.frameEnd = query.getColumn(4).getInt64();
    annotation.label = query.getColumn(5).getString();
    annotation.note = query.getColumn(6).getString();
    annotation.author = query.getColumn(7).getString();
    annotation.createdUtc = query.getColumn(8).getString();
    annotation.modifiedUtc = query.getColumn(9).getString();
    annotation.version = query.getColumn(10).getInt();
    return annotation;
}

json contentOf(const Annotation& annotation)
{
    return {{"id", annotation.id},
            {"media_id", annotation.mediaId},
            {"run_id", annotation.runId ? json(*annotation.runId) : json()},
            {"frame_start", annotation.frameStart},
            {"frame_end", annotation.frameEnd},
            {"label", annotation.label},
            {"note", annotation.note},
            {"author", annotation.author},
            {"created", annotation.createdUtc},
            {"modified", annotation.modifiedUtc},
            {"version", annotation.version}};
}

void validate(const Annotation& annotation)
{
    if (annotation.label.empty())
        throw CaseError(CaseErrorKind::InvalidArgument, "An annotation needs a label");
    if (annotation.frameStart < 0 || annotation.frameStart > annotation.frameEnd)
        throw CaseError(CaseErrorKind::InvalidArgument,
                        "An annotation needs 0 <= first frame <= last frame (got " +
                            std::to_string(annotation.frameStart) + ".." + std::to_string(annotation.frameEnd) + ")");
}

Annotation selectAnnotation(SQLite::Database& db, std::int64_t annotationId)
{
    SQLite::Statement query(db, std::string(kAnnotationColumns) + "WHERE id = ?");
    query.bind(1, annotationId);
    if (!query.executeStep())
        throw CaseError(CaseErrorKind::NoSuchRecord, noSuchRecord("annotation", annotationId));
    return readAnnotation(query);
}

// The references must exist, and a run must belong to the annotated footage.
void checkReferences(SQLite::Database& db, std::int64_t mediaId, const std::optional<std::int64_t>& runId)
{
    SQLite::Statement media(db, "SELECT 1 FROM media WHERE id = ?");
    media.bind(1, mediaId);
    if (!media.executeStep())
        throw CaseError(CaseErrorKind::NoSuchRecord, noSuchRecord("media", mediaId));
    if (!runId)
        return;
    SQLite::Statement run(db, "SELECT media_id FROM runs WHERE id = ?");
    run.bind(1, *runId);
    if (!run.executeStep())
        throw CaseError(CaseErrorKind::NoSuchRecord, noSuchRecord("analysis run", *runId));
    if (run.getColumn(0).getInt64() != mediaId)
        throw CaseError(CaseErrorKind::InvalidArgument,
                        "Analysis run " + std::to_string(*runId) + " is not a run of media " +
                            std::to_string(mediaId));
}

void bindOptional(SQLite::Statement& statement, int index, const std::optional<std::int64_t>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

void recordHistory(SQLite::Database& db, const Annotation& previous, const std::string& author,
                   const char* change)
{
    SQLite::Statement insert(db, "INSERT INTO annotation_history "
                                 "(annotation_id, version, changed, author, change, previous) "
                                 "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, previous.id);
    insert.bind(2, previous.version);
    insert.bind(3, evidence::utcNowIso8601());
    insert.bind(4, author);
    insert.bind(5, change);
    insert.bind(6, toJsonText(contentOf(previous)));
    insert.exec();
}

} // namespace

std::int64_t CaseDatabase::addAnnotation(const Annotation& annotation)
{
    m_impl->requireWritable("adding an annotation");
    validate(annotation);
    return m_impl->write("adding an annotation", [&] {
        SQLite::Database& db = *m_impl->db;
        checkReferences(db, annotation.mediaId, annotation.runId);
        Annotation row = annotation;
        row.author = annotation.author.empty() ? m_impl->audit.actor() : annotation.author;
        row.createdUtc = row.modifiedUtc = evidence::utcNowIso8601();
        row.version = 1;
        SQLite::Statement insert(db, "INSERT INTO annotations (media_id, run_id, frame_start, frame_end, "
                                     "label, note, author, created, modified, version) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
        insert.bind(1, row.mediaId);
        bindOptional(insert, 2, row.runId);
        insert.bind(3, row.frameStart);
        insert.bind(4, row.frameEnd);
        insert.bind(5, row.label);
        insert.bind(6, row.note);
        insert.bind(7, row.author);
        insert.bind(8, row.createdUtc);
        insert.bind(9, row.modifiedUtc);
        insert.exec();
        row.id = db.getLastInsertRowid();
        m_impl->audit.append("annotation.add", {{"annotation_id", row.id}, {"content", contentOf(row)}});
        return row.id;
    });
}

int CaseDatabase::updateAnnotation(const Annotation& annotation)
{
    m_impl->requireWritable("updating an annotation");
    validate(annotation);
    return m_impl->write("updating an annotation", [&] {
        SQLite::Database& db = *m_impl->db;
        const Annotation previous = selectAnnotation(db, annotation.id);
        if (annotation.mediaId != 0 && annotation.mediaId != previous.mediaId)
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "An annotation cannot be moved to other footage; delete it and add a new one");
        checkReferences(db, previous.mediaId, annotation.runId);
        recordHistory(db, previous, m_impl->audit.actor(), "update");

        Annotation row = previous;
        row.runId = annotation.runId;
        row.frameStart = annotation.frameStart;
        row.frameEnd = annotation.frameEnd;
        row.label = annotation.label;
        row.note = annotation.note;
        row.modifiedUtc = evidence::utcNowIso8601();
        row.version = previous.version + 1;
        SQLite::Statement update(db, "UPDATE annotations SET run_id = ?, frame_start = ?, frame_end = ?, "
                                     "label = ?, note = ?, modified = ?, version = ? WHERE id = ?");
        bindOptional(update, 1, row.runId);
        update.bind(2, row.frameStart);
        update.bind(3, row.frameEnd);
        update.bind(4, row.label);
        update.bind(5, row.note);
        update.bind(6, row.modifiedUtc);
        update.bind(7, row.version);
        update.bind(8, row.id);
        update.exec();
        m_impl->audit.append("annotation.update", {{"annotation_id", row.id},
                                                   {"previous_version", previous.version},
                                                   {"content", contentOf(row)}});
        return row.version;
    });
}

void CaseDatabase::deleteAnnotation(std::int64_t annotationId)
{
    m_impl->write("deleting an annotation", [&] {
        SQLite::Database& db = *m_impl->db;
        const Annotation previous = selectAnnotation(db, annotationId);
        recordHistory(db, previous, m_impl->audit.actor(), "delete");
        SQLite::Statement remove(db, "DELETE FROM annotations WHERE id = ?");
        remove.bind(1, annotationId);
        remove.exec();
        m_impl->audit.append("annotation.delete", {{"annotation_id", annotationId},
                                                   {"previous_version", previous.version},
                                                   {"content", contentOf(previous)}});
    });
}

Annotation CaseDatabase::annotation(std::int64_t annotationId) const
{
    return m_impl->read("reading an annotation", [&] { return selectAnnotation(*m_impl->db, annotationId); });
}

std::vector<Annotation> CaseDatabase::annotations(std::int64_t mediaId) const
{
    return m_impl->read("listing annotations", [&] {
        SQLite::Statement query(*m_impl->db,
                                std::string(kAnnotationColumns) + "WHERE media_id = ? ORDER BY frame_start, id");
        query.bind(1, mediaId);
        std::vector<Annotation> rows;
        while (query.executeStep())
            rows.push_back(readAnnotation(query));
        return rows;
    });
}

std::vector<AnnotationRevision> CaseDatabase::annotationHistory(std::int64_t annotationId) const
{
    return m_impl->read("reading annotation history", [&] {
        SQLite::Statement query(*m_impl->db, "SELECT annotation_id, version, changed, author, change, previous "
                                             "FROM annotation_history WHERE annotation_id = ? ORDER BY version");
        query.bind(1, annotationId);
        std::vector<AnnotationRevision> revisions;
        while (query.executeStep()) {
            AnnotationRevision revision;
            revision.annotationId = query.getColumn(0).getInt64();
            revision.version = query.getColumn(1).getInt();
            revision.changedUtc = query.getColumn(2).getString();
            revision.author = query.getColumn(3).getString();
            revision.change = query.getColumn(4).getString();
            revision.previous = parseJsonColumn(query.getColumn(5).getString(), "annotation_history.previous");
            revisions.push_back(std::move(revision));
        }
        return revisions;
    });
}

} // namespace anomalens::store
