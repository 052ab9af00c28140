<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <translation> 초</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>재설정</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>저장 안 함</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>기본값 복원</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (%2으로 빌드됨)</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>not identified (not OpenBLAS)</source>
        <translation>확인되지 않음 (OpenBLAS 아님)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>About Anomalens</source>
        <translation>Anomalens 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Anomalens %1&lt;/h2&gt;&lt;p&gt;Forensic review of CCTV footage: find the few seconds that matter.&lt;/p&gt;&lt;p&gt;Evidence files are opened read-only and never modified.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Anomalens %1&lt;/h2&gt;&lt;p&gt;CCTV 영상 포렌식 검토: 중요한 몇 초를 찾아냅니다.&lt;/p&gt;&lt;p&gt;증거 파일은 읽기 전용으로 열리며 절대 수정되지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>클립보드에 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these versions, e.g. into a bug report</source>
        <translation>이 버전 정보를 복사합니다 (예: 버그 보고서에 붙여넣기)</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnalyseDialog</name>
    <message>
        <source>Analyse Footage</source>
        <translation>영상 분석</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Events start where the calibrated score reaches this value; it can be changed later by dragging the line on the timeline.</source>
        <translation>보정된 점수가 이 값에 도달하는 지점에서 이벤트가 시작됩니다. 나중에 타임라인의 선을 드래그하여 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Full precision (fp32)</source>
        <translation>전체 정밀도 (fp32)</translation>
    </message>
    <message>
        <source>Faster on recent CPUs (bf16)</source>
        <translation>최신 CPU에서 더 빠름 (bf16)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>All files of the case</source>
        <translation>사건의 모든 파일</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Event threshold:</source>
        <translation>이벤트 임계값:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>정밀도:</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>모델 선택</translation>
    </message>
    <message>
        <source>Anomalens models (*.alm);;All files (*)</source>
        <translation>Anomalens 모델 (*.alm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>No model yet: train one (Analysis ▸ Train Model…) or browse to a bundle.</source>
        <translation>아직 모델이 없습니다. 모델을 학습하거나(분석 ▸ 모델 학습…) 번들 파일을 찾아 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1, profile %2 (%3×%3 px), %4 training steps on %n clip(s) (%5 frames), created %6. Default threshold %7.</source>
        <translation>
            <numerusform>%1, 프로필 %2 (%3×%3 px), 클립 %n개(%5 프레임)로 %4 단계 학습, 생성 %6. 기본 임계값 %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>This model has no calibration and cannot be used to analyse.</source>
        <translation>이 모델은 보정되지 않아 분석에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not a usable model: %1</source>
        <translation>사용할 수 없는 모델: %1</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotatedClip</name>
    <message>
        <source>Frame %1 · %2</source>
        <translation>프레임 %1 · %2</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>점수 %1</translation>
    </message>
    <message>
        <source>Score: not scored</source>
        <translation>점수: 채점 안 됨</translation>
    </message>
    <message>
        <source>DERIVED COPY</source>
        <translation>파생 사본</translation>
    </message>
    <message>
        <source>not original evidence</source>
        <translation>원본 증거 아님</translation>
    </message>
    <message>
        <source>source changed since import</source>
        <translation>가져온 후 원본이 변경됨</translation>
    </message>
    <message>
        <source>This frame could not be decoded from the source</source>
        <translation>원본에서 이 프레임을 디코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>이벤트 %1</translation>
    </message>
    <message>
        <source>Frames %1–%2</source>
        <translation>프레임 %1–%2</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotationDialog</name>
    <message>
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>e.g. person loitering</source>
        <translation>예: 배회하는 사람</translation>
    </message>
    <message>
        <source>What is seen, by whom, why it matters…</source>
        <translation>무엇이 보이는지, 누가 확인했는지, 왜 중요한지…</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;First frame:</source>
        <translation>첫 프레임(&amp;F):</translation>
    </message>
    <message>
        <source>L&amp;ast frame:</source>
        <translation>마지막 프레임(&amp;A):</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>길이:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>1 frame (bookmark)</source>
        <translation>1 프레임 (북마크)</translation>
    </message>
    <message>
        <source>%1 (%2 frames)</source>
        <translation>%1 (%2 프레임)</translation>
    </message>
    <message>
        <source>Enter a label first.</source>
        <translation>먼저 레이블을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Search labels and notes</source>
        <translation>레이블 및 메모 검색</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>수정 시각</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>기록…</translation>
    </message>
    <message>
        <source>No footage is open.</source>
        <translation>열린 영상이 없습니다.</translation>
    </message>
    <message>
        <source>The case is open read-only; annotations cannot be changed.</source>
        <translation>사건이 읽기 전용으로 열려 있어 주석을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the annotations of this footage</source>
        <translation>이 영상의 주석을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>프레임 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 프레임</numerusform>
        </translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>%1 (UTC), version %2</source>
        <translation>%1 (UTC), 버전 %2</translation>
    </message>
    <message>
        <source>No footage open</source>
        <translation>열린 영상 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2개 중 %1개 표시</translation>
    </message>
    <message>
        <source>Go to Start</source>
        <translation>시작으로 이동</translation>
    </message>
    <message>
        <source>Cannot add an annotation</source>
        <translation>주석을 추가할 수 없음</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>북마크 추가</translation>
    </message>
    <message>
        <source>Add Range</source>
        <translation>구간 추가</translation>
    </message>
    <message>
        <source>Cannot edit the annotation</source>
        <translation>주석을 편집할 수 없음</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>주석 편집</translation>
    </message>
    <message>
        <source>Could not add the annotation</source>
        <translation>주석을 추가하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not save the annotation</source>
        <translation>주석을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>주석을 삭제할 수 없음</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>주석 삭제</translation>
    </message>
    <message>
        <source>Delete the annotation “%1”?</source>
        <translation>주석 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Its content stays in the case&apos;s annotation history.</source>
        <translation>내용은 사건의 주석 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Could not delete the annotation</source>
        <translation>주석을 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not read the annotation&apos;s history</source>
        <translation>주석 기록을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Annotation History</source>
        <translation>주석 기록</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>변경 시각 (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>변경자</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Previous label</source>
        <translation>이전 레이블</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>이전 구간</translation>
    </message>
    <message>
        <source>Previous note</source>
        <translation>이전 메모</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>편집됨</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Never edited: this is the first version.</source>
        <translation>편집된 적 없음: 최초 버전입니다.</translation>
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
가져온 시각: %3 (UTC)</translation>
    </message>
    <message>
        <source>
Not found at this path.</source>
        <translation>
이 경로에서 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Case Media</source>
        <translation>사건 미디어</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>미디어</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 media file(s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;미디어 파일 %2개</translation>
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
        <translation>최근 분석이 프레임의 %1%에서 중단되었습니다. 분석을 실행하면 이어서 진행합니다</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>아직 분석되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) flagged by the latest analysis</source>
        <translation>
            <numerusform>최근 분석에서 이벤트 %n개 감지</numerusform>
        </translation>
    </message>
    <message>
        <source>No case open. Use File ▸ Open Case…</source>
        <translation>열린 사건이 없습니다. 파일 ▸ 사건 열기…를 사용하십시오</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::EventsDock</name>
    <message>
        <source>Unreviewed</source>
        <translation>미검토</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>기각됨</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>최고점</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Mark the selected event confirmed (C)</source>
        <translation>선택한 이벤트를 확정됨으로 표시 (C)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>기각</translation>
    </message>
    <message>
        <source>Mark the selected event dismissed: nothing of interest (D)</source>
        <translation>선택한 이벤트를 기각됨으로 표시: 관심 대상 아님 (D)</translation>
    </message>
    <message>
        <source>Mark the selected event for a second look (R)</source>
        <translation>선택한 이벤트를 재검토 대상으로 표시 (R)</translation>
    </message>
    <message>
        <source>Event %1: frames %2–%3, peak at frame %4</source>
        <translation>이벤트 %1: 프레임 %2–%3, 최고점 프레임 %4</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>이벤트 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 to review, %2 confirmed</source>
        <translation>
            <numerusform>이벤트 %n개, 검토 대상 %1개, 확정됨 %2개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::ExportJob</name>
    <message>
        <source>Clip written: %1, frames %2–%3 (asked for %4–%5)</source>
        <translation>클립 저장: %1, 프레임 %2–%3 (요청 %4–%5)</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) of confirmed events written to %1</source>
        <translation>
            <numerusform>확인된 이벤트 클립 %n개를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n row(s))</source>
        <translation>
            <numerusform>저장: %1 (%n행)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anomalens::ui::FootageRangeDialog</name>
    <message>
        <source>%1, frames %2–%3</source>
        <translation>%1, 프레임 %2–%3</translation>
    </message>
    <message>
        <source>Add a Range of Frames</source>
        <translation>프레임 범위 추가</translation>
    </message>
    <message>
        <source>The clip the range is taken from</source>
        <translation>범위를 가져올 클립</translation>
    </message>
    <message>
        <source>Clip:</source>
        <translation>클립:</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>첫 프레임:</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>마지막 프레임:</translation>
    </message>
    <message>
        <source>Frames are numbered from 0, as in the timeline; both ends are included. The range replaces the whole clip in the list.</source>
        <translation>프레임 번호는 타임라인과 같이 0부터 시작하며 양 끝 프레임을 포함합니다. 범위는 목록에서 클립 전체를 대체합니다.</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::FrameDecoder</name>
    <message>
        <source>“%1” contains no video frames.</source>
        <translation>“%1”에 비디오 프레임이 없습니다.</translation>
    </message>
    <message>
        <source>Frame %1 is outside the file (0–%2).</source>
        <translation>프레임 %1은(는) 파일 범위(0–%2)를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded (damaged or missing data).</source>
        <translation>프레임 %1을(를) 디코딩할 수 없습니다 (손상되었거나 누락된 데이터).</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::GuardedApplication</name>
    <message>
        <source>An unknown error occurred.</source>
        <translation>알 수 없는 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Anomalens keeps running; save your work and check the result of the last command.</source>
        <translation>예기치 않은 오류가 발생했습니다. Anomalens는 계속 실행됩니다. 작업을 저장하고 마지막 명령의 결과를 확인하십시오.</translation>
    </message>
    <message>
        <source>%1

Details are in the log: %2</source>
        <translation>%1

자세한 내용은 로그에 있습니다: %2</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
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
        <translation>비디오</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>미디어 없음</translation>
    </message>
    <message>
        <source>Screen pixels per image pixel. Above 200 % pixels are shown unsmoothed.</source>
        <translation>이미지 픽셀당 화면 픽셀 수. 200%를 넘으면 픽셀을 보간 없이 표시합니다.</translation>
    </message>
    <message>
        <source>Open a video, a frame folder or a case — or drop it here.

Ctrl+O  video      Ctrl+Shift+O  frame folder      Ctrl+Alt+O  case</source>
        <translation>비디오, 프레임 폴더 또는 사건을 열거나 여기에 끌어다 놓으십시오.

Ctrl+O  비디오      Ctrl+Shift+O  프레임 폴더      Ctrl+Alt+O  사건</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open Video…</source>
        <translation>비디오 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a video file</source>
        <translation>비디오 파일 열기</translation>
    </message>
    <message>
        <source>Open &amp;Frame Folder…</source>
        <translation>프레임 폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a folder of numbered still images as one video</source>
        <translation>번호가 매겨진 정지 이미지 폴더를 하나의 비디오로 열기</translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>사건 열기(&amp;C)…</translation>
    </message>
    <message>
        <source>Open an Anomalens case file and list its media</source>
        <translation>Anomalens 사건 파일을 열고 미디어 목록 표시</translation>
    </message>
    <message>
        <source>&amp;Close Media</source>
        <translation>미디어 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Previous F&amp;rame</source>
        <translation>이전 프레임(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <translation>다음 프레임(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back 1 Second</source>
        <translation>1초 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward 1 Second</source>
        <translation>1초 앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;irst Frame</source>
        <translation>첫 프레임(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Last Frame</source>
        <translation>마지막 프레임(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go to Frame…</source>
        <translation>프레임으로 이동(&amp;G)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>실제 픽셀(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Anomalens</source>
        <translation>Anomalens 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>비디오 열기</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.mts *.m2ts *.ts *.mpg *.mpeg *.wmv *.asf *.flv *.webm *.3gp *.dav *.264 *.h264 *.265 *.hevc *.mjpeg);;All files (*)</source>
        <translation>비디오 파일 (*.mp4 *.m4v *.mov *.mkv *.avi *.mts *.m2ts *.ts *.mpg *.mpeg *.wmv *.asf *.flv *.webm *.3gp *.dav *.264 *.h264 *.265 *.hevc *.mjpeg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open Frame Folder</source>
        <translation>프레임 폴더 열기</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>사건 열기</translation>
    </message>
    <message>
        <source>Anomalens cases (*.alcase);;All files (*)</source>
        <translation>Anomalens 사건 (*.alcase);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Opening case %1…</source>
        <translation>사건 %1 여는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Case “%1”: %n media file(s). Double-click one to review it.</source>
        <translation>
            <numerusform>사건 “%1”: 미디어 파일 %n개. 검토하려면 파일을 두 번 클릭하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the case “%1”.</source>
        <translation>사건 “%1”을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 — Anomalens</source>
        <translation>%1 — Anomalens</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>“%1”을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>  (not found)</source>
        <translation>  (찾을 수 없음)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>Remove Entries Not Found</source>
        <translation>찾을 수 없는 항목 제거</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>메뉴 비우기</translation>
    </message>
    <message>
        <source>Frame %1 cannot be shown.
%2</source>
        <translation>프레임 %1을(를) 표시할 수 없습니다.
%2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Playing at %1 fps</source>
        <translation>%1 fps로 재생 중</translation>
    </message>
    <message numerus="yes">
        <source>Paused · last playback skipped %n frame(s)</source>
        <translation>
            <numerusform>일시 정지됨 · 직전 재생에서 %n 프레임 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>Zoom %1 % (fit)</source>
        <translation>확대/축소 %1% (맞춤)</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>확대/축소 %1%</translation>
    </message>
    <message>
        <source>Go to Frame</source>
        <translation>프레임으로 이동</translation>
    </message>
    <message>
        <source>Frame number (0–%1):</source>
        <translation>프레임 번호 (0–%1):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop after the frames in flight; analysing again continues where it stopped</source>
        <translation>처리 중인 프레임 이후 중지합니다. 다시 분석하면 중지된 지점부터 이어서 진행합니다</translation>
    </message>
    <message>
        <source>&amp;Analyse…</source>
        <translation>분석(&amp;A)…</translation>
    </message>
    <message>
        <source>Score every frame of the case&apos;s footage with a model of normal activity</source>
        <translation>정상 활동 모델로 사건 영상의 모든 프레임에 점수 매기기</translation>
    </message>
    <message>
        <source>N&amp;ext Event</source>
        <translation>다음 이벤트(&amp;E)</translation>
    </message>
    <message>
        <source>P&amp;revious Event</source>
        <translation>이전 이벤트(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>히트맵(&amp;H)</translation>
    </message>
    <message>
        <source>Overlay where the model finds the frame abnormal</source>
        <translation>모델이 이상으로 판단한 프레임 영역을 겹쳐 표시</translation>
    </message>
    <message>
        <source>Heat map opacity</source>
        <translation>히트맵 불투명도</translation>
    </message>
    <message>
        <source>Mark &amp;In</source>
        <translation>시작 지점 표시(&amp;I)</translation>
    </message>
    <message>
        <source>Start a range annotation at this frame</source>
        <translation>이 프레임에서 구간 주석 시작</translation>
    </message>
    <message>
        <source>Mark &amp;Out</source>
        <translation>끝 지점 표시(&amp;O)</translation>
    </message>
    <message>
        <source>End the range annotation at this frame and describe it</source>
        <translation>이 프레임에서 구간 주석을 끝내고 내용 작성</translation>
    </message>
    <message>
        <source>&amp;Bookmark Frame…</source>
        <translation>프레임 북마크(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>새 사건(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a case file that keeps footage hashes, analyses and annotations</source>
        <translation>영상 해시, 분석 결과 및 주석을 보관하는 사건 파일 만들기</translation>
    </message>
    <message>
        <source>Add &amp;Footage to Case…</source>
        <translation>사건에 영상 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Hash and list video files in the open case</source>
        <translation>열린 사건에 비디오 파일의 해시를 계산하여 등록</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>모델 학습(&amp;T)…</translation>
    </message>
    <message>
        <source>Teach a model what is normal for a camera from its ordinary footage</source>
        <translation>카메라의 평상시 영상으로 무엇이 정상인지 모델에 학습시키기</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>검토(&amp;R)</translation>
    </message>
    <message>
        <source>The case is open read-only: %1</source>
        <translation>사건이 읽기 전용으로 열려 있습니다: %1</translation>
    </message>
    <message>
        <source>Could not read the analysis of this file: %1</source>
        <translation>이 파일의 분석 결과를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>Feature distance</source>
        <translation>특징 거리</translation>
    </message>
    <message>
        <source>Model “%1”, run %2 (%3)</source>
        <translation>모델 “%1”, 실행 %2 (%3)</translation>
    </message>
    <message>
        <source>No event after this frame</source>
        <translation>이 프레임 이후 이벤트 없음</translation>
    </message>
    <message>
        <source>No event before this frame</source>
        <translation>이 프레임 이전 이벤트 없음</translation>
    </message>
    <message numerus="yes">
        <source>Threshold %1: %n event(s)</source>
        <translation>
            <numerusform>임계값 %1: 이벤트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the new events.</source>
        <translation>새 이벤트를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The analysis is not finished: events are shown, not stored</source>
        <translation>분석이 완료되지 않았습니다: 이벤트는 표시만 되고 저장되지 않습니다</translation>
    </message>
    <message>
        <source>Could not store the event&apos;s state.</source>
        <translation>이벤트 상태를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>This analysis stored no heat maps</source>
        <translation>이 분석에는 저장된 히트맵이 없습니다</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>평상</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>먼저 사건을 여십시오.</translation>
    </message>
    <message>
        <source>Analyses are stored in a case, with the footage&apos;s hash and the model used. Create one with File ▸ New Case… or open an existing case.</source>
        <translation>분석 결과는 영상의 해시 및 사용된 모델과 함께 사건에 저장됩니다. 파일 ▸ 새 사건…으로 사건을 만들거나 기존 사건을 여십시오.</translation>
    </message>
    <message>
        <source>This case cannot be changed.</source>
        <translation>이 사건은 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>No model found</source>
        <translation>모델을 찾을 수 없음</translation>
    </message>
    <message>
        <source>An analysis is already running</source>
        <translation>이미 분석이 실행 중입니다</translation>
    </message>
    <message>
        <source>Starting the analysis…</source>
        <translation>분석 시작 중…</translation>
    </message>
    <message>
        <source>Analysing %1 (%2 of %3)</source>
        <translation>%1 분석 중 (%3개 중 %2번째)</translation>
    </message>
    <message>
        <source>: %1 frames/s, %2 left</source>
        <translation>: %1 프레임/초, %2 남음</translation>
    </message>
    <message>
        <source>Could not analyse “%1”.</source>
        <translation>“%1”을(를) 분석할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: 이벤트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis cancelled; analysing again continues where it stopped</source>
        <translation>분석이 취소되었습니다. 다시 분석하면 중지된 지점부터 이어서 진행합니다</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <source>Anomalens cases (*.alcase)</source>
        <translation>Anomalens 사건 (*.alcase)</translation>
    </message>
    <message>
        <source>Could not create the case “%1”.</source>
        <translation>사건 “%1”을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Open or create a case first.</source>
        <translation>먼저 사건을 열거나 만드십시오.</translation>
    </message>
    <message>
        <source>Footage is listed, hashed and analysed inside a case.</source>
        <translation>영상은 사건 안에서 등록되고 해시가 계산되며 분석됩니다.</translation>
    </message>
    <message>
        <source>Add Footage</source>
        <translation>영상 추가</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.ts *.mpg *.mpeg *.wmv *.webm *.3gp *.dav);;All files (*)</source>
        <translation>비디오 파일 (*.mp4 *.m4v *.mov *.mkv *.avi *.ts *.mpg *.mpeg *.wmv *.webm *.3gp *.dav);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the case (hashing)…</source>
        <translation>
            <numerusform>사건에 파일 %n개 추가 중 (해시 계산)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Some footage could not be added.</source>
        <translation>일부 영상을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Model saved: %1. It is listed in Analyse….</source>
        <translation>모델 저장됨: %1. 분석…에 표시됩니다.</translation>
    </message>
    <message>
        <source>In point at frame %1: move to the end of the range and press O</source>
        <translation>시작 지점: 프레임 %1. 구간의 끝으로 이동한 후 O를 누르십시오</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 가이드(&amp;U)</translation>
    </message>
    <message>
        <source>The review workflow, the keys, and what the score means</source>
        <translation>검토 작업 흐름, 단축키, 점수의 의미</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패함</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Annotated &amp;Clip of Event…</source>
        <translation>이벤트 주석 클립(&amp;C)…</translation>
    </message>
    <message>
        <source>Re-encode the selected event with the heat map, score and a &quot;derived copy&quot; mark burned in</source>
        <translation>선택한 이벤트를 히트맵, 점수, &quot;파생 사본&quot; 표시를 새겨 다시 인코딩합니다</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>보고서(PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the case&apos;s evidence, analyses, events, annotations and audit trail as a PDF</source>
        <translation>케이스의 증거, 분석, 이벤트, 주석, 감사 기록을 PDF로 저장합니다</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>내보내기 취소</translation>
    </message>
    <message>
        <source>Stop the export; no partial file is left behind</source>
        <translation>내보내기를 중지합니다. 불완전한 파일은 남지 않습니다</translation>
    </message>
    <message>
        <source>The report describes a case: its footage, analyses and audit trail.</source>
        <translation>보고서는 케이스의 영상, 분석, 감사 기록을 설명합니다.</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, A4 용지 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, US Letter 용지 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 보고서</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>먼저 이벤트를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the event in the Events panel (or move the playhead into it), then export its clip.</source>
        <translation>이벤트 패널에서 이벤트를 선택한 다음(또는 재생 위치를 이벤트 안으로 옮긴 다음) 클립을 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 event %2 annotated</source>
        <translation>%1 이벤트 %2 주석</translation>
    </message>
    <message>
        <source>Export Annotated Clip</source>
        <translation>주석 클립 내보내기</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;Matroska video (*.mkv)</source>
        <translation>MP4 동영상 (*.mp4);;Matroska 동영상 (*.mkv)</translation>
    </message>
    <message>
        <source>The event is not in the footage on screen.</source>
        <translation>이벤트가 화면의 영상에 없습니다.</translation>
    </message>
    <message>
        <source>Open the case&apos;s footage that has the event, select the event, and export again.</source>
        <translation>이벤트가 있는 케이스 영상을 열고 이벤트를 선택한 다음 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>This case cannot record the export.</source>
        <translation>이 케이스에 내보내기를 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>Every export is written to the case&apos;s audit log. %1</source>
        <translation>모든 내보내기는 케이스의 감사 로그에 기록됩니다. %1</translation>
    </message>
    <message>
        <source>An export is already running</source>
        <translation>이미 내보내기가 진행 중입니다</translation>
    </message>
    <message>
        <source>Writing report %1…</source>
        <translation>보고서 %1 작성 중…</translation>
    </message>
    <message>
        <source>Exporting clip %1…</source>
        <translation>클립 %1 내보내는 중…</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1”이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>Replace it (and its .sha256 file) with the new export?</source>
        <translation>새 내보내기로 이 파일(및 .sha256 파일)을 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>The footage has changed since it was imported into the case.</source>
        <translation>영상이 케이스로 가져온 후 변경되었습니다.</translation>
    </message>
    <message>
        <source>A clip made from it may not show what was analysed. Export it anyway, marked &quot;source changed since import&quot; in every frame?</source>
        <translation>이 영상으로 만든 클립은 분석한 내용을 보여 주지 않을 수 있습니다. 모든 프레임에 &quot;가져온 후 원본이 변경됨&quot;을 표시하여 그래도 내보내시겠습니까?</translation>
    </message>
    <message>
        <source>Export Marked Clip</source>
        <translation>표시된 클립 내보내기</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>내보내기가 취소되었습니다. 아무것도 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Could not export “%1”.</source>
        <translation>“%1”을(를) 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The report was written, marked: evidence has changed since import.</source>
        <translation>보고서가 작성되었으며 표시가 붙었습니다: 가져온 후 증거가 변경되었습니다.</translation>
    </message>
    <message>
        <source>At least one evidence file no longer matches the SHA-256 the case recorded. The report says so on its first page and in the footer of every page.</source>
        <translation>하나 이상의 증거 파일이 케이스에 기록된 SHA-256과 더 이상 일치하지 않습니다. 보고서의 첫 페이지와 모든 페이지의 바닥글에 이 사실이 표시됩니다.</translation>
    </message>
    <message>
        <source>Report written: %1 (%2 pages)</source>
        <translation>보고서 작성됨: %1 (%2페이지)</translation>
    </message>
    <message>
        <source>Clip written: %1 (%2 frames)</source>
        <translation>클립 작성됨: %1 (%2프레임)</translation>
    </message>
    <message>
        <source>&amp;Original Clip of Event…</source>
        <translation>이벤트 원본 클립(&amp;O)…</translation>
    </message>
    <message>
        <source>Copy the selected event&apos;s footage as recorded (or re-encoded frame-exact), with a second before and after</source>
        <translation>선택한 이벤트의 영상을 녹화된 그대로(또는 프레임 단위로 정확히 재인코딩하여) 앞뒤 1초와 함께 복사합니다</translation>
    </message>
    <message>
        <source>Clips of All &amp;Confirmed Events…</source>
        <translation>확인된 모든 이벤트의 클립(&amp;C)…</translation>
    </message>
    <message>
        <source>One original clip per confirmed event of the case, into a folder</source>
        <translation>사건의 확인된 이벤트마다 원본 클립 하나를 폴더에 저장</translation>
    </message>
    <message>
        <source>&amp;Scores (CSV/JSON)…</source>
        <translation>점수(CSV/JSON)(&amp;S)…</translation>
    </message>
    <message>
        <source>The per-frame scores and signals, or the events, of the analysis on screen</source>
        <translation>화면에 표시된 분석의 프레임별 점수와 신호, 또는 이벤트</translation>
    </message>
    <message>
        <source>%1 event %2</source>
        <translation>%1 이벤트 %2</translation>
    </message>
    <message>
        <source>Original packets, starts at the keyframe before the event (*.mp4 *.mkv *.mov)</source>
        <translation>원본 패킷, 이벤트 앞의 키프레임부터 시작 (*.mp4 *.mkv *.mov)</translation>
    </message>
    <message>
        <source>Re-encoded H.264, exactly the event&apos;s frames (*.mp4 *.mkv)</source>
        <translation>재인코딩 H.264, 이벤트 프레임 그대로 (*.mp4 *.mkv)</translation>
    </message>
    <message>
        <source>Export Original Clip</source>
        <translation>원본 클립 내보내기</translation>
    </message>
    <message>
        <source>The clips are cut from the case&apos;s footage at its confirmed events.</source>
        <translation>클립은 사건 영상에서 확인된 이벤트 구간을 잘라 만듭니다.</translation>
    </message>
    <message>
        <source>Folder for the Clips of Confirmed Events</source>
        <translation>확인된 이벤트 클립을 저장할 폴더</translation>
    </message>
    <message>
        <source>Nothing analysed on screen.</source>
        <translation>화면에 분석된 영상이 없습니다.</translation>
    </message>
    <message>
        <source>Open footage of the case that has an analysis, then export its scores.</source>
        <translation>분석이 있는 사건 영상을 연 다음 점수를 내보내십시오.</translation>
    </message>
    <message>
        <source>Per-frame scores and signals, CSV (*.csv)</source>
        <translation>프레임별 점수와 신호, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Per-frame scores and signals with case, model and run, JSON (*.json)</source>
        <translation>사건·모델·실행 정보를 포함한 프레임별 점수와 신호, JSON (*.json)</translation>
    </message>
    <message>
        <source>Events, CSV (*.csv)</source>
        <translation>이벤트, CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 점수</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>점수 내보내기</translation>
    </message>
    <message>
        <source>Exporting the clips of confirmed events…</source>
        <translation>확인된 이벤트의 클립을 내보내는 중…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>A clip made from it may not show what was analysed. Export it anyway? The audit log records it as made from unverified footage.</source>
        <translation>이 영상으로 만든 클립은 분석된 내용과 다를 수 있습니다. 그래도 내보내시겠습니까? 감사 로그에 검증되지 않은 영상으로 만들었다고 기록됩니다.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>그래도 내보내기</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::MediaInfoDock</name>
    <message>
        <source>not declared (played at %1 fps)</source>
        <translation>선언되지 않음 (%1 fps로 재생)</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation> (가변)</translation>
    </message>
    <message>
        <source> (one every %1 frames)</source>
        <translation> (%1 프레임마다 1개)</translation>
    </message>
    <message>
        <source>Media Info</source>
        <translation>미디어 정보</translation>
    </message>
    <message>
        <source>No media open.</source>
        <translation>열린 미디어가 없습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Image sequence (folder)</source>
        <translation>이미지 시퀀스 (폴더)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>비디오 파일</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>코덱</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>픽셀 형식</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>프레임 크기</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>%1° (display matrix)</source>
        <translation>%1° (디스플레이 행렬)</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>프레임 수</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>키프레임</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>시작 시간</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::PdfReport</name>
    <message>
        <source>Case: %1</source>
        <translation>케이스: %1</translation>
    </message>
    <message>
        <source>Anomalens evidence report</source>
        <translation>Anomalens 증거 보고서</translation>
    </message>
    <message>
        <source>%1 · generated %2 UTC</source>
        <translation>%1 · %2 UTC 생성</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2페이지 중 %1</translation>
    </message>
    <message>
        <source>EVIDENCE FILE CHANGED SINCE IMPORT: see &quot;Evidence files&quot;</source>
        <translation>가져온 후 증거 파일이 변경됨: &quot;증거 파일&quot; 참조</translation>
    </message>
    <message>
        <source>Anomalens evidence report: %1</source>
        <translation>Anomalens 증거 보고서: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <source>frame %1 (%2)</source>
        <translation>프레임 %1 (%2)</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>미검토</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>기각됨</translation>
    </message>
    <message>
        <source>Matches the hash recorded at import</source>
        <translation>가져올 때 기록된 해시와 일치</translation>
    </message>
    <message>
        <source>CANNOT BE READ NOW</source>
        <translation>현재 읽을 수 없음</translation>
    </message>
    <message>
        <source>CHANGED SINCE IMPORT</source>
        <translation>가져온 후 변경됨</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>검사자</translation>
    </message>
    <message>
        <source>Case created (UTC)</source>
        <translation>케이스 생성 (UTC)</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>케이스 파일</translation>
    </message>
    <message>
        <source>Report generated (UTC)</source>
        <translation>보고서 생성 (UTC)</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>The score says how unlike the footage the model learned as normal a frame is. The model was trained only on footage chosen as ordinary activity for this camera; a high score means the frame was hard to predict from that experience.</source>
        <translation>점수는 프레임이 모델이 정상으로 학습한 영상과 얼마나 다른지를 나타냅니다. 모델은 이 카메라의 평범한 활동으로 선택된 영상으로만 학습되었으며, 높은 점수는 그 경험으로 프레임을 예측하기 어려웠다는 뜻입니다.</translation>
    </message>
    <message>
        <source>It flags frames for a person to review. It does not identify people, objects or actions, and it does not show intent, wrongdoing or what happened.</source>
        <translation>이 방법은 사람이 검토할 프레임을 표시합니다. 사람, 물체, 행동을 식별하지 않으며 의도, 위법 행위 또는 무슨 일이 있었는지를 보여 주지 않습니다.</translation>
    </message>
    <message>
        <source>A low score does not prove that nothing happened: something that looks like the normal footage, or is small, brief or hidden, can score low.</source>
        <translation>낮은 점수가 아무 일도 없었음을 증명하지는 않습니다. 정상 영상과 비슷해 보이거나 작고, 짧거나, 가려진 일은 낮은 점수를 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>A high score can come from harmless things missing from the training footage: weather, lighting, camera movement, unusual but lawful activity.</source>
        <translation>높은 점수는 학습 영상에 없던 무해한 요인에서 나올 수 있습니다: 날씨, 조명, 카메라 움직임, 드물지만 적법한 활동 등.</translation>
    </message>
    <message>
        <source>The threshold and the event rules are a reviewer&apos;s choice, stated below; another threshold gives other events. Review states (confirmed, dismissed) are the reviewer&apos;s judgement, not the model&apos;s.</source>
        <translation>임계값과 이벤트 규칙은 검토자의 선택이며 아래에 적혀 있습니다. 다른 임계값은 다른 이벤트를 만듭니다. 검토 상태(확정, 기각)는 모델이 아니라 검토자의 판단입니다.</translation>
    </message>
    <message>
        <source>Heat maps show where in the frame the model&apos;s prediction error was highest, not what caused it.</source>
        <translation>히트맵은 프레임에서 모델의 예측 오차가 가장 컸던 곳을 보여 줄 뿐, 그 원인을 보여 주지는 않습니다.</translation>
    </message>
    <message>
        <source>The evidence files are identified by their SHA-256 and were only read, never modified. Annotated clips exported by this tool are derived copies and are marked as such in every frame.</source>
        <translation>증거 파일은 SHA-256으로 식별되며 읽기만 했을 뿐 수정된 적이 없습니다. 이 도구로 내보낸 주석 클립은 파생 사본이며 모든 프레임에 그렇게 표시됩니다.</translation>
    </message>
    <message>
        <source>What this method can and cannot show</source>
        <translation>이 방법이 보여 줄 수 있는 것과 없는 것</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>증거 파일</translation>
    </message>
    <message>
        <source>Media %1: %2</source>
        <translation>미디어 %1: %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>SHA-256 at import</source>
        <translation>가져올 때 SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>현재 SHA-256</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>가져온 시각 (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>No analysis in this case used a model yet.</source>
        <translation>이 케이스에는 아직 모델을 사용한 분석이 없습니다.</translation>
    </message>
    <message>
        <source>, frames %1–%2</source>
        <translation>, 프레임 %1–%2</translation>
    </message>
    <message>
        <source>(%1 frames%2)</source>
        <translation>(%1프레임%2)</translation>
    </message>
    <message>
        <source>Model %1: %2</source>
        <translation>모델 %1: %2</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle</source>
        <translation>번들의 SHA-256</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>생성 (UTC)</translation>
    </message>
    <message>
        <source>Trained with</source>
        <translation>학습 도구</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>학습 단계 수</translation>
    </message>
    <message>
        <source>Training footage</source>
        <translation>학습 영상</translation>
    </message>
    <message>
        <source>Default threshold</source>
        <translation>기본 임계값</translation>
    </message>
    <message>
        <source>%1 frames (%2 s)</source>
        <translation>%1프레임 (%2초)</translation>
    </message>
    <message>
        <source>Threshold (events start above)</source>
        <translation>임계값 (이 값을 넘으면 이벤트 시작)</translation>
    </message>
    <message>
        <source>Events end below</source>
        <translation>이벤트 종료 기준 (이 값 미만)</translation>
    </message>
    <message>
        <source>Shortest event</source>
        <translation>최단 이벤트</translation>
    </message>
    <message>
        <source>Gaps merged up to</source>
        <translation>병합하는 최대 간격</translation>
    </message>
    <message>
        <source>Padding before / after</source>
        <translation>앞 / 뒤 여유</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Peak score</source>
        <translation>최고 점수</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Peak frame</source>
        <translation>최고점 프레임</translation>
    </message>
    <message>
        <source>No thumbnails: the file no longer matches the case, so no picture is taken from it.</source>
        <translation>썸네일 없음: 파일이 더 이상 케이스와 일치하지 않으므로 그 파일에서 화면을 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>No thumbnails: %1</source>
        <translation>썸네일 없음: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (버전 %2)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Last changed (UTC)</source>
        <translation>마지막 변경 (UTC)</translation>
    </message>
    <message>
        <source>Analysis of media %1</source>
        <translation>미디어 %1 분석</translation>
    </message>
    <message>
        <source>This file has changed since import; the results below are those of the file as it was imported.</source>
        <translation>이 파일은 가져온 후 변경되었습니다. 아래 결과는 가져올 당시 파일에 대한 것입니다.</translation>
    </message>
    <message>
        <source>This file has not been analysed.</source>
        <translation>이 파일은 분석되지 않았습니다.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>%1 (%2), started %3, finished %4</source>
        <translation>%1 (%2), 시작 %3, 종료 %4</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation>%1 (모델 %2)</translation>
    </message>
    <message>
        <source>Device, precision</source>
        <translation>장치, 정밀도</translation>
    </message>
    <message>
        <source>Threshold and event rules</source>
        <translation>임계값과 이벤트 규칙</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>dashed red line: threshold</source>
        <translation>빨간 점선: 임계값</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>이벤트 (%1)</translation>
    </message>
    <message>
        <source>No events at this run&apos;s threshold.</source>
        <translation>이 실행의 임계값에서는 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>주석 (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Chain check</source>
        <translation>체인 검사</translation>
    </message>
    <message>
        <source>Intact: every row chains to the one before</source>
        <translation>무결함: 모든 행이 이전 행과 연결됨</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>헤드 해시</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>보호</translation>
    </message>
    <message>
        <source>append-only triggers present</source>
        <translation>추가 전용 트리거 있음</translation>
    </message>
    <message>
        <source>append-only triggers missing</source>
        <translation>추가 전용 트리거 없음</translation>
    </message>
    <message>
        <source>Keep the head hash outside the case file: a copy of the case can later be checked against it. This report&apos;s own export is recorded after the rows listed here.</source>
        <translation>헤드 해시는 케이스 파일 밖에 보관하십시오. 나중에 케이스 사본을 이 값으로 검사할 수 있습니다. 이 보고서의 내보내기 자체는 여기 나열된 행 다음에 기록됩니다.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Row hash</source>
        <translation>행 해시</translation>
    </message>
    <message>
        <source>WARNING: %1 evidence file(s) no longer match the SHA-256 recorded when they were imported.</source>
        <translation>경고: 증거 파일 %1개가 가져올 때 기록된 SHA-256과 더 이상 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The results in this report were computed from the files as imported. The files as they are now were not analysed; see &quot;Evidence files&quot;.</source>
        <translation>이 보고서의 결과는 가져올 당시의 파일로 계산되었습니다. 현재 상태의 파일은 분석되지 않았습니다. &quot;증거 파일&quot;을 참조하십시오.</translation>
    </message>
    <message>
        <source>%1 rows of batch writes, %2 to %3</source>
        <translation>일괄 기록 행 %1개, %2 ~ %3</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::RangeChooserDialog</name>
    <message>
        <source>Train on Annotated Ranges</source>
        <translation>주석 범위로 학습</translation>
    </message>
    <message>
        <source>Tick the annotated stretches that show the camera&apos;s normal activity.</source>
        <translation>카메라의 정상 활동을 보여 주는 주석 구간을 선택하십시오.</translation>
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
        <translation>점수</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>전체 맞춤</translation>
    </message>
    <message>
        <source>Show the whole footage (double-click the plot)</source>
        <translation>전체 영상 표시 (그래프를 두 번 클릭)</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>신호</translation>
    </message>
    <message>
        <source>Show the signals behind the score as extra curves (scaled to fit)</source>
        <translation>점수의 근거가 되는 신호를 추가 곡선으로 표시 (크기 맞춤)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>임계값 %1</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Use my threshold instead of the model&apos;s:</source>
        <translation>모델 대신 내 임계값 사용:</translation>
    </message>
    <message>
        <source>An event goes on at the threshold and off only when the score falls this far below it, so a score hovering at the threshold does not flicker</source>
        <translation>이벤트는 임계값에서 시작되고 점수가 임계값보다 이만큼 낮아져야 끝나므로, 임계값 부근에서 오르내리는 점수로 인해 깜박이지 않습니다</translation>
    </message>
    <message>
        <source>Shorter blips are not reported</source>
        <translation>이보다 짧은 순간적 변동은 보고되지 않습니다</translation>
    </message>
    <message>
        <source>Events closer than this become one</source>
        <translation>이보다 가까운 이벤트는 하나로 합쳐집니다</translation>
    </message>
    <message>
        <source>Context added before and after each event</source>
        <translation>각 이벤트의 앞뒤에 추가되는 전후 구간</translation>
    </message>
    <message>
        <source>Hysteresis (score units):</source>
        <translation>히스테리시스 (점수 단위):</translation>
    </message>
    <message>
        <source>Minimum duration:</source>
        <translation>최소 길이:</translation>
    </message>
    <message>
        <source>Merge gap:</source>
        <translation>병합 간격:</translation>
    </message>
    <message>
        <source>Padding:</source>
        <translation>여백:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Use the GPU when one is present</source>
        <translation>GPU가 있으면 사용</translation>
    </message>
    <message>
        <source>No CUDA GPU is usable by this build: models run on the CPU</source>
        <translation>이 빌드에서 사용할 수 있는 CUDA GPU가 없습니다: 모델은 CPU에서 실행됩니다</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>전체 (%1)</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU 스레드:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>A new language applies the next time Anomalens starts.</source>
        <translation>새 언어는 Anomalens를 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TrainDialog</name>
    <message>
        <source>MNAD prediction (4 frames in, the next one out)</source>
        <translation>MNAD 예측 (4 프레임 입력, 다음 프레임 출력)</translation>
    </message>
    <message>
        <source>MNAD reconstruction (one frame in, the same frame out)</source>
        <translation>MNAD 재구성 (1 프레임 입력, 같은 프레임 출력)</translation>
    </message>
    <message>
        <source>FFP future-frame prediction (U-Net with a GAN critic)</source>
        <translation>FFP 미래 프레임 예측 (GAN 판별기를 갖춘 U-Net)</translation>
    </message>
    <message>
        <source>Quickest: a quarter of lite&apos;s arithmetic. Good for a first try on a CPU.</source>
        <translation>가장 빠름: lite 연산량의 4분의 1. CPU에서 처음 시도하기에 적합합니다.</translation>
    </message>
    <message>
        <source>Made for CPU-only machines: training and analysis in reasonable time.</source>
        <translation>CPU 전용 컴퓨터용: 적절한 시간 안에 학습과 분석을 수행합니다.</translation>
    </message>
    <message>
        <source>The published architecture. Slow on a CPU; a GPU is recommended.</source>
        <translation>논문에 발표된 구조입니다. CPU에서는 느리므로 GPU를 권장합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Reading footage: %n clip(s) read</source>
        <translation>
            <numerusform>영상 읽는 중: 클립 %n개 읽음</numerusform>
        </translation>
    </message>
    <message>
        <source>Training: step %1 of %2</source>
        <translation>학습 중: %2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Calibrating on held-out normal frames: %1 of %2</source>
        <translation>보류해 둔 정상 프레임으로 보정 중: %2개 중 %1개</translation>
    </message>
    <message>
        <source>Train Model</source>
        <translation>모델 학습</translation>
    </message>
    <message>
        <source>Footage of the camera&apos;s normal activity: video files, folders of frames (one clip each), or folders of those.</source>
        <translation>카메라의 정상 활동 영상: 비디오 파일, 프레임 폴더(각각 하나의 클립) 또는 이들을 담은 폴더.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Clips per step. Larger batches need more memory.</source>
        <translation>단계당 클립 수. 배치가 클수록 메모리가 더 필요합니다.</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>배치 크기:</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Resume the unfinished training saved next to this file</source>
        <translation>이 파일 옆에 저장된 미완료 학습 재개</translation>
    </message>
    <message>
        <source>Normal footage:</source>
        <translation>정상 영상:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>방법:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>단계 수:</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>출력 파일:</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>시작되지 않음.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Cancel Training</source>
        <translation>학습 취소</translation>
    </message>
    <message>
        <source>Stop after the current step and keep a checkpoint to resume from.</source>
        <translation>현재 단계가 끝나면 중지하고 재개할 수 있도록 체크포인트를 보관합니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Folder: a sequence of frames, or several clips</source>
        <translation>폴더: 프레임 시퀀스 또는 여러 클립</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>비디오 파일</translation>
    </message>
    <message>
        <source>Add Normal Footage</source>
        <translation>정상 영상 추가</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.mpg *.mpeg *.ts *.mts);;All files (*)</source>
        <translation>비디오 파일 (*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.mpg *.mpeg *.ts *.mts);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add a Folder of Frames or Clips</source>
        <translation>프레임 또는 클립 폴더 추가</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>모델을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Anomalens models (*.alm);;All files (*)</source>
        <translation>Anomalens 모델 (*.alm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1×%1 px input, encoder widths %2/%3/%4/%5. %6</source>
        <translation>%1×%1 px 입력, 인코더 폭 %2/%3/%4/%5. %6</translation>
    </message>
    <message>
        <source>Resuming continues from step %1 of %2.</source>
        <translation>재개하면 %2단계 중 %1단계부터 계속합니다.</translation>
    </message>
    <message>
        <source>The checkpoint cannot be read: %1</source>
        <translation>체크포인트를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Add footage of the camera&apos;s normal activity (Add Files… or Add Folder…).</source>
        <translation>카메라의 정상 활동 영상을 추가하십시오 (파일 추가… 또는 폴더 추가…).</translation>
    </message>
    <message>
        <source>“%1” no longer exists; remove it.</source>
        <translation>“%1”이(가) 더 이상 존재하지 않습니다. 제거하십시오.</translation>
    </message>
    <message>
        <source>Choose where to save the model (Save As…).</source>
        <translation>모델을 저장할 위치를 선택하십시오 (다른 이름으로 저장…).</translation>
    </message>
    <message>
        <source>The output is a folder; choose a file name.</source>
        <translation>출력 경로가 폴더입니다. 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Resume continues the unfinished training from its checkpoint.</source>
        <translation>재개하면 미완료 학습을 체크포인트부터 계속합니다.</translation>
    </message>
    <message>
        <source>An unfinished training of this model was saved: tick Resume to continue it, or Start to begin again and replace it.</source>
        <translation>이 모델의 미완료 학습이 저장되어 있습니다. 계속하려면 재개를 선택하고, 처음부터 다시 시작하여 대체하려면 시작을 누르십시오.</translation>
    </message>
    <message>
        <source>“%1” exists and will be replaced.</source>
        <translation>“%1”이(가) 이미 있으며 대체됩니다.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <source> — stopping after this step…</source>
        <translation> — 이 단계 후 중지 중…</translation>
    </message>
    <message>
        <source>Stop Training?</source>
        <translation>학습을 중지하시겠습니까?</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close?</source>
        <translation>학습이 아직 실행 중입니다. 중지하고 닫으시겠습니까?</translation>
    </message>
    <message>
        <source>A checkpoint is kept; ticking Resume later continues from where it stopped.</source>
        <translation>체크포인트가 보관됩니다. 나중에 재개를 선택하면 중지된 지점부터 계속합니다.</translation>
    </message>
    <message>
        <source>%1 steps/s · %2 left</source>
        <translation>%1 단계/초 · %2 남음</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료.</translation>
    </message>
    <message>
        <source>Model written to %1.</source>
        <translation>모델을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지됨.</translation>
    </message>
    <message>
        <source>Training stopped before the first step; nothing was saved.</source>
        <translation>첫 단계 전에 학습이 중지되어 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Stopped after step %1.</source>
        <translation>%1단계 후 중지됨.</translation>
    </message>
    <message>
        <source>Checkpoint kept at %1. With Resume ticked, the next start continues from where it stopped.</source>
        <translation>체크포인트가 %1에 보관되었습니다. 재개를 선택하면 다음 시작 시 중지된 지점부터 계속합니다.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>실패.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>학습 실패: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>학습 실패</translation>
    </message>
    <message>
        <source>Add Range…</source>
        <translation>범위 추가…</translation>
    </message>
    <message>
        <source>Train on some frames of a listed clip only</source>
        <translation>목록에 있는 클립의 일부 프레임만으로 학습</translation>
    </message>
    <message>
        <source>From Annotations…</source>
        <translation>주석에서…</translation>
    </message>
    <message>
        <source>Train on ranges annotated in the case</source>
        <translation>사건에 주석으로 표시된 범위로 학습</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Frames %1–%2 of %3</source>
        <translation>%3의 프레임 %1–%2</translation>
    </message>
    <message>
        <source>TorchScript flow model…</source>
        <translation>TorchScript 광학 흐름 모델…</translation>
    </message>
    <message>
        <source>TorchScript segmentation model…</source>
        <translation>TorchScript 분할 모델…</translation>
    </message>
    <message>
        <source>TorchScript flow model: %1</source>
        <translation>TorchScript 광학 흐름 모델: %1</translation>
    </message>
    <message>
        <source>TorchScript segmentation model: %1</source>
        <translation>TorchScript 분할 모델: %1</translation>
    </message>
    <message>
        <source>F2LM prediction through motion and label cues</source>
        <translation>F2LM 예측 (움직임 및 레이블 단서 활용)</translation>
    </message>
    <message>
        <source>F2LM Destroyer on a trained generator</source>
        <translation>학습된 생성기 위의 F2LM Destroyer</translation>
    </message>
    <message>
        <source>Generator (1 of 2) — %1</source>
        <translation>생성기 (2개 중 1) — %1</translation>
    </message>
    <message>
        <source>Destroyer (2 of 2) — %1</source>
        <translation>Destroyer (2개 중 2) — %1</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>단서</translation>
    </message>
    <message>
        <source>Optical flow, DIS (fast)</source>
        <translation>광학 흐름, DIS (빠름)</translation>
    </message>
    <message>
        <source>Optical flow, Farneback</source>
        <translation>광학 흐름, Farneback</translation>
    </message>
    <message>
        <source>How the motion from one frame to the next is measured</source>
        <translation>한 프레임에서 다음 프레임까지의 움직임을 측정하는 방법</translation>
    </message>
    <message>
        <source>Background subtraction, split by blob shape (no network)</source>
        <translation>배경 차분, 덩어리 모양으로 구분 (신경망 없음)</translation>
    </message>
    <message>
        <source>How each pixel is labelled with what kind of thing is there</source>
        <translation>각 픽셀에 무엇이 있는지 레이블을 붙이는 방법</translation>
    </message>
    <message>
        <source>F2LM predicts from how things move and what is where; built-in cues need no model files.</source>
        <translation>F2LM은 사물의 움직임과 위치한 대상을 바탕으로 예측합니다. 내장 단서에는 모델 파일이 필요 없습니다.</translation>
    </message>
    <message>
        <source>Motion:</source>
        <translation>움직임:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>레이블:</translation>
    </message>
    <message>
        <source>Then train a Destroyer (heat maps of where a frame is abnormal)</source>
        <translation>이어서 Destroyer 학습 (프레임의 이상 위치 히트맵)</translation>
    </message>
    <message>
        <source>A second phase on the finished generator. The generator alone is kept too, as NAME.generator.alm.</source>
        <translation>완성된 생성기 위에서 진행하는 두 번째 단계입니다. 생성기만 담긴 파일도 NAME.generator.alm으로 보관됩니다.</translation>
    </message>
    <message>
        <source>Destroyer steps:</source>
        <translation>Destroyer 단계 수:</translation>
    </message>
    <message>
        <source>Choose a TorchScript Flow Model</source>
        <translation>TorchScript 광학 흐름 모델 선택</translation>
    </message>
    <message>
        <source>Choose a TorchScript Segmentation Model</source>
        <translation>TorchScript 분할 모델 선택</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript 모델 (*.pt *.pth *.ts);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Resuming continues the Destroyer from step %1 of %2.</source>
        <translation>재개하면 Destroyer를 %2단계 중 %1단계부터 계속합니다.</translation>
    </message>
    <message>
        <source>Resuming continues the generator from step %1 of %2, then trains its Destroyer.</source>
        <translation>재개하면 생성기를 %2단계 중 %1단계부터 계속한 뒤 Destroyer를 학습합니다.</translation>
    </message>
    <message>
        <source>The cue model “%1” no longer exists; choose another.</source>
        <translation>단서 모델 “%1”이(가) 더 이상 없습니다. 다른 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>The generator alone is kept too, as “%1”.</source>
        <translation>생성기만 담긴 파일도 “%1”(으)로 보관됩니다.</translation>
    </message>
    <message>
        <source>Model with the Destroyer (heat maps) written to %1; the generator alone to %2.</source>
        <translation>Destroyer가 포함된 모델(히트맵)을 %1에, 생성기만 담긴 모델을 %2에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TrainingJob</name>
    <message>
        <source>Training failed for an unknown reason.</source>
        <translation>알 수 없는 이유로 학습에 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>anomalens::ui::TransportBar</name>
    <message>
        <source>Click or drag to go to a frame</source>
        <translation>프레임으로 이동하려면 클릭하거나 드래그하십시오</translation>
    </message>
    <message>
        <source>Frame position</source>
        <translation>프레임 위치</translation>
    </message>
    <message>
        <source>Frame on screen (0-based, display order) / last frame</source>
        <translation>화면의 프레임 (0부터, 표시 순서) / 마지막 프레임</translation>
    </message>
    <message>
        <source>Time of the frame on screen from the start of the stream / duration</source>
        <translation>스트림 시작부터 화면 프레임까지의 시간 / 전체 길이</translation>
    </message>
    <message>
        <source>Presentation timestamp in stream time-base units, as ffprobe reports it</source>
        <translation>스트림 타임베이스 단위의 표시 타임스탬프 (ffprobe 표시 방식과 동일)</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>키프레임</translation>
    </message>
    <message>
        <source>This frame is a keyframe (decodable on its own)</source>
        <translation>이 프레임은 키프레임입니다 (단독으로 디코딩 가능)</translation>
    </message>
    <message>
        <source>FRAME</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>시간</translation>
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
        <translation>Anomalens 사용자 가이드</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reviewing footage&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start a case&lt;/b&gt; (File &amp;gt; New Case, Ctrl+N) or open one (File &amp;gt; Open Case). A case is one file that keeps the footage&apos;s SHA-256 hashes, the analyses, the events, your annotations and an audit log. The footage itself is opened read-only and never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add footage&lt;/b&gt; (File &amp;gt; Add Footage to Case, Ctrl+Shift+A). Each file is hashed and listed in the Case panel; double-click one to show it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analyse&lt;/b&gt; (Review &amp;gt; Analyse, Ctrl+R): pick a model of the camera&apos;s normal activity and the files. Every frame is scored on a worker; the curve grows as frames are scored, and Cancel stops it so that analysing again continues where it stopped.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Score timeline&lt;/b&gt;, under the video: the score of every frame, the threshold line and the events shaded by their state. Click or drag to seek, use the wheel to zoom, right-drag to pan, double-click to see the whole file. Drag the threshold line to recompute the events.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Events&lt;/b&gt; panel: the stretches above the threshold, with the peak&apos;s thumbnail. N and P go to the next and previous event; C, D and R mark the selected event confirmed, dismissed or needing review.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Heat map&lt;/b&gt; (H): where in the picture the model found the frame hard to predict. The slider in the toolbar sets its opacity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Annotations&lt;/b&gt;: M bookmarks the frame, I and O mark the start and end of a range. Each has a label and a note; edits keep their history.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Train a model&lt;/b&gt; (Review &amp;gt; Train Model, Ctrl+T) from ordinary footage of the same camera and view, when no model fits the camera yet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; (Ctrl+,): your own threshold, the event rules (hysteresis, minimum duration, merge gap, padding), GPU use and CPU threads.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+wheel zooms the video; past 200 % pixels are shown unsmoothed for inspection. The frame number, time and PTS under the video always refer to the frame on screen.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;영상 검토&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;사건 시작&lt;/b&gt;(파일 &amp;gt; 새 사건, Ctrl+N) 또는 기존 사건 열기(파일 &amp;gt; 사건 열기). 사건은 영상의 SHA-256 해시, 분석 결과, 이벤트, 주석 및 감사 로그를 보관하는 하나의 파일입니다. 영상 자체는 읽기 전용으로 열리며 절대 수정되지 않습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;영상 추가&lt;/b&gt;(파일 &amp;gt; 사건에 영상 추가, Ctrl+Shift+A). 각 파일의 해시가 계산되어 사건 패널에 등록됩니다. 파일을 두 번 클릭하면 표시됩니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;분석&lt;/b&gt;(검토 &amp;gt; 분석, Ctrl+R): 카메라의 정상 활동 모델과 파일을 선택합니다. 모든 프레임은 작업 스레드에서 점수가 매겨지며, 점수가 매겨질수록 곡선이 늘어납니다. 취소하면 중지되며, 다시 분석하면 중지된 지점부터 이어서 진행합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;점수 타임라인&lt;/b&gt;(비디오 아래): 모든 프레임의 점수, 임계값 선, 상태별로 음영 처리된 이벤트가 표시됩니다. 클릭하거나 드래그하여 이동하고, 휠로 확대/축소하고, 오른쪽 버튼으로 드래그하여 이동하며, 두 번 클릭하면 파일 전체가 보입니다. 임계값 선을 드래그하면 이벤트가 다시 계산됩니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;이벤트&lt;/b&gt; 패널: 임계값을 넘는 구간과 최고점의 썸네일이 표시됩니다. N과 P는 다음 및 이전 이벤트로 이동하고, C, D, R은 선택한 이벤트를 확정됨, 기각됨, 검토 필요로 표시합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;히트맵&lt;/b&gt;(H): 모델이 화면의 어느 부분을 예측하기 어려워했는지 보여 줍니다. 도구 모음의 슬라이더로 불투명도를 조절합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;주석&lt;/b&gt;: M은 프레임에 북마크를 추가하고, I와 O는 구간의 시작과 끝을 표시합니다. 각 주석에는 레이블과 메모가 있으며 편집 기록이 보존됩니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;모델 학습&lt;/b&gt;(검토 &amp;gt; 모델 학습, Ctrl+T): 아직 카메라에 맞는 모델이 없을 때 같은 카메라와 화각의 평상시 영상으로 학습합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;설정&lt;/b&gt;(Ctrl+,): 사용자 임계값, 이벤트 규칙(히스테리시스, 최소 길이, 병합 간격, 여백), GPU 사용 및 CPU 스레드.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+휠로 비디오를 확대/축소합니다. 200%를 넘으면 확인하기 쉽도록 픽셀을 보간 없이 표시합니다. 비디오 아래의 프레임 번호, 시간, PTS는 항상 화면에 표시된 프레임을 가리킵니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;The keys of menu commands are also shown next to them in the menus and in the tooltips of the toolbar buttons. This table is made from the window&apos;s own commands.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;단축키&lt;/h2&gt;&lt;p&gt;메뉴 명령의 단축키는 메뉴의 각 명령 옆과 도구 모음 버튼의 도구 설명에도 표시됩니다. 이 표는 창의 실제 명령으로 만들어집니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What the score means&lt;/h2&gt;&lt;p&gt;The score is &lt;b&gt;calibrated&lt;/b&gt;. When a model finishes training it scores frames of its training footage that it did not learn from (held-out normal frames). A frame&apos;s score is how many standard deviations less predictable it is than those normal frames: &lt;b&gt;0 is an ordinary frame&lt;/b&gt;, and higher means more unusual for this camera. Because the scale comes from the model, not from the video, scores can be compared across files.&lt;/p&gt;&lt;p&gt;The model&apos;s default threshold flags about &lt;b&gt;1 normal frame in 200&lt;/b&gt;. Expect a few events even in footage where nothing happens.&lt;/p&gt;&lt;h2&gt;What the score does not mean&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;It is &lt;b&gt;not a detection of a crime, of intent or of any particular behaviour&lt;/b&gt;. It only says the frame is unlike what the model saw as normal.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;not evidence by itself&lt;/b&gt;. The footage is the evidence; the score only suggests where to look.&lt;/li&gt;&lt;li&gt;It depends on the training footage being &lt;b&gt;normal&lt;/b&gt; and from the &lt;b&gt;same camera and view&lt;/b&gt;. A model of another camera, or one trained on footage with incidents in it, gives scores that mean little.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lighting changes, a camera that moved or was bumped, weather, and crowds&lt;/b&gt; can raise the score when nothing of interest happens. A low score does not prove that nothing happened either.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;An event is a place to look. &lt;b&gt;The reviewer decides&lt;/b&gt; what it shows, and records the decision in the Events panel.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;점수의 의미&lt;/h2&gt;&lt;p&gt;점수는 &lt;b&gt;보정된&lt;/b&gt; 값입니다. 모델은 학습을 마치면 학습 영상 중 학습에 사용하지 않은 프레임(보류해 둔 정상 프레임)에 점수를 매깁니다. 어떤 프레임의 점수는 그 프레임이 이러한 정상 프레임보다 표준편차 몇 배만큼 예측하기 어려운지를 나타냅니다. &lt;b&gt;0은 평범한 프레임&lt;/b&gt;이며, 값이 높을수록 이 카메라에서 더 이례적이라는 뜻입니다. 척도가 영상이 아닌 모델에서 나오므로 파일 간에 점수를 비교할 수 있습니다.&lt;/p&gt;&lt;p&gt;모델의 기본 임계값은 정상 프레임 &lt;b&gt;200개 중 약 1개&lt;/b&gt;를 표시합니다. 아무 일도 일어나지 않은 영상에서도 몇 개의 이벤트가 나타날 수 있습니다.&lt;/p&gt;&lt;h2&gt;점수가 의미하지 않는 것&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;점수는 &lt;b&gt;범죄, 의도 또는 특정 행동을 탐지한 것이 아닙니다&lt;/b&gt;. 프레임이 모델이 정상으로 본 것과 다르다는 것만 나타냅니다.&lt;/li&gt;&lt;li&gt;점수는 &lt;b&gt;그 자체로 증거가 아닙니다&lt;/b&gt;. 증거는 영상이며, 점수는 어디를 볼지 제안할 뿐입니다.&lt;/li&gt;&lt;li&gt;점수는 학습 영상이 &lt;b&gt;정상&lt;/b&gt;이고 &lt;b&gt;같은 카메라와 화각&lt;/b&gt;에서 촬영되었다는 전제에 의존합니다. 다른 카메라의 모델이나 사건이 포함된 영상으로 학습한 모델의 점수는 별 의미가 없습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;조명 변화, 움직이거나 충격을 받은 카메라, 날씨, 군중&lt;/b&gt;으로 인해 관심 대상이 없는데도 점수가 높아질 수 있습니다. 반대로 점수가 낮다고 해서 아무 일도 없었다는 것이 증명되지도 않습니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;이벤트는 살펴볼 위치입니다. 무엇이 보이는지는 &lt;b&gt;검토자가 판단&lt;/b&gt;하며, 그 판단을 이벤트 패널에 기록합니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forensic review of CCTV footage.</source>
        <translation>CCTV 영상 포렌식 검토.</translation>
    </message>
    <message>
        <source>Video file, frame folder or case (.alcase) to open.</source>
        <translation>열 비디오 파일, 프레임 폴더 또는 사건 (.alcase).</translation>
    </message>
    <message>
        <source>Save an image of the window to &lt;file&gt; once the frame is shown, then quit.</source>
        <translation>프레임이 표시되면 창 이미지를 &lt;file&gt;에 저장한 후 종료합니다.</translation>
    </message>
    <message>
        <source>Frame to show for --screenshot.</source>
        <translation>--screenshot에서 표시할 프레임.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>창 크기 (예: 1280x800).</translation>
    </message>
    <message>
        <source>Start with the heat map overlay on.</source>
        <translation>히트맵 오버레이를 켠 상태로 시작합니다.</translation>
    </message>
</context>
</TS>
