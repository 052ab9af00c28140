<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>保存しない</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (%2 でビルド)</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>not identified (not OpenBLAS)</source>
        <translation>不明 (OpenBLAS ではありません)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>About Anomalens</source>
        <translation>Anomalens について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Anomalens %1&lt;/h2&gt;&lt;p&gt;Forensic review of CCTV footage: find the few seconds that matter.&lt;/p&gt;&lt;p&gt;Evidence files are opened read-only and never modified.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Anomalens %1&lt;/h2&gt;&lt;p&gt;CCTV 映像のフォレンジックレビュー: 重要な数秒を見つけ出します。&lt;/p&gt;&lt;p&gt;証拠ファイルは読み取り専用で開かれ、変更されることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these versions, e.g. into a bug report</source>
        <translation>これらのバージョン情報をコピーします (バグ報告用など)</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnalyseDialog</name>
    <message>
        <source>Analyse Footage</source>
        <translation>映像の解析</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Events start where the calibrated score reaches this value; it can be changed later by dragging the line on the timeline.</source>
        <translation>較正済みスコアがこの値に達した時点でイベントが始まります。後からタイムライン上の線をドラッグして変更できます。</translation>
    </message>
    <message>
        <source>Full precision (fp32)</source>
        <translation>完全精度 (fp32)</translation>
    </message>
    <message>
        <source>Faster on recent CPUs (bf16)</source>
        <translation>最近の CPU で高速 (bf16)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>All files of the case</source>
        <translation>案件のすべてのファイル</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Event threshold:</source>
        <translation>イベントしきい値:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度:</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>モデルの選択</translation>
    </message>
    <message>
        <source>Anomalens models (*.alm);;All files (*)</source>
        <translation>Anomalens モデル (*.alm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No model yet: train one (Analysis ▸ Train Model…) or browse to a bundle.</source>
        <translation>モデルがまだありません。モデルを学習する（解析 ▸ モデルの学習…）か、バンドルを参照してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1, profile %2 (%3×%3 px), %4 training steps on %n clip(s) (%5 frames), created %6. Default threshold %7.</source>
        <translation>
            <numerusform>%1、プロファイル %2 (%3×%3 px)、%n 本のクリップ (%5 フレーム) で %4 ステップ学習、作成 %6。既定のしきい値 %7。</numerusform>
        </translation>
    </message>
    <message>
        <source>This model has no calibration and cannot be used to analyse.</source>
        <translation>このモデルは較正されていないため、解析に使用できません。</translation>
    </message>
    <message>
        <source>Not a usable model: %1</source>
        <translation>使用できないモデルです: %1</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotatedClip</name>
    <message>
        <source>Frame %1 · %2</source>
        <translation>フレーム %1 · %2</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>スコア %1</translation>
    </message>
    <message>
        <source>Score: not scored</source>
        <translation>スコア: 未算出</translation>
    </message>
    <message>
        <source>DERIVED COPY</source>
        <translation>派生コピー</translation>
    </message>
    <message>
        <source>not original evidence</source>
        <translation>原本証拠ではありません</translation>
    </message>
    <message>
        <source>source changed since import</source>
        <translation>取り込み後に元ファイルが変更</translation>
    </message>
    <message>
        <source>This frame could not be decoded from the source</source>
        <translation>このフレームは元ファイルからデコードできません</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>イベント %1</translation>
    </message>
    <message>
        <source>Frames %1–%2</source>
        <translation>フレーム %1–%2</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotationDialog</name>
    <message>
        <source>Annotation</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>e.g. person loitering</source>
        <translation>例: うろつく人物</translation>
    </message>
    <message>
        <source>What is seen, by whom, why it matters…</source>
        <translation>何が見えるか、誰が確認したか、なぜ重要か…</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;First frame:</source>
        <translation>最初のフレーム(&amp;F):</translation>
    </message>
    <message>
        <source>L&amp;ast frame:</source>
        <translation>最後のフレーム(&amp;A):</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>長さ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>1 frame (bookmark)</source>
        <translation>1 フレーム (ブックマーク)</translation>
    </message>
    <message>
        <source>%1 (%2 frames)</source>
        <translation>%1 (%2 フレーム)</translation>
    </message>
    <message>
        <source>Enter a label first.</source>
        <translation>先にラベルを入力してください。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Search labels and notes</source>
        <translation>ラベルとメモを検索</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>No footage is open.</source>
        <translation>映像が開かれていません。</translation>
    </message>
    <message>
        <source>The case is open read-only; annotations cannot be changed.</source>
        <translation>案件は読み取り専用で開かれているため、注釈を変更できません。</translation>
    </message>
    <message>
        <source>Could not read the annotations of this footage</source>
        <translation>この映像の注釈を読み込めませんでした</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>フレーム %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n フレーム</numerusform>
        </translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>%1 (UTC), version %2</source>
        <translation>%1 (UTC)、バージョン %2</translation>
    </message>
    <message>
        <source>No footage open</source>
        <translation>映像なし</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>注釈 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>Go to Start</source>
        <translation>開始位置へ移動</translation>
    </message>
    <message>
        <source>Cannot add an annotation</source>
        <translation>注釈を追加できません</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>ブックマークを追加</translation>
    </message>
    <message>
        <source>Add Range</source>
        <translation>範囲を追加</translation>
    </message>
    <message>
        <source>Cannot edit the annotation</source>
        <translation>注釈を編集できません</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>注釈の編集</translation>
    </message>
    <message>
        <source>Could not add the annotation</source>
        <translation>注釈を追加できませんでした</translation>
    </message>
    <message>
        <source>Could not save the annotation</source>
        <translation>注釈を保存できませんでした</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>注釈を削除できません</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>注釈の削除</translation>
    </message>
    <message>
        <source>Delete the annotation “%1”?</source>
        <translation>注釈「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Its content stays in the case&apos;s annotation history.</source>
        <translation>内容は案件の注釈履歴に残ります。</translation>
    </message>
    <message>
        <source>Could not delete the annotation</source>
        <translation>注釈を削除できませんでした</translation>
    </message>
    <message>
        <source>Could not read the annotation&apos;s history</source>
        <translation>注釈の履歴を読み込めませんでした</translation>
    </message>
    <message>
        <source>Annotation History</source>
        <translation>注釈の履歴</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>変更日時 (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Previous label</source>
        <translation>以前のラベル</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>以前の範囲</translation>
    </message>
    <message>
        <source>Previous note</source>
        <translation>以前のメモ</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Never edited: this is the first version.</source>
        <translation>編集されていません: これが最初のバージョンです。</translation>
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
取り込み日時: %3 (UTC)</translation>
    </message>
    <message>
        <source>
Not found at this path.</source>
        <translation>
このパスに見つかりません。</translation>
    </message>
    <message>
        <source>Case Media</source>
        <translation>案件のメディア</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 media file(s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;メディアファイル %2 件</translation>
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
        <translation>直近の解析はフレームの %1% で停止しました。解析を実行すると続きから再開します</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>未解析</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) flagged by the latest analysis</source>
        <translation>
            <numerusform>直近の解析で検出されたイベント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No case open. Use File ▸ Open Case…</source>
        <translation>案件が開かれていません。ファイル ▸ 案件を開く… を使用してください</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::EventsDock</name>
    <message>
        <source>Unreviewed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Mark the selected event confirmed (C)</source>
        <translation>選択したイベントを確認済みにする (C)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Mark the selected event dismissed: nothing of interest (D)</source>
        <translation>選択したイベントを却下する: 注目すべき点なし (D)</translation>
    </message>
    <message>
        <source>Mark the selected event for a second look (R)</source>
        <translation>選択したイベントを再確認の対象にする (R)</translation>
    </message>
    <message>
        <source>Event %1: frames %2–%3, peak at frame %4</source>
        <translation>イベント %1: フレーム %2–%3、ピークはフレーム %4</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>イベントなし</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 to review, %2 confirmed</source>
        <translation>
            <numerusform>イベント %n 件、要確認 %1 件、確認済み %2 件</numerusform>
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
        <translation>クリップを書き出しました: %1、フレーム %2–%3（指定 %4–%5）</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) of confirmed events written to %1</source>
        <translation>
            <numerusform>確認済みイベントのクリップ %n 個を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n row(s))</source>
        <translation>
            <numerusform>書き出しました: %1（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anomalens::ui::FootageRangeDialog</name>
    <message>
        <source>%1, frames %2–%3</source>
        <translation>%1、フレーム %2–%3</translation>
    </message>
    <message>
        <source>Add a Range of Frames</source>
        <translation>フレーム範囲を追加</translation>
    </message>
    <message>
        <source>The clip the range is taken from</source>
        <translation>範囲を取り出すクリップ</translation>
    </message>
    <message>
        <source>Clip:</source>
        <translation>クリップ:</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>最初のフレーム:</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>最後のフレーム:</translation>
    </message>
    <message>
        <source>Frames are numbered from 0, as in the timeline; both ends are included. The range replaces the whole clip in the list.</source>
        <translation>フレーム番号はタイムラインと同じく 0 から数え、両端を含みます。範囲はリスト内のクリップ全体を置き換えます。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::FrameDecoder</name>
    <message>
        <source>“%1” contains no video frames.</source>
        <translation>「%1」に動画フレームがありません。</translation>
    </message>
    <message>
        <source>Frame %1 is outside the file (0–%2).</source>
        <translation>フレーム %1 はファイルの範囲 (0–%2) 外です。</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded (damaged or missing data).</source>
        <translation>フレーム %1 をデコードできませんでした (データの破損または欠落)。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::GuardedApplication</name>
    <message>
        <source>An unknown error occurred.</source>
        <translation>不明なエラーが発生しました。</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Anomalens keeps running; save your work and check the result of the last command.</source>
        <translation>予期しないエラーが発生しました。Anomalens は動作を続けます。作業内容を保存し、直前のコマンドの結果を確認してください。</translation>
    </message>
    <message>
        <source>%1

Details are in the log: %2</source>
        <translation>%1

詳細はログにあります: %2</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
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
        <translation>動画</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>メディアなし</translation>
    </message>
    <message>
        <source>Screen pixels per image pixel. Above 200 % pixels are shown unsmoothed.</source>
        <translation>画像 1 ピクセルあたりの画面ピクセル数。200% を超えるとピクセルは補間せずに表示されます。</translation>
    </message>
    <message>
        <source>Open a video, a frame folder or a case — or drop it here.

Ctrl+O  video      Ctrl+Shift+O  frame folder      Ctrl+Alt+O  case</source>
        <translation>動画、フレームフォルダー、または案件を開くか、ここにドロップしてください。

Ctrl+O  動画      Ctrl+Shift+O  フレームフォルダー      Ctrl+Alt+O  案件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Open Video…</source>
        <translation>動画を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a video file</source>
        <translation>動画ファイルを開く</translation>
    </message>
    <message>
        <source>Open &amp;Frame Folder…</source>
        <translation>フレームフォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a folder of numbered still images as one video</source>
        <translation>連番の静止画フォルダーを 1 本の動画として開く</translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>案件を開く(&amp;C)…</translation>
    </message>
    <message>
        <source>Open an Anomalens case file and list its media</source>
        <translation>Anomalens 案件ファイルを開き、メディアを一覧表示する</translation>
    </message>
    <message>
        <source>&amp;Close Media</source>
        <translation>メディアを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>Previous F&amp;rame</source>
        <translation>前のフレーム(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <translation>次のフレーム(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back 1 Second</source>
        <translation>1 秒戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward 1 Second</source>
        <translation>1 秒進む(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;irst Frame</source>
        <translation>最初のフレーム(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Last Frame</source>
        <translation>最後のフレーム(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go to Frame…</source>
        <translation>フレームへ移動(&amp;G)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>実際のピクセル(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Anomalens</source>
        <translation>Anomalens について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>動画を開く</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.mts *.m2ts *.ts *.mpg *.mpeg *.wmv *.asf *.flv *.webm *.3gp *.dav *.264 *.h264 *.265 *.hevc *.mjpeg);;All files (*)</source>
        <translation>動画ファイル (*.mp4 *.m4v *.mov *.mkv *.avi *.mts *.m2ts *.ts *.mpg *.mpeg *.wmv *.asf *.flv *.webm *.3gp *.dav *.264 *.h264 *.265 *.hevc *.mjpeg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Frame Folder</source>
        <translation>フレームフォルダーを開く</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>案件を開く</translation>
    </message>
    <message>
        <source>Anomalens cases (*.alcase);;All files (*)</source>
        <translation>Anomalens 案件 (*.alcase);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opening case %1…</source>
        <translation>案件 %1 を開いています…</translation>
    </message>
    <message numerus="yes">
        <source>Case “%1”: %n media file(s). Double-click one to review it.</source>
        <translation>
            <numerusform>案件「%1」: メディアファイル %n 件。レビューするにはダブルクリックしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the case “%1”.</source>
        <translation>案件「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>%1 — Anomalens</source>
        <translation>%1 — Anomalens</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>  (not found)</source>
        <translation>  (見つかりません)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Remove Entries Not Found</source>
        <translation>見つからない項目を削除</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>メニューをクリア</translation>
    </message>
    <message>
        <source>Frame %1 cannot be shown.
%2</source>
        <translation>フレーム %1 を表示できません。
%2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Playing at %1 fps</source>
        <translation>%1 fps で再生中</translation>
    </message>
    <message numerus="yes">
        <source>Paused · last playback skipped %n frame(s)</source>
        <translation>
            <numerusform>一時停止中 · 直前の再生で %n フレームをスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Zoom %1 % (fit)</source>
        <translation>ズーム %1% (フィット)</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>ズーム %1%</translation>
    </message>
    <message>
        <source>Go to Frame</source>
        <translation>フレームへ移動</translation>
    </message>
    <message>
        <source>Frame number (0–%1):</source>
        <translation>フレーム番号 (0–%1):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop after the frames in flight; analysing again continues where it stopped</source>
        <translation>処理中のフレームの後で停止します。再度解析すると停止した位置から再開します</translation>
    </message>
    <message>
        <source>&amp;Analyse…</source>
        <translation>解析(&amp;A)…</translation>
    </message>
    <message>
        <source>Score every frame of the case&apos;s footage with a model of normal activity</source>
        <translation>通常の活動のモデルで案件の映像の全フレームをスコア付けする</translation>
    </message>
    <message>
        <source>N&amp;ext Event</source>
        <translation>次のイベント(&amp;E)</translation>
    </message>
    <message>
        <source>P&amp;revious Event</source>
        <translation>前のイベント(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>ヒートマップ(&amp;H)</translation>
    </message>
    <message>
        <source>Overlay where the model finds the frame abnormal</source>
        <translation>モデルがフレーム内で異常と判断した箇所を重ねて表示する</translation>
    </message>
    <message>
        <source>Heat map opacity</source>
        <translation>ヒートマップの不透明度</translation>
    </message>
    <message>
        <source>Mark &amp;In</source>
        <translation>イン点を設定(&amp;I)</translation>
    </message>
    <message>
        <source>Start a range annotation at this frame</source>
        <translation>このフレームから範囲の注釈を開始する</translation>
    </message>
    <message>
        <source>Mark &amp;Out</source>
        <translation>アウト点を設定(&amp;O)</translation>
    </message>
    <message>
        <source>End the range annotation at this frame and describe it</source>
        <translation>このフレームで範囲の注釈を終了し、内容を記述する</translation>
    </message>
    <message>
        <source>&amp;Bookmark Frame…</source>
        <translation>フレームをブックマーク(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新しい案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a case file that keeps footage hashes, analyses and annotations</source>
        <translation>映像のハッシュ、解析結果、注釈を保管する案件ファイルを作成する</translation>
    </message>
    <message>
        <source>Add &amp;Footage to Case…</source>
        <translation>案件に映像を追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Hash and list video files in the open case</source>
        <translation>動画ファイルのハッシュを計算し、開いている案件に登録する</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>モデルの学習(&amp;T)…</translation>
    </message>
    <message>
        <source>Teach a model what is normal for a camera from its ordinary footage</source>
        <translation>カメラの普段の映像から、そのカメラにとっての通常をモデルに学習させる</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>レビュー(&amp;R)</translation>
    </message>
    <message>
        <source>The case is open read-only: %1</source>
        <translation>案件は読み取り専用で開かれています: %1</translation>
    </message>
    <message>
        <source>Could not read the analysis of this file: %1</source>
        <translation>このファイルの解析結果を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>Feature distance</source>
        <translation>特徴距離</translation>
    </message>
    <message>
        <source>Model “%1”, run %2 (%3)</source>
        <translation>モデル「%1」、実行 %2 (%3)</translation>
    </message>
    <message>
        <source>No event after this frame</source>
        <translation>このフレーム以降にイベントはありません</translation>
    </message>
    <message>
        <source>No event before this frame</source>
        <translation>このフレーム以前にイベントはありません</translation>
    </message>
    <message numerus="yes">
        <source>Threshold %1: %n event(s)</source>
        <translation>
            <numerusform>しきい値 %1: イベント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the new events.</source>
        <translation>新しいイベントを保存できませんでした。</translation>
    </message>
    <message>
        <source>The analysis is not finished: events are shown, not stored</source>
        <translation>解析が完了していません: イベントは表示のみで保存されません</translation>
    </message>
    <message>
        <source>Could not store the event&apos;s state.</source>
        <translation>イベントの状態を保存できませんでした。</translation>
    </message>
    <message>
        <source>This analysis stored no heat maps</source>
        <translation>この解析ではヒートマップが保存されていません</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>先に案件を開いてください。</translation>
    </message>
    <message>
        <source>Analyses are stored in a case, with the footage&apos;s hash and the model used. Create one with File ▸ New Case… or open an existing case.</source>
        <translation>解析結果は映像のハッシュと使用したモデルとともに案件に保存されます。ファイル ▸ 新しい案件… で作成するか、既存の案件を開いてください。</translation>
    </message>
    <message>
        <source>This case cannot be changed.</source>
        <translation>この案件は変更できません。</translation>
    </message>
    <message>
        <source>No model found</source>
        <translation>モデルが見つかりません</translation>
    </message>
    <message>
        <source>An analysis is already running</source>
        <translation>解析はすでに実行中です</translation>
    </message>
    <message>
        <source>Starting the analysis…</source>
        <translation>解析を開始しています…</translation>
    </message>
    <message>
        <source>Analysing %1 (%2 of %3)</source>
        <translation>%1 を解析中 (%3 件中 %2 件目)</translation>
    </message>
    <message>
        <source>: %1 frames/s, %2 left</source>
        <translation>：%1 フレーム/秒、残り %2</translation>
    </message>
    <message>
        <source>Could not analyse “%1”.</source>
        <translation>「%1」を解析できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: イベント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis cancelled; analysing again continues where it stopped</source>
        <translation>解析をキャンセルしました。再度解析すると停止した位置から再開します</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>新しい案件</translation>
    </message>
    <message>
        <source>Anomalens cases (*.alcase)</source>
        <translation>Anomalens 案件 (*.alcase)</translation>
    </message>
    <message>
        <source>Could not create the case “%1”.</source>
        <translation>案件「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Open or create a case first.</source>
        <translation>先に案件を開くか作成してください。</translation>
    </message>
    <message>
        <source>Footage is listed, hashed and analysed inside a case.</source>
        <translation>映像は案件の中で登録され、ハッシュが計算され、解析されます。</translation>
    </message>
    <message>
        <source>Add Footage</source>
        <translation>映像の追加</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.ts *.mpg *.mpeg *.wmv *.webm *.3gp *.dav);;All files (*)</source>
        <translation>動画ファイル (*.mp4 *.m4v *.mov *.mkv *.avi *.ts *.mpg *.mpeg *.wmv *.webm *.3gp *.dav);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the case (hashing)…</source>
        <translation>
            <numerusform>案件にファイル %n 件を追加中 (ハッシュ計算)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Some footage could not be added.</source>
        <translation>一部の映像を追加できませんでした。</translation>
    </message>
    <message>
        <source>Model saved: %1. It is listed in Analyse….</source>
        <translation>モデルを保存しました: %1。解析… に表示されます。</translation>
    </message>
    <message>
        <source>In point at frame %1: move to the end of the range and press O</source>
        <translation>イン点はフレーム %1: 範囲の終わりに移動して O を押してください</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>The review workflow, the keys, and what the score means</source>
        <translation>レビューの流れ、キー操作、スコアの意味</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Annotated &amp;Clip of Event…</source>
        <translation>イベントの注釈付きクリップ(&amp;C)…</translation>
    </message>
    <message>
        <source>Re-encode the selected event with the heat map, score and a &quot;derived copy&quot; mark burned in</source>
        <translation>選択したイベントを、ヒートマップ・スコア・「派生コピー」表示を焼き込んで再エンコードします</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>レポート (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the case&apos;s evidence, analyses, events, annotations and audit trail as a PDF</source>
        <translation>ケースの証拠・解析・イベント・注釈・監査記録を PDF に書き出します</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>エクスポートを中止</translation>
    </message>
    <message>
        <source>Stop the export; no partial file is left behind</source>
        <translation>エクスポートを中止します。途中のファイルは残りません</translation>
    </message>
    <message>
        <source>The report describes a case: its footage, analyses and audit trail.</source>
        <translation>レポートはケースの映像・解析・監査記録を記述します。</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF、A4 用紙 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF、US レター用紙 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 レポート</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>先にイベントを選択してください。</translation>
    </message>
    <message>
        <source>Choose the event in the Events panel (or move the playhead into it), then export its clip.</source>
        <translation>イベントパネルでイベントを選択（または再生位置をイベント内に移動）してから、クリップをエクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 event %2 annotated</source>
        <translation>%1 イベント %2 注釈付き</translation>
    </message>
    <message>
        <source>Export Annotated Clip</source>
        <translation>注釈付きクリップのエクスポート</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;Matroska video (*.mkv)</source>
        <translation>MP4 動画 (*.mp4);;Matroska 動画 (*.mkv)</translation>
    </message>
    <message>
        <source>The event is not in the footage on screen.</source>
        <translation>そのイベントは表示中の映像にありません。</translation>
    </message>
    <message>
        <source>Open the case&apos;s footage that has the event, select the event, and export again.</source>
        <translation>イベントを含むケースの映像を開き、イベントを選択してから再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>This case cannot record the export.</source>
        <translation>このケースにエクスポートを記録できません。</translation>
    </message>
    <message>
        <source>Every export is written to the case&apos;s audit log. %1</source>
        <translation>すべてのエクスポートはケースの監査ログに記録されます。%1</translation>
    </message>
    <message>
        <source>An export is already running</source>
        <translation>エクスポートはすでに実行中です</translation>
    </message>
    <message>
        <source>Writing report %1…</source>
        <translation>レポート %1 を作成中…</translation>
    </message>
    <message>
        <source>Exporting clip %1…</source>
        <translation>クリップ %1 をエクスポート中…</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” はすでに存在します。</translation>
    </message>
    <message>
        <source>Replace it (and its .sha256 file) with the new export?</source>
        <translation>新しいエクスポートでこのファイル（と .sha256 ファイル）を置き換えますか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>The footage has changed since it was imported into the case.</source>
        <translation>映像はケースに取り込んだ後に変更されています。</translation>
    </message>
    <message>
        <source>A clip made from it may not show what was analysed. Export it anyway, marked &quot;source changed since import&quot; in every frame?</source>
        <translation>これから作るクリップは解析した内容を示さない可能性があります。全フレームに「取り込み後に元ファイルが変更」と表示して、それでもエクスポートしますか？</translation>
    </message>
    <message>
        <source>Export Marked Clip</source>
        <translation>表示付きクリップをエクスポート</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>エクスポートを中止しました。何も書き込まれていません</translation>
    </message>
    <message>
        <source>Could not export “%1”.</source>
        <translation>“%1” をエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>The report was written, marked: evidence has changed since import.</source>
        <translation>レポートを作成し、警告を付けました: 取り込み後に証拠が変更されています。</translation>
    </message>
    <message>
        <source>At least one evidence file no longer matches the SHA-256 the case recorded. The report says so on its first page and in the footer of every page.</source>
        <translation>少なくとも 1 つの証拠ファイルがケースに記録された SHA-256 と一致しなくなっています。レポートの 1 ページ目と全ページのフッターにその旨が記載されます。</translation>
    </message>
    <message>
        <source>Report written: %1 (%2 pages)</source>
        <translation>レポートを作成しました: %1（%2 ページ）</translation>
    </message>
    <message>
        <source>Clip written: %1 (%2 frames)</source>
        <translation>クリップを作成しました: %1（%2 フレーム）</translation>
    </message>
    <message>
        <source>&amp;Original Clip of Event…</source>
        <translation>イベントの元クリップ(&amp;O)…</translation>
    </message>
    <message>
        <source>Copy the selected event&apos;s footage as recorded (or re-encoded frame-exact), with a second before and after</source>
        <translation>選択したイベントの映像を記録されたまま（またはフレーム単位で正確に再エンコードして）前後 1 秒とともにコピーします</translation>
    </message>
    <message>
        <source>Clips of All &amp;Confirmed Events…</source>
        <translation>確認済みの全イベントのクリップ(&amp;C)…</translation>
    </message>
    <message>
        <source>One original clip per confirmed event of the case, into a folder</source>
        <translation>事件ファイルの確認済みイベントごとに元クリップを 1 つずつフォルダーへ</translation>
    </message>
    <message>
        <source>&amp;Scores (CSV/JSON)…</source>
        <translation>スコア (CSV/JSON)(&amp;S)…</translation>
    </message>
    <message>
        <source>The per-frame scores and signals, or the events, of the analysis on screen</source>
        <translation>画面上の分析のフレームごとのスコアと信号、またはイベント</translation>
    </message>
    <message>
        <source>%1 event %2</source>
        <translation>%1 イベント %2</translation>
    </message>
    <message>
        <source>Original packets, starts at the keyframe before the event (*.mp4 *.mkv *.mov)</source>
        <translation>元のパケット、イベント前のキーフレームから開始 (*.mp4 *.mkv *.mov)</translation>
    </message>
    <message>
        <source>Re-encoded H.264, exactly the event&apos;s frames (*.mp4 *.mkv)</source>
        <translation>再エンコードした H.264、イベントのフレームちょうど (*.mp4 *.mkv)</translation>
    </message>
    <message>
        <source>Export Original Clip</source>
        <translation>元クリップを書き出す</translation>
    </message>
    <message>
        <source>The clips are cut from the case&apos;s footage at its confirmed events.</source>
        <translation>クリップは事件ファイルの映像から確認済みイベントの箇所を切り出します。</translation>
    </message>
    <message>
        <source>Folder for the Clips of Confirmed Events</source>
        <translation>確認済みイベントのクリップを保存するフォルダー</translation>
    </message>
    <message>
        <source>Nothing analysed on screen.</source>
        <translation>画面に分析済みの映像がありません。</translation>
    </message>
    <message>
        <source>Open footage of the case that has an analysis, then export its scores.</source>
        <translation>分析済みの事件ファイルの映像を開いてから、スコアを書き出してください。</translation>
    </message>
    <message>
        <source>Per-frame scores and signals, CSV (*.csv)</source>
        <translation>フレームごとのスコアと信号、CSV (*.csv)</translation>
    </message>
    <message>
        <source>Per-frame scores and signals with case, model and run, JSON (*.json)</source>
        <translation>事件ファイル・モデル・実行の情報付きのフレームごとのスコアと信号、JSON (*.json)</translation>
    </message>
    <message>
        <source>Events, CSV (*.csv)</source>
        <translation>イベント、CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 スコア</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>スコアを書き出す</translation>
    </message>
    <message>
        <source>Exporting the clips of confirmed events…</source>
        <translation>確認済みイベントのクリップを書き出しています…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <source>A clip made from it may not show what was analysed. Export it anyway? The audit log records it as made from unverified footage.</source>
        <translation>この映像から作ったクリップは分析した内容と異なる可能性があります。それでも書き出しますか？監査ログに未検証の映像から作成したと記録されます。</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>それでも書き出す</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::MediaInfoDock</name>
    <message>
        <source>not declared (played at %1 fps)</source>
        <translation>未宣言 (%1 fps で再生)</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation> (可変)</translation>
    </message>
    <message>
        <source> (one every %1 frames)</source>
        <translation> (%1 フレームごとに 1 つ)</translation>
    </message>
    <message>
        <source>Media Info</source>
        <translation>メディア情報</translation>
    </message>
    <message>
        <source>No media open.</source>
        <translation>メディアが開かれていません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Image sequence (folder)</source>
        <translation>画像シーケンス (フォルダー)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>動画ファイル</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>コーデック</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>ピクセル形式</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>フレームサイズ</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>回転</translation>
    </message>
    <message>
        <source>%1° (display matrix)</source>
        <translation>%1° (表示行列)</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>キーフレーム</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::PdfReport</name>
    <message>
        <source>Case: %1</source>
        <translation>ケース: %1</translation>
    </message>
    <message>
        <source>Anomalens evidence report</source>
        <translation>Anomalens 証拠レポート</translation>
    </message>
    <message>
        <source>%1 · generated %2 UTC</source>
        <translation>%1 · %2 UTC 作成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>EVIDENCE FILE CHANGED SINCE IMPORT: see &quot;Evidence files&quot;</source>
        <translation>取り込み後に証拠ファイルが変更: 「証拠ファイル」を参照</translation>
    </message>
    <message>
        <source>Anomalens evidence report: %1</source>
        <translation>Anomalens 証拠レポート: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>frame %1 (%2)</source>
        <translation>フレーム %1 (%2)</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Matches the hash recorded at import</source>
        <translation>取り込み時に記録されたハッシュと一致</translation>
    </message>
    <message>
        <source>CANNOT BE READ NOW</source>
        <translation>現在読み取れません</translation>
    </message>
    <message>
        <source>CHANGED SINCE IMPORT</source>
        <translation>取り込み後に変更</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>検査者</translation>
    </message>
    <message>
        <source>Case created (UTC)</source>
        <translation>ケース作成 (UTC)</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>ケースファイル</translation>
    </message>
    <message>
        <source>Report generated (UTC)</source>
        <translation>レポート作成 (UTC)</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>The score says how unlike the footage the model learned as normal a frame is. The model was trained only on footage chosen as ordinary activity for this camera; a high score means the frame was hard to predict from that experience.</source>
        <translation>スコアは、フレームがモデルが正常として学習した映像とどれだけ異なるかを示します。モデルはこのカメラの通常の活動として選ばれた映像だけで学習しており、高いスコアはその経験からフレームを予測しにくかったことを意味します。</translation>
    </message>
    <message>
        <source>It flags frames for a person to review. It does not identify people, objects or actions, and it does not show intent, wrongdoing or what happened.</source>
        <translation>この方法は人が確認すべきフレームを示します。人物・物体・行動を識別せず、意図・違法行為・何が起きたかを示すものではありません。</translation>
    </message>
    <message>
        <source>A low score does not prove that nothing happened: something that looks like the normal footage, or is small, brief or hidden, can score low.</source>
        <translation>低いスコアは何も起きなかったことの証明にはなりません。通常の映像に似ているもの、小さいもの、短いもの、隠れているものは低いスコアになることがあります。</translation>
    </message>
    <message>
        <source>A high score can come from harmless things missing from the training footage: weather, lighting, camera movement, unusual but lawful activity.</source>
        <translation>高いスコアは学習映像になかった無害な要因から生じることがあります: 天候、照明、カメラの動き、珍しいが合法な活動など。</translation>
    </message>
    <message>
        <source>The threshold and the event rules are a reviewer&apos;s choice, stated below; another threshold gives other events. Review states (confirmed, dismissed) are the reviewer&apos;s judgement, not the model&apos;s.</source>
        <translation>しきい値とイベント規則はレビュー担当者の選択であり、以下に記載しています。別のしきい値では別のイベントになります。レビュー状態（確認済み・却下）はモデルではなくレビュー担当者の判断です。</translation>
    </message>
    <message>
        <source>Heat maps show where in the frame the model&apos;s prediction error was highest, not what caused it.</source>
        <translation>ヒートマップはフレーム内でモデルの予測誤差が最も大きかった場所を示すもので、その原因を示すものではありません。</translation>
    </message>
    <message>
        <source>The evidence files are identified by their SHA-256 and were only read, never modified. Annotated clips exported by this tool are derived copies and are marked as such in every frame.</source>
        <translation>証拠ファイルは SHA-256 で識別され、読み取られただけで変更されていません。このツールでエクスポートした注釈付きクリップは派生コピーであり、全フレームにその旨が表示されます。</translation>
    </message>
    <message>
        <source>What this method can and cannot show</source>
        <translation>この方法で示せること・示せないこと</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>Media %1: %2</source>
        <translation>メディア %1: %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>SHA-256 at import</source>
        <translation>取り込み時の SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>現在の SHA-256</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>取得できません</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>取り込み (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>No analysis in this case used a model yet.</source>
        <translation>このケースにはまだモデルを使った解析がありません。</translation>
    </message>
    <message>
        <source>, frames %1–%2</source>
        <translation>、フレーム %1–%2</translation>
    </message>
    <message>
        <source>(%1 frames%2)</source>
        <translation>（%1 フレーム%2）</translation>
    </message>
    <message>
        <source>Model %1: %2</source>
        <translation>モデル %1: %2</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle</source>
        <translation>バンドルの SHA-256</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>作成 (UTC)</translation>
    </message>
    <message>
        <source>Trained with</source>
        <translation>学習ツール</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>学習ステップ数</translation>
    </message>
    <message>
        <source>Training footage</source>
        <translation>学習映像</translation>
    </message>
    <message>
        <source>Default threshold</source>
        <translation>既定のしきい値</translation>
    </message>
    <message>
        <source>%1 frames (%2 s)</source>
        <translation>%1 フレーム（%2 秒）</translation>
    </message>
    <message>
        <source>Threshold (events start above)</source>
        <translation>しきい値（これを超えるとイベント開始）</translation>
    </message>
    <message>
        <source>Events end below</source>
        <translation>イベント終了（これを下回ると）</translation>
    </message>
    <message>
        <source>Shortest event</source>
        <translation>最短イベント</translation>
    </message>
    <message>
        <source>Gaps merged up to</source>
        <translation>結合する最大の間隔</translation>
    </message>
    <message>
        <source>Padding before / after</source>
        <translation>前 / 後の余白</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Peak score</source>
        <translation>ピークスコア</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Peak frame</source>
        <translation>ピークフレーム</translation>
    </message>
    <message>
        <source>No thumbnails: the file no longer matches the case, so no picture is taken from it.</source>
        <translation>サムネイルなし: ファイルがケースと一致しなくなったため、そこから画像を取り出しません。</translation>
    </message>
    <message>
        <source>No thumbnails: %1</source>
        <translation>サムネイルなし: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（バージョン %2）</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Last changed (UTC)</source>
        <translation>最終変更 (UTC)</translation>
    </message>
    <message>
        <source>Analysis of media %1</source>
        <translation>メディア %1 の解析</translation>
    </message>
    <message>
        <source>This file has changed since import; the results below are those of the file as it was imported.</source>
        <translation>このファイルは取り込み後に変更されています。以下の結果は取り込み時のファイルに対するものです。</translation>
    </message>
    <message>
        <source>This file has not been analysed.</source>
        <translation>このファイルは解析されていません。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>%1 (%2), started %3, finished %4</source>
        <translation>%1（%2）、開始 %3、終了 %4</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation>%1（モデル %2）</translation>
    </message>
    <message>
        <source>Device, precision</source>
        <translation>デバイス、精度</translation>
    </message>
    <message>
        <source>Threshold and event rules</source>
        <translation>しきい値とイベント規則</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>dashed red line: threshold</source>
        <translation>赤い破線: しきい値</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>イベント（%1）</translation>
    </message>
    <message>
        <source>No events at this run&apos;s threshold.</source>
        <translation>この実行のしきい値ではイベントはありません。</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>注釈（%1）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査記録</translation>
    </message>
    <message>
        <source>Chain check</source>
        <translation>チェーン検査</translation>
    </message>
    <message>
        <source>Intact: every row chains to the one before</source>
        <translation>完全: すべての行が前の行とつながっています</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>ヘッドハッシュ</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>append-only triggers present</source>
        <translation>追記専用トリガーあり</translation>
    </message>
    <message>
        <source>append-only triggers missing</source>
        <translation>追記専用トリガーなし</translation>
    </message>
    <message>
        <source>Keep the head hash outside the case file: a copy of the case can later be checked against it. This report&apos;s own export is recorded after the rows listed here.</source>
        <translation>ヘッドハッシュはケースファイルの外に保管してください。後でケースのコピーをこの値で検査できます。このレポート自体のエクスポートは、ここに記載した行の後に記録されます。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Row hash</source>
        <translation>行ハッシュ</translation>
    </message>
    <message>
        <source>WARNING: %1 evidence file(s) no longer match the SHA-256 recorded when they were imported.</source>
        <translation>警告: %1 件の証拠ファイルが取り込み時に記録された SHA-256 と一致しなくなっています。</translation>
    </message>
    <message>
        <source>The results in this report were computed from the files as imported. The files as they are now were not analysed; see &quot;Evidence files&quot;.</source>
        <translation>このレポートの結果は取り込み時のファイルから算出したものです。現在のファイルは解析されていません。「証拠ファイル」を参照してください。</translation>
    </message>
    <message>
        <source>%1 rows of batch writes, %2 to %3</source>
        <translation>一括書き込みの行 %1 件、%2 ～ %3</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::RangeChooserDialog</name>
    <message>
        <source>Train on Annotated Ranges</source>
        <translation>注釈の範囲で学習</translation>
    </message>
    <message>
        <source>Tick the annotated stretches that show the camera&apos;s normal activity.</source>
        <translation>カメラの通常の活動を示す注釈区間にチェックを付けてください。</translation>
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
        <translation>スコア</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Show the whole footage (double-click the plot)</source>
        <translation>映像全体を表示 (グラフをダブルクリック)</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Show the signals behind the score as extra curves (scaled to fit)</source>
        <translation>スコアの元になる信号を追加の曲線として表示 (拡大縮小して表示)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>しきい値 %1</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Use my threshold instead of the model&apos;s:</source>
        <translation>モデルの代わりに自分のしきい値を使用:</translation>
    </message>
    <message>
        <source>An event goes on at the threshold and off only when the score falls this far below it, so a score hovering at the threshold does not flicker</source>
        <translation>イベントはしきい値で開始し、スコアがしきい値をこの値だけ下回ったときにのみ終了するため、しきい値付近で上下するスコアでちらつくことはありません</translation>
    </message>
    <message>
        <source>Shorter blips are not reported</source>
        <translation>これより短い一時的な変動は報告されません</translation>
    </message>
    <message>
        <source>Events closer than this become one</source>
        <translation>これより近いイベントは 1 つにまとめられます</translation>
    </message>
    <message>
        <source>Context added before and after each event</source>
        <translation>各イベントの前後に追加される前後の区間</translation>
    </message>
    <message>
        <source>Hysteresis (score units):</source>
        <translation>ヒステリシス (スコア単位):</translation>
    </message>
    <message>
        <source>Minimum duration:</source>
        <translation>最小の長さ:</translation>
    </message>
    <message>
        <source>Merge gap:</source>
        <translation>結合間隔:</translation>
    </message>
    <message>
        <source>Padding:</source>
        <translation>前後の余白:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Use the GPU when one is present</source>
        <translation>GPU があれば使用する</translation>
    </message>
    <message>
        <source>No CUDA GPU is usable by this build: models run on the CPU</source>
        <translation>このビルドで使用できる CUDA GPU がありません: モデルは CPU で実行されます</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>すべて (%1)</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU スレッド数:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>A new language applies the next time Anomalens starts.</source>
        <translation>新しい言語は次回 Anomalens を起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TrainDialog</name>
    <message>
        <source>MNAD prediction (4 frames in, the next one out)</source>
        <translation>MNAD 予測 (4 フレーム入力、次のフレームを出力)</translation>
    </message>
    <message>
        <source>MNAD reconstruction (one frame in, the same frame out)</source>
        <translation>MNAD 再構成 (1 フレーム入力、同じフレームを出力)</translation>
    </message>
    <message>
        <source>FFP future-frame prediction (U-Net with a GAN critic)</source>
        <translation>FFP 未来フレーム予測 (GAN 識別器付き U-Net)</translation>
    </message>
    <message>
        <source>Quickest: a quarter of lite&apos;s arithmetic. Good for a first try on a CPU.</source>
        <translation>最速: lite の 4 分の 1 の演算量。CPU での最初の試行に適しています。</translation>
    </message>
    <message>
        <source>Made for CPU-only machines: training and analysis in reasonable time.</source>
        <translation>CPU のみのマシン向け: 妥当な時間で学習と解析を行えます。</translation>
    </message>
    <message>
        <source>The published architecture. Slow on a CPU; a GPU is recommended.</source>
        <translation>論文で発表されたアーキテクチャ。CPU では低速なため GPU を推奨します。</translation>
    </message>
    <message numerus="yes">
        <source>Reading footage: %n clip(s) read</source>
        <translation>
            <numerusform>映像を読み込み中: %n 本のクリップを読み込み済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Training: step %1 of %2</source>
        <translation>学習中: ステップ %1 / %2</translation>
    </message>
    <message>
        <source>Calibrating on held-out normal frames: %1 of %2</source>
        <translation>取り分けておいた通常フレームで較正中: %1 / %2</translation>
    </message>
    <message>
        <source>Train Model</source>
        <translation>モデルの学習</translation>
    </message>
    <message>
        <source>Footage of the camera&apos;s normal activity: video files, folders of frames (one clip each), or folders of those.</source>
        <translation>カメラの通常の活動の映像: 動画ファイル、フレームフォルダー (それぞれ 1 クリップ)、またはそれらを含むフォルダー。</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Clips per step. Larger batches need more memory.</source>
        <translation>1 ステップあたりのクリップ数。バッチが大きいほど多くのメモリが必要です。</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>バッチサイズ:</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Resume the unfinished training saved next to this file</source>
        <translation>このファイルの隣に保存された未完了の学習を再開する</translation>
    </message>
    <message>
        <source>Normal footage:</source>
        <translation>通常の映像:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>手法:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ数:</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>出力ファイル:</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未開始。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Cancel Training</source>
        <translation>学習をキャンセル</translation>
    </message>
    <message>
        <source>Stop after the current step and keep a checkpoint to resume from.</source>
        <translation>現在のステップの後で停止し、再開用のチェックポイントを保持します。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Folder: a sequence of frames, or several clips</source>
        <translation>フォルダー: フレームのシーケンス、または複数のクリップ</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>動画ファイル</translation>
    </message>
    <message>
        <source>Add Normal Footage</source>
        <translation>通常の映像を追加</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.mpg *.mpeg *.ts *.mts);;All files (*)</source>
        <translation>動画ファイル (*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.mpg *.mpeg *.ts *.mts);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add a Folder of Frames or Clips</source>
        <translation>フレームまたはクリップのフォルダーを追加</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>モデルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Anomalens models (*.alm);;All files (*)</source>
        <translation>Anomalens モデル (*.alm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1×%1 px input, encoder widths %2/%3/%4/%5. %6</source>
        <translation>入力 %1×%1 px、エンコーダー幅 %2/%3/%4/%5。%6</translation>
    </message>
    <message>
        <source>Resuming continues from step %1 of %2.</source>
        <translation>再開するとステップ %1 / %2 から続行します。</translation>
    </message>
    <message>
        <source>The checkpoint cannot be read: %1</source>
        <translation>チェックポイントを読み込めません: %1</translation>
    </message>
    <message>
        <source>Add footage of the camera&apos;s normal activity (Add Files… or Add Folder…).</source>
        <translation>カメラの通常の活動の映像を追加してください (ファイルを追加… または フォルダーを追加…)。</translation>
    </message>
    <message>
        <source>“%1” no longer exists; remove it.</source>
        <translation>「%1」は存在しません。削除してください。</translation>
    </message>
    <message>
        <source>Choose where to save the model (Save As…).</source>
        <translation>モデルの保存先を選択してください (名前を付けて保存…)。</translation>
    </message>
    <message>
        <source>The output is a folder; choose a file name.</source>
        <translation>出力先がフォルダーです。ファイル名を選択してください。</translation>
    </message>
    <message>
        <source>Resume continues the unfinished training from its checkpoint.</source>
        <translation>再開すると未完了の学習をチェックポイントから続行します。</translation>
    </message>
    <message>
        <source>An unfinished training of this model was saved: tick Resume to continue it, or Start to begin again and replace it.</source>
        <translation>このモデルの未完了の学習が保存されています。続行するには 再開 をオンにし、最初からやり直して置き換えるには 開始 を押してください。</translation>
    </message>
    <message>
        <source>“%1” exists and will be replaced.</source>
        <translation>「%1」は既に存在し、置き換えられます。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source> — stopping after this step…</source>
        <translation> — このステップの後で停止します…</translation>
    </message>
    <message>
        <source>Stop Training?</source>
        <translation>学習を停止しますか?</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close?</source>
        <translation>学習はまだ実行中です。停止して閉じますか?</translation>
    </message>
    <message>
        <source>A checkpoint is kept; ticking Resume later continues from where it stopped.</source>
        <translation>チェックポイントは保持されます。後で 再開 をオンにすると停止した位置から続行します。</translation>
    </message>
    <message>
        <source>%1 steps/s · %2 left</source>
        <translation>%1 ステップ/秒 · 残り %2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了。</translation>
    </message>
    <message>
        <source>Model written to %1.</source>
        <translation>モデルを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Training stopped before the first step; nothing was saved.</source>
        <translation>最初のステップの前に学習が停止したため、何も保存されませんでした。</translation>
    </message>
    <message>
        <source>Stopped after step %1.</source>
        <translation>ステップ %1 の後で停止しました。</translation>
    </message>
    <message>
        <source>Checkpoint kept at %1. With Resume ticked, the next start continues from where it stopped.</source>
        <translation>チェックポイントを %1 に保持しました。再開 をオンにすると、次回の開始時に停止した位置から続行します。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失敗しました。</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>学習に失敗しました: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>学習に失敗しました</translation>
    </message>
    <message>
        <source>Add Range…</source>
        <translation>範囲を追加…</translation>
    </message>
    <message>
        <source>Train on some frames of a listed clip only</source>
        <translation>リスト内のクリップの一部のフレームだけで学習</translation>
    </message>
    <message>
        <source>From Annotations…</source>
        <translation>注釈から…</translation>
    </message>
    <message>
        <source>Train on ranges annotated in the case</source>
        <translation>事件ファイルで注釈を付けた範囲で学習</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Frames %1–%2 of %3</source>
        <translation>%3 のフレーム %1–%2</translation>
    </message>
    <message>
        <source>TorchScript flow model…</source>
        <translation>TorchScript オプティカルフローモデル…</translation>
    </message>
    <message>
        <source>TorchScript segmentation model…</source>
        <translation>TorchScript セグメンテーションモデル…</translation>
    </message>
    <message>
        <source>TorchScript flow model: %1</source>
        <translation>TorchScript オプティカルフローモデル: %1</translation>
    </message>
    <message>
        <source>TorchScript segmentation model: %1</source>
        <translation>TorchScript セグメンテーションモデル: %1</translation>
    </message>
    <message>
        <source>F2LM prediction through motion and label cues</source>
        <translation>F2LM 予測（動きとラベルの手がかりを利用）</translation>
    </message>
    <message>
        <source>F2LM Destroyer on a trained generator</source>
        <translation>学習済み生成器上の F2LM Destroyer</translation>
    </message>
    <message>
        <source>Generator (1 of 2) — %1</source>
        <translation>生成器 (2 段階中 1) — %1</translation>
    </message>
    <message>
        <source>Destroyer (2 of 2) — %1</source>
        <translation>Destroyer (2 段階中 2) — %1</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>手がかり</translation>
    </message>
    <message>
        <source>Optical flow, DIS (fast)</source>
        <translation>オプティカルフロー、DIS（高速）</translation>
    </message>
    <message>
        <source>Optical flow, Farneback</source>
        <translation>オプティカルフロー、Farneback</translation>
    </message>
    <message>
        <source>How the motion from one frame to the next is measured</source>
        <translation>あるフレームから次のフレームへの動きの測り方</translation>
    </message>
    <message>
        <source>Background subtraction, split by blob shape (no network)</source>
        <translation>背景差分、ブロブの形で分類（ネットワーク不要）</translation>
    </message>
    <message>
        <source>How each pixel is labelled with what kind of thing is there</source>
        <translation>各ピクセルに何があるかのラベルの付け方</translation>
    </message>
    <message>
        <source>F2LM predicts from how things move and what is where; built-in cues need no model files.</source>
        <translation>F2LM は物の動きと何がどこにあるかから予測します。組み込みの手がかりにはモデルファイルは不要です。</translation>
    </message>
    <message>
        <source>Motion:</source>
        <translation>動き:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>ラベル:</translation>
    </message>
    <message>
        <source>Then train a Destroyer (heat maps of where a frame is abnormal)</source>
        <translation>続けて Destroyer を学習（フレームの異常箇所のヒートマップ）</translation>
    </message>
    <message>
        <source>A second phase on the finished generator. The generator alone is kept too, as NAME.generator.alm.</source>
        <translation>完成した生成器に対する第 2 段階です。生成器単体も NAME.generator.alm として保存されます。</translation>
    </message>
    <message>
        <source>Destroyer steps:</source>
        <translation>Destroyer ステップ数:</translation>
    </message>
    <message>
        <source>Choose a TorchScript Flow Model</source>
        <translation>TorchScript オプティカルフローモデルを選択</translation>
    </message>
    <message>
        <source>Choose a TorchScript Segmentation Model</source>
        <translation>TorchScript セグメンテーションモデルを選択</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript モデル (*.pt *.pth *.ts);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Resuming continues the Destroyer from step %1 of %2.</source>
        <translation>再開すると Destroyer をステップ %1 / %2 から続行します。</translation>
    </message>
    <message>
        <source>Resuming continues the generator from step %1 of %2, then trains its Destroyer.</source>
        <translation>再開すると生成器をステップ %1 / %2 から続行し、その後 Destroyer を学習します。</translation>
    </message>
    <message>
        <source>The cue model “%1” no longer exists; choose another.</source>
        <translation>手がかりモデル「%1」はもう存在しません。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The generator alone is kept too, as “%1”.</source>
        <translation>生成器単体も「%1」として保存されます。</translation>
    </message>
    <message>
        <source>Model with the Destroyer (heat maps) written to %1; the generator alone to %2.</source>
        <translation>Destroyer 付きのモデル（ヒートマップ）を %1 に、生成器単体を %2 に書き込みました。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TrainingJob</name>
    <message>
        <source>Training failed for an unknown reason.</source>
        <translation>不明な理由で学習に失敗しました。</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TransportBar</name>
    <message>
        <source>Click or drag to go to a frame</source>
        <translation>クリックまたはドラッグしてフレームへ移動</translation>
    </message>
    <message>
        <source>Frame position</source>
        <translation>フレーム位置</translation>
    </message>
    <message>
        <source>Frame on screen (0-based, display order) / last frame</source>
        <translation>表示中のフレーム (0 始まり、表示順) / 最後のフレーム</translation>
    </message>
    <message>
        <source>Time of the frame on screen from the start of the stream / duration</source>
        <translation>ストリームの先頭から表示中のフレームまでの時間 / 長さ</translation>
    </message>
    <message>
        <source>Presentation timestamp in stream time-base units, as ffprobe reports it</source>
        <translation>ストリームのタイムベース単位の表示タイムスタンプ (ffprobe の表示と同じ)</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>キーフレーム</translation>
    </message>
    <message>
        <source>This frame is a keyframe (decodable on its own)</source>
        <translation>このフレームはキーフレームです (単独でデコード可能)</translation>
    </message>
    <message>
        <source>FRAME</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>時間</translation>
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
        <translation>Anomalens ユーザーガイド</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reviewing footage&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start a case&lt;/b&gt; (File &amp;gt; New Case, Ctrl+N) or open one (File &amp;gt; Open Case). A case is one file that keeps the footage&apos;s SHA-256 hashes, the analyses, the events, your annotations and an audit log. The footage itself is opened read-only and never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add footage&lt;/b&gt; (File &amp;gt; Add Footage to Case, Ctrl+Shift+A). Each file is hashed and listed in the Case panel; double-click one to show it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analyse&lt;/b&gt; (Review &amp;gt; Analyse, Ctrl+R): pick a model of the camera&apos;s normal activity and the files. Every frame is scored on a worker; the curve grows as frames are scored, and Cancel stops it so that analysing again continues where it stopped.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Score timeline&lt;/b&gt;, under the video: the score of every frame, the threshold line and the events shaded by their state. Click or drag to seek, use the wheel to zoom, right-drag to pan, double-click to see the whole file. Drag the threshold line to recompute the events.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Events&lt;/b&gt; panel: the stretches above the threshold, with the peak&apos;s thumbnail. N and P go to the next and previous event; C, D and R mark the selected event confirmed, dismissed or needing review.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Heat map&lt;/b&gt; (H): where in the picture the model found the frame hard to predict. The slider in the toolbar sets its opacity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Annotations&lt;/b&gt;: M bookmarks the frame, I and O mark the start and end of a range. Each has a label and a note; edits keep their history.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Train a model&lt;/b&gt; (Review &amp;gt; Train Model, Ctrl+T) from ordinary footage of the same camera and view, when no model fits the camera yet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; (Ctrl+,): your own threshold, the event rules (hysteresis, minimum duration, merge gap, padding), GPU use and CPU threads.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+wheel zooms the video; past 200 % pixels are shown unsmoothed for inspection. The frame number, time and PTS under the video always refer to the frame on screen.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;映像のレビュー&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;案件を作成&lt;/b&gt;（ファイル &amp;gt; 新しい案件、Ctrl+N）するか、既存の案件を開きます（ファイル &amp;gt; 案件を開く）。案件は、映像の SHA-256 ハッシュ、解析結果、イベント、注釈、監査ログを保管する 1 つのファイルです。映像そのものは読み取り専用で開かれ、変更されることはありません。&lt;/li&gt;&lt;li&gt;&lt;b&gt;映像を追加&lt;/b&gt;（ファイル &amp;gt; 案件に映像を追加、Ctrl+Shift+A）。各ファイルはハッシュが計算され、案件パネルに登録されます。ダブルクリックすると表示されます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;解析&lt;/b&gt;（レビュー &amp;gt; 解析、Ctrl+R）：カメラの通常の活動のモデルとファイルを選びます。各フレームはワーカーでスコア付けされ、進行に合わせて曲線が伸びます。キャンセルすると停止し、再度解析すると停止した位置から再開します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;スコアタイムライン&lt;/b&gt;（映像の下）：各フレームのスコア、しきい値の線、状態ごとに色分けされたイベントを表示します。クリックまたはドラッグで移動、ホイールでズーム、右ドラッグでパン、ダブルクリックでファイル全体を表示します。しきい値の線をドラッグするとイベントが再計算されます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;イベント&lt;/b&gt;パネル：しきい値を超えた区間とピークのサムネイルを表示します。N と P で次・前のイベントへ移動し、C、D、R で選択したイベントを確認済み・却下・要確認にします。&lt;/li&gt;&lt;li&gt;&lt;b&gt;ヒートマップ&lt;/b&gt;（H）：画面のどこをモデルが予測しにくいと判断したかを示します。ツールバーのスライダーで不透明度を設定します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;注釈&lt;/b&gt;：M でフレームをブックマークし、I と O で範囲の開始と終了を設定します。各注釈にはラベルとメモがあり、編集履歴が保持されます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;モデルの学習&lt;/b&gt;（レビュー &amp;gt; モデルの学習、Ctrl+T）：カメラに合うモデルがまだない場合、同じカメラ・同じ画角の普段の映像から学習します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;設定&lt;/b&gt;（Ctrl+,）：独自のしきい値、イベントの規則（ヒステリシス、最小の長さ、結合間隔、前後の余白）、GPU の使用、CPU スレッド数。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+ホイールで映像をズームします。200% を超えると確認しやすいようにピクセルを補間せずに表示します。映像の下のフレーム番号、時間、PTS は常に画面上のフレームを指します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;The keys of menu commands are also shown next to them in the menus and in the tooltips of the toolbar buttons. This table is made from the window&apos;s own commands.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;キーボードショートカット&lt;/h2&gt;&lt;p&gt;メニューコマンドのキーは、メニューの各コマンドの横とツールバーボタンのツールチップにも表示されます。この表はウィンドウ自身のコマンドから作成されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What the score means&lt;/h2&gt;&lt;p&gt;The score is &lt;b&gt;calibrated&lt;/b&gt;. When a model finishes training it scores frames of its training footage that it did not learn from (held-out normal frames). A frame&apos;s score is how many standard deviations less predictable it is than those normal frames: &lt;b&gt;0 is an ordinary frame&lt;/b&gt;, and higher means more unusual for this camera. Because the scale comes from the model, not from the video, scores can be compared across files.&lt;/p&gt;&lt;p&gt;The model&apos;s default threshold flags about &lt;b&gt;1 normal frame in 200&lt;/b&gt;. Expect a few events even in footage where nothing happens.&lt;/p&gt;&lt;h2&gt;What the score does not mean&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;It is &lt;b&gt;not a detection of a crime, of intent or of any particular behaviour&lt;/b&gt;. It only says the frame is unlike what the model saw as normal.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;not evidence by itself&lt;/b&gt;. The footage is the evidence; the score only suggests where to look.&lt;/li&gt;&lt;li&gt;It depends on the training footage being &lt;b&gt;normal&lt;/b&gt; and from the &lt;b&gt;same camera and view&lt;/b&gt;. A model of another camera, or one trained on footage with incidents in it, gives scores that mean little.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lighting changes, a camera that moved or was bumped, weather, and crowds&lt;/b&gt; can raise the score when nothing of interest happens. A low score does not prove that nothing happened either.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;An event is a place to look. &lt;b&gt;The reviewer decides&lt;/b&gt; what it shows, and records the decision in the Events panel.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;スコアの意味&lt;/h2&gt;&lt;p&gt;スコアは&lt;b&gt;較正済み&lt;/b&gt;です。モデルは学習を終えると、学習映像のうち学習に使わなかったフレーム（取り分けておいた通常フレーム）をスコア付けします。あるフレームのスコアは、そのフレームがそれらの通常フレームより標準偏差の何倍予測しにくいかを表します。&lt;b&gt;0 は普通のフレーム&lt;/b&gt;で、値が高いほどこのカメラにとって異常であることを意味します。尺度は映像ではなくモデルに由来するため、ファイル間でスコアを比較できます。&lt;/p&gt;&lt;p&gt;モデルの既定のしきい値では、通常フレーム&lt;b&gt;約 200 枚に 1 枚&lt;/b&gt;が検出されます。何も起きていない映像でも、いくつかのイベントが現れることがあります。&lt;/p&gt;&lt;h2&gt;スコアが意味しないこと&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;スコアは&lt;b&gt;犯罪、意図、特定の行動を検出したものではありません&lt;/b&gt;。フレームがモデルの見てきた通常の状態と異なることを示すだけです。&lt;/li&gt;&lt;li&gt;スコアは&lt;b&gt;それ自体では証拠になりません&lt;/b&gt;。証拠は映像であり、スコアはどこを見るべきかを示唆するだけです。&lt;/li&gt;&lt;li&gt;スコアは、学習映像が&lt;b&gt;通常&lt;/b&gt;の状態で、&lt;b&gt;同じカメラ・同じ画角&lt;/b&gt;のものであることを前提とします。別のカメラのモデルや、事案を含む映像で学習したモデルのスコアにはほとんど意味がありません。&lt;/li&gt;&lt;li&gt;&lt;b&gt;照明の変化、カメラの移動や衝撃、天候、人混み&lt;/b&gt;によって、注目すべきことが何もなくてもスコアが上がることがあります。逆に、スコアが低くても何も起きなかったことの証明にはなりません。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;イベントは確認すべき場所です。そこに何が映っているかは&lt;b&gt;レビュー担当者が判断&lt;/b&gt;し、その判断をイベントパネルに記録します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forensic review of CCTV footage.</source>
        <translation>CCTV 映像のフォレンジックレビュー。</translation>
    </message>
    <message>
        <source>Video file, frame folder or case (.alcase) to open.</source>
        <translation>開く動画ファイル、フレームフォルダー、または案件 (.alcase)。</translation>
    </message>
    <message>
        <source>Save an image of the window to &lt;file&gt; once the frame is shown, then quit.</source>
        <translation>フレームが表示されたらウィンドウの画像を &lt;file&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>Frame to show for --screenshot.</source>
        <translation>--screenshot で表示するフレーム。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>ウィンドウサイズ (例: 1280x800)。</translation>
    </message>
    <message>
        <source>Start with the heat map overlay on.</source>
        <translation>ヒートマップのオーバーレイをオンにして起動します。</translation>
    </message>
</context>
</TS>
