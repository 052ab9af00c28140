<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QMessageBox</name>
    <message>
        <source>Anomalens</source>
        <translation>Anomalens</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>not identified (not OpenBLAS)</source>
        <translation>not identified (not OpenBLAS)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>About Anomalens</source>
        <translation>About Anomalens</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Anomalens %1&lt;/h2&gt;&lt;p&gt;Forensic review of CCTV footage: find the few seconds that matter.&lt;/p&gt;&lt;p&gt;Evidence files are opened read-only and never modified.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Anomalens %1&lt;/h2&gt;&lt;p&gt;Forensic review of CCTV footage: find the few seconds that matter.&lt;/p&gt;&lt;p&gt;Evidence files are opened read-only and never modified.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copy to Clipboard</translation>
    </message>
    <message>
        <source>Copy these versions, e.g. into a bug report</source>
        <translation>Copy these versions, e.g. into a bug report</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnalyseDialog</name>
    <message>
        <source>Analyse Footage</source>
        <translation>Analyse Footage</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Events start where the calibrated score reaches this value; it can be changed later by dragging the line on the timeline.</source>
        <translation>Events start where the calibrated score reaches this value; it can be changed later by dragging the line on the timeline.</translation>
    </message>
    <message>
        <source>Full precision (fp32)</source>
        <translation>Full precision (fp32)</translation>
    </message>
    <message>
        <source>Faster on recent CPUs (bf16)</source>
        <translation>Faster on recent CPUs (bf16)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>All files of the case</source>
        <translation>All files of the case</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Event threshold:</source>
        <translation>Event threshold:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precision:</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>Choose a Model</translation>
    </message>
    <message>
        <source>Anomalens models (*.alm);;All files (*)</source>
        <translation>Anomalens models (*.alm);;All files (*)</translation>
    </message>
    <message>
        <source>No model yet: train one (Analysis ▸ Train Model…) or browse to a bundle.</source>
        <translation>No model yet: train one (Analysis ▸ Train Model…) or browse to a bundle.</translation>
    </message>
    <message numerus="yes">
        <source>%1, profile %2 (%3×%3 px), %4 training steps on %n clip(s) (%5 frames), created %6. Default threshold %7.</source>
        <translation>
            <numerusform>%1, profile %2 (%3×%3 px), %4 training steps on %n clip (%5 frames), created %6. Default threshold %7.</numerusform>
            <numerusform>%1, profile %2 (%3×%3 px), %4 training steps on %n clips (%5 frames), created %6. Default threshold %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>This model has no calibration and cannot be used to analyse.</source>
        <translation>This model has no calibration and cannot be used to analyse.</translation>
    </message>
    <message>
        <source>Not a usable model: %1</source>
        <translation>Not a usable model: %1</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotatedClip</name>
    <message>
        <source>Frame %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DERIVED COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not original evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source changed since import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame could not be decoded from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotationDialog</name>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>e.g. person loitering</source>
        <translation>e.g. person loitering</translation>
    </message>
    <message>
        <source>What is seen, by whom, why it matters…</source>
        <translation>What is seen, by whom, why it matters…</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;First frame:</source>
        <translation>&amp;First frame:</translation>
    </message>
    <message>
        <source>L&amp;ast frame:</source>
        <translation>L&amp;ast frame:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>1 frame (bookmark)</source>
        <translation>1 frame (bookmark)</translation>
    </message>
    <message>
        <source>%1 (%2 frames)</source>
        <translation>%1 (%2 frames)</translation>
    </message>
    <message>
        <source>Enter a label first.</source>
        <translation>Enter a label first.</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Search labels and notes</source>
        <translation>Search labels and notes</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>No footage is open.</source>
        <translation>No footage is open.</translation>
    </message>
    <message>
        <source>The case is open read-only; annotations cannot be changed.</source>
        <translation>The case is open read-only; annotations cannot be changed.</translation>
    </message>
    <message>
        <source>Could not read the annotations of this footage</source>
        <translation>Could not read the annotations of this footage</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>Frame %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>bookmark</translation>
    </message>
    <message>
        <source>%1 (UTC), version %2</source>
        <translation>%1 (UTC), version %2</translation>
    </message>
    <message>
        <source>No footage open</source>
        <translation>No footage open</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Go to Start</source>
        <translation>Go to Start</translation>
    </message>
    <message>
        <source>Cannot add an annotation</source>
        <translation>Cannot add an annotation</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>Add Bookmark</translation>
    </message>
    <message>
        <source>Add Range</source>
        <translation>Add Range</translation>
    </message>
    <message>
        <source>Cannot edit the annotation</source>
        <translation>Cannot edit the annotation</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Edit Annotation</translation>
    </message>
    <message>
        <source>Could not add the annotation</source>
        <translation>Could not add the annotation</translation>
    </message>
    <message>
        <source>Could not save the annotation</source>
        <translation>Could not save the annotation</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>Cannot delete the annotation</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <source>Delete the annotation “%1”?</source>
        <translation>Delete the annotation “%1”?</translation>
    </message>
    <message>
        <source>Its content stays in the case&apos;s annotation history.</source>
        <translation>Its content stays in the case&apos;s annotation history.</translation>
    </message>
    <message>
        <source>Could not delete the annotation</source>
        <translation>Could not delete the annotation</translation>
    </message>
    <message>
        <source>Could not read the annotation&apos;s history</source>
        <translation>Could not read the annotation&apos;s history</translation>
    </message>
    <message>
        <source>Annotation History</source>
        <translation>Annotation History</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>Changed (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Previous label</source>
        <translation>Previous label</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>Previous range</translation>
    </message>
    <message>
        <source>Previous note</source>
        <translation>Previous note</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Never edited: this is the first version.</source>
        <translation>Never edited: this is the first version.</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::CaseMediaDock</name>
    <message>
        <source>%1
SHA-256: %2
Imported: %3 (UTC)</source>
        <translation>%1
SHA-256: %2
Imported: %3 (UTC)</translation>
    </message>
    <message>
        <source>
Not found at this path.</source>
        <translation>
Not found at this path.</translation>
    </message>
    <message>
        <source>Case Media</source>
        <translation>Case Media</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 media file(s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 media file(s)</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The latest analysis stopped at %1 % of the frames; Analyse continues it</source>
        <translation>The latest analysis stopped at %1 % of the frames; Analyse continues it</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Not analysed yet</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) flagged by the latest analysis</source>
        <translation>
            <numerusform>%n event flagged by the latest analysis</numerusform>
            <numerusform>%n events flagged by the latest analysis</numerusform>
        </translation>
    </message>
    <message>
        <source>No case open. Use File ▸ Open Case…</source>
        <translation>No case open. Use File ▸ Open Case…</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::EventsDock</name>
    <message>
        <source>Unreviewed</source>
        <translation>Unreviewed</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Mark the selected event confirmed (C)</source>
        <translation>Mark the selected event confirmed (C)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Mark the selected event dismissed: nothing of interest (D)</source>
        <translation>Mark the selected event dismissed: nothing of interest (D)</translation>
    </message>
    <message>
        <source>Mark the selected event for a second look (R)</source>
        <translation>Mark the selected event for a second look (R)</translation>
    </message>
    <message>
        <source>Event %1: frames %2–%3, peak at frame %4</source>
        <translation>Event %1: frames %2–%3, peak at frame %4</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>No events</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 to review, %2 confirmed</source>
        <translation>
            <numerusform>%n event, %1 to review, %2 confirmed</numerusform>
            <numerusform>%n events, %1 to review, %2 confirmed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::ExportJob</name>
    <message>
        <source>Clip written: %1, frames %2–%3 (asked for %4–%5)</source>
        <translation>Clip written: %1, frames %2–%3 (asked for %4–%5)</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) of confirmed events written to %1</source>
        <translation>
            <numerusform>%n clip of confirmed events written to %1</numerusform>
            <numerusform>%n clips of confirmed events written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n row(s))</source>
        <translation>
            <numerusform>Written: %1 (%n row)</numerusform>
            <numerusform>Written: %1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anomalens::ui::FootageRangeDialog</name>
    <message>
        <source>%1, frames %2–%3</source>
        <translation>%1, frames %2–%3</translation>
    </message>
    <message>
        <source>Add a Range of Frames</source>
        <translation>Add a Range of Frames</translation>
    </message>
    <message>
        <source>The clip the range is taken from</source>
        <translation>The clip the range is taken from</translation>
    </message>
    <message>
        <source>Clip:</source>
        <translation>Clip:</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>First frame:</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>Last frame:</translation>
    </message>
    <message>
        <source>Frames are numbered from 0, as in the timeline; both ends are included. The range replaces the whole clip in the list.</source>
        <translation>Frames are numbered from 0, as in the timeline; both ends are included. The range replaces the whole clip in the list.</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::FrameDecoder</name>
    <message>
        <source>“%1” contains no video frames.</source>
        <translation>“%1” contains no video frames.</translation>
    </message>
    <message>
        <source>Frame %1 is outside the file (0–%2).</source>
        <translation>Frame %1 is outside the file (0–%2).</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded (damaged or missing data).</source>
        <translation>Frame %1 could not be decoded (damaged or missing data).</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::GuardedApplication</name>
    <message>
        <source>An unknown error occurred.</source>
        <translation>An unknown error occurred.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Anomalens keeps running; save your work and check the result of the last command.</source>
        <translation>An unexpected error occurred. Anomalens keeps running; save your work and check the result of the last command.</translation>
    </message>
    <message>
        <source>%1

Details are in the log: %2</source>
        <translation>%1

Details are in the log: %2</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::MainWindow</name>
    <message>
        <source>Anomalens</source>
        <translation>Anomalens</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>No media</translation>
    </message>
    <message>
        <source>Screen pixels per image pixel. Above 200 % pixels are shown unsmoothed.</source>
        <translation>Screen pixels per image pixel. Above 200 % pixels are shown unsmoothed.</translation>
    </message>
    <message>
        <source>Open a video, a frame folder or a case — or drop it here.

Ctrl+O  video      Ctrl+Shift+O  frame folder      Ctrl+Alt+O  case</source>
        <translation>Open a video, a frame folder or a case — or drop it here.

Ctrl+O  video      Ctrl+Shift+O  frame folder      Ctrl+Alt+O  case</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open Video…</source>
        <translation>&amp;Open Video…</translation>
    </message>
    <message>
        <source>Open a video file</source>
        <translation>Open a video file</translation>
    </message>
    <message>
        <source>Open &amp;Frame Folder…</source>
        <translation>Open &amp;Frame Folder…</translation>
    </message>
    <message>
        <source>Open a folder of numbered still images as one video</source>
        <translation>Open a folder of numbered still images as one video</translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>Open &amp;Case…</translation>
    </message>
    <message>
        <source>Open an Anomalens case file and list its media</source>
        <translation>Open an Anomalens case file and list its media</translation>
    </message>
    <message>
        <source>&amp;Close Media</source>
        <translation>&amp;Close Media</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Previous F&amp;rame</source>
        <translation>Previous F&amp;rame</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <translation>&amp;Next Frame</translation>
    </message>
    <message>
        <source>&amp;Back 1 Second</source>
        <translation>&amp;Back 1 Second</translation>
    </message>
    <message>
        <source>&amp;Forward 1 Second</source>
        <translation>&amp;Forward 1 Second</translation>
    </message>
    <message>
        <source>F&amp;irst Frame</source>
        <translation>F&amp;irst Frame</translation>
    </message>
    <message>
        <source>&amp;Last Frame</source>
        <translation>&amp;Last Frame</translation>
    </message>
    <message>
        <source>&amp;Go to Frame…</source>
        <translation>&amp;Go to Frame…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>&amp;Actual Pixels</translation>
    </message>
    <message>
        <source>&amp;About Anomalens</source>
        <translation>&amp;About Anomalens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>Open Video</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.mts *.m2ts *.ts *.mpg *.mpeg *.wmv *.asf *.flv *.webm *.3gp *.dav *.264 *.h264 *.265 *.hevc *.mjpeg);;All files (*)</source>
        <translation>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.mts *.m2ts *.ts *.mpg *.mpeg *.wmv *.asf *.flv *.webm *.3gp *.dav *.264 *.h264 *.265 *.hevc *.mjpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Open Frame Folder</source>
        <translation>Open Frame Folder</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Open Case</translation>
    </message>
    <message>
        <source>Anomalens cases (*.alcase);;All files (*)</source>
        <translation>Anomalens cases (*.alcase);;All files (*)</translation>
    </message>
    <message>
        <source>Opening case %1…</source>
        <translation>Opening case %1…</translation>
    </message>
    <message numerus="yes">
        <source>Case “%1”: %n media file(s). Double-click one to review it.</source>
        <translation>
            <numerusform>Case “%1”: %n media file. Double-click one to review it.</numerusform>
            <numerusform>Case “%1”: %n media files. Double-click one to review it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the case “%1”.</source>
        <translation>Could not open the case “%1”.</translation>
    </message>
    <message>
        <source>%1 — Anomalens</source>
        <translation>%1 — Anomalens</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Could not open “%1”.</translation>
    </message>
    <message>
        <source>  (not found)</source>
        <translation>  (not found)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Remove Entries Not Found</source>
        <translation>Remove Entries Not Found</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Clear Menu</translation>
    </message>
    <message>
        <source>Frame %1 cannot be shown.
%2</source>
        <translation>Frame %1 cannot be shown.
%2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Playing at %1 fps</source>
        <translation>Playing at %1 fps</translation>
    </message>
    <message numerus="yes">
        <source>Paused · last playback skipped %n frame(s)</source>
        <translation>
            <numerusform>Paused · last playback skipped %n frame</numerusform>
            <numerusform>Paused · last playback skipped %n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Zoom %1 % (fit)</source>
        <translation>Zoom %1 % (fit)</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Go to Frame</source>
        <translation>Go to Frame</translation>
    </message>
    <message>
        <source>Frame number (0–%1):</source>
        <translation>Frame number (0–%1):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop after the frames in flight; analysing again continues where it stopped</source>
        <translation>Stop after the frames in flight; analysing again continues where it stopped</translation>
    </message>
    <message>
        <source>&amp;Analyse…</source>
        <translation>&amp;Analyse…</translation>
    </message>
    <message>
        <source>Score every frame of the case&apos;s footage with a model of normal activity</source>
        <translation>Score every frame of the case&apos;s footage with a model of normal activity</translation>
    </message>
    <message>
        <source>N&amp;ext Event</source>
        <translation>N&amp;ext Event</translation>
    </message>
    <message>
        <source>P&amp;revious Event</source>
        <translation>P&amp;revious Event</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>&amp;Heat Map</translation>
    </message>
    <message>
        <source>Overlay where the model finds the frame abnormal</source>
        <translation>Overlay where the model finds the frame abnormal</translation>
    </message>
    <message>
        <source>Heat map opacity</source>
        <translation>Heat map opacity</translation>
    </message>
    <message>
        <source>Mark &amp;In</source>
        <translation>Mark &amp;In</translation>
    </message>
    <message>
        <source>Start a range annotation at this frame</source>
        <translation>Start a range annotation at this frame</translation>
    </message>
    <message>
        <source>Mark &amp;Out</source>
        <translation>Mark &amp;Out</translation>
    </message>
    <message>
        <source>End the range annotation at this frame and describe it</source>
        <translation>End the range annotation at this frame and describe it</translation>
    </message>
    <message>
        <source>&amp;Bookmark Frame…</source>
        <translation>&amp;Bookmark Frame…</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;New Case…</translation>
    </message>
    <message>
        <source>Start a case file that keeps footage hashes, analyses and annotations</source>
        <translation>Start a case file that keeps footage hashes, analyses and annotations</translation>
    </message>
    <message>
        <source>Add &amp;Footage to Case…</source>
        <translation>Add &amp;Footage to Case…</translation>
    </message>
    <message>
        <source>Hash and list video files in the open case</source>
        <translation>Hash and list video files in the open case</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>&amp;Train Model…</translation>
    </message>
    <message>
        <source>Teach a model what is normal for a camera from its ordinary footage</source>
        <translation>Teach a model what is normal for a camera from its ordinary footage</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>The case is open read-only: %1</source>
        <translation>The case is open read-only: %1</translation>
    </message>
    <message>
        <source>Could not read the analysis of this file: %1</source>
        <translation>Could not read the analysis of this file: %1</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>Feature distance</source>
        <translation>Feature distance</translation>
    </message>
    <message>
        <source>Model “%1”, run %2 (%3)</source>
        <translation>Model “%1”, run %2 (%3)</translation>
    </message>
    <message>
        <source>No event after this frame</source>
        <translation>No event after this frame</translation>
    </message>
    <message>
        <source>No event before this frame</source>
        <translation>No event before this frame</translation>
    </message>
    <message numerus="yes">
        <source>Threshold %1: %n event(s)</source>
        <translation>
            <numerusform>Threshold %1: %n event</numerusform>
            <numerusform>Threshold %1: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the new events.</source>
        <translation>Could not store the new events.</translation>
    </message>
    <message>
        <source>The analysis is not finished: events are shown, not stored</source>
        <translation>The analysis is not finished: events are shown, not stored</translation>
    </message>
    <message>
        <source>Could not store the event&apos;s state.</source>
        <translation>Could not store the event&apos;s state.</translation>
    </message>
    <message>
        <source>This analysis stored no heat maps</source>
        <translation>This analysis stored no heat maps</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>usual</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Open a case first.</translation>
    </message>
    <message>
        <source>Analyses are stored in a case, with the footage&apos;s hash and the model used. Create one with File ▸ New Case… or open an existing case.</source>
        <translation>Analyses are stored in a case, with the footage&apos;s hash and the model used. Create one with File ▸ New Case… or open an existing case.</translation>
    </message>
    <message>
        <source>This case cannot be changed.</source>
        <translation>This case cannot be changed.</translation>
    </message>
    <message>
        <source>No model found</source>
        <translation>No model found</translation>
    </message>
    <message>
        <source>An analysis is already running</source>
        <translation>An analysis is already running</translation>
    </message>
    <message>
        <source>Starting the analysis…</source>
        <translation>Starting the analysis…</translation>
    </message>
    <message>
        <source>Analysing %1 (%2 of %3)</source>
        <translation>Analysing %1 (%2 of %3)</translation>
    </message>
    <message>
        <source>: %1 frames/s, %2 left</source>
        <translation>: %1 frames/s, %2 left</translation>
    </message>
    <message>
        <source>Could not analyse “%1”.</source>
        <translation>Could not analyse “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n event</numerusform>
            <numerusform>%1: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis cancelled; analysing again continues where it stopped</source>
        <translation>Analysis cancelled; analysing again continues where it stopped</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>New Case</translation>
    </message>
    <message>
        <source>Anomalens cases (*.alcase)</source>
        <translation>Anomalens cases (*.alcase)</translation>
    </message>
    <message>
        <source>Could not create the case “%1”.</source>
        <translation>Could not create the case “%1”.</translation>
    </message>
    <message>
        <source>Open or create a case first.</source>
        <translation>Open or create a case first.</translation>
    </message>
    <message>
        <source>Footage is listed, hashed and analysed inside a case.</source>
        <translation>Footage is listed, hashed and analysed inside a case.</translation>
    </message>
    <message>
        <source>Add Footage</source>
        <translation>Add Footage</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.ts *.mpg *.mpeg *.wmv *.webm *.3gp *.dav);;All files (*)</source>
        <translation>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.ts *.mpg *.mpeg *.wmv *.webm *.3gp *.dav);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the case (hashing)…</source>
        <translation>
            <numerusform>Adding %n file to the case (hashing)…</numerusform>
            <numerusform>Adding %n files to the case (hashing)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Some footage could not be added.</source>
        <translation>Some footage could not be added.</translation>
    </message>
    <message>
        <source>Model saved: %1. It is listed in Analyse….</source>
        <translation>Model saved: %1. It is listed in Analyse….</translation>
    </message>
    <message>
        <source>In point at frame %1: move to the end of the range and press O</source>
        <translation>In point at frame %1: move to the end of the range and press O</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>The review workflow, the keys, and what the score means</source>
        <translation>The review workflow, the keys, and what the score means</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Annotated &amp;Clip of Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encode the selected event with the heat map, score and a &quot;derived copy&quot; mark burned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the case&apos;s evidence, analyses, events, annotations and audit trail as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export; no partial file is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report describes a case: its footage, analyses and audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the event in the Events panel (or move the playhead into it), then export its clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event %2 annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotated Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;Matroska video (*.mkv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is not in the footage on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case&apos;s footage that has the event, select the event, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case cannot record the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every export is written to the case&apos;s audit log. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing report %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting clip %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it (and its .sha256 file) with the new export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footage has changed since it was imported into the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip made from it may not show what was analysed. Export it anyway, marked &quot;source changed since import&quot; in every frame?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Marked Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written, marked: evidence has changed since import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one evidence file no longer matches the SHA-256 the case recorded. The report says so on its first page and in the footer of every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip written: %1 (%2 frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original Clip of Event…</source>
        <translation>&amp;Original Clip of Event…</translation>
    </message>
    <message>
        <source>Copy the selected event&apos;s footage as recorded (or re-encoded frame-exact), with a second before and after</source>
        <translation>Copy the selected event&apos;s footage as recorded (or re-encoded frame-exact), with a second before and after</translation>
    </message>
    <message>
        <source>Clips of All &amp;Confirmed Events…</source>
        <translation>Clips of All &amp;Confirmed Events…</translation>
    </message>
    <message>
        <source>One original clip per confirmed event of the case, into a folder</source>
        <translation>One original clip per confirmed event of the case, into a folder</translation>
    </message>
    <message>
        <source>&amp;Scores (CSV/JSON)…</source>
        <translation>&amp;Scores (CSV/JSON)…</translation>
    </message>
    <message>
        <source>The per-frame scores and signals, or the events, of the analysis on screen</source>
        <translation>The per-frame scores and signals, or the events, of the analysis on screen</translation>
    </message>
    <message>
        <source>%1 event %2</source>
        <translation>%1 event %2</translation>
    </message>
    <message>
        <source>Original packets, starts at the keyframe before the event (*.mp4 *.mkv *.mov)</source>
        <translation>Original packets, starts at the keyframe before the event (*.mp4 *.mkv *.mov)</translation>
    </message>
    <message>
        <source>Re-encoded H.264, exactly the event&apos;s frames (*.mp4 *.mkv)</source>
        <translation>Re-encoded H.264, exactly the event&apos;s frames (*.mp4 *.mkv)</translation>
    </message>
    <message>
        <source>Export Original Clip</source>
        <translation>Export Original Clip</translation>
    </message>
    <message>
        <source>The clips are cut from the case&apos;s footage at its confirmed events.</source>
        <translation>The clips are cut from the case&apos;s footage at its confirmed events.</translation>
    </message>
    <message>
        <source>Folder for the Clips of Confirmed Events</source>
        <translation>Folder for the Clips of Confirmed Events</translation>
    </message>
    <message>
        <source>Nothing analysed on screen.</source>
        <translation>Nothing analysed on screen.</translation>
    </message>
    <message>
        <source>Open footage of the case that has an analysis, then export its scores.</source>
        <translation>Open footage of the case that has an analysis, then export its scores.</translation>
    </message>
    <message>
        <source>Per-frame scores and signals, CSV (*.csv)</source>
        <translation>Per-frame scores and signals, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Per-frame scores and signals with case, model and run, JSON (*.json)</source>
        <translation>Per-frame scores and signals with case, model and run, JSON (*.json)</translation>
    </message>
    <message>
        <source>Events, CSV (*.csv)</source>
        <translation>Events, CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 scores</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>Export Scores</translation>
    </message>
    <message>
        <source>Exporting the clips of confirmed events…</source>
        <translation>Exporting the clips of confirmed events…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>A clip made from it may not show what was analysed. Export it anyway? The audit log records it as made from unverified footage.</source>
        <translation>A clip made from it may not show what was analysed. Export it anyway? The audit log records it as made from unverified footage.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Export Anyway</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::MediaInfoDock</name>
    <message>
        <source>not declared (played at %1 fps)</source>
        <translation>not declared (played at %1 fps)</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation> (variable)</translation>
    </message>
    <message>
        <source> (one every %1 frames)</source>
        <translation> (one every %1 frames)</translation>
    </message>
    <message>
        <source>Media Info</source>
        <translation>Media Info</translation>
    </message>
    <message>
        <source>No media open.</source>
        <translation>No media open.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Image sequence (folder)</source>
        <translation>Image sequence (folder)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Video file</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>Pixel format</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Frame size</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>%1° (display matrix)</source>
        <translation>%1° (display matrix)</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Frame rate</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Keyframes</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::PdfReport</name>
    <message>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalens evidence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · generated %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE FILE CHANGED SINCE IMPORT: see &quot;Evidence files&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalens evidence report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished">Unreviewed</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished">Needs review</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished">Confirmed</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished">Dismissed</translation>
    </message>
    <message>
        <source>Matches the hash recorded at import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANNOT BE READ NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED SINCE IMPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report generated (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score says how unlike the footage the model learned as normal a frame is. The model was trained only on footage chosen as ordinary activity for this camera; a high score means the frame was hard to predict from that experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It flags frames for a person to review. It does not identify people, objects or actions, and it does not show intent, wrongdoing or what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low score does not prove that nothing happened: something that looks like the normal footage, or is small, brief or hidden, can score low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A high score can come from harmless things missing from the training footage: weather, lighting, camera movement, unusual but lawful activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold and the event rules are a reviewer&apos;s choice, stated below; another threshold gives other events. Review states (confirmed, dismissed) are the reviewer&apos;s judgement, not the model&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat maps show where in the frame the model&apos;s prediction error was highest, not what caused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence files are identified by their SHA-256 and were only read, never modified. Annotated clips exported by this tool are derived copies and are marked as such in every frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this method can and cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 at import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Size</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished">Duration</translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis in this case used a model yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, frames %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 frames%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training footage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold (events start above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events end below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps merged up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished">%1 s</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">End</translation>
    </message>
    <message>
        <source>Peak score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Peak frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thumbnails: the file no longer matches the case, so no picture is taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thumbnails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished">Frames</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Label</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Author</translation>
    </message>
    <message>
        <source>Last changed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis of media %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has changed since import; the results below are those of the file as it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has not been analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), started %3, finished %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device, precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold and event rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">Score</translation>
    </message>
    <message>
        <source>dashed red line: threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events at this run&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: every row chains to the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append-only triggers present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append-only triggers missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the head hash outside the case file: a copy of the case can later be checked against it. This report&apos;s own export is recorded after the rows listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: %1 evidence file(s) no longer match the SHA-256 recorded when they were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results in this report were computed from the files as imported. The files as they are now were not analysed; see &quot;Evidence files&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of batch writes, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anomalens::ui::RangeChooserDialog</name>
    <message>
        <source>Train on Annotated Ranges</source>
        <translation>Train on Annotated Ranges</translation>
    </message>
    <message>
        <source>Tick the annotated stretches that show the camera&apos;s normal activity.</source>
        <translation>Tick the annotated stretches that show the camera&apos;s normal activity.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::ScoreTimeline</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>Show the whole footage (double-click the plot)</source>
        <translation>Show the whole footage (double-click the plot)</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Show the signals behind the score as extra curves (scaled to fit)</source>
        <translation>Show the signals behind the score as extra curves (scaled to fit)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>threshold %1</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Use my threshold instead of the model&apos;s:</source>
        <translation>Use my threshold instead of the model&apos;s:</translation>
    </message>
    <message>
        <source>An event goes on at the threshold and off only when the score falls this far below it, so a score hovering at the threshold does not flicker</source>
        <translation>An event goes on at the threshold and off only when the score falls this far below it, so a score hovering at the threshold does not flicker</translation>
    </message>
    <message>
        <source>Shorter blips are not reported</source>
        <translation>Shorter blips are not reported</translation>
    </message>
    <message>
        <source>Events closer than this become one</source>
        <translation>Events closer than this become one</translation>
    </message>
    <message>
        <source>Context added before and after each event</source>
        <translation>Context added before and after each event</translation>
    </message>
    <message>
        <source>Hysteresis (score units):</source>
        <translation>Hysteresis (score units):</translation>
    </message>
    <message>
        <source>Minimum duration:</source>
        <translation>Minimum duration:</translation>
    </message>
    <message>
        <source>Merge gap:</source>
        <translation>Merge gap:</translation>
    </message>
    <message>
        <source>Padding:</source>
        <translation>Padding:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Use the GPU when one is present</source>
        <translation>Use the GPU when one is present</translation>
    </message>
    <message>
        <source>No CUDA GPU is usable by this build: models run on the CPU</source>
        <translation>No CUDA GPU is usable by this build: models run on the CPU</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU threads:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>A new language applies the next time Anomalens starts.</source>
        <translation>A new language applies the next time Anomalens starts.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TrainDialog</name>
    <message>
        <source>MNAD prediction (4 frames in, the next one out)</source>
        <translation>MNAD prediction (4 frames in, the next one out)</translation>
    </message>
    <message>
        <source>MNAD reconstruction (one frame in, the same frame out)</source>
        <translation>MNAD reconstruction (one frame in, the same frame out)</translation>
    </message>
    <message>
        <source>FFP future-frame prediction (U-Net with a GAN critic)</source>
        <translation>FFP future-frame prediction (U-Net with a GAN critic)</translation>
    </message>
    <message>
        <source>Quickest: a quarter of lite&apos;s arithmetic. Good for a first try on a CPU.</source>
        <translation>Quickest: a quarter of lite&apos;s arithmetic. Good for a first try on a CPU.</translation>
    </message>
    <message>
        <source>Made for CPU-only machines: training and analysis in reasonable time.</source>
        <translation>Made for CPU-only machines: training and analysis in reasonable time.</translation>
    </message>
    <message>
        <source>The published architecture. Slow on a CPU; a GPU is recommended.</source>
        <translation>The published architecture. Slow on a CPU; a GPU is recommended.</translation>
    </message>
    <message numerus="yes">
        <source>Reading footage: %n clip(s) read</source>
        <translation>
            <numerusform>Reading footage: %n clip read</numerusform>
            <numerusform>Reading footage: %n clips read</numerusform>
        </translation>
    </message>
    <message>
        <source>Training: step %1 of %2</source>
        <translation>Training: step %1 of %2</translation>
    </message>
    <message>
        <source>Calibrating on held-out normal frames: %1 of %2</source>
        <translation>Calibrating on held-out normal frames: %1 of %2</translation>
    </message>
    <message>
        <source>Train Model</source>
        <translation>Train Model</translation>
    </message>
    <message>
        <source>Footage of the camera&apos;s normal activity: video files, folders of frames (one clip each), or folders of those.</source>
        <translation>Footage of the camera&apos;s normal activity: video files, folders of frames (one clip each), or folders of those.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Add Folder…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Clips per step. Larger batches need more memory.</source>
        <translation>Clips per step. Larger batches need more memory.</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batch size:</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>Resume the unfinished training saved next to this file</source>
        <translation>Resume the unfinished training saved next to this file</translation>
    </message>
    <message>
        <source>Normal footage:</source>
        <translation>Normal footage:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Output file:</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Not started.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cancel Training</source>
        <translation>Cancel Training</translation>
    </message>
    <message>
        <source>Stop after the current step and keep a checkpoint to resume from.</source>
        <translation>Stop after the current step and keep a checkpoint to resume from.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Folder: a sequence of frames, or several clips</source>
        <translation>Folder: a sequence of frames, or several clips</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Video file</translation>
    </message>
    <message>
        <source>Add Normal Footage</source>
        <translation>Add Normal Footage</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.mpg *.mpeg *.ts *.mts);;All files (*)</source>
        <translation>Video files (*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.mpg *.mpeg *.ts *.mts);;All files (*)</translation>
    </message>
    <message>
        <source>Add a Folder of Frames or Clips</source>
        <translation>Add a Folder of Frames or Clips</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>Save Model As</translation>
    </message>
    <message>
        <source>Anomalens models (*.alm);;All files (*)</source>
        <translation>Anomalens models (*.alm);;All files (*)</translation>
    </message>
    <message>
        <source>%1×%1 px input, encoder widths %2/%3/%4/%5. %6</source>
        <translation>%1×%1 px input, encoder widths %2/%3/%4/%5. %6</translation>
    </message>
    <message>
        <source>Resuming continues from step %1 of %2.</source>
        <translation>Resuming continues from step %1 of %2.</translation>
    </message>
    <message>
        <source>The checkpoint cannot be read: %1</source>
        <translation>The checkpoint cannot be read: %1</translation>
    </message>
    <message>
        <source>Add footage of the camera&apos;s normal activity (Add Files… or Add Folder…).</source>
        <translation>Add footage of the camera&apos;s normal activity (Add Files… or Add Folder…).</translation>
    </message>
    <message>
        <source>“%1” no longer exists; remove it.</source>
        <translation>“%1” no longer exists; remove it.</translation>
    </message>
    <message>
        <source>Choose where to save the model (Save As…).</source>
        <translation>Choose where to save the model (Save As…).</translation>
    </message>
    <message>
        <source>The output is a folder; choose a file name.</source>
        <translation>The output is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>Resume continues the unfinished training from its checkpoint.</source>
        <translation>Resume continues the unfinished training from its checkpoint.</translation>
    </message>
    <message>
        <source>An unfinished training of this model was saved: tick Resume to continue it, or Start to begin again and replace it.</source>
        <translation>An unfinished training of this model was saved: tick Resume to continue it, or Start to begin again and replace it.</translation>
    </message>
    <message>
        <source>“%1” exists and will be replaced.</source>
        <translation>“%1” exists and will be replaced.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source> — stopping after this step…</source>
        <translation> — stopping after this step…</translation>
    </message>
    <message>
        <source>Stop Training?</source>
        <translation>Stop Training?</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close?</source>
        <translation>Training is still running. Stop it and close?</translation>
    </message>
    <message>
        <source>A checkpoint is kept; ticking Resume later continues from where it stopped.</source>
        <translation>A checkpoint is kept; ticking Resume later continues from where it stopped.</translation>
    </message>
    <message>
        <source>%1 steps/s · %2 left</source>
        <translation>%1 steps/s · %2 left</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Model written to %1.</source>
        <translation>Model written to %1.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Training stopped before the first step; nothing was saved.</source>
        <translation>Training stopped before the first step; nothing was saved.</translation>
    </message>
    <message>
        <source>Stopped after step %1.</source>
        <translation>Stopped after step %1.</translation>
    </message>
    <message>
        <source>Checkpoint kept at %1. With Resume ticked, the next start continues from where it stopped.</source>
        <translation>Checkpoint kept at %1. With Resume ticked, the next start continues from where it stopped.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training failed</translation>
    </message>
    <message>
        <source>Add Range…</source>
        <translation>Add Range…</translation>
    </message>
    <message>
        <source>Train on some frames of a listed clip only</source>
        <translation>Train on some frames of a listed clip only</translation>
    </message>
    <message>
        <source>From Annotations…</source>
        <translation>From Annotations…</translation>
    </message>
    <message>
        <source>Train on ranges annotated in the case</source>
        <translation>Train on ranges annotated in the case</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Frames %1–%2 of %3</source>
        <translation>Frames %1–%2 of %3</translation>
    </message>
    <message>
        <source>TorchScript flow model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript segmentation model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript flow model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript segmentation model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2LM prediction through motion and label cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2LM Destroyer on a trained generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator (1 of 2) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyer (2 of 2) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optical flow, DIS (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optical flow, Farneback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the motion from one frame to the next is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background subtraction, split by blob shape (no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each pixel is labelled with what kind of thing is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2LM predicts from how things move and what is where; built-in cues need no model files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then train a Destroyer (heat maps of where a frame is abnormal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second phase on the finished generator. The generator alone is kept too, as NAME.generator.alm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyer steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a TorchScript Flow Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a TorchScript Segmentation Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.pth *.ts);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming continues the Destroyer from step %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming continues the generator from step %1 of %2, then trains its Destroyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cue model “%1” no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generator alone is kept too, as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model with the Destroyer (heat maps) written to %1; the generator alone to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TrainingJob</name>
    <message>
        <source>Training failed for an unknown reason.</source>
        <translation>Training failed for an unknown reason.</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TransportBar</name>
    <message>
        <source>Click or drag to go to a frame</source>
        <translation>Click or drag to go to a frame</translation>
    </message>
    <message>
        <source>Frame position</source>
        <translation>Frame position</translation>
    </message>
    <message>
        <source>Frame on screen (0-based, display order) / last frame</source>
        <translation>Frame on screen (0-based, display order) / last frame</translation>
    </message>
    <message>
        <source>Time of the frame on screen from the start of the stream / duration</source>
        <translation>Time of the frame on screen from the start of the stream / duration</translation>
    </message>
    <message>
        <source>Presentation timestamp in stream time-base units, as ffprobe reports it</source>
        <translation>Presentation timestamp in stream time-base units, as ffprobe reports it</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>This frame is a keyframe (decodable on its own)</source>
        <translation>This frame is a keyframe (decodable on its own)</translation>
    </message>
    <message>
        <source>FRAME</source>
        <translation>FRAME</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>PTS</source>
        <translation>PTS</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::UserGuideDialog</name>
    <message>
        <source>Anomalens User Guide</source>
        <translation>Anomalens User Guide</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reviewing footage&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start a case&lt;/b&gt; (File &amp;gt; New Case, Ctrl+N) or open one (File &amp;gt; Open Case). A case is one file that keeps the footage&apos;s SHA-256 hashes, the analyses, the events, your annotations and an audit log. The footage itself is opened read-only and never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add footage&lt;/b&gt; (File &amp;gt; Add Footage to Case, Ctrl+Shift+A). Each file is hashed and listed in the Case panel; double-click one to show it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analyse&lt;/b&gt; (Review &amp;gt; Analyse, Ctrl+R): pick a model of the camera&apos;s normal activity and the files. Every frame is scored on a worker; the curve grows as frames are scored, and Cancel stops it so that analysing again continues where it stopped.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Score timeline&lt;/b&gt;, under the video: the score of every frame, the threshold line and the events shaded by their state. Click or drag to seek, use the wheel to zoom, right-drag to pan, double-click to see the whole file. Drag the threshold line to recompute the events.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Events&lt;/b&gt; panel: the stretches above the threshold, with the peak&apos;s thumbnail. N and P go to the next and previous event; C, D and R mark the selected event confirmed, dismissed or needing review.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Heat map&lt;/b&gt; (H): where in the picture the model found the frame hard to predict. The slider in the toolbar sets its opacity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Annotations&lt;/b&gt;: M bookmarks the frame, I and O mark the start and end of a range. Each has a label and a note; edits keep their history.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Train a model&lt;/b&gt; (Review &amp;gt; Train Model, Ctrl+T) from ordinary footage of the same camera and view, when no model fits the camera yet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; (Ctrl+,): your own threshold, the event rules (hysteresis, minimum duration, merge gap, padding), GPU use and CPU threads.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+wheel zooms the video; past 200 % pixels are shown unsmoothed for inspection. The frame number, time and PTS under the video always refer to the frame on screen.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Reviewing footage&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start a case&lt;/b&gt; (File &amp;gt; New Case, Ctrl+N) or open one (File &amp;gt; Open Case). A case is one file that keeps the footage&apos;s SHA-256 hashes, the analyses, the events, your annotations and an audit log. The footage itself is opened read-only and never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add footage&lt;/b&gt; (File &amp;gt; Add Footage to Case, Ctrl+Shift+A). Each file is hashed and listed in the Case panel; double-click one to show it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analyse&lt;/b&gt; (Review &amp;gt; Analyse, Ctrl+R): pick a model of the camera&apos;s normal activity and the files. Every frame is scored on a worker; the curve grows as frames are scored, and Cancel stops it so that analysing again continues where it stopped.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Score timeline&lt;/b&gt;, under the video: the score of every frame, the threshold line and the events shaded by their state. Click or drag to seek, use the wheel to zoom, right-drag to pan, double-click to see the whole file. Drag the threshold line to recompute the events.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Events&lt;/b&gt; panel: the stretches above the threshold, with the peak&apos;s thumbnail. N and P go to the next and previous event; C, D and R mark the selected event confirmed, dismissed or needing review.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Heat map&lt;/b&gt; (H): where in the picture the model found the frame hard to predict. The slider in the toolbar sets its opacity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Annotations&lt;/b&gt;: M bookmarks the frame, I and O mark the start and end of a range. Each has a label and a note; edits keep their history.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Train a model&lt;/b&gt; (Review &amp;gt; Train Model, Ctrl+T) from ordinary footage of the same camera and view, when no model fits the camera yet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; (Ctrl+,): your own threshold, the event rules (hysteresis, minimum duration, merge gap, padding), GPU use and CPU threads.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+wheel zooms the video; past 200 % pixels are shown unsmoothed for inspection. The frame number, time and PTS under the video always refer to the frame on screen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;The keys of menu commands are also shown next to them in the menus and in the tooltips of the toolbar buttons. This table is made from the window&apos;s own commands.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;The keys of menu commands are also shown next to them in the menus and in the tooltips of the toolbar buttons. This table is made from the window&apos;s own commands.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What the score means&lt;/h2&gt;&lt;p&gt;The score is &lt;b&gt;calibrated&lt;/b&gt;. When a model finishes training it scores frames of its training footage that it did not learn from (held-out normal frames). A frame&apos;s score is how many standard deviations less predictable it is than those normal frames: &lt;b&gt;0 is an ordinary frame&lt;/b&gt;, and higher means more unusual for this camera. Because the scale comes from the model, not from the video, scores can be compared across files.&lt;/p&gt;&lt;p&gt;The model&apos;s default threshold flags about &lt;b&gt;1 normal frame in 200&lt;/b&gt;. Expect a few events even in footage where nothing happens.&lt;/p&gt;&lt;h2&gt;What the score does not mean&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;It is &lt;b&gt;not a detection of a crime, of intent or of any particular behaviour&lt;/b&gt;. It only says the frame is unlike what the model saw as normal.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;not evidence by itself&lt;/b&gt;. The footage is the evidence; the score only suggests where to look.&lt;/li&gt;&lt;li&gt;It depends on the training footage being &lt;b&gt;normal&lt;/b&gt; and from the &lt;b&gt;same camera and view&lt;/b&gt;. A model of another camera, or one trained on footage with incidents in it, gives scores that mean little.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lighting changes, a camera that moved or was bumped, weather, and crowds&lt;/b&gt; can raise the score when nothing of interest happens. A low score does not prove that nothing happened either.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;An event is a place to look. &lt;b&gt;The reviewer decides&lt;/b&gt; what it shows, and records the decision in the Events panel.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;What the score means&lt;/h2&gt;&lt;p&gt;The score is &lt;b&gt;calibrated&lt;/b&gt;. When a model finishes training it scores frames of its training footage that it did not learn from (held-out normal frames). A frame&apos;s score is how many standard deviations less predictable it is than those normal frames: &lt;b&gt;0 is an ordinary frame&lt;/b&gt;, and higher means more unusual for this camera. Because the scale comes from the model, not from the video, scores can be compared across files.&lt;/p&gt;&lt;p&gt;The model&apos;s default threshold flags about &lt;b&gt;1 normal frame in 200&lt;/b&gt;. Expect a few events even in footage where nothing happens.&lt;/p&gt;&lt;h2&gt;What the score does not mean&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;It is &lt;b&gt;not a detection of a crime, of intent or of any particular behaviour&lt;/b&gt;. It only says the frame is unlike what the model saw as normal.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;not evidence by itself&lt;/b&gt;. The footage is the evidence; the score only suggests where to look.&lt;/li&gt;&lt;li&gt;It depends on the training footage being &lt;b&gt;normal&lt;/b&gt; and from the &lt;b&gt;same camera and view&lt;/b&gt;. A model of another camera, or one trained on footage with incidents in it, gives scores that mean little.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lighting changes, a camera that moved or was bumped, weather, and crowds&lt;/b&gt; can raise the score when nothing of interest happens. A low score does not prove that nothing happened either.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;An event is a place to look. &lt;b&gt;The reviewer decides&lt;/b&gt; what it shows, and records the decision in the Events panel.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forensic review of CCTV footage.</source>
        <translation>Forensic review of CCTV footage.</translation>
    </message>
    <message>
        <source>Video file, frame folder or case (.alcase) to open.</source>
        <translation>Video file, frame folder or case (.alcase) to open.</translation>
    </message>
    <message>
        <source>Save an image of the window to &lt;file&gt; once the frame is shown, then quit.</source>
        <translation>Save an image of the window to &lt;file&gt; once the frame is shown, then quit.</translation>
    </message>
    <message>
        <source>Frame to show for --screenshot.</source>
        <translation>Frame to show for --screenshot.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Window size, e.g. 1280x800.</translation>
    </message>
    <message>
        <source>Start with the heat map overlay on.</source>
        <translation>Start with the heat map overlay on.</translation>
    </message>
</context>
</TS>
