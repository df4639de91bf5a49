//! Reading what is to be imported, bounded: a file or standard input larger than any bulletin could
//! be (a wrong file, `/dev/zero`, a runaway pipe) is refused after reading at most the limit, not
//! read until memory runs out.

use std::io::Read;
use std::path::Path;

/// The most an import reads from one file or from standard input: far above any bulletin (a year
/// of weekly e-mails is well under 1 MB), far below what would strain a laptop.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The input is larger than [`MAX_INPUT_BYTES`] (or the limit given).
    #[error("{name}: larger than {limit_mb} MB, the most an import reads; is it the right file?")]
    TooLarge {
        /// The file, or "standard input".
        name: String,
        /// The limit in MB.
        limit_mb: u64,
    },
    /// The system could not read it.
    #[error("{name}: {source}")]
    Io {
        /// The file, or "standard input".
        name: String,
        /// What the system said.
        source: std::io::Error,
    },
}

/// Reads all of `reader`, refusing (after reading `limit + 1` bytes at most) anything larger than
/// `limit` bytes. `name` is what errors call the input.
pub fn read_bounded(reader: impl Read, name: &str, limit: u64) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| InputError::Io { name: name.to_owned(), source })?;
    if bytes.len() as u64 > limit {
        return Err(InputError::TooLarge { name: name.to_owned(), limit_mb: limit / (1024 * 1024) });
    }
    Ok(bytes)
}

/// Reads a file to import, at most [`MAX_INPUT_BYTES`]. A regular file known to be larger is refused
/// without reading it; devices and pipes (which have no size) are read up to the limit.
pub fn read_file_bounded(path: &Path) -> Result<Vec<u8>, InputError> {
    let name = path.display().to_string();
    let io = |source| InputError::Io { name: name.clone(), source };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(io(std::io::Error::new(std::io::ErrorKind::IsADirectory, "a folder, not a file")));
    }
    if meta.is_file() && meta.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge { name, limit_mb: MAX_INPUT_BYTES / (1024 * 1024) });
    }
    read_bounded(file, &name, MAX_INPUT_BYTES)
}

/// Reads standard input to import, at most [`MAX_INPUT_BYTES`].
pub fn read_stdin_bounded() -> Result<Vec<u8>, InputError> {
    read_bounded(std::io::stdin().lock(), "standard input", MAX_INPUT_BYTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_up_to_the_limit_is_read_and_one_byte_more_is_refused() {
        let ten = [b'x'; 10];
        assert_eq!(read_bounded(&ten[..], "ten", 10).unwrap().len(), 10);
        let err = read_bounded(&ten[..], "ten", 9).unwrap_err();
        assert!(matches!(err, InputError::TooLarge { .. }), "{err}");
        assert!(err.to_string().starts_with("ten: larger than"), "{err}");
    }

    #[test]
    fn an_endless_input_stops_at_the_limit() {
        let err = read_bounded(std::io::repeat(0), "endless", 1024 * 1024).unwrap_err();
        assert_eq!(err.to_string(), "endless: larger than 1 MB, the most an import reads; is it the right file?");
    }

    #[test]
    fn a_folder_is_not_read_as_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_file_bounded(dir.path()).unwrap_err();
        assert!(err.to_string().contains("a folder, not a file"), "{err}");
    }
}
