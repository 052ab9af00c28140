// case create|import|verify|info: the case file from the command line.
#include "cliutil.h"
#include "commands.h"

#include "store/casedatabase.h"

#include <cstdio>
#include <memory>

namespace anomalens::cli {
namespace {

const char* checkStatusText(store::MediaCheckStatus status)
{
    switch (status) {
    case store::MediaCheckStatus::Ok: return "ok";
    case store::MediaCheckStatus::Missing: return "MISSING";
    case store::MediaCheckStatus::Changed: return "CHANGED";
    case store::MediaCheckStatus::Unreadable: return "UNREADABLE";
    }
    return "?";
}

void registerCreate(CLI::App& parent)
{
    auto* cmd = parent.add_subcommand("create", "Create a new, empty case file (.alcase)");
    struct Args {
        std::string path, name, investigator, reference;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("CASE", args->path, "Case file to create")->required();
    cmd->add_option("--name", args->name, "Case name (default: the file name)");
    cmd->add_option("--investigator", args->investigator, "Investigator's name");
    cmd->add_option("--reference", args->reference, "Case reference number");
    cmd->callback([args] {
        store::CaseMetadata metadata;
        metadata.name = args->name.empty() ? std::filesystem::path(args->path).stem().string() : args->name;
        if (!args->investigator.empty())
            metadata.extra["investigator"] = args->investigator;
        if (!args->reference.empty())
            metadata.extra["reference"] = args->reference;
        const store::CaseDatabase db = store::CaseDatabase::create(args->path, metadata);
        std::printf("created case \"%s\" in %s\n", metadata.name.c_str(), db.path().c_str());
    });
}

void registerImport(CLI::App& parent)
{
    auto* cmd = parent.add_subcommand("import", "Hash, probe and record footage in a case (files are never modified)");
    struct Args {
        std::string casePath;
        std::vector<std::string> files;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("CASE", args->casePath, "Case file")->required();
    cmd->add_option("FILES", args->files, "Video files to import")->required();
    cmd->callback([args] {
        store::CaseDatabase db = store::CaseDatabase::open(args->casePath);
        for (const std::string& file : args->files) {
            ProgressLine progress("hashing " + std::filesystem::path(file).filename().string());
            const store::MediaRecord media = db.importMedia(file, [&](uint64_t done, uint64_t total) {
                progress.update(total ? double(done) / double(total) : 1.0);
                return true;
            });
            progress.finish();
            std::printf("media %lld  %s  sha256 %s  %dx%d  %.3g fps  %lld frames  %s\n",
                        static_cast<long long>(media.id), media.path.c_str(), media.sha256.c_str(), media.width,
                        media.height, media.fps, static_cast<long long>(media.frameCount),
                        formatTimeUs(media.durationUs).c_str());
        }
    });
}

void registerVerify(CLI::App& parent)
{
    auto* cmd = parent.add_subcommand("verify", "Check the audit chain and re-hash every media file; exit 1 on any mismatch");
    auto casePath = std::make_shared<std::string>();
    cmd->add_option("CASE", *casePath, "Case file")->required();
    cmd->callback([casePath] {
        const store::CaseDatabase db = store::CaseDatabase::open(*casePath, store::OpenMode::ReadOnly);
        ProgressLine progress("re-hashing media");
        const store::CaseVerifyReport report = db.verify([&](uint64_t done, uint64_t total) {
            progress.update(total ? double(done) / double(total) : 1.0);
            return true;
        });
        progress.finish();
        std::printf("audit log: %s (%lld rows checked; head %s)\n", report.audit.ok ? "intact" : "TAMPERED",
                    static_cast<long long>(report.audit.rowsChecked), report.audit.head.headHash.c_str());
        if (!report.audit.ok)
            std::printf("  %s\n", report.audit.message.c_str());
        for (const store::MediaCheck& check : report.media) {
            std::printf("media %lld: %-10s %s\n", static_cast<long long>(check.mediaId),
                        checkStatusText(check.status), check.path.c_str());
            if (check.status != store::MediaCheckStatus::Ok)
                std::printf("  %s\n", check.message.c_str());
        }
        if (!report.ok())
            throw std::runtime_error("verification failed: the case or its evidence has changed since it was recorded");
        std::printf("verification passed\n");
    });
}

void registerInfo(CLI::App& parent)
{
    auto* cmd = parent.add_subcommand("info", "Summarise a case: media, runs, and the audit log");
    auto casePath = std::make_shared<std::string>();
    auto showAudit = std::make_shared<bool>(false);
    cmd->add_option("CASE", *casePath, "Case file")->required();
    cmd->add_flag("--audit", *showAudit, "Print every audit log entry");
    cmd->callback([casePath, showAudit] {
        const store::CaseDatabase db = store::CaseDatabase::open(*casePath, store::OpenMode::ReadOnly);
        const store::CaseInfo info = db.info();
        std::printf("case \"%s\" (schema v%d, created %s)\n", info.name.c_str(), info.schemaVersion,
                    info.createdUtc.c_str());
        for (const store::MediaRecord& media : db.listMedia())
            std::printf("media %lld  %s  sha256 %s\n", static_cast<long long>(media.id), media.path.c_str(),
                        media.sha256.c_str());
        for (const store::RunRecord& run : db.listRuns())
            std::printf("run %lld  media %lld  model %lld  %s\n", static_cast<long long>(run.id),
                        static_cast<long long>(run.mediaId), static_cast<long long>(run.modelId),
                        store::toString(run.status));
        std::printf("audit log: %lld rows, head %s\n", static_cast<long long>(info.auditHead.rowCount),
                    info.auditHead.headHash.c_str());
        if (*showAudit)
            for (const evidence::AuditEntry& entry : db.audit().entries())
                std::printf("  #%lld %s %s %s %s\n", static_cast<long long>(entry.id), entry.timeUtc.c_str(),
                            entry.actor.c_str(), entry.action.c_str(), entry.parameters.c_str());
    });
}

} // namespace

void registerCaseCommands(CLI::App& app)
{
    auto* group = app.add_subcommand("case", "Case files: create, import footage, verify, inspect");
    group->require_subcommand(1);
    registerCreate(*group);
    registerImport(*group);
    registerVerify(*group);
    registerInfo(*group);
}

} // namespace anomalens::cli
