#pragma once
// Each register* function adds one group of subcommands to the anomalens-cli
// parser. Subcommand callbacks do the work and throw on failure; main() turns
// exceptions into a message on stderr and a non-zero exit code.
#include <CLI/CLI.hpp>

namespace anomalens::cli {

void registerMediaCommands(CLI::App& app);   // info, frame, bench decode
void registerCaseCommands(CLI::App& app);    // case create|import|verify|info
void registerSampleCommands(CLI::App& app);  // sample, demo
void registerTrainCommands(CLI::App& app);   // train, model info
void registerAnalyzeCommands(CLI::App& app); // analyze
void registerEvalCommands(CLI::App& app);    // eval, bench infer|peak|cues (after registerMediaCommands)
// export clip|scores. Returns the `export` subcommand so that other exports
// (report, annotated clip) can be added under it.
CLI::App* addExportCommand(CLI::App& app);

} // namespace anomalens::cli
