#pragma once
// The exports drawn with Qt (anomalens_report): `export report` and
// `export annotated`. Only built when the GUI libraries are (ANOMALENS_BUILD_GUI;
// the target then defines ANOMALENS_CLI_HAS_REPORT_EXPORT), since they need
// Qt Gui; they run on Qt's offscreen platform, so no display is needed.
#include <CLI/CLI.hpp>

namespace anomalens::cli {

// Adds `report` and `annotated` under the `export` subcommand.
void addExportReportCommands(CLI::App& exportCommand);

} // namespace anomalens::cli
