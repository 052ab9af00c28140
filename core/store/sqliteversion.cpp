#include "store/sqliteversion.h"

#include <sqlite3.h>

namespace anomalens::store {

std::string sqliteVersion() { return sqlite3_libversion(); }

} // namespace anomalens::store
