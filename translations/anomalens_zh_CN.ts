<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（使用 %2 构建）</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>not identified (not OpenBLAS)</source>
        <translation>未识别（非 OpenBLAS）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>About Anomalens</source>
        <translation>关于 Anomalens</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Anomalens %1&lt;/h2&gt;&lt;p&gt;Forensic review of CCTV footage: find the few seconds that matter.&lt;/p&gt;&lt;p&gt;Evidence files are opened read-only and never modified.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Anomalens %1&lt;/h2&gt;&lt;p&gt;CCTV 视频取证审查：找出关键的几秒钟。&lt;/p&gt;&lt;p&gt;证据文件以只读方式打开，绝不会被修改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these versions, e.g. into a bug report</source>
        <translation>复制这些版本信息，例如用于错误报告</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnalyseDialog</name>
    <message>
        <source>Analyse Footage</source>
        <translation>分析视频</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Events start where the calibrated score reaches this value; it can be changed later by dragging the line on the timeline.</source>
        <translation>校准后的分数达到此值时事件开始；之后可在时间线上拖动该线进行修改。</translation>
    </message>
    <message>
        <source>Full precision (fp32)</source>
        <translation>全精度 (fp32)</translation>
    </message>
    <message>
        <source>Faster on recent CPUs (bf16)</source>
        <translation>在较新的 CPU 上更快 (bf16)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>All files of the case</source>
        <translation>案件中的所有文件</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Event threshold:</source>
        <translation>事件阈值：</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <source>Anomalens models (*.alm);;All files (*)</source>
        <translation>Anomalens 模型 (*.alm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No model yet: train one (Analysis ▸ Train Model…) or browse to a bundle.</source>
        <translation>尚无模型：请训练一个模型（分析 ▸ 训练模型…）或浏览选择模型包。</translation>
    </message>
    <message numerus="yes">
        <source>%1, profile %2 (%3×%3 px), %4 training steps on %n clip(s) (%5 frames), created %6. Default threshold %7.</source>
        <translation>
            <numerusform>%1，配置 %2（%3×%3 px），在 %n 个片段（%5 帧）上训练 %4 步，创建于 %6。默认阈值 %7。</numerusform>
        </translation>
    </message>
    <message>
        <source>This model has no calibration and cannot be used to analyse.</source>
        <translation>此模型未经校准，无法用于分析。</translation>
    </message>
    <message>
        <source>Not a usable model: %1</source>
        <translation>不是可用的模型：%1</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotatedClip</name>
    <message>
        <source>Frame %1 · %2</source>
        <translation>帧 %1 · %2</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>分数 %1</translation>
    </message>
    <message>
        <source>Score: not scored</source>
        <translation>分数：未评分</translation>
    </message>
    <message>
        <source>DERIVED COPY</source>
        <translation>派生副本</translation>
    </message>
    <message>
        <source>not original evidence</source>
        <translation>非原始证据</translation>
    </message>
    <message>
        <source>source changed since import</source>
        <translation>导入后源文件已更改</translation>
    </message>
    <message>
        <source>This frame could not be decoded from the source</source>
        <translation>无法从源文件解码此帧</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Frames %1–%2</source>
        <translation>帧 %1–%2</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotationDialog</name>
    <message>
        <source>Annotation</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>e.g. person loitering</source>
        <translation>例如：人员徘徊</translation>
    </message>
    <message>
        <source>What is seen, by whom, why it matters…</source>
        <translation>看到了什么、由谁确认、为何重要…</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;First frame:</source>
        <translation>起始帧(&amp;F)：</translation>
    </message>
    <message>
        <source>L&amp;ast frame:</source>
        <translation>结束帧(&amp;A)：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>1 frame (bookmark)</source>
        <translation>1 帧（书签）</translation>
    </message>
    <message>
        <source>%1 (%2 frames)</source>
        <translation>%1（%2 帧）</translation>
    </message>
    <message>
        <source>Enter a label first.</source>
        <translation>请先输入标签。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Search labels and notes</source>
        <translation>搜索标签和备注</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>No footage is open.</source>
        <translation>未打开任何视频。</translation>
    </message>
    <message>
        <source>The case is open read-only; annotations cannot be changed.</source>
        <translation>案件以只读方式打开，无法更改注释。</translation>
    </message>
    <message>
        <source>Could not read the annotations of this footage</source>
        <translation>无法读取此视频的注释</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>%1 (UTC), version %2</source>
        <translation>%1 (UTC)，版本 %2</translation>
    </message>
    <message>
        <source>No footage open</source>
        <translation>未打开视频</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条注释</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>Go to Start</source>
        <translation>转到开始</translation>
    </message>
    <message>
        <source>Cannot add an annotation</source>
        <translation>无法添加注释</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Add Range</source>
        <translation>添加区间</translation>
    </message>
    <message>
        <source>Cannot edit the annotation</source>
        <translation>无法编辑注释</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑注释</translation>
    </message>
    <message>
        <source>Could not add the annotation</source>
        <translation>未能添加注释</translation>
    </message>
    <message>
        <source>Could not save the annotation</source>
        <translation>未能保存注释</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>无法删除注释</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>删除注释</translation>
    </message>
    <message>
        <source>Delete the annotation “%1”?</source>
        <translation>删除注释“%1”？</translation>
    </message>
    <message>
        <source>Its content stays in the case&apos;s annotation history.</source>
        <translation>其内容会保留在案件的注释历史记录中。</translation>
    </message>
    <message>
        <source>Could not delete the annotation</source>
        <translation>未能删除注释</translation>
    </message>
    <message>
        <source>Could not read the annotation&apos;s history</source>
        <translation>无法读取注释的历史记录</translation>
    </message>
    <message>
        <source>Annotation History</source>
        <translation>注释历史记录</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>更改时间 (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>更改者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Previous label</source>
        <translation>先前的标签</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>先前的区间</translation>
    </message>
    <message>
        <source>Previous note</source>
        <translation>先前的备注</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Never edited: this is the first version.</source>
        <translation>从未编辑：这是第一个版本。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::CaseMediaDock</name>
    <message>
        <source>%1
SHA-256: %2
Imported: %3 (UTC)</source>
        <translation>%1
SHA-256：%2
导入时间：%3 (UTC)</translation>
    </message>
    <message>
        <source>
Not found at this path.</source>
        <translation>
在此路径中找不到。</translation>
    </message>
    <message>
        <source>Case Media</source>
        <translation>案件媒体</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 media file(s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 个媒体文件</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The latest analysis stopped at %1 % of the frames; Analyse continues it</source>
        <translation>最近一次分析在 %1% 的帧处停止；再次分析将继续完成</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>尚未分析</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) flagged by the latest analysis</source>
        <translation>
            <numerusform>最近一次分析标记了 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>No case open. Use File ▸ Open Case…</source>
        <translation>未打开案件。请使用 文件 ▸ 打开案件…</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::EventsDock</name>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需要审阅</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Mark the selected event confirmed (C)</source>
        <translation>将所选事件标记为已确认 (C)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Mark the selected event dismissed: nothing of interest (D)</source>
        <translation>将所选事件标记为已排除：无关紧要 (D)</translation>
    </message>
    <message>
        <source>Mark the selected event for a second look (R)</source>
        <translation>将所选事件标记为需再次查看 (R)</translation>
    </message>
    <message>
        <source>Event %1: frames %2–%3, peak at frame %4</source>
        <translation>事件 %1：第 %2–%3 帧，峰值在第 %4 帧</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>无事件</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 to review, %2 confirmed</source>
        <translation>
            <numerusform>%n 个事件，%1 个待审阅，%2 个已确认</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::ExportJob</name>
    <message>
        <source>Clip written: %1, frames %2–%3 (asked for %4–%5)</source>
        <translation>片段已写入：%1，第 %2–%3 帧（请求 %4–%5）</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) of confirmed events written to %1</source>
        <translation>
            <numerusform>已将 %n 个已确认事件片段写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n row(s))</source>
        <translation>
            <numerusform>已写入：%1（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anomalens::ui::FootageRangeDialog</name>
    <message>
        <source>%1, frames %2–%3</source>
        <translation>%1，第 %2–%3 帧</translation>
    </message>
    <message>
        <source>Add a Range of Frames</source>
        <translation>添加帧范围</translation>
    </message>
    <message>
        <source>The clip the range is taken from</source>
        <translation>范围所在的片段</translation>
    </message>
    <message>
        <source>Clip:</source>
        <translation>片段：</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>起始帧：</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>结束帧：</translation>
    </message>
    <message>
        <source>Frames are numbered from 0, as in the timeline; both ends are included. The range replaces the whole clip in the list.</source>
        <translation>帧号与时间轴相同，从 0 开始；包含两端的帧。该范围将替换列表中的整个片段。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::FrameDecoder</name>
    <message>
        <source>“%1” contains no video frames.</source>
        <translation>“%1”不包含视频帧。</translation>
    </message>
    <message>
        <source>Frame %1 is outside the file (0–%2).</source>
        <translation>第 %1 帧超出文件范围（0–%2）。</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded (damaged or missing data).</source>
        <translation>无法解码第 %1 帧（数据损坏或缺失）。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::GuardedApplication</name>
    <message>
        <source>An unknown error occurred.</source>
        <translation>发生未知错误。</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Anomalens keeps running; save your work and check the result of the last command.</source>
        <translation>发生意外错误。Anomalens 将继续运行；请保存您的工作，并检查上一个命令的结果。</translation>
    </message>
    <message>
        <source>%1

Details are in the log: %2</source>
        <translation>%1

详细信息见日志：%2</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
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
        <translation>视频</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>无媒体</translation>
    </message>
    <message>
        <source>Screen pixels per image pixel. Above 200 % pixels are shown unsmoothed.</source>
        <translation>每个图像像素对应的屏幕像素数。超过 200% 时像素不做平滑处理。</translation>
    </message>
    <message>
        <source>Open a video, a frame folder or a case — or drop it here.

Ctrl+O  video      Ctrl+Shift+O  frame folder      Ctrl+Alt+O  case</source>
        <translation>打开视频、帧文件夹或案件，或将其拖放到此处。

Ctrl+O  视频      Ctrl+Shift+O  帧文件夹      Ctrl+Alt+O  案件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Open Video…</source>
        <translation>打开视频(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a video file</source>
        <translation>打开视频文件</translation>
    </message>
    <message>
        <source>Open &amp;Frame Folder…</source>
        <translation>打开帧文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a folder of numbered still images as one video</source>
        <translation>将编号静态图像文件夹作为一个视频打开</translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>打开案件(&amp;C)…</translation>
    </message>
    <message>
        <source>Open an Anomalens case file and list its media</source>
        <translation>打开 Anomalens 案件文件并列出其媒体</translation>
    </message>
    <message>
        <source>&amp;Close Media</source>
        <translation>关闭媒体(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Previous F&amp;rame</source>
        <translation>上一帧(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <translation>下一帧(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back 1 Second</source>
        <translation>后退 1 秒(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward 1 Second</source>
        <translation>前进 1 秒(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;irst Frame</source>
        <translation>第一帧(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Last Frame</source>
        <translation>最后一帧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go to Frame…</source>
        <translation>转到帧(&amp;G)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>实际像素(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Anomalens</source>
        <translation>关于 Anomalens(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.mts *.m2ts *.ts *.mpg *.mpeg *.wmv *.asf *.flv *.webm *.3gp *.dav *.264 *.h264 *.265 *.hevc *.mjpeg);;All files (*)</source>
        <translation>视频文件 (*.mp4 *.m4v *.mov *.mkv *.avi *.mts *.m2ts *.ts *.mpg *.mpeg *.wmv *.asf *.flv *.webm *.3gp *.dav *.264 *.h264 *.265 *.hevc *.mjpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Frame Folder</source>
        <translation>打开帧文件夹</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Anomalens cases (*.alcase);;All files (*)</source>
        <translation>Anomalens 案件 (*.alcase);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening case %1…</source>
        <translation>正在打开案件 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Case “%1”: %n media file(s). Double-click one to review it.</source>
        <translation>
            <numerusform>案件“%1”：%n 个媒体文件。双击其中一个进行审阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the case “%1”.</source>
        <translation>无法打开案件“%1”。</translation>
    </message>
    <message>
        <source>%1 — Anomalens</source>
        <translation>%1 — Anomalens</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>  (not found)</source>
        <translation>  （未找到）</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <source>Remove Entries Not Found</source>
        <translation>移除找不到的条目</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>Frame %1 cannot be shown.
%2</source>
        <translation>无法显示第 %1 帧。
%2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Playing at %1 fps</source>
        <translation>正在以 %1 fps 播放</translation>
    </message>
    <message numerus="yes">
        <source>Paused · last playback skipped %n frame(s)</source>
        <translation>
            <numerusform>已暂停 · 上次播放跳过了 %n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Zoom %1 % (fit)</source>
        <translation>缩放 %1%（适应）</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>Go to Frame</source>
        <translation>转到帧</translation>
    </message>
    <message>
        <source>Frame number (0–%1):</source>
        <translation>帧号（0–%1）：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the frames in flight; analysing again continues where it stopped</source>
        <translation>处理完当前帧后停止；再次分析将从停止处继续</translation>
    </message>
    <message>
        <source>&amp;Analyse…</source>
        <translation>分析(&amp;A)…</translation>
    </message>
    <message>
        <source>Score every frame of the case&apos;s footage with a model of normal activity</source>
        <translation>使用正常活动模型为案件视频的每一帧打分</translation>
    </message>
    <message>
        <source>N&amp;ext Event</source>
        <translation>下一个事件(&amp;E)</translation>
    </message>
    <message>
        <source>P&amp;revious Event</source>
        <translation>上一个事件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>热力图(&amp;H)</translation>
    </message>
    <message>
        <source>Overlay where the model finds the frame abnormal</source>
        <translation>叠加显示模型判定该帧异常的区域</translation>
    </message>
    <message>
        <source>Heat map opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <source>Mark &amp;In</source>
        <translation>标记入点(&amp;I)</translation>
    </message>
    <message>
        <source>Start a range annotation at this frame</source>
        <translation>在此帧开始区间注释</translation>
    </message>
    <message>
        <source>Mark &amp;Out</source>
        <translation>标记出点(&amp;O)</translation>
    </message>
    <message>
        <source>End the range annotation at this frame and describe it</source>
        <translation>在此帧结束区间注释并填写描述</translation>
    </message>
    <message>
        <source>&amp;Bookmark Frame…</source>
        <translation>为帧添加书签(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a case file that keeps footage hashes, analyses and annotations</source>
        <translation>新建一个保存视频哈希、分析结果和注释的案件文件</translation>
    </message>
    <message>
        <source>Add &amp;Footage to Case…</source>
        <translation>向案件添加视频(&amp;F)…</translation>
    </message>
    <message>
        <source>Hash and list video files in the open case</source>
        <translation>计算视频文件的哈希并将其列入当前案件</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>训练模型(&amp;T)…</translation>
    </message>
    <message>
        <source>Teach a model what is normal for a camera from its ordinary footage</source>
        <translation>用摄像机的日常视频让模型学习该摄像机的正常情况</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>The case is open read-only: %1</source>
        <translation>案件以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Could not read the analysis of this file: %1</source>
        <translation>无法读取此文件的分析结果：%1</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>Feature distance</source>
        <translation>特征距离</translation>
    </message>
    <message>
        <source>Model “%1”, run %2 (%3)</source>
        <translation>模型“%1”，运行 %2（%3）</translation>
    </message>
    <message>
        <source>No event after this frame</source>
        <translation>此帧之后没有事件</translation>
    </message>
    <message>
        <source>No event before this frame</source>
        <translation>此帧之前没有事件</translation>
    </message>
    <message numerus="yes">
        <source>Threshold %1: %n event(s)</source>
        <translation>
            <numerusform>阈值 %1：%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the new events.</source>
        <translation>无法保存新事件。</translation>
    </message>
    <message>
        <source>The analysis is not finished: events are shown, not stored</source>
        <translation>分析尚未完成：事件仅显示，未保存</translation>
    </message>
    <message>
        <source>Could not store the event&apos;s state.</source>
        <translation>无法保存事件状态。</translation>
    </message>
    <message>
        <source>This analysis stored no heat maps</source>
        <translation>此次分析未保存热力图</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开案件。</translation>
    </message>
    <message>
        <source>Analyses are stored in a case, with the footage&apos;s hash and the model used. Create one with File ▸ New Case… or open an existing case.</source>
        <translation>分析结果会连同视频哈希和所用模型一起保存在案件中。请通过 文件 ▸ 新建案件… 创建案件，或打开现有案件。</translation>
    </message>
    <message>
        <source>This case cannot be changed.</source>
        <translation>此案件无法更改。</translation>
    </message>
    <message>
        <source>No model found</source>
        <translation>未找到模型</translation>
    </message>
    <message>
        <source>An analysis is already running</source>
        <translation>已有分析正在运行</translation>
    </message>
    <message>
        <source>Starting the analysis…</source>
        <translation>正在开始分析…</translation>
    </message>
    <message>
        <source>Analysing %1 (%2 of %3)</source>
        <translation>正在分析 %1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>: %1 frames/s, %2 left</source>
        <translation>：%1 帧/秒，剩余 %2</translation>
    </message>
    <message>
        <source>Could not analyse “%1”.</source>
        <translation>无法分析“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1：%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis cancelled; analysing again continues where it stopped</source>
        <translation>分析已取消；再次分析将从停止处继续</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Anomalens cases (*.alcase)</source>
        <translation>Anomalens 案件 (*.alcase)</translation>
    </message>
    <message>
        <source>Could not create the case “%1”.</source>
        <translation>无法创建案件“%1”。</translation>
    </message>
    <message>
        <source>Open or create a case first.</source>
        <translation>请先打开或创建案件。</translation>
    </message>
    <message>
        <source>Footage is listed, hashed and analysed inside a case.</source>
        <translation>视频在案件中登记、计算哈希并进行分析。</translation>
    </message>
    <message>
        <source>Add Footage</source>
        <translation>添加视频</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.ts *.mpg *.mpeg *.wmv *.webm *.3gp *.dav);;All files (*)</source>
        <translation>视频文件 (*.mp4 *.m4v *.mov *.mkv *.avi *.ts *.mpg *.mpeg *.wmv *.webm *.3gp *.dav);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the case (hashing)…</source>
        <translation>
            <numerusform>正在向案件添加 %n 个文件（计算哈希）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Some footage could not be added.</source>
        <translation>部分视频无法添加。</translation>
    </message>
    <message>
        <source>Model saved: %1. It is listed in Analyse….</source>
        <translation>模型已保存：%1。可在“分析…”中找到。</translation>
    </message>
    <message>
        <source>In point at frame %1: move to the end of the range and press O</source>
        <translation>入点位于第 %1 帧：移到区间末尾后按 O</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>The review workflow, the keys, and what the score means</source>
        <translation>审阅工作流程、快捷键以及分数的含义</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Annotated &amp;Clip of Event…</source>
        <translation>事件标注片段(&amp;C)…</translation>
    </message>
    <message>
        <source>Re-encode the selected event with the heat map, score and a &quot;derived copy&quot; mark burned in</source>
        <translation>重新编码所选事件，并烧录热力图、分数和“派生副本”标记</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the case&apos;s evidence, analyses, events, annotations and audit trail as a PDF</source>
        <translation>将案件的证据、分析、事件、标注和审计记录写入 PDF</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Stop the export; no partial file is left behind</source>
        <translation>停止导出；不会留下不完整的文件</translation>
    </message>
    <message>
        <source>The report describes a case: its footage, analyses and audit trail.</source>
        <translation>报告描述一个案件：其视频、分析和审计记录。</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF，A4 纸 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF，美国信纸 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 报告</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>请先选择一个事件。</translation>
    </message>
    <message>
        <source>Choose the event in the Events panel (or move the playhead into it), then export its clip.</source>
        <translation>请在“事件”面板中选择事件（或将播放头移入该事件），然后导出其片段。</translation>
    </message>
    <message>
        <source>%1 event %2 annotated</source>
        <translation>%1 事件 %2 标注</translation>
    </message>
    <message>
        <source>Export Annotated Clip</source>
        <translation>导出标注片段</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;Matroska video (*.mkv)</source>
        <translation>MP4 视频 (*.mp4);;Matroska 视频 (*.mkv)</translation>
    </message>
    <message>
        <source>The event is not in the footage on screen.</source>
        <translation>该事件不在当前显示的视频中。</translation>
    </message>
    <message>
        <source>Open the case&apos;s footage that has the event, select the event, and export again.</source>
        <translation>请打开包含该事件的案件视频，选择该事件，然后重新导出。</translation>
    </message>
    <message>
        <source>This case cannot record the export.</source>
        <translation>此案件无法记录本次导出。</translation>
    </message>
    <message>
        <source>Every export is written to the case&apos;s audit log. %1</source>
        <translation>每次导出都会写入案件的审计日志。%1</translation>
    </message>
    <message>
        <source>An export is already running</source>
        <translation>已有导出正在进行</translation>
    </message>
    <message>
        <source>Writing report %1…</source>
        <translation>正在写入报告 %1…</translation>
    </message>
    <message>
        <source>Exporting clip %1…</source>
        <translation>正在导出片段 %1…</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>Replace it (and its .sha256 file) with the new export?</source>
        <translation>用新的导出替换它（及其 .sha256 文件）吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>The footage has changed since it was imported into the case.</source>
        <translation>视频在导入案件后已被更改。</translation>
    </message>
    <message>
        <source>A clip made from it may not show what was analysed. Export it anyway, marked &quot;source changed since import&quot; in every frame?</source>
        <translation>由它制作的片段可能无法显示被分析的内容。仍要导出，并在每一帧标记“导入后源文件已更改”吗？</translation>
    </message>
    <message>
        <source>Export Marked Clip</source>
        <translation>导出带标记的片段</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>导出已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>Could not export “%1”.</source>
        <translation>无法导出“%1”。</translation>
    </message>
    <message>
        <source>The report was written, marked: evidence has changed since import.</source>
        <translation>报告已写入并带有标记：证据在导入后已被更改。</translation>
    </message>
    <message>
        <source>At least one evidence file no longer matches the SHA-256 the case recorded. The report says so on its first page and in the footer of every page.</source>
        <translation>至少有一个证据文件与案件记录的 SHA-256 不再一致。报告在首页和每页页脚中注明了这一点。</translation>
    </message>
    <message>
        <source>Report written: %1 (%2 pages)</source>
        <translation>报告已写入：%1（%2 页）</translation>
    </message>
    <message>
        <source>Clip written: %1 (%2 frames)</source>
        <translation>片段已写入：%1（%2 帧）</translation>
    </message>
    <message>
        <source>&amp;Original Clip of Event…</source>
        <translation>事件原始片段(&amp;O)…</translation>
    </message>
    <message>
        <source>Copy the selected event&apos;s footage as recorded (or re-encoded frame-exact), with a second before and after</source>
        <translation>按原样复制所选事件的视频（或逐帧精确重新编码），前后各多 1 秒</translation>
    </message>
    <message>
        <source>Clips of All &amp;Confirmed Events…</source>
        <translation>所有已确认事件的片段(&amp;C)…</translation>
    </message>
    <message>
        <source>One original clip per confirmed event of the case, into a folder</source>
        <translation>案件中每个已确认事件一个原始片段，存入一个文件夹</translation>
    </message>
    <message>
        <source>&amp;Scores (CSV/JSON)…</source>
        <translation>分数 (CSV/JSON)(&amp;S)…</translation>
    </message>
    <message>
        <source>The per-frame scores and signals, or the events, of the analysis on screen</source>
        <translation>屏幕上分析的逐帧分数和信号，或事件</translation>
    </message>
    <message>
        <source>%1 event %2</source>
        <translation>%1 事件 %2</translation>
    </message>
    <message>
        <source>Original packets, starts at the keyframe before the event (*.mp4 *.mkv *.mov)</source>
        <translation>原始数据包，从事件前的关键帧开始 (*.mp4 *.mkv *.mov)</translation>
    </message>
    <message>
        <source>Re-encoded H.264, exactly the event&apos;s frames (*.mp4 *.mkv)</source>
        <translation>重新编码的 H.264，恰好是事件的帧 (*.mp4 *.mkv)</translation>
    </message>
    <message>
        <source>Export Original Clip</source>
        <translation>导出原始片段</translation>
    </message>
    <message>
        <source>The clips are cut from the case&apos;s footage at its confirmed events.</source>
        <translation>片段从案件视频中已确认事件处截取。</translation>
    </message>
    <message>
        <source>Folder for the Clips of Confirmed Events</source>
        <translation>已确认事件片段的文件夹</translation>
    </message>
    <message>
        <source>Nothing analysed on screen.</source>
        <translation>屏幕上没有已分析的内容。</translation>
    </message>
    <message>
        <source>Open footage of the case that has an analysis, then export its scores.</source>
        <translation>打开案件中已分析的视频，然后导出其分数。</translation>
    </message>
    <message>
        <source>Per-frame scores and signals, CSV (*.csv)</source>
        <translation>逐帧分数和信号，CSV (*.csv)</translation>
    </message>
    <message>
        <source>Per-frame scores and signals with case, model and run, JSON (*.json)</source>
        <translation>含案件、模型和运行信息的逐帧分数和信号，JSON (*.json)</translation>
    </message>
    <message>
        <source>Events, CSV (*.csv)</source>
        <translation>事件，CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 分数</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>导出分数</translation>
    </message>
    <message>
        <source>Exporting the clips of confirmed events…</source>
        <translation>正在导出已确认事件的片段…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>A clip made from it may not show what was analysed. Export it anyway? The audit log records it as made from unverified footage.</source>
        <translation>由它制作的片段可能与分析时的内容不同。仍要导出吗？审计日志会记录它由未经验证的视频制作。</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>仍然导出</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::MediaInfoDock</name>
    <message>
        <source>not declared (played at %1 fps)</source>
        <translation>未声明（以 %1 fps 播放）</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation>（可变）</translation>
    </message>
    <message>
        <source> (one every %1 frames)</source>
        <translation>（每 %1 帧一个）</translation>
    </message>
    <message>
        <source>Media Info</source>
        <translation>媒体信息</translation>
    </message>
    <message>
        <source>No media open.</source>
        <translation>未打开媒体。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Image sequence (folder)</source>
        <translation>图像序列（文件夹）</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>像素格式</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>帧尺寸</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>%1° (display matrix)</source>
        <translation>%1°（显示矩阵）</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>关键帧</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::PdfReport</name>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>Anomalens evidence report</source>
        <translation>Anomalens 证据报告</translation>
    </message>
    <message>
        <source>%1 · generated %2 UTC</source>
        <translation>%1 · 生成于 %2 UTC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>EVIDENCE FILE CHANGED SINCE IMPORT: see &quot;Evidence files&quot;</source>
        <translation>证据文件在导入后已更改：见“证据文件”</translation>
    </message>
    <message>
        <source>Anomalens evidence report: %1</source>
        <translation>Anomalens 证据报告：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>frame %1 (%2)</source>
        <translation>帧 %1 (%2)</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需复查</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Matches the hash recorded at import</source>
        <translation>与导入时记录的哈希一致</translation>
    </message>
    <message>
        <source>CANNOT BE READ NOW</source>
        <translation>当前无法读取</translation>
    </message>
    <message>
        <source>CHANGED SINCE IMPORT</source>
        <translation>导入后已更改</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>检验人</translation>
    </message>
    <message>
        <source>Case created (UTC)</source>
        <translation>案件创建时间 (UTC)</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案件文件</translation>
    </message>
    <message>
        <source>Report generated (UTC)</source>
        <translation>报告生成时间 (UTC)</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成者</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The score says how unlike the footage the model learned as normal a frame is. The model was trained only on footage chosen as ordinary activity for this camera; a high score means the frame was hard to predict from that experience.</source>
        <translation>分数表示一帧与模型作为正常情况学习的视频有多大差异。模型仅使用被选为该摄像机日常活动的视频进行训练；高分表示依据这些经验难以预测该帧。</translation>
    </message>
    <message>
        <source>It flags frames for a person to review. It does not identify people, objects or actions, and it does not show intent, wrongdoing or what happened.</source>
        <translation>它标记出供人工审阅的帧。它不识别人、物体或行为，也不表明意图、不法行为或发生了什么。</translation>
    </message>
    <message>
        <source>A low score does not prove that nothing happened: something that looks like the normal footage, or is small, brief or hidden, can score low.</source>
        <translation>低分并不能证明什么都没有发生：看起来像正常视频的、很小的、短暂的或被遮挡的事情都可能得分很低。</translation>
    </message>
    <message>
        <source>A high score can come from harmless things missing from the training footage: weather, lighting, camera movement, unusual but lawful activity.</source>
        <translation>高分可能来自训练视频中没有的无害因素：天气、光照、摄像机移动、不寻常但合法的活动。</translation>
    </message>
    <message>
        <source>The threshold and the event rules are a reviewer&apos;s choice, stated below; another threshold gives other events. Review states (confirmed, dismissed) are the reviewer&apos;s judgement, not the model&apos;s.</source>
        <translation>阈值和事件规则是审阅人的选择，见下文；不同的阈值会得到不同的事件。审阅状态（已确认、已驳回）是审阅人的判断，而非模型的判断。</translation>
    </message>
    <message>
        <source>Heat maps show where in the frame the model&apos;s prediction error was highest, not what caused it.</source>
        <translation>热力图显示的是帧中模型预测误差最大的位置，而不是其原因。</translation>
    </message>
    <message>
        <source>The evidence files are identified by their SHA-256 and were only read, never modified. Annotated clips exported by this tool are derived copies and are marked as such in every frame.</source>
        <translation>证据文件由其 SHA-256 标识，只被读取，从未被修改。本工具导出的标注片段是派生副本，并在每一帧中如此标记。</translation>
    </message>
    <message>
        <source>What this method can and cannot show</source>
        <translation>此方法能说明什么、不能说明什么</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Media %1: %2</source>
        <translation>媒体 %1：%2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>SHA-256 at import</source>
        <translation>导入时的 SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>当前 SHA-256</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>导入时间 (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>No analysis in this case used a model yet.</source>
        <translation>此案件中尚无使用模型的分析。</translation>
    </message>
    <message>
        <source>, frames %1–%2</source>
        <translation>，帧 %1–%2</translation>
    </message>
    <message>
        <source>(%1 frames%2)</source>
        <translation>（%1 帧%2）</translation>
    </message>
    <message>
        <source>Model %1: %2</source>
        <translation>模型 %1：%2</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle</source>
        <translation>模型包的 SHA-256</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间 (UTC)</translation>
    </message>
    <message>
        <source>Trained with</source>
        <translation>训练工具</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <source>Training footage</source>
        <translation>训练视频</translation>
    </message>
    <message>
        <source>Default threshold</source>
        <translation>默认阈值</translation>
    </message>
    <message>
        <source>%1 frames (%2 s)</source>
        <translation>%1 帧（%2 秒）</translation>
    </message>
    <message>
        <source>Threshold (events start above)</source>
        <translation>阈值（高于此值时事件开始）</translation>
    </message>
    <message>
        <source>Events end below</source>
        <translation>事件结束（低于此值）</translation>
    </message>
    <message>
        <source>Shortest event</source>
        <translation>最短事件</translation>
    </message>
    <message>
        <source>Gaps merged up to</source>
        <translation>合并的最大间隔</translation>
    </message>
    <message>
        <source>Padding before / after</source>
        <translation>前 / 后余量</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Peak score</source>
        <translation>峰值分数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Peak frame</source>
        <translation>峰值帧</translation>
    </message>
    <message>
        <source>No thumbnails: the file no longer matches the case, so no picture is taken from it.</source>
        <translation>无缩略图：该文件与案件不再一致，因此不从中提取画面。</translation>
    </message>
    <message>
        <source>No thumbnails: %1</source>
        <translation>无缩略图：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（版本 %2）</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Last changed (UTC)</source>
        <translation>最后修改 (UTC)</translation>
    </message>
    <message>
        <source>Analysis of media %1</source>
        <translation>媒体 %1 的分析</translation>
    </message>
    <message>
        <source>This file has changed since import; the results below are those of the file as it was imported.</source>
        <translation>此文件在导入后已更改；以下结果针对导入时的文件。</translation>
    </message>
    <message>
        <source>This file has not been analysed.</source>
        <translation>此文件尚未分析。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>%1 (%2), started %3, finished %4</source>
        <translation>%1（%2），开始于 %3，结束于 %4</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation>%1（模型 %2）</translation>
    </message>
    <message>
        <source>Device, precision</source>
        <translation>设备、精度</translation>
    </message>
    <message>
        <source>Threshold and event rules</source>
        <translation>阈值和事件规则</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>dashed red line: threshold</source>
        <translation>红色虚线：阈值</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message>
        <source>No events at this run&apos;s threshold.</source>
        <translation>在此次运行的阈值下没有事件。</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>标注（%1）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Chain check</source>
        <translation>链校验</translation>
    </message>
    <message>
        <source>Intact: every row chains to the one before</source>
        <translation>完整：每一行都与前一行相链接</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>头部哈希</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>append-only triggers present</source>
        <translation>仅追加触发器存在</translation>
    </message>
    <message>
        <source>append-only triggers missing</source>
        <translation>仅追加触发器缺失</translation>
    </message>
    <message>
        <source>Keep the head hash outside the case file: a copy of the case can later be checked against it. This report&apos;s own export is recorded after the rows listed here.</source>
        <translation>请将头部哈希保存在案件文件之外：以后可以据此校验案件的副本。本报告自身的导出记录在此处所列各行之后。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Row hash</source>
        <translation>行哈希</translation>
    </message>
    <message>
        <source>WARNING: %1 evidence file(s) no longer match the SHA-256 recorded when they were imported.</source>
        <translation>警告：%1 个证据文件与导入时记录的 SHA-256 不再一致。</translation>
    </message>
    <message>
        <source>The results in this report were computed from the files as imported. The files as they are now were not analysed; see &quot;Evidence files&quot;.</source>
        <translation>本报告中的结果是根据导入时的文件计算的。当前状态的文件未被分析；见“证据文件”。</translation>
    </message>
    <message>
        <source>%1 rows of batch writes, %2 to %3</source>
        <translation>批量写入共 %1 行，%2 至 %3</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::RangeChooserDialog</name>
    <message>
        <source>Train on Annotated Ranges</source>
        <translation>用标注的范围训练</translation>
    </message>
    <message>
        <source>Tick the annotated stretches that show the camera&apos;s normal activity.</source>
        <translation>勾选显示摄像机正常活动的标注片段。</translation>
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
        <translation>分数</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show the whole footage (double-click the plot)</source>
        <translation>显示整段视频（双击图表）</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Show the signals behind the score as extra curves (scaled to fit)</source>
        <translation>将分数背后的信号显示为附加曲线（按比例缩放）</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Use my threshold instead of the model&apos;s:</source>
        <translation>使用我的阈值代替模型的阈值：</translation>
    </message>
    <message>
        <source>An event goes on at the threshold and off only when the score falls this far below it, so a score hovering at the threshold does not flicker</source>
        <translation>事件在达到阈值时开始，只有当分数降到阈值以下这么多时才结束，因此在阈值附近徘徊的分数不会造成闪烁</translation>
    </message>
    <message>
        <source>Shorter blips are not reported</source>
        <translation>更短的瞬时波动不予报告</translation>
    </message>
    <message>
        <source>Events closer than this become one</source>
        <translation>间隔小于此值的事件将合并为一个</translation>
    </message>
    <message>
        <source>Context added before and after each event</source>
        <translation>在每个事件前后添加的上下文</translation>
    </message>
    <message>
        <source>Hysteresis (score units):</source>
        <translation>滞后量（分数单位）：</translation>
    </message>
    <message>
        <source>Minimum duration:</source>
        <translation>最短时长：</translation>
    </message>
    <message>
        <source>Merge gap:</source>
        <translation>合并间隔：</translation>
    </message>
    <message>
        <source>Padding:</source>
        <translation>前后余量：</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Use the GPU when one is present</source>
        <translation>如有 GPU 则使用</translation>
    </message>
    <message>
        <source>No CUDA GPU is usable by this build: models run on the CPU</source>
        <translation>此版本无法使用 CUDA GPU：模型在 CPU 上运行</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU 线程数：</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>A new language applies the next time Anomalens starts.</source>
        <translation>新语言将在下次启动 Anomalens 时生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TrainDialog</name>
    <message>
        <source>MNAD prediction (4 frames in, the next one out)</source>
        <translation>MNAD 预测（输入 4 帧，输出下一帧）</translation>
    </message>
    <message>
        <source>MNAD reconstruction (one frame in, the same frame out)</source>
        <translation>MNAD 重建（输入 1 帧，输出同一帧）</translation>
    </message>
    <message>
        <source>FFP future-frame prediction (U-Net with a GAN critic)</source>
        <translation>FFP 未来帧预测（带 GAN 判别器的 U-Net）</translation>
    </message>
    <message>
        <source>Quickest: a quarter of lite&apos;s arithmetic. Good for a first try on a CPU.</source>
        <translation>最快：运算量为 lite 的四分之一。适合在 CPU 上初次尝试。</translation>
    </message>
    <message>
        <source>Made for CPU-only machines: training and analysis in reasonable time.</source>
        <translation>专为仅有 CPU 的机器设计：可在合理时间内完成训练和分析。</translation>
    </message>
    <message>
        <source>The published architecture. Slow on a CPU; a GPU is recommended.</source>
        <translation>论文发表的架构。在 CPU 上较慢，建议使用 GPU。</translation>
    </message>
    <message numerus="yes">
        <source>Reading footage: %n clip(s) read</source>
        <translation>
            <numerusform>正在读取视频：已读取 %n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Training: step %1 of %2</source>
        <translation>训练中：第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Calibrating on held-out normal frames: %1 of %2</source>
        <translation>正在使用预留的正常帧进行校准：%1 / %2</translation>
    </message>
    <message>
        <source>Train Model</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>Footage of the camera&apos;s normal activity: video files, folders of frames (one clip each), or folders of those.</source>
        <translation>摄像机正常活动的视频：视频文件、帧文件夹（每个为一个片段）或包含它们的文件夹。</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Clips per step. Larger batches need more memory.</source>
        <translation>每步的片段数。批次越大，所需内存越多。</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Resume the unfinished training saved next to this file</source>
        <translation>继续此文件旁保存的未完成训练</translation>
    </message>
    <message>
        <source>Normal footage:</source>
        <translation>正常视频：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>输出文件：</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel Training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <source>Stop after the current step and keep a checkpoint to resume from.</source>
        <translation>在当前步骤结束后停止，并保留检查点以便继续。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Folder: a sequence of frames, or several clips</source>
        <translation>文件夹：帧序列或多个片段</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>Add Normal Footage</source>
        <translation>添加正常视频</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.mpg *.mpeg *.ts *.mts);;All files (*)</source>
        <translation>视频文件 (*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.mpg *.mpeg *.ts *.mts);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a Folder of Frames or Clips</source>
        <translation>添加帧或片段文件夹</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>模型另存为</translation>
    </message>
    <message>
        <source>Anomalens models (*.alm);;All files (*)</source>
        <translation>Anomalens 模型 (*.alm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1×%1 px input, encoder widths %2/%3/%4/%5. %6</source>
        <translation>输入 %1×%1 px，编码器宽度 %2/%3/%4/%5。%6</translation>
    </message>
    <message>
        <source>Resuming continues from step %1 of %2.</source>
        <translation>继续时将从第 %1 步（共 %2 步）开始。</translation>
    </message>
    <message>
        <source>The checkpoint cannot be read: %1</source>
        <translation>无法读取检查点：%1</translation>
    </message>
    <message>
        <source>Add footage of the camera&apos;s normal activity (Add Files… or Add Folder…).</source>
        <translation>请添加摄像机正常活动的视频（添加文件… 或 添加文件夹…）。</translation>
    </message>
    <message>
        <source>“%1” no longer exists; remove it.</source>
        <translation>“%1”已不存在，请将其移除。</translation>
    </message>
    <message>
        <source>Choose where to save the model (Save As…).</source>
        <translation>请选择模型的保存位置（另存为…）。</translation>
    </message>
    <message>
        <source>The output is a folder; choose a file name.</source>
        <translation>输出路径是文件夹，请选择文件名。</translation>
    </message>
    <message>
        <source>Resume continues the unfinished training from its checkpoint.</source>
        <translation>“继续”将从检查点继续未完成的训练。</translation>
    </message>
    <message>
        <source>An unfinished training of this model was saved: tick Resume to continue it, or Start to begin again and replace it.</source>
        <translation>已保存此模型的未完成训练：勾选“继续”以接着训练，或点击“开始”重新训练并替换它。</translation>
    </message>
    <message>
        <source>“%1” exists and will be replaced.</source>
        <translation>“%1”已存在，将被替换。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source> — stopping after this step…</source>
        <translation> — 将在此步骤后停止…</translation>
    </message>
    <message>
        <source>Stop Training?</source>
        <translation>停止训练？</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close?</source>
        <translation>训练仍在运行。要停止并关闭吗？</translation>
    </message>
    <message>
        <source>A checkpoint is kept; ticking Resume later continues from where it stopped.</source>
        <translation>将保留检查点；之后勾选“继续”即可从停止处接着训练。</translation>
    </message>
    <message>
        <source>%1 steps/s · %2 left</source>
        <translation>%1 步/秒 · 剩余 %2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Model written to %1.</source>
        <translation>模型已写入 %1。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Training stopped before the first step; nothing was saved.</source>
        <translation>训练在第一步之前停止，未保存任何内容。</translation>
    </message>
    <message>
        <source>Stopped after step %1.</source>
        <translation>在第 %1 步后停止。</translation>
    </message>
    <message>
        <source>Checkpoint kept at %1. With Resume ticked, the next start continues from where it stopped.</source>
        <translation>检查点保存在 %1。勾选“继续”后，下次开始将从停止处接着训练。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Add Range…</source>
        <translation>添加范围…</translation>
    </message>
    <message>
        <source>Train on some frames of a listed clip only</source>
        <translation>只用列表中某个片段的部分帧训练</translation>
    </message>
    <message>
        <source>From Annotations…</source>
        <translation>从标注…</translation>
    </message>
    <message>
        <source>Train on ranges annotated in the case</source>
        <translation>用案件中标注的范围训练</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Frames %1–%2 of %3</source>
        <translation>%3 的第 %1–%2 帧</translation>
    </message>
    <message>
        <source>TorchScript flow model…</source>
        <translation>TorchScript 光流模型…</translation>
    </message>
    <message>
        <source>TorchScript segmentation model…</source>
        <translation>TorchScript 分割模型…</translation>
    </message>
    <message>
        <source>TorchScript flow model: %1</source>
        <translation>TorchScript 光流模型：%1</translation>
    </message>
    <message>
        <source>TorchScript segmentation model: %1</source>
        <translation>TorchScript 分割模型：%1</translation>
    </message>
    <message>
        <source>F2LM prediction through motion and label cues</source>
        <translation>F2LM 预测（借助运动和标签线索）</translation>
    </message>
    <message>
        <source>F2LM Destroyer on a trained generator</source>
        <translation>基于已训练生成器的 F2LM Destroyer</translation>
    </message>
    <message>
        <source>Generator (1 of 2) — %1</source>
        <translation>生成器（第 1/2 阶段）— %1</translation>
    </message>
    <message>
        <source>Destroyer (2 of 2) — %1</source>
        <translation>Destroyer（第 2/2 阶段）— %1</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Optical flow, DIS (fast)</source>
        <translation>光流，DIS（快速）</translation>
    </message>
    <message>
        <source>Optical flow, Farneback</source>
        <translation>光流，Farneback</translation>
    </message>
    <message>
        <source>How the motion from one frame to the next is measured</source>
        <translation>如何测量从一帧到下一帧的运动</translation>
    </message>
    <message>
        <source>Background subtraction, split by blob shape (no network)</source>
        <translation>背景减除，按斑块形状区分（无需网络）</translation>
    </message>
    <message>
        <source>How each pixel is labelled with what kind of thing is there</source>
        <translation>如何为每个像素标注其上是哪类物体</translation>
    </message>
    <message>
        <source>F2LM predicts from how things move and what is where; built-in cues need no model files.</source>
        <translation>F2LM 根据物体如何运动以及何处有何物进行预测；内置线索无需模型文件。</translation>
    </message>
    <message>
        <source>Motion:</source>
        <translation>运动：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Then train a Destroyer (heat maps of where a frame is abnormal)</source>
        <translation>随后训练 Destroyer（显示帧中异常位置的热图）</translation>
    </message>
    <message>
        <source>A second phase on the finished generator. The generator alone is kept too, as NAME.generator.alm.</source>
        <translation>在已完成的生成器上进行的第二阶段。单独的生成器也会保留为 NAME.generator.alm。</translation>
    </message>
    <message>
        <source>Destroyer steps:</source>
        <translation>Destroyer 步数：</translation>
    </message>
    <message>
        <source>Choose a TorchScript Flow Model</source>
        <translation>选择 TorchScript 光流模型</translation>
    </message>
    <message>
        <source>Choose a TorchScript Segmentation Model</source>
        <translation>选择 TorchScript 分割模型</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript 模型 (*.pt *.pth *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Resuming continues the Destroyer from step %1 of %2.</source>
        <translation>继续时将从 Destroyer 的第 %1 步（共 %2 步）开始。</translation>
    </message>
    <message>
        <source>Resuming continues the generator from step %1 of %2, then trains its Destroyer.</source>
        <translation>继续时将从生成器的第 %1 步（共 %2 步）开始，然后训练其 Destroyer。</translation>
    </message>
    <message>
        <source>The cue model “%1” no longer exists; choose another.</source>
        <translation>线索模型“%1”已不存在；请另选一个。</translation>
    </message>
    <message>
        <source>The generator alone is kept too, as “%1”.</source>
        <translation>单独的生成器也会保留为“%1”。</translation>
    </message>
    <message>
        <source>Model with the Destroyer (heat maps) written to %1; the generator alone to %2.</source>
        <translation>含 Destroyer 的模型（热图）已写入 %1；单独的生成器已写入 %2。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TrainingJob</name>
    <message>
        <source>Training failed for an unknown reason.</source>
        <translation>训练因未知原因失败。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TransportBar</name>
    <message>
        <source>Click or drag to go to a frame</source>
        <translation>单击或拖动以转到某一帧</translation>
    </message>
    <message>
        <source>Frame position</source>
        <translation>帧位置</translation>
    </message>
    <message>
        <source>Frame on screen (0-based, display order) / last frame</source>
        <translation>屏幕上的帧（从 0 开始，按显示顺序）/ 最后一帧</translation>
    </message>
    <message>
        <source>Time of the frame on screen from the start of the stream / duration</source>
        <translation>屏幕上的帧距流开始的时间 / 时长</translation>
    </message>
    <message>
        <source>Presentation timestamp in stream time-base units, as ffprobe reports it</source>
        <translation>以流时间基为单位的显示时间戳，与 ffprobe 报告的一致</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>关键帧</translation>
    </message>
    <message>
        <source>This frame is a keyframe (decodable on its own)</source>
        <translation>此帧为关键帧（可独立解码）</translation>
    </message>
    <message>
        <source>FRAME</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
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
        <translation>Anomalens 用户指南</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reviewing footage&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start a case&lt;/b&gt; (File &amp;gt; New Case, Ctrl+N) or open one (File &amp;gt; Open Case). A case is one file that keeps the footage&apos;s SHA-256 hashes, the analyses, the events, your annotations and an audit log. The footage itself is opened read-only and never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add footage&lt;/b&gt; (File &amp;gt; Add Footage to Case, Ctrl+Shift+A). Each file is hashed and listed in the Case panel; double-click one to show it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analyse&lt;/b&gt; (Review &amp;gt; Analyse, Ctrl+R): pick a model of the camera&apos;s normal activity and the files. Every frame is scored on a worker; the curve grows as frames are scored, and Cancel stops it so that analysing again continues where it stopped.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Score timeline&lt;/b&gt;, under the video: the score of every frame, the threshold line and the events shaded by their state. Click or drag to seek, use the wheel to zoom, right-drag to pan, double-click to see the whole file. Drag the threshold line to recompute the events.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Events&lt;/b&gt; panel: the stretches above the threshold, with the peak&apos;s thumbnail. N and P go to the next and previous event; C, D and R mark the selected event confirmed, dismissed or needing review.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Heat map&lt;/b&gt; (H): where in the picture the model found the frame hard to predict. The slider in the toolbar sets its opacity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Annotations&lt;/b&gt;: M bookmarks the frame, I and O mark the start and end of a range. Each has a label and a note; edits keep their history.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Train a model&lt;/b&gt; (Review &amp;gt; Train Model, Ctrl+T) from ordinary footage of the same camera and view, when no model fits the camera yet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; (Ctrl+,): your own threshold, the event rules (hysteresis, minimum duration, merge gap, padding), GPU use and CPU threads.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+wheel zooms the video; past 200 % pixels are shown unsmoothed for inspection. The frame number, time and PTS under the video always refer to the frame on screen.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;审阅视频&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;新建案件&lt;/b&gt;（文件 &amp;gt; 新建案件，Ctrl+N）或打开已有案件（文件 &amp;gt; 打开案件）。案件是一个文件，保存视频的 SHA-256 哈希、分析结果、事件、您的注释以及审计日志。视频本身以只读方式打开，绝不会被修改。&lt;/li&gt;&lt;li&gt;&lt;b&gt;添加视频&lt;/b&gt;（文件 &amp;gt; 向案件添加视频，Ctrl+Shift+A）。每个文件都会计算哈希并列入案件面板；双击即可显示。&lt;/li&gt;&lt;li&gt;&lt;b&gt;分析&lt;/b&gt;（审阅 &amp;gt; 分析，Ctrl+R）：选择摄像机正常活动的模型和文件。每一帧都在后台线程中打分；曲线随打分进度增长，点击“取消”可停止，再次分析将从停止处继续。&lt;/li&gt;&lt;li&gt;&lt;b&gt;分数时间线&lt;/b&gt;（位于视频下方）：显示每一帧的分数、阈值线以及按状态着色的事件。单击或拖动可跳转，滚轮可缩放，右键拖动可平移，双击可查看整个文件。拖动阈值线可重新计算事件。&lt;/li&gt;&lt;li&gt;&lt;b&gt;事件&lt;/b&gt;面板：显示高于阈值的片段及峰值缩略图。N 和 P 转到下一个和上一个事件；C、D 和 R 将所选事件标记为已确认、已排除或需要审阅。&lt;/li&gt;&lt;li&gt;&lt;b&gt;热力图&lt;/b&gt;（H）：显示模型认为画面中哪些区域难以预测。工具栏中的滑块用于设置其不透明度。&lt;/li&gt;&lt;li&gt;&lt;b&gt;注释&lt;/b&gt;：M 为当前帧添加书签，I 和 O 标记区间的起点和终点。每条注释都有标签和备注；编辑会保留历史记录。&lt;/li&gt;&lt;li&gt;&lt;b&gt;训练模型&lt;/b&gt;（审阅 &amp;gt; 训练模型，Ctrl+T）：当尚无适合该摄像机的模型时，使用同一摄像机、同一视角的日常视频进行训练。&lt;/li&gt;&lt;li&gt;&lt;b&gt;设置&lt;/b&gt;（Ctrl+,）：自定义阈值、事件规则（滞后量、最短时长、合并间隔、前后余量）、GPU 使用及 CPU 线程数。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+滚轮可缩放视频；超过 200% 时像素不做平滑处理，便于检查。视频下方的帧号、时间和 PTS 始终对应屏幕上显示的帧。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;The keys of menu commands are also shown next to them in the menus and in the tooltips of the toolbar buttons. This table is made from the window&apos;s own commands.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;键盘快捷键&lt;/h2&gt;&lt;p&gt;菜单命令的快捷键也会显示在菜单中命令的旁边以及工具栏按钮的工具提示中。此表根据窗口自身的命令生成。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What the score means&lt;/h2&gt;&lt;p&gt;The score is &lt;b&gt;calibrated&lt;/b&gt;. When a model finishes training it scores frames of its training footage that it did not learn from (held-out normal frames). A frame&apos;s score is how many standard deviations less predictable it is than those normal frames: &lt;b&gt;0 is an ordinary frame&lt;/b&gt;, and higher means more unusual for this camera. Because the scale comes from the model, not from the video, scores can be compared across files.&lt;/p&gt;&lt;p&gt;The model&apos;s default threshold flags about &lt;b&gt;1 normal frame in 200&lt;/b&gt;. Expect a few events even in footage where nothing happens.&lt;/p&gt;&lt;h2&gt;What the score does not mean&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;It is &lt;b&gt;not a detection of a crime, of intent or of any particular behaviour&lt;/b&gt;. It only says the frame is unlike what the model saw as normal.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;not evidence by itself&lt;/b&gt;. The footage is the evidence; the score only suggests where to look.&lt;/li&gt;&lt;li&gt;It depends on the training footage being &lt;b&gt;normal&lt;/b&gt; and from the &lt;b&gt;same camera and view&lt;/b&gt;. A model of another camera, or one trained on footage with incidents in it, gives scores that mean little.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lighting changes, a camera that moved or was bumped, weather, and crowds&lt;/b&gt; can raise the score when nothing of interest happens. A low score does not prove that nothing happened either.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;An event is a place to look. &lt;b&gt;The reviewer decides&lt;/b&gt; what it shows, and records the decision in the Events panel.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;分数的含义&lt;/h2&gt;&lt;p&gt;分数经过&lt;b&gt;校准&lt;/b&gt;。模型训练完成后，会对训练视频中未用于学习的帧（预留的正常帧）进行打分。某一帧的分数表示它比这些正常帧难以预测多少个标准差：&lt;b&gt;0 表示普通帧&lt;/b&gt;，数值越高表示对该摄像机而言越异常。由于刻度来自模型而非视频，不同文件之间的分数可以相互比较。&lt;/p&gt;&lt;p&gt;模型的默认阈值大约会标记&lt;b&gt;每 200 个正常帧中的 1 个&lt;/b&gt;。即使在什么都没发生的视频中，也可能出现少量事件。&lt;/p&gt;&lt;h2&gt;分数不代表什么&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;它&lt;b&gt;不是对犯罪、意图或任何特定行为的检测&lt;/b&gt;，只表示该帧与模型所认为的正常情况不同。&lt;/li&gt;&lt;li&gt;它&lt;b&gt;本身不是证据&lt;/b&gt;。视频才是证据；分数只提示应该查看哪里。&lt;/li&gt;&lt;li&gt;它依赖于训练视频是&lt;b&gt;正常的&lt;/b&gt;，并且来自&lt;b&gt;同一摄像机和同一视角&lt;/b&gt;。其他摄像机的模型，或用包含事件的视频训练的模型，给出的分数意义不大。&lt;/li&gt;&lt;li&gt;&lt;b&gt;光线变化、摄像机被移动或碰撞、天气以及人群&lt;/b&gt;都可能在没有值得关注的情况时使分数升高。反之，分数低也不能证明什么都没发生。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;事件只是值得查看的位置。其内容&lt;b&gt;由审阅人员判断&lt;/b&gt;，并在事件面板中记录该判断。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forensic review of CCTV footage.</source>
        <translation>CCTV 视频取证审查。</translation>
    </message>
    <message>
        <source>Video file, frame folder or case (.alcase) to open.</source>
        <translation>要打开的视频文件、帧文件夹或案件 (.alcase)。</translation>
    </message>
    <message>
        <source>Save an image of the window to &lt;file&gt; once the frame is shown, then quit.</source>
        <translation>帧显示后将窗口图像保存到 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Frame to show for --screenshot.</source>
        <translation>--screenshot 时显示的帧。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>窗口大小，例如 1280x800。</translation>
    </message>
    <message>
        <source>Start with the heat map overlay on.</source>
        <translation>启动时开启热力图叠加。</translation>
    </message>
</context>
</TS>
