//! Which weeks a handout holds, and where it may be written: one rule for the command line and the
//! app, so that the two can never disagree about what reaches the public.
//!
//! A public handout takes only weeks marked ready or sent, whatever the selection (one week, a range
//! or every week), unless drafts are asked for; asking for one draft week by its date is refused
//! with the reason rather than answered with an empty or leaking handout.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Audience;
use crate::model::Bulletin;

/// The weeks a handout is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weeks {
    /// The bulletin(s) of one date.
    One(NaiveDate),
    /// Every dated bulletin from the first day to the last, both included.
    Range(NaiveDate, NaiveDate),
    /// Every bulletin.
    All,
}

impl Weeks {
    fn holds(self, bulletin: &Bulletin) -> bool {
        match self {
            Self::One(day) => bulletin.date == Some(day),
            Self::Range(from, to) => bulletin.date.is_some_and(|d| from <= d && d <= to),
            Self::All => true,
        }
    }

    fn describe(self) -> String {
        match self {
            Self::One(day) => format!("for {day}"),
            Self::Range(from, to) => format!("from {from} to {to}"),
            Self::All => "at all".to_owned(),
        }
    }
}

/// Why no handout can be made of the weeks asked for.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SelectError {
    /// No bulletin is in the selection.
    #[error("no bulletin {0}")]
    NoneFound(String),
    /// The week asked for is a draft and the handout is public.
    #[error(
        "the week of {0} is a draft: public handouts take only weeks marked ready or sent (mark it ready, or add --include-drafts)"
    )]
    Draft(NaiveDate),
    /// Every week in the selection is a draft and the handout is public.
    #[error(
        "no bulletin {which} is ready or sent ({drafts} draft(s) left out: public handouts take only weeks marked ready or sent; add --include-drafts)"
    )]
    OnlyDrafts {
        /// The selection, in words.
        which: String,
        /// How many drafts it held.
        drafts: usize,
    },
}

/// Whether a bulletin may go into a handout for `audience`: internal handouts take every week; public
/// ones only weeks marked ready or sent, unless `include_drafts`.
pub fn may_go_to(bulletin: &Bulletin, audience: Audience, include_drafts: bool) -> bool {
    audience == Audience::Internal || include_drafts || bulletin.state.goes_out()
}

/// The bulletins of `weeks` that a handout for `audience` takes, in the order given.
pub fn select<'a>(
    bulletins: impl IntoIterator<Item = &'a Bulletin>,
    weeks: Weeks,
    audience: Audience,
    include_drafts: bool,
) -> Result<Vec<&'a Bulletin>, SelectError> {
    let asked: Vec<&Bulletin> = bulletins.into_iter().filter(|b| weeks.holds(b)).collect();
    if asked.is_empty() {
        return Err(SelectError::NoneFound(weeks.describe()));
    }
    let chosen: Vec<&Bulletin> = asked.iter().copied().filter(|b| may_go_to(b, audience, include_drafts)).collect();
    if chosen.is_empty() {
        return Err(match weeks {
            Weeks::One(day) => SelectError::Draft(day),
            _ => SelectError::OnlyDrafts { which: weeks.describe(), drafts: asked.len() },
        });
    }
    Ok(chosen)
}

/// Why a handout may not be written where it was asked to go.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DestinationError {
    /// The path is inside the library folder, where a handout would be taken for library files.
    #[error("{}: is inside the library folder {}; write handouts somewhere else", path.display(), library.display())]
    InLibrary {
        /// The path asked for.
        path: PathBuf,
        /// The library folder.
        library: PathBuf,
    },
    /// The path is a device, a pipe, a link or anything but a plain file.
    #[error("{}: is not a regular file (a device, a pipe or a link); give the name of a file", path.display())]
    NotRegular {
        /// The path asked for.
        path: PathBuf,
    },
    /// A file is there already and replacing it was not asked for.
    #[error("{}: already exists; add --force to replace it", path.display())]
    Exists {
        /// The path asked for.
        path: PathBuf,
    },
}

/// Whether a handout may be written at `path`: never inside the library folder `library` (its own
/// `library.ron` and bulletins among what would be overwritten), never onto anything but a regular
/// file, and over an existing file only when `replace`. A folder, or a folder that does not exist, is
/// said by [`super::check_destination`].
pub fn check_output(path: &Path, library: Option<&Path>, replace: bool) -> Result<(), DestinationError> {
    if let Some(library) = library
        && inside(path, library)
    {
        return Err(DestinationError::InLibrary { path: path.to_owned(), library: library.to_owned() });
    }
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => Ok(()), // said by check_destination, with an example name
        Ok(meta) if !meta.file_type().is_file() => Err(DestinationError::NotRegular { path: path.to_owned() }),
        Ok(_) if !replace => Err(DestinationError::Exists { path: path.to_owned() }),
        _ => Ok(()),
    }
}

/// Whether `path` (which may not exist yet) lies inside the folder `dir`, links and `..` resolved.
fn inside(path: &Path, dir: &Path) -> bool {
    let Ok(dir) = dir.canonicalize() else { return false };
    let folder = path.parent().filter(|f| !f.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let Ok(folder) = folder.canonicalize() else { return false };
    let resolved = match path.file_name() {
        Some(name) => folder.join(name),
        None => folder,
    };
    resolved.starts_with(&dir) || path.canonicalize().is_ok_and(|p| p.starts_with(&dir))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ReviewState;

    fn week(day: u32, state: ReviewState) -> Bulletin {
        Bulletin { date: NaiveDate::from_ymd_opt(2026, 11, day), state, ..Bulletin::default() }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn a_public_handout_leaves_drafts_out_of_every_selection() {
        let weeks = [week(21, ReviewState::Draft), week(14, ReviewState::Ready), week(7, ReviewState::Sent)];
        let dates = |chosen: Vec<&Bulletin>| chosen.iter().filter_map(|b| b.date).collect::<Vec<_>>();
        let public = Audience::Public;
        assert_eq!(dates(select(&weeks, Weeks::All, public, false).unwrap()), [day(14), day(7)]);
        assert_eq!(dates(select(&weeks, Weeks::Range(day(7), day(21)), public, false).unwrap()), [day(14), day(7)]);
        assert_eq!(select(&weeks, Weeks::One(day(21)), public, false), Err(SelectError::Draft(day(21))));
        assert_eq!(
            select(&weeks, Weeks::Range(day(15), day(30)), public, false),
            Err(SelectError::OnlyDrafts { which: "from 2026-11-15 to 2026-11-30".into(), drafts: 1 })
        );
        // Asked for, or for the prayer group, drafts go in.
        assert_eq!(dates(select(&weeks, Weeks::One(day(21)), public, true).unwrap()), [day(21)]);
        assert_eq!(dates(select(&weeks, Weeks::All, Audience::Internal, false).unwrap()).len(), 3);
        assert_eq!(
            select(&weeks, Weeks::One(day(1)), Audience::Internal, false),
            Err(SelectError::NoneFound("for 2026-11-01".into()))
        );
    }

    #[test]
    fn a_handout_never_goes_into_the_library_onto_a_device_or_over_a_file_unasked() {
        let dir = tempfile::tempdir().unwrap();
        let library = dir.path().join("lib");
        std::fs::create_dir_all(library.join("bulletins")).unwrap();
        std::fs::write(library.join("library.ron"), "()").unwrap();
        let out = dir.path().join("out.txt");
        assert_eq!(check_output(&out, Some(&library), false), Ok(()));
        std::fs::write(&out, "old").unwrap();
        assert_eq!(check_output(&out, Some(&library), false), Err(DestinationError::Exists { path: out.clone() }));
        assert_eq!(check_output(&out, Some(&library), true), Ok(()));
        for inner in [library.join("library.ron"), library.join("bulletins/new.txt"), library.join("x.pdf")] {
            assert!(
                matches!(check_output(&inner, Some(&library), true), Err(DestinationError::InLibrary { .. })),
                "{}",
                inner.display()
            );
        }
        // Through `..` too.
        let sneaky = library.join("bulletins/../library.ron");
        assert!(matches!(check_output(&sneaky, Some(&library), true), Err(DestinationError::InLibrary { .. })));
        #[cfg(unix)]
        {
            assert!(matches!(
                check_output(Path::new("/dev/null"), None, true),
                Err(DestinationError::NotRegular { .. })
            ));
            let link = dir.path().join("link.txt");
            std::os::unix::fs::symlink(&out, &link).unwrap();
            assert!(matches!(check_output(&link, None, true), Err(DestinationError::NotRegular { .. })));
        }
    }
}
