# 中文（繁體）：代禱週報（每週代禱事項）

## Actions
action-previous-week = ◀ 上一週
action-next-week = 下一週 ▶
action-latest-week = 最新
action-search = 搜尋所有週…
action-expand-all = 展開所有地區
action-collapse-all = 摺疊所有地區
action-zoom-in = 放大文字
action-zoom-out = 縮小文字
action-zoom-reset = 正常文字大小
action-open-library = 開啟資料庫…
action-paste-bulletin = 貼上週報文字…
action-import-file = 匯入檔案…
action-close = 關閉
action-toggle-edit = 編輯
action-new-week = 新的一週
action-save = 儲存
action-undo = 復原
action-redo = 重做
action-delete-bulletin = 刪除週報…
action-print = 列印…
action-export = 匯出…
action-send-by-email = 以電子郵件寄出…
action-day-by-day = 本週每日
action-library-settings = 資料庫設定…
action-share = 共用資料庫
action-open-shared = 開啟共用的資料庫…
action-new-library = 新增資料庫…
action-quit = 結束
action-decisions = 待決定的變更…
action-history = 本週的歷史紀錄…
action-previous-week-tip = 顯示這一週之前的週報
action-next-week-tip = 顯示這一週之後的週報
action-latest-week-tip = 顯示最新的週報
action-search-tip = 在所有週中尋找文字
action-expand-all-tip = 展開本週報的所有地區
action-collapse-all-tip = 摺疊本週報的所有地區
action-zoom-in-tip = 放大所有文字
action-zoom-out-tip = 縮小所有文字
action-zoom-reset-tip = 將文字恢復為正常大小
action-open-library-tip = 開啟另一個資料庫資料夾
action-paste-bulletin-tip = 貼上來自電子郵件或網頁的週報並預覽
action-import-file-tip = 從檔案讀取週報並預覽（也可以把檔案拖到視窗中）
action-close-tip = 關閉搜尋、時間軸或開啟的對話框
action-toggle-edit-tip = 在閱讀和編輯本週報之間切換
action-new-week-tip = 開始下一週的週報，固定段落會自動帶入
action-save-tip = 將週報儲存到資料庫中的檔案
action-undo-tip = 復原上一次編輯
action-redo-tip = 重做剛剛復原的編輯
action-delete-bulletin-tip = 將本週報的檔案移到資料庫的資源回收筒資料夾
action-print-tip = 在 PDF 閱讀器中開啟本週公開版週報以便列印
action-export-tip = 將週報寫入檔案：文字、Markdown、HTML、PDF、電子郵件、電子書或行事曆，內部版或公開版
action-send-by-email-tip = 在郵件程式中將本週公開版週報開啟為郵件草稿，可直接寄出
action-day-by-day-tip = 將本週分為七天閱讀，可列印或加入行事曆
action-library-settings-tip = 資料庫的名稱、地區、固定段落和結語
action-share-tip = 將你的變更傳送到共用副本，並接收其他同工的變更（透過 git）；第一次使用時，設定共用副本所在的位置
action-quit-tip = 關閉代禱週報（如有未儲存的編輯，會先詢問）
action-new-library-tip = 建立自己的資料庫：名稱、資料夾，以及教會代禱的各個部分
action-open-shared-tip = 複製一份其他同工共用的資料庫（透過 git）並開啟
action-decisions-tip = 兩位同工改動了相同文字的地方：保留你的、對方的，或兩者都保留
action-history-tip = 誰在何時變更了本週內容；檢視並恢復以前的版本

## Menus
menu-file = 檔案
menu-edit = 編輯
menu-go = 前往
menu-view = 檢視
menu-rename-region = 重新命名地區…
menu-share-every = 每 5 分鐘共用一次
menu-share-every-tip = 應用程式開啟時，共用的資料庫每五分鐘自動共用一次
menu-recent = 最近的資料庫
menu-none-yet = 尚無
menu-large-print = 大字體
menu-theme = 主題
menu-theme-system = 跟隨系統
menu-theme-light = 淺色
menu-theme-dark = 深色
menu-language = 語言
menu-language-system = 跟隨系統
menu-spelling = 輸入時檢查拼字
menu-spelling-tip = 在週報語言的字典中找不到的詞下面畫線；按右鍵可看到建議

## Toolbar
toolbar-read = 閱讀
toolbar-edit = 編輯
toolbar-read-what = 閱讀：
toolbar-one-week = 一週
toolbar-answered = 蒙應允的禱告
toolbar-region-every-week = { $region }，每週
toolbar-read-what-tip = 將一個地區每週的段落按時間軸連起來閱讀

## Message bar
message-note = 提示：
message-problem = 問題：
message-dismiss = 關閉
drop-hint = 放下檔案即可預覽匯入

## The reader and the timeline
reader-no-bulletin = 沒有可顯示的週報。
reader-back = 返回週報
answered-title = 蒙應允的禱告

## Spelling
spelling-suggestions = 建議
spelling-none = 沒有建議
spelling-add = 將「{ $word }」加入資料庫字典
spelling-ignore = 忽略「{ $word }」
spelling-no-dictionary = 這台電腦上沒有找到{ $language }的拼字字典，因此不檢查該語言的拼字。請安裝一個（例如該語言的 hunspell 套件），或在資料庫設定中選擇一個資料夾。

## Fixed words
kind-praise = 感恩
kind-request = 代禱事項
kind-info = 消息
badge-praise = 感恩
badge-request = 代禱事項
badge-info = 消息
sensitive = 請勿外傳
sensitive-badge = 請勿外傳
undated = 無日期
day-number = 第{ $number }天
date-long = %Y年%-m月%-d日 %A
date-medium = %Y年%-m月%-d日
date-day = %-m月%-d日 %A

## The reader and the archive
reader-earlier = 之前，{ $day }
reader-update = 更新，{ $day }
reader-answered = 蒙應允，{ $day }
reader-open-week = 開啟那一週
reader-nothing = 本週沒有內容。
reader-state-tip = 本週報的審閱階段：草稿不會出現在任何公開匯出中
reader-private-since = 自{ $day }起不再公開：公開版會略去
reader-public-until = 公開至{ $day }
state-draft = 草稿
state-ready = 待發
state-sent = 已發
archive-no-library = 沒有開啟的資料庫。
archive-no-bulletin-for = { $week }沒有週報
archive-no-bulletin-weeks = { $count }週沒有週報
archive-unreadable = 無法讀取的檔案
date-month = %Y年%-m月
date-short = %-m月%-d日

## Sharing state
share-not-shared = 未共用
share-shared = 已共用
share-sharing = 正在共用…
share-up-to-date = 已共用：最新
share-arrived = 已共用：收到其他同工的變更（{ $count } 個檔案）
share-here-only = 歷史紀錄保存在本機（沒有共用副本）
share-offline = 離線：你的變更已保存，稍後共用
share-decide = 需要決定（{ $count }）
archive-count = { $count } 期週報

## The editor
editor-preview = 預覽
editor-language = 本週報的語言
editor-language-library = 跟隨資料庫
editor-sent-on = { $day }已發
editor-review = 審閱：
editor-mark-ready = 標為待發…
editor-mark-ready-tip = 查看尚未處理的檢查，然後標為可以寄出
editor-mark-sent = 標為已發
editor-mark-sent-tip = 今天已寄出；並儲存週報
editor-back-to-draft = 退回草稿
editor-back-to-draft-tip = 草稿不會出現在任何公開匯出中
editor-checks = 檢查（{ $count }）
editor-checks-tip = 僅供參考：從不阻止儲存。按一項可跳到對應的欄位。
editor-checks-none = 沒有需要查看的。
editor-edit-bulletin = 編輯週報
editor-new-bulletin = 新週報
editor-headline = 標題
editor-verse = 經文（不加引號）
editor-reference = 經文出處
editor-add-paragraph = 給{ $region }新增段落
editor-add-region = 新增地區
editor-choose = 選擇…
editor-closing = 結語
editor-paragraph = { $region }第{ $number }段
editor-kind = 類別
editor-sensitive = 敏感
editor-sensitive-tip = 公開版會略去；內部版標為「請勿外傳」
editor-personal = 個人資料
editor-personal-tip = 關於倖存者或案件：週報超過資料庫允許的期限後，公開版會略去
editor-paragraph-up = 上移本段
editor-paragraph-down = 下移本段
editor-duplicate = 複製
editor-duplicate-tip = 在本段下方複製一份
editor-move-to = 移到地區
editor-remove = 刪除
editor-remove-tip = 刪除本段（Ctrl+Z 可恢復）
editor-change-link = 變更關聯…
editor-follows-up = 接續之前的代禱…
editor-follows-up-tip = 把本段與它所接續的前一段關聯起來：一則更新，或是回應那項代禱的感恩
editor-follows = 接續 { $said }
editor-date = 日期
editor-week-earlier = − 1 週
editor-week-earlier-tip = 提前一週
editor-week-later = + 1 週
editor-week-later-tip = 延後一週
editor-remove-region-ask = 刪除{ $region }及其 { $count } 個段落嗎？
editor-remove-region-yes = 是，刪除{ $region }
editor-keep-it = 保留
editor-region-up = 上移{ $region }
editor-region-down = 下移{ $region }
editor-remove-region = 刪除地區
editor-remove-region-tip = 從本週報中刪除{ $region }

## Search
search-title = 搜尋所有週
search-close-tip = 關閉搜尋（Esc）
search-words = 要尋找的文字
search-hint = 輸入文字；不分大小寫和重音。
search-searching = 正在搜尋… 目前找到 { $count } 處
search-region = 地區
search-all-regions = 所有地區
search-everything = 全部
search-any = 任意
search-open = 尚待應允的代禱
search-answered = 已蒙應允
search-prayer = 代禱
search-open-match = 在此處開啟這一週

## An empty library
welcome-empty = { $name }還沒有週報
welcome-start = 請用以下三種方式之一開始：
welcome-write = 撰寫本週週報
welcome-write-tip = 用資料庫的各個部分新增一週，直接輸入（Ctrl+N）
welcome-paste = 貼上收到的週報
welcome-paste-tip = 來自電子郵件或網頁；其中的標題可以成為資料庫的部分（Ctrl+Shift+V）
welcome-import = 匯入去年的存檔
welcome-import-tip = 電子郵件、網頁或文件檔案，可一次多個，每個都附報告預覽（Ctrl+I）

## The daily plan
plan-export = 匯出計畫…
plan-export-tip = 將計畫寫成一頁卡片、一頁、文字或 Markdown
plan-calendar = 加入行事曆…
plan-calendar-tip = 將計畫寫成行事曆檔案：每天一個事件

## Dialogs
dialog-cancel = 取消
unsaved-title = 儲存變更嗎？
unsaved-question = 本週報有尚未儲存的變更。
unsaved-save = 儲存並繼續
unsaved-discard = 放棄變更
delete-title = 刪除本週報嗎？
delete-question = { $title }將被移到資料庫的資源回收筒資料夾，可以從那裡恢復。
delete-yes = 移到資源回收筒
replace-title = 取代檔案嗎？
replace-question = 「{ $name }」已存在於{ $folder }。取代會覆寫其中的內容。
replace-yes = 取代
conflict-title = 已被他人變更
conflict-question = 你正在編輯的週報在磁碟上被變更了（同步資料夾、git 或其他同工）。要怎麼處理？
conflict-mine = 保留我的
conflict-mine-tip = 繼續編輯；儲存時會取代對方的版本
conflict-theirs = 採用對方的
conflict-theirs-tip = 放棄你的編輯，顯示對方的版本
conflict-copy = 將我的另存為副本
conflict-copy-tip = 兩者都保留：你的存為單獨的檔案
paste-title = 貼上週報文字
paste-hint = 按收到時的樣子貼上週報（電子郵件、網頁、文件）。在預覽中確認之前，不會儲存任何內容。
paste-text = 週報文字
paste-preview = 預覽匯入
export-title = 匯出週報
export-format = 格式
export-plan = 每日：將一週分為七天
export-layout = 版面
export-public = 公開版：略去標為敏感的段落
export-internal = 內部版：保留這些段落，並標為「請勿外傳」
export-this = 本週報
export-all = 所有週報，合為一份文件
export-to-file = 匯出到檔案…
ready-title = 標為可以寄出嗎？
ready-all-pass = 所有檢查都已通過。待發的週報會出現在所有公開匯出中。
ready-open = 還有 { $count } 項檢查未處理。仍然標為待發，或返回查看：
ready-yes = 標為待發
rename-title = 重新命名地區
rename-question = { $region }的新名稱，用於資料庫及所有包含此地區的週報（舊名稱會保留為匯入時的別名）：
rename-new-name = 新名稱
rename-yes = 全部重新命名
recovery-title = 上次未儲存的編輯
recovery-question = 代禱週報在這些編輯儲存之前關閉了。可將它們恢復到編輯器，或放棄。
recovery-restore = 恢復{ $week }
recovery-discard = 放棄{ $week }
recovery-later = 以後再決定
recovery-later-tip = 這些編輯會保留，下次再詢問
welcome-title = 歡迎使用代禱週報
welcome-demo = 已開啟一個示範資料庫，裡面有一個差會十週的週報可供瀏覽。準備好後，請建立自己的資料庫：教會的名稱和代禱的方式（按地區；按教會、城市和國家；按日；按家庭；按事工）。
welcome-any-time = 隨時可以透過 檔案 → 新增資料庫… 建立。
welcome-own = 建立我的資料庫…
welcome-demo-look = 瀏覽示範資料庫

## A handout nothing could open
not-opened-print-title = 週報未能開啟以便列印
not-opened-mail-title = 郵件草稿未能開啟
not-opened-why = 這台電腦上沒有程式能開啟它：{ $why }。週報已產生，位於：
not-opened-instead = 要改為怎麼做？
not-opened-folder = 開啟資料夾
not-opened-folder-tip = 顯示週報所在的資料夾，從那裡開啟或附加
not-opened-copy-path = 複製路徑
not-opened-copy-path-tip = 將週報的路徑放到剪貼簿
not-opened-save-as = 另存新檔…
not-opened-save-as-tip = 將週報寫到你選擇的位置（匯出視窗）
not-opened-copy-text = 複製文字
not-opened-copy-text-tip = 將本週公開版文字放到剪貼簿，以便貼到網頁郵件中
editor-mark-sensitive = 標為敏感
editor-mark-personal = 標為個人資料
menu-reading-only = 唯讀模式
menu-reading-only-tip = 供志工使用：閱讀、搜尋和列印；隱藏所有會變更週報或資料庫的功能
zoom-said = 文字大小 { $percent }%
