#pragma once
// CaseError: every failure of core/store, with a message a user can act on
// (it names the case file and says what to do) and a kind the GUI/CLI can
// branch on (e.g. offer "open read-only" for Locked or ReadOnly). SQLite and
// evidence exceptions never escape the store untranslated.
#include <stdexcept>
#include <string>

namespace anomalens::store {

enum class CaseErrorKind {
    NotFound,          // the case file (or a media file) does not exist
    AlreadyExists,     // create() on an existing path
    NotACase,          // not an SQLite database, or an SQLite database of something else
    Corrupt,           // damaged header, truncated, or failed integrity check
    NewerSchema,       // written by a newer Anomalens; left untouched
    OlderSchema,       // needs an upgrade, which a read-only open cannot do
    Locked,            // another program holds the write lock past the busy timeout
    ReadOnly,          // opened ReadOnly, or the file/folder cannot be written
    InvalidArgument,   // bad input (empty name, frame range, duplicate score, ...)
    NoSuchRecord,      // an id that is not in the case
    Cancelled,         // a progress callback asked to stop
    Io,                // anything else the OS or SQLite reported
};

class CaseError : public std::runtime_error {
public:
    CaseError(CaseErrorKind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind)
    {
    }
    CaseErrorKind kind() const noexcept { return m_kind; }

private:
    CaseErrorKind m_kind;
};

} // namespace anomalens::store
