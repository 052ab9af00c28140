// anomalens-cli: the headless front end. Every non-interactive feature of
// Anomalens is reachable here, for batch work and scripting.
#include "commands.h"
#include "evidence/toolversion.h"
#ifdef ANOMALENS_CLI_HAS_REPORT_EXPORT
#include "cmd_exportreport.h"
#endif

#include <cstdio>
#include <exception>

int main(int argc, char** argv)
{
    CLI::App app{"Anomalens: learn what is normal for a camera, find what is not.\n"
                 "Command-line tool: media, case files, training, analysis, evaluation, exports, the sample scene.",
                 "anomalens-cli"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "anomalens-cli " + anomalens::evidence::toolVersion());
    anomalens::cli::registerMediaCommands(app);
    anomalens::cli::registerCaseCommands(app);
    anomalens::cli::registerSampleCommands(app);
    anomalens::cli::registerTrainCommands(app);
    anomalens::cli::registerAnalyzeCommands(app);
    anomalens::cli::registerEvalCommands(app);
    CLI::App* exportCommand = anomalens::cli::addExportCommand(app);
#ifdef ANOMALENS_CLI_HAS_REPORT_EXPORT
    anomalens::cli::addExportReportCommands(*exportCommand);
#else
    (void)exportCommand;
#endif
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "anomalens-cli: error: %s\n", e.what());
        return 1;
    }
    return 0;
}
