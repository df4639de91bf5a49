# 中文（简体）：代祷简报（每周代祷事项）

## Actions
action-previous-week = ◀ 上一周
action-next-week = 下一周 ▶
action-latest-week = 最新
action-search = 搜索所有周…
action-expand-all = 展开所有地区
action-collapse-all = 折叠所有地区
action-zoom-in = 放大文字
action-zoom-out = 缩小文字
action-zoom-reset = 正常文字大小
action-open-library = 打开资料库…
action-paste-bulletin = 粘贴简报文字…
action-import-file = 导入文件…
action-close = 关闭
action-toggle-edit = 编辑
action-new-week = 新的一周
action-save = 保存
action-undo = 撤销
action-redo = 重做
action-delete-bulletin = 删除简报…
action-print = 打印…
action-export = 导出…
action-send-by-email = 通过电子邮件发送…
action-day-by-day = 本周每日
action-library-settings = 资料库设置…
action-share = 共享资料库
action-open-shared = 打开共享的资料库…
action-new-library = 新建资料库…
action-quit = 退出
action-decisions = 待定的更改…
action-history = 本周的历史记录…
action-previous-week-tip = 显示这一周之前的简报
action-next-week-tip = 显示这一周之后的简报
action-latest-week-tip = 显示最新的简报
action-search-tip = 在所有周中查找文字
action-expand-all-tip = 展开本简报的所有地区
action-collapse-all-tip = 折叠本简报的所有地区
action-zoom-in-tip = 放大所有文字
action-zoom-out-tip = 缩小所有文字
action-zoom-reset-tip = 将文字恢复为正常大小
action-open-library-tip = 打开另一个资料库文件夹
action-paste-bulletin-tip = 粘贴来自电子邮件或网页的简报并预览
action-import-file-tip = 从文件读取简报并预览（也可以把文件拖到窗口中）
action-close-tip = 关闭搜索、时间线或打开的对话框
action-toggle-edit-tip = 在阅读和编辑本简报之间切换
action-new-week-tip = 开始下一周的简报，固定段落会自动带入
action-save-tip = 将简报保存到资料库中的文件
action-undo-tip = 撤销上一次编辑
action-redo-tip = 重做刚刚撤销的编辑
action-delete-bulletin-tip = 将本简报的文件移到资料库的回收站文件夹
action-print-tip = 在 PDF 阅读器中打开本周公开版简报以便打印
action-export-tip = 将简报写入文件：文本、Markdown、HTML、PDF、电子邮件、电子书或日历，内部版或公开版
action-send-by-email-tip = 在邮件程序中将本周公开版简报打开为邮件草稿，可直接发送
action-day-by-day-tip = 将本周分为七天阅读，可打印或加入日历
action-library-settings-tip = 资料库的名称、地区、固定段落和结语
action-share-tip = 将你的更改发送到共享副本，并接收其他同工的更改（通过 git）；第一次使用时，设置共享副本所在的位置
action-quit-tip = 关闭代祷简报（如有未保存的编辑，会先询问）
action-new-library-tip = 建立自己的资料库：名称、文件夹，以及教会代祷的各个部分
action-open-shared-tip = 复制一份其他同工共享的资料库（通过 git）并打开
action-decisions-tip = 两位同工改动了相同文字的地方：保留你的、对方的，或两者都保留
action-history-tip = 谁在何时更改了本周内容；查看并恢复以前的版本

## Menus
menu-file = 文件
menu-edit = 编辑
menu-go = 转到
menu-view = 查看
menu-rename-region = 重命名地区…
menu-share-every = 每 5 分钟共享一次
menu-share-every-tip = 应用打开时，共享的资料库每五分钟自动共享一次
menu-recent = 最近的资料库
menu-none-yet = 暂无
menu-large-print = 大字体
menu-theme = 主题
menu-theme-system = 跟随系统
menu-theme-light = 浅色
menu-theme-dark = 深色
menu-language = 语言
menu-language-system = 跟随系统
menu-spelling = 输入时检查拼写
menu-spelling-tip = 在简报语言的词典中找不到的词下面划线；右键点击可看到建议

## Toolbar
toolbar-read = 阅读
toolbar-edit = 编辑
toolbar-read-what = 阅读：
toolbar-one-week = 一周
toolbar-answered = 蒙应允的祷告
toolbar-region-every-week = { $region }，每周
toolbar-read-what-tip = 将一个地区每周的段落按时间线连起来阅读

## Message bar
message-note = 提示：
message-problem = 问题：
message-dismiss = 关闭
drop-hint = 放下文件即可预览导入

## The reader and the timeline
reader-no-bulletin = 没有可显示的简报。
reader-back = 返回简报
answered-title = 蒙应允的祷告

## Spelling
spelling-suggestions = 建议
spelling-none = 没有建议
spelling-add = 将“{ $word }”加入资料库词典
spelling-ignore = 忽略“{ $word }”
spelling-no-dictionary = 这台电脑上没有找到{ $language }的拼写词典，因此不检查该语言的拼写。请安装一个（例如该语言的 hunspell 软件包），或在资料库设置中选择一个文件夹。

## Fixed words
kind-praise = 感恩
kind-request = 代祷事项
kind-info = 消息
badge-praise = 感恩
badge-request = 代祷事项
badge-info = 消息
sensitive = 请勿外传
sensitive-badge = 请勿外传
undated = 无日期
day-number = 第{ $number }天
date-long = %Y年%-m月%-d日 %A
date-medium = %Y年%-m月%-d日
date-day = %-m月%-d日 %A

## The reader and the archive
reader-earlier = 之前，{ $day }
reader-update = 更新，{ $day }
reader-answered = 蒙应允，{ $day }
reader-open-week = 打开那一周
reader-nothing = 本周没有内容。
reader-state-tip = 本简报的审阅阶段：草稿不会出现在任何公开导出中
reader-private-since = 自{ $day }起不再公开：公开版会略去
reader-public-until = 公开至{ $day }
state-draft = 草稿
state-ready = 待发
state-sent = 已发
archive-no-library = 没有打开的资料库。
archive-no-bulletin-for = { $week }没有简报
archive-no-bulletin-weeks = { $count }周没有简报
archive-unreadable = 无法读取的文件
date-month = %Y年%-m月
date-short = %-m月%-d日

## Sharing state
share-not-shared = 未共享
share-shared = 已共享
share-sharing = 正在共享…
share-up-to-date = 已共享：最新
share-arrived = 已共享：收到其他同工的更改（{ $count } 个文件）
share-here-only = 历史记录保存在本机（没有共享副本）
share-offline = 离线：你的更改已保存，稍后共享
share-decide = 需要决定（{ $count }）
archive-count = { $count } 期简报

## The editor
editor-preview = 预览
editor-language = 本简报的语言
editor-language-library = 跟随资料库
editor-sent-on = { $day }已发
editor-review = 审阅：
editor-mark-ready = 标为待发…
editor-mark-ready-tip = 查看尚未处理的检查，然后标为可以发送
editor-mark-sent = 标为已发
editor-mark-sent-tip = 今天已发出；并保存简报
editor-back-to-draft = 退回草稿
editor-back-to-draft-tip = 草稿不会出现在任何公开导出中
editor-checks = 检查（{ $count }）
editor-checks-tip = 仅供参考：从不阻止保存。点击一项可跳到对应的栏位。
editor-checks-none = 没有需要查看的。
editor-edit-bulletin = 编辑简报
editor-new-bulletin = 新简报
editor-headline = 标题
editor-verse = 经文（不加引号）
editor-reference = 经文出处
editor-add-paragraph = 给{ $region }添加段落
editor-add-region = 添加地区
editor-choose = 选择…
editor-closing = 结语
editor-paragraph = { $region }第{ $number }段
editor-kind = 类别
editor-sensitive = 敏感
editor-sensitive-tip = 公开版会略去；内部版标为“请勿外传”
editor-personal = 个人信息
editor-personal-tip = 关于幸存者或案件：简报超过资料库允许的期限后，公开版会略去
editor-paragraph-up = 上移本段
editor-paragraph-down = 下移本段
editor-duplicate = 复制
editor-duplicate-tip = 在本段下方复制一份
editor-move-to = 移到地区
editor-remove = 删除
editor-remove-tip = 删除本段（Ctrl+Z 可恢复）
editor-change-link = 更改关联…
editor-follows-up = 接续之前的代祷…
editor-follows-up-tip = 把本段与它所接续的前一段关联起来：一则更新，或是回应那项代祷的感恩
editor-follows = 接续 { $said }
editor-date = 日期
editor-week-earlier = − 1 周
editor-week-earlier-tip = 提前一周
editor-week-later = + 1 周
editor-week-later-tip = 推后一周
editor-remove-region-ask = 删除{ $region }及其 { $count } 个段落吗？
editor-remove-region-yes = 是，删除{ $region }
editor-keep-it = 保留
editor-region-up = 上移{ $region }
editor-region-down = 下移{ $region }
editor-remove-region = 删除地区
editor-remove-region-tip = 从本简报中删除{ $region }

## Search
search-title = 搜索所有周
search-close-tip = 关闭搜索（Esc）
search-words = 要查找的文字
search-hint = 输入文字；不区分大小写和重音。
search-searching = 正在搜索… 目前找到 { $count } 处
search-region = 地区
search-all-regions = 所有地区
search-everything = 全部
search-any = 任意
search-open = 尚待应允的代祷
search-answered = 已蒙应允
search-prayer = 代祷
search-open-match = 在此处打开这一周

## An empty library
welcome-empty = { $name }还没有简报
welcome-start = 请用以下三种方式之一开始：
welcome-write = 撰写本周简报
welcome-write-tip = 用资料库的各个部分新建一周，直接输入（Ctrl+N）
welcome-paste = 粘贴收到的简报
welcome-paste-tip = 来自电子邮件或网页；其中的标题可以成为资料库的部分（Ctrl+Shift+V）
welcome-import = 导入去年的存档
welcome-import-tip = 电子邮件、网页或文档文件，可一次多个，每个都附报告预览（Ctrl+I）

## The daily plan
plan-export = 导出计划…
plan-export-tip = 将计划写成一页卡片、一页、文本或 Markdown
plan-calendar = 加入日历…
plan-calendar-tip = 将计划写成日历文件：每天一个事件

## Dialogs
dialog-cancel = 取消
unsaved-title = 保存更改吗？
unsaved-question = 本简报有尚未保存的更改。
unsaved-save = 保存并继续
unsaved-discard = 放弃更改
delete-title = 删除本简报吗？
delete-question = { $title }将被移到资料库的回收站文件夹，可以从那里恢复。
delete-yes = 移到回收站
replace-title = 替换文件吗？
replace-question = “{ $name }”已存在于{ $folder }。替换会覆盖其中的内容。
replace-yes = 替换
conflict-title = 已被他人更改
conflict-question = 你正在编辑的简报在磁盘上被更改了（同步文件夹、git 或其他同工）。要怎么处理？
conflict-mine = 保留我的
conflict-mine-tip = 继续编辑；保存时会替换对方的版本
conflict-theirs = 采用对方的
conflict-theirs-tip = 放弃你的编辑，显示对方的版本
conflict-copy = 将我的另存为副本
conflict-copy-tip = 两者都保留：你的存为单独的文件
paste-title = 粘贴简报文字
paste-hint = 按收到时的样子粘贴简报（电子邮件、网页、文档）。在预览中确认之前，不会保存任何内容。
paste-text = 简报文字
paste-preview = 预览导入
export-title = 导出简报
export-format = 格式
export-plan = 每日：将一周分为七天
export-layout = 版式
export-public = 公开版：略去标为敏感的段落
export-internal = 内部版：保留这些段落，并标为“请勿外传”
export-this = 本简报
export-all = 所有简报，合为一个文档
export-to-file = 导出到文件…
ready-title = 标为可以发送吗？
ready-all-pass = 所有检查都已通过。待发的简报会出现在所有公开导出中。
ready-open = 还有 { $count } 项检查未处理。仍然标为待发，或返回查看：
ready-yes = 标为待发
rename-title = 重命名地区
rename-question = { $region }的新名称，用于资料库及所有包含此地区的简报（旧名称会保留为导入时的别名）：
rename-new-name = 新名称
rename-yes = 全部重命名
recovery-title = 上次未保存的编辑
recovery-question = 代祷简报在这些编辑保存之前关闭了。可将它们恢复到编辑器，或放弃。
recovery-restore = 恢复{ $week }
recovery-discard = 放弃{ $week }
recovery-later = 以后再决定
recovery-later-tip = 这些编辑会保留，下次再询问
welcome-title = 欢迎使用代祷简报
welcome-demo = 已打开一个示范资料库，里面有一个差会十周的简报可供浏览。准备好后，请建立自己的资料库：教会的名称和代祷的方式（按地区；按教会、城市和国家；按日；按家庭；按事工）。
welcome-any-time = 随时可以通过 文件 → 新建资料库… 建立。
welcome-own = 建立我的资料库…
welcome-demo-look = 浏览示范资料库

## A handout nothing could open
not-opened-print-title = 简报未能打开以便打印
not-opened-mail-title = 邮件草稿未能打开
not-opened-why = 这台电脑上没有程序能打开它：{ $why }。简报已生成，位于：
not-opened-instead = 要改为怎么做？
not-opened-folder = 打开文件夹
not-opened-folder-tip = 显示简报所在的文件夹，从那里打开或附加
not-opened-copy-path = 复制路径
not-opened-copy-path-tip = 将简报的路径放到剪贴板
not-opened-save-as = 另存为…
not-opened-save-as-tip = 将简报写到你选择的位置（导出窗口）
not-opened-copy-text = 复制文字
not-opened-copy-text-tip = 将本周公开版文字放到剪贴板，以便粘贴到网页邮件中
editor-mark-sensitive = 标为敏感
editor-mark-personal = 标为个人信息
menu-reading-only = 只读模式
menu-reading-only-tip = 供志愿者使用：阅读、搜索和打印；隐藏所有会更改简报或资料库的功能
zoom-said = 文字大小 { $percent }%
