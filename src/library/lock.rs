//! An advisory lock on a library folder, so that two writers (two coordinators on a synced folder,
//! the app and a script, eight imports started at once) never lose each other's changes to what all
//! bulletins share: each takes the lock, reads `library.ron` as it is on disk now, changes it and
//! writes it back before the next may read it.
//!
//! The lock is the operating system's advisory file lock (`flock` on Unix, `LockFileEx` on Windows)
//! on an empty file in the library, through the standard library's `File::lock`: it is released when
//! the holder closes the file or dies, so a crashed writer never leaves the library locked.

use std::fs;
use std::path::{Path, PathBuf};

use super::LibraryError;

/// The lock file's name inside a library folder (hidden; it holds nothing).
pub const LOCK_FILE: &str = ".lock";

/// The library's lock, held until dropped.
#[derive(Debug)]
pub struct LibraryLock {
    /// The open lock file; closing it releases the lock.
    _file: Option<fs::File>,
}

/// How long a command waits for another program to let go of the library before it gives up.
pub const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(120);

impl LibraryLock {
    /// Waits for the lock on the library in `dir` (at most [`LOCK_PATIENCE`]), then takes it,
    /// creating the folder and the lock file if needed. Where the file system has no locks at all
    /// (some network drives), the work goes on unlocked, with a warning in the log.
    pub fn acquire(dir: &Path) -> Result<Self, LibraryError> {
        Self::acquire_within(dir, LOCK_PATIENCE, || {})
    }

    /// Takes the lock if nobody holds it, without waiting: `Ok(None)` when another program holds it.
    /// For the app, which must never wait on its window's thread.
    pub fn try_acquire(dir: &Path) -> Result<Option<Self>, LibraryError> {
        let file = open_lock_file(dir)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Self { _file: Some(file) })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
                log::warn!("{}: this drive cannot lock files ({e}); changing the library unlocked", dir.display());
                Ok(Some(Self { _file: None }))
            }
            Err(fs::TryLockError::Error(e)) => Err(LibraryError::io(&dir.join(LOCK_FILE), e)),
        }
    }

    /// Waits at most `patience` for the lock, calling `waiting` once when it has to wait (to say
    /// so); then fails with [`LibraryError::Busy`].
    pub fn acquire_within(
        dir: &Path,
        patience: std::time::Duration,
        mut waiting: impl FnMut(),
    ) -> Result<Self, LibraryError> {
        let start = std::time::Instant::now();
        let mut said = false;
        let mut pause = std::time::Duration::from_millis(2);
        loop {
            if let Some(lock) = Self::try_acquire(dir)? {
                return Ok(lock);
            }
            if !said {
                waiting();
                said = true;
            }
            if start.elapsed() >= patience {
                return Err(LibraryError::Busy { path: dir.to_owned(), waited: start.elapsed().as_secs() });
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(std::time::Duration::from_millis(100));
        }
    }
}

fn open_lock_file(dir: &Path) -> Result<fs::File, LibraryError> {
    fs::create_dir_all(dir).map_err(|e| LibraryError::io(dir, e))?;
    let path: PathBuf = dir.join(LOCK_FILE);
    fs::OpenOptions::new()
        .create(true)
        .read(true)
        .write(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| LibraryError::io(&path, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    #[test]
    fn a_second_holder_waits_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = LibraryLock::acquire(dir.path()).unwrap();
        let released = Arc::new(AtomicBool::new(false));
        let waiter = {
            let dir = dir.path().to_owned();
            let released = Arc::clone(&released);
            std::thread::spawn(move || {
                let _second = LibraryLock::acquire(&dir).unwrap();
                released.load(Ordering::SeqCst)
            })
        };
        std::thread::sleep(std::time::Duration::from_millis(200));
        released.store(true, Ordering::SeqCst);
        drop(first);
        assert!(waiter.join().unwrap(), "the second holder got the lock while the first still held it");
    }

    #[test]
    fn a_holder_that_never_lets_go_is_said_not_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let _first = LibraryLock::acquire(dir.path()).unwrap();
        assert!(LibraryLock::try_acquire(dir.path()).unwrap().is_none());
        let mut told = 0;
        let waited =
            LibraryLock::acquire_within(dir.path(), std::time::Duration::from_millis(50), || told += 1).unwrap_err();
        assert_eq!(told, 1, "the wait is said once");
        assert!(waited.to_string().contains("another program is using this library"), "{waited}");
    }
}
