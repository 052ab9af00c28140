#pragma once
// The SQLite library case files are read and written with, for the About box
// and bug reports (a case's behaviour can depend on it). SQLite-header-free.
#include <string>

namespace anomalens::store {

// The run-time library's version, e.g. "3.40.1".
std::string sqliteVersion();

} // namespace anomalens::store
