# 한국어: 기도 소식지 (교회와 선교회의 주간 기도제목)

## Actions
action-previous-week = ◀ 지난주
action-next-week = 다음 주 ▶
action-latest-week = 최신
action-search = 모든 주 검색…
action-expand-all = 모든 지역 펼치기
action-collapse-all = 모든 지역 접기
action-zoom-in = 글자 크게
action-zoom-out = 글자 작게
action-zoom-reset = 기본 글자 크기
action-open-library = 보관함 열기…
action-paste-bulletin = 소식지 글 붙여넣기…
action-import-file = 파일 가져오기…
action-close = 닫기
action-toggle-edit = 편집
action-new-week = 새 주
action-save = 저장
action-undo = 실행 취소
action-redo = 다시 실행
action-delete-bulletin = 소식지 삭제…
action-print = 인쇄…
action-export = 내보내기…
action-send-by-email = 이메일로 보내기…
action-day-by-day = 이번 주, 날마다
action-library-settings = 보관함 설정…
action-share = 보관함 공유
action-open-shared = 공유된 보관함 열기…
action-new-library = 새 보관함…
action-quit = 끝내기
action-decisions = 결정할 변경 사항…
action-history = 이번 주의 기록…
action-previous-week-tip = 이번 주 이전의 소식지를 봅니다
action-next-week-tip = 이번 주 다음의 소식지를 봅니다
action-latest-week-tip = 가장 최근 소식지를 봅니다
action-search-tip = 모든 주에서 낱말을 찾습니다
action-expand-all-tip = 이 소식지의 모든 지역을 펼칩니다
action-collapse-all-tip = 이 소식지의 모든 지역을 접습니다
action-zoom-in-tip = 모든 글자를 크게 합니다
action-zoom-out-tip = 모든 글자를 작게 합니다
action-zoom-reset-tip = 글자를 기본 크기로 되돌립니다
action-open-library-tip = 다른 보관함 폴더를 엽니다
action-paste-bulletin-tip = 이메일이나 웹 페이지의 소식지를 붙여넣고 미리 봅니다
action-import-file-tip = 파일에서 소식지를 읽고 미리 봅니다 (창에 파일을 끌어다 놓아도 됩니다)
action-close-tip = 검색, 시간순 보기 또는 열린 창을 닫습니다
action-toggle-edit-tip = 이 소식지를 읽기와 편집 사이에서 전환합니다
action-new-week-tip = 다음 주 소식지를 시작합니다 (고정 문단은 그대로 이어집니다)
action-save-tip = 소식지를 보관함의 파일에 저장합니다
action-undo-tip = 마지막 편집을 취소합니다
action-redo-tip = 방금 취소한 편집을 다시 합니다
action-delete-bulletin-tip = 이 소식지 파일을 보관함의 휴지통 폴더로 옮깁니다
action-print-tip = 이번 주 공개용 인쇄물을 PDF 보기 프로그램에서 열어 인쇄합니다
action-export-tip = 인쇄물을 파일로 씁니다: 텍스트, Markdown, HTML, PDF, 이메일, 전자책 또는 달력, 내부용 또는 공개용
action-send-by-email-tip = 이번 주 공개용 인쇄물을 메일 프로그램에서 이메일 초안으로 열어 바로 보낼 수 있게 합니다
action-day-by-day-tip = 이번 주를 7일로 나누어 읽고, 인쇄하거나 달력에 넣습니다
action-library-settings-tip = 보관함의 이름, 지역, 고정 문단과 맺음말
action-share-tip = 내 변경 사항을 공유본에 보내고 다른 담당자들의 변경 사항을 받습니다 (git 사용). 처음에는 공유본이 있는 곳을 정합니다
action-quit-tip = 기도 소식지를 닫습니다 (저장하지 않은 편집이 있으면 먼저 묻습니다)
action-new-library-tip = 우리 교회만의 보관함을 만듭니다: 이름, 폴더, 교회가 기도하는 항목들
action-open-shared-tip = 다른 담당자들이 공유하는 보관함을 복사해 와서 엽니다 (git 사용)
action-decisions-tip = 두 담당자가 같은 글을 바꾼 곳: 내 것, 상대의 것, 또는 둘 다 남기기
action-history-tip = 누가 언제 이번 주를 바꾸었는지; 이전 판을 보고 되돌립니다

## Menus
menu-file = 파일
menu-edit = 편집
menu-go = 이동
menu-view = 보기
menu-rename-region = 지역 이름 바꾸기…
menu-share-every = 5분마다 공유
menu-share-every-tip = 앱이 열려 있는 동안 공유된 보관함을 5분마다 자동으로 공유합니다
menu-recent = 최근 보관함
menu-none-yet = 아직 없음
menu-large-print = 큰 글씨
menu-theme = 테마
menu-theme-system = 시스템 설정 따르기
menu-theme-light = 밝게
menu-theme-dark = 어둡게
menu-language = 언어
menu-language-system = 시스템 설정 따르기
menu-spelling = 입력하면서 맞춤법 검사
menu-spelling-tip = 소식지 언어의 사전에 없는 낱말에 밑줄을 긋습니다. 오른쪽 단추를 누르면 추천 낱말이 나옵니다

## Toolbar
toolbar-read = 읽기
toolbar-edit = 편집
toolbar-read-what = 읽기:
toolbar-one-week = 한 주
toolbar-answered = 응답된 기도
toolbar-region-every-week = { $region }, 모든 주
toolbar-read-what-tip = 한 지역의 모든 주 문단을 시간순으로 이어 읽습니다

## Message bar
message-note = 알림:
message-problem = 문제:
message-dismiss = 닫기
drop-hint = 파일을 놓으면 가져오기 미리 보기가 열립니다

## The reader and the timeline
reader-no-bulletin = 보여 줄 소식지가 없습니다.
reader-back = 소식지로 돌아가기
answered-title = 응답된 기도

## Spelling
spelling-suggestions = 추천 낱말
spelling-none = 추천 낱말 없음
spelling-add = “{ $word }”을(를) 보관함 사전에 추가
spelling-ignore = “{ $word }” 무시
spelling-no-dictionary = 이 컴퓨터에서 { $language } 맞춤법 사전을 찾지 못해 맞춤법을 검사하지 않습니다. 사전(해당 언어의 hunspell 꾸러미 등)을 설치하거나 보관함 설정에서 폴더를 고르십시오.

## Fixed words
kind-praise = 감사
kind-request = 기도제목
kind-info = 알림
badge-praise = 감사
badge-request = 기도제목
badge-info = 알림
sensitive = 외부 공유 금지
sensitive-badge = 외부 공유 금지
undated = 날짜 없음
day-number = { $number }일째
date-long = %Y년 %-m월 %-d일 %A
date-medium = %Y년 %-m월 %-d일
date-day = %-m월 %-d일 %A

## The reader and the archive
reader-earlier = 이전, { $day }
reader-update = 새 소식, { $day }
reader-answered = 응답, { $day }
reader-open-week = 그 주 열기
reader-nothing = 이번 주에는 없습니다.
reader-state-tip = 이 소식지의 검토 단계: 초안은 어떤 소식지의 공개용 내보내기에도 들어가지 않습니다
reader-private-since = { $day }부터 비공개: 공개용 인쇄물에서 빠집니다
reader-public-until = { $day }까지 공개
state-draft = 초안
state-ready = 준비됨
state-sent = 보냄
archive-no-library = 열린 보관함이 없습니다.
archive-no-bulletin-for = { $week } 소식지 없음
archive-no-bulletin-weeks = { $count }주 동안 소식지 없음
archive-unreadable = 읽을 수 없는 파일
date-month = %Y년 %-m월
date-short = %-m월 %-d일

## Sharing state
share-not-shared = 공유 안 함
share-shared = 공유됨
share-sharing = 공유하는 중…
share-up-to-date = 공유됨: 최신
share-arrived = 공유됨: 다른 담당자의 변경 사항 도착 (파일 { $count }개)
share-here-only = 이 컴퓨터에만 기록 보관 (공유본 없음)
share-offline = 오프라인: 변경 사항은 보관되었다가 나중에 공유됩니다
share-decide = 결정 필요 ({ $count })
archive-count = 소식지 { $count }개

## The editor
editor-preview = 미리 보기
editor-language = 이 소식지의 언어
editor-language-library = 보관함 설정대로
editor-sent-on = { $day } 보냄
editor-review = 검토:
editor-mark-ready = 준비됨으로 표시…
editor-mark-ready-tip = 아직 남은 점검 사항을 보고 보낼 준비가 되었다고 표시합니다
editor-mark-sent = 보냄으로 표시
editor-mark-sent-tip = 오늘 보냈습니다; 소식지를 저장합니다
editor-back-to-draft = 초안으로 되돌리기
editor-back-to-draft-tip = 초안은 어떤 소식지의 공개용 내보내기에도 들어가지 않습니다
editor-checks = 점검 ({ $count })
editor-checks-tip = 조언일 뿐 저장을 막지 않습니다. 누르면 해당 칸으로 갑니다.
editor-checks-none = 살펴볼 것이 없습니다.
editor-edit-bulletin = 소식지 편집
editor-new-bulletin = 새 소식지
editor-headline = 제목
editor-verse = 말씀 (따옴표 없이)
editor-reference = 성경 구절
editor-add-paragraph = { $region }에 문단 추가
editor-add-region = 지역 추가
editor-choose = 고르기…
editor-closing = 맺음말
editor-paragraph = { $region }의 { $number }번째 문단
editor-kind = 종류
editor-sensitive = 민감함
editor-sensitive-tip = 공개용 인쇄물에서는 빠지고, 내부용에서는 "외부 공유 금지"로 표시됩니다
editor-personal = 개인 정보
editor-personal-tip = 생존자나 사건에 관한 내용: 소식지가 보관함이 정한 기간보다 오래되면 공개용 인쇄물에서 빠집니다
editor-paragraph-up = 이 문단을 위로
editor-paragraph-down = 이 문단을 아래로
editor-duplicate = 복제
editor-duplicate-tip = 이 문단을 바로 아래에 복사합니다
editor-move-to = 다른 지역으로 옮기기
editor-remove = 삭제
editor-remove-tip = 이 문단을 삭제합니다 (Ctrl+Z로 되살립니다)
editor-change-link = 연결 바꾸기…
editor-follows-up = 이전 기도제목과 연결…
editor-follows-up-tip = 이 문단이 이어 가는 이전 문단과 연결합니다: 새 소식이나 그 기도에 대한 응답 감사
editor-follows = 이어지는 글: { $said }
editor-date = 날짜
editor-week-earlier = − 1주
editor-week-earlier-tip = 한 주 앞으로
editor-week-later = + 1주
editor-week-later-tip = 한 주 뒤로
editor-remove-region-ask = { $region }와(과) 그 문단 { $count }개를 삭제할까요?
editor-remove-region-yes = 네, { $region } 삭제
editor-keep-it = 그대로 두기
editor-region-up = { $region }을(를) 위로
editor-region-down = { $region }을(를) 아래로
editor-remove-region = 지역 삭제
editor-remove-region-tip = 이 소식지에서 { $region }을(를) 삭제합니다

## Search
search-title = 모든 주 검색
search-close-tip = 검색을 닫습니다 (Esc)
search-words = 찾을 낱말
search-hint = 낱말을 입력하십시오. 대소문자와 악센트는 상관없습니다.
search-searching = 검색 중… 지금까지 { $count }건
search-region = 지역
search-all-regions = 모든 지역
search-everything = 모두
search-any = 전체
search-open = 응답을 기다리는 기도제목
search-answered = 응답됨
search-prayer = 기도
search-open-match = 이 주의 찾은 곳 열기

## An empty library
welcome-empty = { $name }에 아직 소식지가 없습니다
welcome-start = 다음 세 가지 중 하나로 시작하십시오:
welcome-write = 이번 주 소식지 쓰기
welcome-write-tip = 보관함의 항목들로 새 주를 만들어 바로 입력합니다 (Ctrl+N)
welcome-paste = 받은 소식지 붙여넣기
welcome-paste-tip = 이메일이나 웹 페이지에서 가져오며, 그 제목들은 보관함의 항목이 될 수 있습니다 (Ctrl+Shift+V)
welcome-import = 지난해 기록 가져오기
welcome-import-tip = 이메일, 웹 페이지, 문서 파일을 여러 개 한꺼번에, 하나씩 보고서와 함께 미리 봅니다 (Ctrl+I)

## The daily plan
plan-export = 계획 내보내기…
plan-export-tip = 계획을 한 장 카드, 한 페이지, 텍스트 또는 Markdown으로 씁니다
plan-calendar = 달력에 추가…
plan-calendar-tip = 계획을 달력 파일로 씁니다: 하루에 일정 하나

## Dialogs
dialog-cancel = 취소
unsaved-title = 변경 사항을 저장할까요?
unsaved-question = 이 소식지에 아직 저장하지 않은 변경 사항이 있습니다.
unsaved-save = 저장하고 계속
unsaved-discard = 변경 사항 버리기
delete-title = 이 소식지를 삭제할까요?
delete-question = { $title }은(는) 보관함의 휴지통 폴더로 옮겨지며, 그곳에서 되살릴 수 있습니다.
delete-yes = 휴지통으로 옮기기
replace-title = 파일을 바꿀까요?
replace-question = “{ $name }”이(가) { $folder }에 이미 있습니다. 바꾸면 그 내용을 덮어씁니다.
replace-yes = 바꾸기
conflict-title = 다른 사람이 바꾸었습니다
conflict-question = 편집 중인 소식지가 디스크에서 바뀌었습니다 (동기화 폴더, git 또는 다른 담당자). 어떻게 할까요?
conflict-mine = 내 것 유지
conflict-mine-tip = 계속 편집합니다. 저장하면 상대의 판을 덮어씁니다
conflict-theirs = 상대의 것 받기
conflict-theirs-tip = 내 편집을 버리고 상대의 판을 봅니다
conflict-copy = 내 것을 사본으로 저장
conflict-copy-tip = 둘 다 남깁니다: 내 것은 별도 파일로
paste-title = 소식지 글 붙여넣기
paste-hint = 받은 그대로 소식지를 붙여넣으십시오 (이메일, 웹 페이지, 문서). 미리 보기에서 확인하기 전에는 아무것도 저장되지 않습니다.
paste-text = 소식지 글
paste-preview = 가져오기 미리 보기
export-title = 인쇄물 내보내기
export-format = 형식
export-plan = 날마다: 한 주를 7일로 나누기
export-layout = 배치
export-public = 공개용: 민감하다고 표시한 문단은 빼기
export-internal = 내부용: 그 문단도 넣되 "외부 공유 금지"로 표시
export-this = 이 소식지
export-all = 모든 소식지를 한 문서로
export-to-file = 파일로 내보내기…
ready-title = 보낼 준비가 되었다고 표시할까요?
ready-all-pass = 모든 점검을 통과했습니다. 준비된 소식지는 모든 공개용 내보내기에 들어갑니다.
ready-open = 아직 점검 사항 { $count }개가 남아 있습니다. 그래도 준비됨으로 표시하거나, 돌아가서 살펴보십시오:
ready-yes = 준비됨으로 표시
rename-title = 지역 이름 바꾸기
rename-question = 보관함과 이 지역이 있는 모든 소식지에서 쓸 { $region }의 새 이름 (옛 이름은 가져오기를 위한 별칭으로 남습니다):
rename-new-name = 새 이름
rename-yes = 모든 곳에서 바꾸기
recovery-title = 지난번에 저장하지 않은 편집
recovery-question = 이 편집을 저장하기 전에 기도 소식지가 닫혔습니다. 편집기로 되살리거나 버리십시오.
recovery-restore = { $week } 되살리기
recovery-discard = { $week } 버리기
recovery-later = 나중에 결정
recovery-later-tip = 편집은 보관되며 다음에 다시 묻습니다
welcome-title = 기도 소식지에 오신 것을 환영합니다
welcome-demo = 한 선교회의 열 주 분량 소식지가 담긴 체험용 보관함이 열려 있습니다. 준비가 되면 우리만의 보관함을 만드십시오: 교회 이름과 기도하는 방식 (지역별, 교회·도시·나라별, 요일별, 가정별, 사역별).
welcome-any-time = 파일 → 새 보관함…에서 언제든지 만들 수 있습니다.
welcome-own = 내 보관함 만들기…
welcome-demo-look = 체험용 보관함 둘러보기

## A handout nothing could open
not-opened-print-title = 인쇄용 인쇄물이 열리지 않았습니다
not-opened-mail-title = 이메일 초안이 열리지 않았습니다
not-opened-why = 이 컴퓨터에서 여는 프로그램이 없었습니다: { $why }. 인쇄물은 만들어졌으며 여기에 있습니다:
not-opened-instead = 대신 무엇을 할까요?
not-opened-folder = 폴더 열기
not-opened-folder-tip = 인쇄물이 있는 폴더를 열어 그곳에서 열거나 첨부합니다
not-opened-copy-path = 경로 복사
not-opened-copy-path-tip = 인쇄물의 경로를 클립보드에 넣습니다
not-opened-save-as = 다른 이름으로 저장…
not-opened-save-as-tip = 원하는 곳에 인쇄물을 씁니다 (내보내기 창)
not-opened-copy-text = 글 복사
not-opened-copy-text-tip = 이번 주 공개용 글을 클립보드에 넣어 웹메일에 붙여넣을 수 있게 합니다
editor-mark-sensitive = 민감함으로 표시
editor-mark-personal = 개인 정보로 표시
menu-reading-only = 읽기 전용
menu-reading-only-tip = 봉사자용: 읽고, 검색하고, 인쇄만 합니다. 소식지나 보관함을 바꾸는 기능은 숨깁니다
zoom-said = 글자 크기 { $percent }%
