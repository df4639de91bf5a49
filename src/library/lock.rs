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

impl LibraryLock {
    /// Waits for the lock on the library in `dir`, then takes it (creating the folder and the lock
    /// file if needed). Where the file system has no locks at all (some network drives), the work
    /// goes on unlocked, with a warning in the log.
    pub fn acquire(dir: &Path) -> Result<Self, LibraryError> {
        fs::create_dir_all(dir).map_err(|e| LibraryError::io(dir, e))?;
        let path: PathBuf = dir.join(LOCK_FILE);
        let file = fs::OpenOptions::new()
            .create(true)
            .read(true)
            .write(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| LibraryError::io(&path, e))?;
        match file.lock() {
            Ok(()) => Ok(Self { _file: Some(file) }),
            Err(e) if e.kind() == std::io::ErrorKind::Unsupported => {
                log::warn!("{}: this drive cannot lock files ({e}); changing the library unlocked", path.display());
                Ok(Self { _file: None })
            }
            Err(e) => Err(LibraryError::io(&path, e)),
        }
    }
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
}
