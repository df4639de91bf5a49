//! The app people install: the desktop entry (checked by `desktop-file-validate`), the bulletin file
//! type, the icons at every size, the `.deb` that `cargo deb` makes (its files, unpacked into a fresh
//! folder as `dpkg` would install them), and what the desktop hands the app: a library's week file
//! opens the library at that week, any other bulletin file comes in through the import preview.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

const SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A PNG's width and height, from its header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[1..4], b"PNG", "{} is a PNG", path.display());
    let at = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (at(16), at(20))
}

/// Checks a desktop entry with `desktop-file-validate` (skipped, with a note, where it is absent),
/// and that it launches the program with the file it is given and names the bulletin file type.
fn check_desktop_entry(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("\nExec=prayer-bulletin open %f\n"), "{text}");
    assert!(text.contains("\nIcon=prayer-bulletin\n") && text.contains("MimeType=application/x-prayer-bulletin;"));
    match common::tool(&["desktop-file-validate"], "DESKTOP_FILE_VALIDATE") {
        Some(validate) => {
            let run = std::process::Command::new(validate).arg(path).output().unwrap();
            let said = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
            assert!(run.status.success() && said.trim().is_empty(), "{}: {said}", path.display());
        }
        None => eprintln!("skipped: desktop-file-validate is not installed (apt-get install desktop-file-utils)"),
    }
}

#[test]
fn the_desktop_entry_file_type_and_icons_are_in_order() {
    check_desktop_entry(&root().join("packaging/prayer-bulletin.desktop"));
    let mime = std::fs::read_to_string(root().join("packaging/prayer-bulletin-mime.xml")).unwrap();
    let mut reader = quick_xml::Reader::from_str(&mime);
    let mut types = Vec::new();
    loop {
        match reader.read_event().expect("the file type's XML reads") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) if e.name().as_ref() == "mime-type" => {
                let kind = e.try_get_attribute("type").unwrap().unwrap();
                types.push(kind.value.to_string());
            }
            _ => {}
        }
    }
    assert_eq!(types, ["application/x-prayer-bulletin"]);
    for size in SIZES {
        let icon = root().join(format!("assets/icons/hicolor/{size}x{size}/apps/prayer-bulletin.png"));
        assert_eq!(png_size(&icon), (size, size), "{}", icon.display());
    }
}

/// The package `cargo deb --strip` made (CI makes it before the tests), unpacked into a fresh folder:
/// the program runs from it, its desktop entry validates, its icons and file type are where the
/// desktop looks. Where no package was made the test says so and passes.
#[test]
fn the_deb_holds_the_program_its_desktop_entry_and_icons() {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    let deb = std::env::var_os("PRAYER_BULLETIN_DEB").map(PathBuf::from).or_else(|| {
        std::fs::read_dir(target.join("debian"))
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "deb"))
    });
    let Some(deb) = deb else {
        eprintln!("skipped: no .deb was made (cargo install cargo-deb; cargo deb --strip)");
        return;
    };
    let unpacked = tempfile::tempdir().unwrap();
    let run = std::process::Command::new("dpkg-deb").arg("-x").arg(&deb).arg(unpacked.path()).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let usr = unpacked.path().join("usr");
    let program = usr.join("bin/prayer-bulletin");
    let version = std::process::Command::new(&program).arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("prayer-bulletin "), "the program runs");
    check_desktop_entry(&usr.join("share/applications/prayer-bulletin.desktop"));
    assert!(usr.join("share/mime/packages/prayer-bulletin.xml").exists());
    assert!(usr.join("share/icons/hicolor/scalable/apps/prayer-bulletin.svg").exists());
    for size in SIZES {
        let icon = usr.join(format!("share/icons/hicolor/{size}x{size}/apps/prayer-bulletin.png"));
        assert_eq!(png_size(&icon), (size, size));
    }
    // What the window loads at run time is listed, since no linker finds it.
    let info = std::process::Command::new("dpkg-deb").args(["-f"]).arg(&deb).arg("Depends").output().unwrap();
    let depends = String::from_utf8_lossy(&info.stdout);
    for library in ["libc6", "libxkbcommon-x11-0", "libgl1", "libegl1", "libxcursor1"] {
        assert!(depends.contains(library), "{library} in {depends}");
    }
}

/// What the desktop hands over: a week file of a library opens that week; another bulletin file is
/// read into the import preview.
#[test]
fn a_bulletin_file_opened_from_the_desktop_shows_its_week_or_comes_in_to_import() {
    use prayer_bulletin::app::{Command, Dialog};
    let library = common::sample_copy();
    let mut h = common::harness_on(library.path());
    h.state_mut().after_loading(vec![Command::Select("2026-10-10".to_owned())]);
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-10-10"), "the week opened");
    let elsewhere = tempfile::tempdir().unwrap();
    let file = elsewhere.path().join("partner-week.ron");
    std::fs::copy(common::sample_data().join("bulletins/2026-10-10.ron"), &file).unwrap();
    h.state_mut().after_loading(vec![Command::ImportFile(file)]);
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::ImportPreview(_))), "the import preview opened");
}
