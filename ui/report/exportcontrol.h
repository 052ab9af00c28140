#pragma once
// ExportControl: how a long export (report, annotated clip) reports progress
// and learns that the user cancelled, without knowing who runs it: the GUI's
// worker forwards progress to the status bar, the CLI to a progress line.
#include "export/exportfile.h"

#include <atomic>
#include <functional>

namespace anomalens::ui {

struct ExportControl {
    // Fraction done in [0, 1]; called from the exporting thread.
    std::function<void(double fraction)> progress;
    // Set by another thread to stop; the export then throws ExportCancelled
    // and leaves no file behind.
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void throwIfCancelled() const
    {
        if (cancelled())
            throw exporting::ExportCancelled("The export was cancelled; no file was written.");
    }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

} // namespace anomalens::ui
