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

## Library settings, sharing, history and new library windows
settings-title = Library settings
settings-page-library = Library and regions
settings-page-sources = Sources the importer was taught ({ $count })
settings-save = Save settings
settings-name = Library name
settings-regions = Regions, in the order bulletins list them
settings-rename-hint = Rename a region with Edit → Rename a region…, so every bulletin follows.
settings-earlier = Earlier in the bulletin
settings-later = Later in the bulletin
settings-remove = Remove
settings-remove-tip = Remove from the list (bulletins keep their text)
settings-aliases = Other names of { $region } (separated by ;)
settings-standing = Standing paragraphs of { $region } (blank line between them)
settings-closing = Closing note, carried into every new week
settings-ages = Personal paragraphs stop being public after
settings-weeks-suffix = { " " }weeks
settings-never = (never: they stay in public handouts)
settings-sources-hint = Partners’ sheets the importer reads as a coordinator taught it. Renaming and deleting change the library at once.
settings-deleted = Deleted { $name }.
settings-put-back = Put back { $name }
settings-no-sources = None yet. When a partner’s sheet comes in wrong, correct it in the import preview and tick “Remember how to read sheets from this source”.
settings-not-loaded = Not loaded: { $problem }
settings-source-name = Name of { $name }
settings-source-rename = Rename { $name }
settings-source-delete = Delete { $name }
settings-source-delete-tip = Sheets from it are read by the general reader again
rules-known-by = Recognised by (sender, site, or a line every sheet carries)
rules-headings = Headings are lines like
rules-items-lines = Items: one per line.
rules-items-paragraphs = Items: one per paragraph.
rules-items-any = Items: as the reader sees them.
rules-leave-out-from = Left out from the first line like this to the end
rules-leave-out = Lines left out
rules-regions = Headings sent to regions:
share-title = Share this library
share-explained = The library is shared through git: every save is kept in its history with your name, and “Share library” (Ctrl+Shift+S) sends your changes to the shared copy and takes the other coordinators’. The shared copy can be any git server, or a folder on a shared drive.
share-address-optional = Address of the shared copy (leave empty to keep the history here only)
share-your-name = Your name, for the history
share-your-email = Your e-mail address
share-button = Share
share-name-first = Your name, first
decisions-title = Decisions waiting
decisions-explained = You and another coordinator changed the same words. Yours is in the library until you choose; the version not kept stays in the history.
decisions-yours = Yours
decisions-theirs = Theirs
decisions-keep-mine = Keep mine
decisions-keep-theirs = Keep theirs
decisions-keep-both = Keep both
decisions-later = Later
decisions-later-tip = Close; yours stays until you choose
open-shared-title = Open a shared library
open-shared-explained = A copy of the library other coordinators share is taken into a new folder on this computer.
open-shared-address = Address of the shared copy
open-shared-folder = New folder for it
open-shared-open = Open
history-title = History of { $week }
history-choose = Choose a version to see the week as it read then.
history-unreadable = This version cannot be read: { $error }
history-restore = Restore this version
history-restore-tip = Write it over the week as a new change; every version stays in the history
history-restore-first = Choose an earlier version first
history-reading = Reading the history…
history-not-read = The history could not be read: { $error }
history-none = This week has no history yet: it was never shared.
history-now = { " " }(now)
new-library-title = New library
new-library-make = Make the library
new-library-not-ready = A name, a folder and at least one section
new-library-name = Name
new-library-name-example = St Anne’s prayer list
new-library-folder = Folder (made if absent)
new-library-outline = How your church prays: the sections of every bulletin
new-library-sections = Sections, one per line (change them as you like)
new-library-any-day = any day
new-library-day = Bulletins are for
new-library-language = Language
new-library-closing = Closing note, carried into every new week (optional)

## Teaching pane, follow-ups, archive, timeline, sources, typed paths, export and import
follows-title = Follows up…
follows-explained = Which earlier paragraph of { $region } does this one continue? The likeliest are first (names and places they share, recent weeks); the others follow, newest first.
follows-find = Find
follows-find-hint = a name, a place, a word
follows-more = More below: type to narrow the list.
follows-likely = LIKELY
follows-link-tip = Link to this paragraph
follows-none = No earlier paragraph of this region matches.
follows-unlink = Remove the link
teach-lines = The text, and what each line became
teach-line = Line { $line }: { $text }
teach-marked = { $became } (marked)
teach-select = Select a line of the text to correct how it was read.
teach-became = Line { $line } became: { $became }
teach-make-it = Make it:
teach-remember-for = Remember it for lines like:
teach-undo = Undo correction
teach-redo = Redo correction
teach-applied = Read as taught for { $source }.
teach-use = Use what was taught
teach-remember = Remember how to read sheets from this source
teach-as = as
teach-source-name = Source name
role-heading = Heading
role-paragraph = Paragraph
role-items = Items, one per line
role-joined = Joined to the line above
role-headline = Headline
role-date = Date
role-verse = Verse
role-reference = Verse reference
role-closing = Closing note
role-left-out = Left out
role-left-out-from-here = Left out from here to the end
became-headline = headline
became-date = date
became-verse = verse
became-reference = reference
became-heading = heading
became-paragraph = paragraph
became-item = list item
became-joined = joined to the line above
became-closing = closing note
became-left-out = left out
archive-opening = Opening { $name }…
archive-listing = Listing the files…
archive-read-so-far = { $done } of { $total } weeks read
archive-new-unsaved = ● New bulletin, not saved yet
archive-save-it = Save it with Ctrl+S
archive-decide = Decide…
timeline-weeks = , { $count ->
    [one] 1 week
   *[other] { $count } weeks
}
timeline-answered = Answered: prayed for from { $from } to { $to }{ $weeks }
timeline-open = Open: since { $from }, last news { $to }
timeline-open-week = Open this week
timeline-nothing = Nothing this week.
source-gone = That source is no longer in the library.
source-needs-name = A source needs a name.
source-name-taken = A source is already saved as { $file }: choose another name.
source-renamed = Renamed the source { $from } to { $to }.
source-not-renamed = Could not rename the source: { $error }
source-deleted = Deleted the source { $name }: sheets from it are read by the general reader.
source-not-deleted = Could not delete the source: { $error }
source-nothing-to-put-back = Nothing to put back.
source-put-back = Put back the source { $name }.
source-not-put-back = Could not put the source back: { $error }
path-open-library = Open a library folder
path-import-file = Import a file
path-export = Export to a file
path-open-library-prompt = No folder was chosen. If no folder dialog appeared (some desktops have none), type the library folder’s path:
path-import-file-prompt = No file was chosen. If no file dialog appeared (some desktops have none), type the path of the file to import (text, RON, e-mail or web page):
path-export-prompt = No file was chosen. If no file dialog appeared (some desktops have none), type where to write the handout:
path-folder = Folder path
path-file = File path
path-open = Open
path-preview-import = Preview import
path-export-button = Export
teach-remembered = Remembered how to read sheets from { $source } ({ $file }).
teach-not-remembered = Could not remember how to read this source: { $error }
export-all-drafts = Every week is still a draft: a public handout takes only weeks marked ready or sent. Mark a week ready, or export for the prayer group (not public).
export-draft = This week is still a draft: a public handout takes only weeks marked ready or sent. Mark it ready (Mark ready…), or export it for the prayer group (not public).
export-dialog-title = Export handout
msg-imported = Imported { $count ->
    [one] 1 bulletin
   *[other] { $count } bulletins
} from { $source }.
msg-imported-errors = Imported { $count ->
    [one] 1 bulletin
   *[other] { $count } bulletins
}; could not save: { $errors }
msg-links-not-made = { $count ->
    [one] 1 link you ticked was not made: { $links }.
   *[other] { $count } links you ticked were not made: { $links }.
}
import-dialog-title = Import bulletins from a file
import-filter-bulletins = Bulletins
import-filter-any = Any file
preview-follows-up = follows up { $what }
msg-recovery-unreadable = Unsaved edits from an earlier session could not be read back: { $files }

learn-this-line = this line only
learn-starting = lines starting “{ $word }”
learn-numbered = a number, a mark, words
learn-brackets = words in square brackets first
learn-colon = a short line ending in a colon
learn-capitals = capital letters only
teach-lines-like = { $describe } ({ $count ->
    [one] line
   *[other] lines
} { $which })
rules-list-title = { $title }:

## Messages after an action (the message bar)
msg-no-day-by-day = There is no bulletin to read day by day.
msg-no-new-week = Could not start a new week: { $error }
msg-saved = Saved { $path }.
msg-not-saved = Not saved: { $error }. Your edits are still here.
msg-linked = Linked. Save to keep the link; Ctrl+Z takes it back.
msg-unlinked = Link removed. Save to keep the change.
msg-not-linked = Not linked: { $error }
msg-marked-saved = Marked { $state } and saved.
msg-marked = Marked { $state }.
msg-not-marked = Not marked { $state }: { $error }
msg-settings-saved = Saved the library settings.
msg-settings-not-saved = Could not save the library settings: { $error }
msg-yours-saved-as = Your version was saved as { $path }; theirs is shown.
msg-yours-not-saved = Could not save your version: { $error }. Your edits are still here.
msg-moved-to-trash = Moved the bulletin to { $path }.
msg-not-deleted = Could not delete: { $error }
msg-renamed = Renamed { $from } to { $to } in the library and in { $count ->
    [one] 1 bulletin
   *[other] { $count } bulletins
}.
msg-not-renamed = Could not rename the region; nothing was changed: { $error }
msg-library-made = Made the library { $name } in { $path }.
msg-library-not-made = No library was made: { $error }
msg-not-exported-why = Not exported. { $why }
msg-nothing-to-export = There is no bulletin to export.
msg-not-exported = Not exported: { $error }
msg-exported = Exported { $format } to { $path }.
msg-left-out = Left out as not for sharing: { $count ->
    [one] 1 paragraph
   *[other] { $count } paragraphs
}.
msg-left-out-regions = Left out as not for sharing: { $count ->
    [one] 1 paragraph
   *[other] { $count } paragraphs
}, and with them { $regions }.
msg-not-printed-why = Not printed. { $why }
msg-nothing-to-print = There is no bulletin to print.
msg-opening = Opening { $path }…
msg-print-opened = Opened the handout in your PDF viewer to print it ({ $path }).
msg-print-not-opened = Nothing opened the handout for printing: { $error }. It is at { $path }.
msg-not-sent-why = Not sent. { $why }
msg-nothing-to-send = There is no bulletin to send.
msg-email-opened = Opened the e-mail draft in your mail program; add the recipients and send it ({ $path }).
msg-email-not-opened = Nothing opened the e-mail draft: { $error }. It is at { $path }, to attach or open by hand.
msg-waiting-for-lock = Waiting for another program using this library (an import, a sync); your change is made as soon as it has finished.
msg-no-such-folder = { $path }: no such folder.
msg-gave-up-waiting = Gave up waiting: another program has been using this library for a minute, and nothing was changed. Try again when it has finished.
msg-no-history = This library keeps no history yet: share it first (Share library).
msg-restored = Restored { $week } as { $author } left it ({ $when }); the history keeps every version.
msg-not-restored = Not restored: { $error }
msg-not-imported = Could not import: { $error }
msg-not-imported-yet = Not imported yet: { $error }
msg-reading-stopped = Reading the library stopped unexpectedly; open it again.
msg-unreadable-files = { $count ->
    [one] 1 file of this library could not be read; it is listed above the weeks, under “Files that could not be read”.
   *[other] { $count } files of this library could not be read; they are listed above the weeks, under “Files that could not be read”.
}
msg-library-not-opened = Could not open the library: { $error }
msg-changed-elsewhere = This bulletin was changed by someone else; showing their version.
msg-library-not-reread = Could not read the library again: { $error }
msg-no-demo = The demo library could not be set up: { $error }
msg-no-library = No library open. Use File → Open library… to choose a folder.
msg-folder-opened = Opened the folder { $path }.
msg-folder-not-opened = The folder could not be opened either ({ $error }): { $path }
msg-path-copied = Copied the path: { $path }
msg-text-copied = Copied this week’s public text: paste it into a new message.
msg-text-not-made = The text could not be made: { $error }
msg-recovery-found = Unsaved edits from an earlier session were found; choose what to do with them.
msg-not-removed = Could not remove { $path }: { $error }
msg-recovery-not-removed = Could not remove the recovery file { $path }: { $error }
msg-no-recovery-copy = Could not keep a recovery copy of your edits ({ $error }); save soon.
msg-shared-opened = Opened the shared library, cloned into { $path }.
msg-not-opened = Not opened: { $error }
msg-shared-decisions = Shared. { $count ->
    [one] 1 change was
   *[other] { $count } changes were
} made to the same words by you and another coordinator: yours is kept until you choose.
msg-not-shared = Not shared: { $error }
msg-no-decision = No decision is waiting.
msg-decided = { $file } ({ $field }): kept { $kept ->
    [yours] yours
    [theirs] theirs
   *[both] both
}.
msg-not-decided = Not decided: { $error }

## The command line (what it says to a person; its --json output and exit codes stay the same in every language)
cli-no-such-library = { $path }: no such library folder
cli-waiting = waiting for another program using this library…
cli-warning = warning: { $problem }
cli-not-shared = not shared: { $error }
cli-no-bulletin-for = { $path }: no bulletin for { $date }
cli-problems = { $count ->
    [one] 1 problem in { $path }
   *[other] { $count } problems in { $path }
}
cli-not-a-region = { $region } is not a region of { $path }
cli-from-after-to = --from { $from } is after --to { $to }; give the earlier date first
cli-needs-a-file = { $format ->
    [EPUB] an EPUB
   *[other] a { $format }
} goes to a file: add -o FILE.{ $ext } (or -o - for standard output)
cli-not-a-library = { $path }: not a library (it has no library.ron and no bulletins/ folder)
cli-weeks-unread = not exported: { $count ->
    [one] 1 week
   *[other] { $count } weeks
} of this selection could not be read:
    { $files }
cli-wrote = wrote { $path }
cli-import-which-library = say which library to add to with --library DIR, or use --dry-run to only look
cli-none = none
cli-no-such-source = no taught source is named “{ $name }” in this library (sources: { $known })
cli-not-imported = not imported: { $error }
cli-wrote-nothing = wrote nothing; no file could be imported
cli-no-problems = { $path }: { $count ->
    [one] 1 bulletin
   *[other] { $count } bulletins
}, no problems
cli-threads = { $count ->
    [one] 1 thread
   *[other] { $count } threads
}
cli-regions-added = added to the library’s regions: { $regions }
cli-regions-not-added = not regions of the library, kept as sections of those names: { $regions } (library.ron unchanged; use --add-regions to add them)
cli-kept-existing = { $path }: kept the existing bulletin for this week (use --replace to replace it)
cli-not-written = not written: { $file }: { $error }
cli-wrote-from = wrote { $count ->
    [one] 1 bulletin
   *[other] { $count } bulletins
} from { $files ->
    [one] 1 file
   *[other] { $files } files
}
cli-files-not-imported = ; { $count ->
    [one] 1 file
   *[other] { $count } files
} not imported: { $names }
cli-source-not-applied = a taught source is not applied: { $problem }

## The website (File → Publish website…, `prayer-bulletin site`)
site-weeks = Weeks
site-regions = Regions
site-answered = Answered prayer
site-search = Search
site-feed = Feed
site-nothing-yet = No bulletin has been published yet.
site-region-weeks = { $region }, every week
site-none-answered = No answered prayer yet.
site-no-match = Nothing matches.
site-one-match = 1 match
site-matches = {"{"}n{"}"} matches
cli-site-published = published { $count ->
    [one] 1 week
   *[other] { $count } weeks
} to { $path }
site-around = The weeks before and after
action-publish-site = Publish website…
action-publish-site-tip = The public bulletins as a website with a feed, for the church's site: written to a folder you choose
path-site-prompt = No folder was chosen. If no folder dialog appeared (some desktops have none), type the folder to publish the website to (made if absent):
path-publish = Publish
msg-site-published = Published { $count ->
    [one] 1 week
   *[other] { $count } weeks
} as a website in { $path } (open index.html; put the folder on the church's site).
msg-site-not-published = The website was not published: { $error }

## Read aloud
audio-needs-espeak = reading aloud needs the espeak-ng program, which is not installed (on Debian or Ubuntu: sudo apt install espeak-ng)
action-read-aloud = Read aloud
action-read-aloud-tip = Hear this week read aloud, region by region, in its language (again to stop)
read-aloud-at = Reading aloud: { $at } of { $count }
read-aloud-pause = Pause
read-aloud-resume = Go on
read-aloud-skip = Skip
read-aloud-stop = Stop
read-aloud-failed = Nothing could be heard: espeak-ng stopped ({ $status }). Is a sound device there?

## Handout formats
format-text = Plain text
format-markdown = Markdown
format-html = Web page (HTML)
format-pdf = PDF
format-ron = Bulletin file (RON)
format-eml = E-mail draft (EML)
format-epub = E-book (EPUB)
format-ics = Calendar, day by day (ICS)
format-audio = Read aloud (WAV audio)
