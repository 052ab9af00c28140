#pragma once
// The case database schema and its forward migrations.
//
// A case's schema version is PRAGMA user_version (0 = empty file). Migration
// step N turns version N-1 into N; migrateSchema() applies the missing steps
// in order, each in its own IMMEDIATE transaction together with the new
// user_version and a "case.migrate" audit row, so an interrupted upgrade
// leaves the case at the last completed version, never in between. Steps are
// never edited once released: a schema change is a new step. A case whose
// version is above the last known step is refused (CaseError NewerSchema)
// without being written. PRAGMA application_id marks the file as a case, so
// an unrelated SQLite database is never "upgraded" into one.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace anomalens::store {

// 'ALCS' (Anomalens case).
inline constexpr std::int32_t kCaseApplicationId = 0x414C4353;

struct Migration {
    int toVersion = 0;
    std::string description;
    std::function<void(SQLite::Database&)> apply;   // runs inside the step's transaction
};

// The steps this build knows, v1 first.
const std::vector<Migration>& builtinMigrations();

// The version builtinMigrations() ends at.
int currentSchemaVersion();

int readUserVersion(SQLite::Database& db);

// Applies the steps of `steps` above the file's version. `steps` must be
// numbered 1, 2, 3, ... Throws CaseError (NewerSchema if the file is past the
// last step); SQLite errors propagate for the caller to translate.
void migrateSchema(SQLite::Database& db, const std::vector<Migration>& steps);

} // namespace anomalens::store
