# The interface in English (the fallback: every key used in the code is here).

## Actions: menu items and toolbar buttons, and their tooltips
action-previous-week = ◀ Previous week
action-next-week = Next week ▶
action-latest-week = Latest
action-search = Search all weeks…
action-expand-all = Expand all regions
action-collapse-all = Collapse all regions
action-to-bulletin = Go to the bulletin
action-zoom-in = Larger text
action-zoom-out = Smaller text
action-zoom-reset = Normal text size
action-open-library = Open library…
action-paste-bulletin = Paste bulletin text…
action-import-file = Import file…
action-close = Close
action-toggle-edit = Edit
action-new-week = New week
action-save = Save
action-undo = Undo
action-redo = Redo
action-delete-bulletin = Delete bulletin…
action-print = Print…
action-export = Export…
action-send-by-email = Send by e-mail…
action-day-by-day = This week, day by day
action-library-settings = Library settings…
action-share = Share library
action-open-shared = Open a shared library…
action-new-library = New library…
action-quit = Quit
action-decisions = Decisions waiting…
action-history = History of this week…
action-previous-week-tip = Show the week before this one
action-next-week-tip = Show the week after this one
action-latest-week-tip = Show the newest bulletin
action-search-tip = Find words in every week
action-expand-all-tip = Open every region of this bulletin
action-collapse-all-tip = Close every region of this bulletin
action-to-bulletin-tip = Put the keyboard on this week’s bulletin, past the list of weeks and the toolbar
action-zoom-in-tip = Make all text larger
action-zoom-out-tip = Make all text smaller
action-zoom-reset-tip = Return text to its normal size
action-open-library-tip = Open another library folder
action-paste-bulletin-tip = Paste a bulletin from an e-mail or web page and preview it
action-import-file-tip = Read bulletins from a file and preview them (you can also drop files on the window)
action-close-tip = Close the search, the timeline or the open dialog
action-toggle-edit-tip = Switch between reading and editing this bulletin
action-new-week-tip = Start next week's bulletin, with the standing paragraphs carried over
action-save-tip = Save the bulletin to its file in the library
action-undo-tip = Undo the last edit
action-redo-tip = Redo the edit just undone
action-delete-bulletin-tip = Move this bulletin's file to the library's trash folder
action-print-tip = Open this week's public handout as a PDF in your viewer, to print it
action-export-tip = Write a handout to a file: text, Markdown, HTML, PDF, e-mail, e-book or calendar, internal or public
action-send-by-email-tip = Open this week's public handout as an e-mail draft in your mail program, ready to send
action-day-by-day-tip = Read this week spread over seven days, to print or add to a calendar
action-library-settings-tip = The library's name, regions, standing paragraphs and closing note
action-share-tip = Send your changes to the shared copy and take the other coordinators' (through git); the first time, set up where the shared copy is
action-quit-tip = Close Prayer Bulletin (unsaved edits are asked about first)
action-new-library-tip = Make a library of your own: its name, folder and the sections your church prays in
action-open-shared-tip = Take a copy of a library other coordinators share (through git) and open it
action-decisions-tip = Changes two coordinators made to the same words: keep yours, theirs, or both
action-history-tip = Who changed this week and when; show an earlier version, and restore it

## Menus
menu-file = File
menu-edit = Edit
menu-go = Go
menu-view = View
menu-rename-region = Rename a region…
menu-share-every = Share every 5 minutes
menu-share-every-tip = While the app is open, a shared library is shared by itself every five minutes
menu-recent = Recent libraries
menu-none-yet = None yet
menu-large-print = Large print
menu-theme = Theme
menu-theme-system = Follow the system
menu-theme-light = Light
menu-theme-dark = Dark
menu-language = Language
menu-language-system = Follow the system
menu-spelling = Check spelling as I type
menu-spelling-tip = Underline words the dictionary of the bulletin's language does not know; right-click one for suggestions

## Toolbar
toolbar-read = Read
toolbar-edit = Edit
toolbar-read-what = Read:
toolbar-one-week = One week
toolbar-answered = Answered prayer
toolbar-region-every-week = { $region }, every week
toolbar-read-what-tip = Read one region's paragraphs from every week as one timeline

## Message bar
message-note = Note:
message-problem = Problem:
message-dismiss = Dismiss
drop-hint = Drop the files to preview their import

## The reader and the timeline
reader-no-bulletin = No bulletin to show.
reader-back = Back to the bulletin
answered-title = Answered prayer

## Spelling
spelling-suggestions = Suggestions
spelling-none = No suggestions
spelling-add = Add “{ $word }” to the library's dictionary
spelling-ignore = Ignore “{ $word }”
spelling-no-dictionary = No spelling dictionary for { $language } was found on this computer; spelling is not checked in it. Install one (e.g. the hunspell package for it) or choose a folder in the library settings.

## Handouts and the reader: the fixed words, in the bulletin's language
kind-praise = Praise
kind-request = Prayer request
kind-info = Information
badge-praise = PRAISE
badge-request = PRAYER REQUEST
badge-info = INFORMATION
sensitive = Not for sharing
sensitive-badge = NOT FOR SHARING
undated = Undated
day-number = Day { $number }
# Dates, as chrono writes them (%A weekday, %B month, %-d day, %Y year), with the month and weekday
# names of the language.
date-long = %A, %B %-d, %Y
date-medium = %B %-d, %Y
date-day = %A, %B %-d

## The reader and the archive
reader-earlier = Earlier, { $day }
reader-update = Update, { $day }
reader-answered = Answered { $day }
reader-open-week = Open that week
reader-nothing = Nothing this week.
reader-state-tip = Where this bulletin is in review: drafts stay out of public exports of every bulletin
reader-private-since = No longer public since { $day }: public handouts leave it out
reader-public-until = Public until { $day }
state-draft = Draft
state-ready = Ready
state-sent = Sent
archive-no-library = No library open.
archive-no-bulletin-for = No bulletin for { $week }
archive-no-bulletin-weeks = No bulletin for { $count } weeks
archive-unreadable = Files that could not be read
date-month = %B %Y
date-short = %b %-d

## Sharing state
share-not-shared = Not shared
share-shared = Shared
share-sharing = Sharing…
share-up-to-date = Shared: up to date
share-arrived = Shared: others' changes arrived ({ $count } { $count ->
    [one] file
   *[other] files
})
share-here-only = History kept here (no shared copy)
share-offline = Offline: your changes are kept and shared later
share-decide = Needs a decision ({ $count })
archive-count = { $count ->
    [one] { $count } bulletin
   *[other] { $count } bulletins
}

## The editor
editor-preview = Preview
editor-language = Language of this bulletin
editor-language-library = The library's
editor-sent-on = Sent { $day }
editor-review = Review:
editor-mark-ready = Mark ready…
editor-mark-ready-tip = See the checks still open, then mark it ready to send
editor-mark-sent = Mark sent
editor-mark-sent-tip = It went out today; saves the bulletin
editor-back-to-draft = Back to draft
editor-back-to-draft-tip = Drafts stay out of public exports of every bulletin
editor-checks = Checks ({ $count })
editor-checks-tip = Advice only: saving is never blocked. Click one to go to its field.
editor-checks-none = Nothing to look at.
editor-edit-bulletin = Edit bulletin
editor-new-bulletin = New bulletin
editor-headline = Headline
editor-verse = Verse (without quote marks)
editor-reference = Reference
editor-add-paragraph = Add a paragraph to { $region }
editor-add-region = Add a region
editor-choose = Choose…
editor-closing = Closing note
editor-paragraph = Paragraph { $number } of { $region }
editor-kind = Kind
editor-sensitive = Sensitive
editor-sensitive-tip = Left out of public handouts; marked "not for sharing" in internal ones
editor-personal = Personal
editor-personal-tip = About a survivor or a case: public handouts leave it out once the bulletin is older than the library allows
editor-paragraph-up = Move this paragraph up
editor-paragraph-down = Move this paragraph down
editor-duplicate = Duplicate
editor-duplicate-tip = Copy this paragraph below itself
editor-move-to = Move to region
editor-remove = Remove
editor-remove-tip = Remove this paragraph (Ctrl+Z brings it back)
editor-change-link = Change link…
editor-follows-up = Follows up…
editor-follows-up-tip = Link this paragraph to the earlier one it continues: an update, or the praise that answers it
editor-follows = Follows up { $said }
editor-date = Date
editor-week-earlier = − 1 week
editor-week-earlier-tip = One week earlier
editor-week-later = + 1 week
editor-week-later-tip = One week later
editor-remove-region-ask = Remove { $region } and its { $count } { $count ->
    [one] paragraph
   *[other] paragraphs
}?
editor-remove-region-yes = Yes, remove { $region }
editor-keep-it = Keep it
editor-region-up = Move { $region } up
editor-region-down = Move { $region } down
editor-remove-region = Remove region
editor-remove-region-tip = Remove { $region } from this bulletin

## Search
search-title = Search all weeks
search-close-tip = Close the search (Esc)
search-words = Words to find
search-hint = Type a word; case and accents do not matter.
search-searching = Searching… { $count } match(es) so far
search-region = Region
search-all-regions = All regions
search-everything = Everything
search-any = Any
search-open = Open requests
search-answered = Answered
search-prayer = Prayer
search-open-match = Open this week at this match
search-matches = { $count ->
    [one] 1 match
   *[other] { $count } matches
}
search-matches-grouped = { $count } matches; a text carried week after week is shown once
search-more-weeks = { $count ->
    [one] and 1 more week
   *[other] and { $count } more weeks
}
search-fewer-weeks = Show only the newest
search-more-weeks-tip = The same text, word for word, in other weeks: show them
search-from = From
search-to = to
search-not-a-date = { $field }: “{ $text }” is not a date; write it as 2026-06-26
search-example = e.g. Kenya, court, São Paulo

## An empty library
welcome-empty = { $name } has no bulletin yet
welcome-start = Start in one of three ways:
welcome-write = Write this week's bulletin
welcome-write-tip = A new week with the library's sections, ready to type in (Ctrl+N)
welcome-paste = Paste a bulletin you received
welcome-paste-tip = From an e-mail or a web page; its headings can become the library's sections (Ctrl+Shift+V)
welcome-import = Import last year's archive
welcome-import-tip = Files of e-mails, web pages or documents, several at once, each previewed with its report (Ctrl+I)

## The daily plan
plan-export = Export the plan…
plan-export-tip = Write the plan as a one-page card, a page, text or Markdown
plan-calendar = Add to a calendar…
plan-calendar-tip = Write the plan as a calendar file: one event per day

## Dialogs
dialog-cancel = Cancel
unsaved-title = Save changes?
unsaved-question = This bulletin has changes that are not saved yet.
unsaved-save = Save and continue
unsaved-discard = Discard changes
delete-title = Delete this bulletin?
delete-question = { $title } will be moved to the library's trash folder, where it can be recovered.
delete-yes = Move to trash
replace-title = Replace the file?
replace-question = “{ $name }” already exists in { $folder }. Replacing it overwrites what it holds.
replace-yes = Replace
conflict-title = Changed by someone else
conflict-question = The bulletin you are editing was changed on disk (by a synced folder, git, or another coordinator). What should happen?
conflict-mine = Keep mine
conflict-mine-tip = Keep editing; saving replaces their version
conflict-theirs = Take theirs
conflict-theirs-tip = Drop your edits and show their version
conflict-copy = Save mine as a copy
conflict-copy-tip = Keep both: yours in a file of its own
paste-title = Paste bulletin text
paste-hint = Paste a bulletin as you received it (e-mail, web page, document). Nothing is saved until you confirm in the preview.
paste-text = Bulletin text
paste-preview = Preview import
export-title = Export handout
export-format = Format
export-plan = Day by day: the week spread over seven days
export-layout = Layout
export-public = Public: leave out paragraphs marked sensitive
export-internal = Internal: keep them, marked "not for sharing"
export-this = This bulletin
export-all = Every bulletin, in one document
export-to-file = Export to a file…
ready-title = Mark ready to send?
ready-all-pass = Every check passes. Ready bulletins go into public exports of every bulletin.
ready-open = { $count } check(s) still open. Mark it ready anyway, or go back and look at them:
ready-yes = Mark ready
rename-title = Rename a region
rename-question = New name for { $region }, in the library and in every bulletin that has it (the old name stays as an alias for imports):
rename-new-name = New name
rename-yes = Rename everywhere
recovery-title = Unsaved edits from last time
recovery-question = Prayer Bulletin closed before these edits were saved. Restore them into the editor, or discard them.
recovery-restore = Restore { $week }
recovery-discard = Discard { $week }
recovery-later = Decide later
recovery-later-tip = The edits stay kept; they are offered again next time
welcome-title = Welcome to Prayer Bulletin
welcome-demo = A demo library is open, with ten weeks of a mission's bulletins to look around in. When you are ready, make a library of your own: your church's name and the way it prays (by region, by church, city and nation, by day, by family, by ministry).
welcome-any-time = File → New library… makes one at any time.
welcome-own = Make my own library…
welcome-demo-look = Look around the demo

## A handout nothing could open
not-opened-print-title = The handout did not open for printing
not-opened-mail-title = The e-mail draft did not open
not-opened-why = Nothing on this computer opened it: { $why }. The handout was made, and is here:
not-opened-instead = What would you like to do instead?
not-opened-folder = Open the folder
not-opened-folder-tip = Show the folder the handout is in, to open or attach it from there
not-opened-copy-path = Copy the path
not-opened-copy-path-tip = Put the handout's path on the clipboard
not-opened-save-as = Save as…
not-opened-save-as-tip = Write the handout where you choose (the export window)
not-opened-copy-text = Copy the text
not-opened-copy-text-tip = Put this week's public text on the clipboard, to paste into a webmail message
editor-mark-sensitive = Mark sensitive
editor-mark-personal = Mark personal
menu-reading-only = Reading only
menu-reading-only-tip = For volunteers: read, search and print; nothing that edits a bulletin or the library
zoom-said = Text size { $percent } %

## The import preview
preview-title = Import preview
preview-found = Found { $count } bulletin(s) in { $source }, with { $notes } note(s). Choose what to do with each, then import.
preview-beside = Show the text beside the reading, to correct it
preview-import = Import { $count } bulletin(s)
preview-back = Back to the text
preview-back-tip = The paste box again, with the text kept
preview-links = Follow-ups? Tick to link
preview-links-tip = These paragraphs seem to continue earlier ones of the library; nothing is linked unless ticked
preview-add = Add
preview-add-copy = Add as a copy
preview-replace-tip = Replace the library's bulletin of this week
preview-replace-none = The library has no bulletin of this week
preview-skip = Skip
preview-exists = The library already has this week.
preview-as-draft = Comes in as a draft: this week or later, not yet reviewed
preview-as-sent = Comes in as sent
preview-notes = What the importer assumed or left out
preview-notes-none = Nothing: the text was read as it stands.
preview-headings = Headings the library does not know
preview-put-in = Put in { $region }
preview-only-here = Keep in this bulletin only
preview-add-to-library = Add to the library's regions
preview-add-to-library-tip = Every new week will have this section too
preview-region-for = Region for “{ $heading }”
preview-sensitive = Marked sensitive (left out of public handouts)

## Undo and redo name what they take back
undo-what = Undo { $change }
redo-what = Redo { $change }
undone = Undone: { $change }.
redone = Redone: { $change }.
change-headline = typing in the headline
change-date = the change of date
change-verse = the change to the verse
change-closing = the change to the closing note
change-review = the change of review state
change-language = the change of the bulletin's language
change-region-added = adding the region “{ $region }”
change-region-removed = removing the region “{ $region }”
change-region-renamed = renaming “{ $old }” to “{ $new }”
change-region-moved = moving the region “{ $region }”
change-paragraph-added = adding a paragraph to { $region }
change-paragraph-removed = removing a paragraph from { $region }
change-paragraph-text = typing in a paragraph of { $region }
change-paragraph-kind = the change of a paragraph's kind in { $region }
change-paragraph-sharing = the change to whether a paragraph of { $region } may be shared
change-paragraph-link = the change to what a paragraph of { $region } follows up
change-paragraph-moved = moving a paragraph in { $region }
change-other = the last edit
