//! The bulletin files' own RON, one bulletin after another, for moving weeks between libraries.

use super::{ExportError, Prepared};

/// Writes prepared bulletins as RON, exactly as the library saves each of them.
pub(super) fn write(prepared: &Prepared<'_>) -> Result<String, ExportError> {
    let mut out = String::new();
    for bulletin in prepared.bulletins() {
        // Named after the bulletin's own file, so a failure says which week it was.
        let name = std::path::PathBuf::from(format!("{}.ron", bulletin.file_stem()));
        let text =
            crate::library::bulletin_to_ron(bulletin, &name).map_err(|e| ExportError::Unavailable(e.to_string()))?;
        out.push_str(&text);
    }
    Ok(out)
}
