//! `mdbook-azure-signup-guide install`: adds the preprocessor and the loader to a book's
//! `book.toml` and copies the guide's built files into its source folder. Running it again
//! changes nothing; running a newer build replaces the files and removes the old ones.

use crate::expand::ASSET_DIR;
use std::fs;
use std::path::Path;
use toml_edit::{Array, DocumentMut, Item, Table};

/// The classic script `additional-js` loads: mdBook writes only classic `<script>` tags,
/// and the loader is a module, so this imports it. `additional-js` paths are the book
/// root's (not the source folder's), so it lives at the root, beside `book.toml`, and
/// imports from the guide's folder that mdBook copies out of the source folder.
pub(crate) const START_SCRIPT: &str = include_str!("../start.js");
/// The start script's name, at the book's root.
pub(crate) const START_NAME: &str = "azure-signup-guide-start.js";

/// Sets the book at `book` up for the guide with `assets` (name, bytes); returns one line
/// per change made, empty when everything was already in place.
pub(crate) fn install(book: &Path, assets: &[(&str, &[u8])]) -> Result<Vec<String>, String> {
    if assets.is_empty() {
        return Err("this build of mdbook-azure-signup-guide carries no guide files: build the widget first \
                    (scripts/build-mdbook-preprocessor), then build or install the preprocessor again"
            .to_owned());
    }
    let config_path = book.join("book.toml");
    let config = fs::read_to_string(&config_path).map_err(|e| format!("cannot read {}: {e}", config_path.display()))?;
    let mut doc: DocumentMut =
        config.parse().map_err(|e| format!("{} is not valid TOML: {e}", config_path.display()))?;
    let mut changes = Vec::new();

    let script = START_NAME;
    if add_config(&mut doc, script)? {
        fs::write(&config_path, doc.to_string()).map_err(|e| format!("cannot write {}: {e}", config_path.display()))?;
        changes.push(format!(
            "{}: [preprocessor.azure-signup-guide] and additional-js \"{script}\"",
            config_path.display()
        ));
    }

    let src = doc.get("book").and_then(|b| b.get("src")).and_then(Item::as_str).unwrap_or("src");
    let folder = book.join(src).join(ASSET_DIR);
    fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let start = (book.join(START_NAME), START_SCRIPT.as_bytes());
    for (path, bytes) in assets.iter().map(|(name, bytes)| (folder.join(name), *bytes)).chain([start]) {
        if fs::read(&path).ok().as_deref() != Some(bytes) {
            fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            changes.push(format!("{}: written", path.display()));
        }
    }
    // A previous version's hashed glue, wasm and language files would otherwise stay in the
    // book forever: the folder is the guide's, and every `azure-signup-guide-…` file this
    // build does not have is an older build's.
    let entries = fs::read_dir(&folder).map_err(|e| format!("cannot list {}: {e}", folder.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("azure-signup-guide-") && !assets.iter().any(|(n, _)| *n == name) {
            fs::remove_file(entry.path()).map_err(|e| format!("cannot remove {}: {e}", entry.path().display()))?;
            changes.push(format!("{}: removed (an older build's file)", entry.path().display()));
        }
    }
    Ok(changes)
}

/// Adds `[preprocessor.azure-signup-guide]` and `script` to `output.html.additional-js`
/// where missing, keeping the rest of the file as the author wrote it; true if it changed.
fn add_config(doc: &mut DocumentMut, script: &str) -> Result<bool, String> {
    let mut changed = false;
    let preprocessors = table(doc.as_table_mut(), "preprocessor")?;
    if !preprocessors.contains_key("azure-signup-guide") {
        preprocessors.insert("azure-signup-guide", Item::Table(Table::new()));
        changed = true;
    }
    let output = table(doc.as_table_mut(), "output")?;
    let html = table(output, "html")?;
    let scripts = html.entry("additional-js").or_insert_with(|| Item::Value(Array::new().into()));
    let Some(list) = scripts.as_array_mut() else {
        return Err("output.html.additional-js in book.toml is not a list".to_owned());
    };
    if !list.iter().any(|v| v.as_str() == Some(script)) {
        list.push(script);
        changed = true;
    }
    Ok(changed)
}

/// The table `key` in `parent`, made (implicit, so no empty header is written) if missing.
fn table<'a>(parent: &'a mut Table, key: &str) -> Result<&'a mut Table, String> {
    let item = parent.entry(key).or_insert_with(|| {
        let mut t = Table::new();
        t.set_implicit(true);
        Item::Table(t)
    });
    item.as_table_mut().ok_or_else(|| format!("`{key}` in book.toml is not a table"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const ASSETS: &[(&str, &[u8])] = &[
        ("azure-signup-guide.js", b"loader"),
        ("azure-signup-guide-1111.js", b"glue"),
        ("azure-signup-guide-1111_bg.wasm", b"\0asm"),
        ("azure-signup-guide-1111.sv-SE.txt", b"sv"),
        ("azure-signup-guide.css", b":host{}"),
    ];

    /// A fresh book folder under the system's temp folder with `book.toml` as given.
    fn book(name: &str, config: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("asg-install-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("src")).unwrap();
        fs::write(dir.join("book.toml"), config).unwrap();
        dir
    }

    #[test]
    fn install_adds_config_and_files_and_a_second_run_changes_nothing() {
        let dir = book("twice", "# My book\n[book]\ntitle = \"Bok\" # keep me\nlanguage = \"sv\"\n");
        let changes = install(&dir, ASSETS).unwrap();
        assert_eq!(changes.len(), 7, "{changes:?}");
        let config = fs::read_to_string(dir.join("book.toml")).unwrap();
        assert!(config.starts_with("# My book\n[book]\ntitle = \"Bok\" # keep me\n"), "{config}");
        let doc: DocumentMut = config.parse().unwrap();
        assert!(doc["preprocessor"]["azure-signup-guide"].is_table(), "{config}");
        let scripts = doc["output"]["html"]["additional-js"].as_array().unwrap();
        assert_eq!(scripts.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>(), ["azure-signup-guide-start.js"]);
        for (name, bytes) in ASSETS {
            assert_eq!(fs::read(dir.join("src/azure-signup-guide").join(name)).unwrap(), *bytes);
        }
        assert_eq!(fs::read_to_string(dir.join(START_NAME)).unwrap(), START_SCRIPT, "at the book's root");

        assert_eq!(install(&dir, ASSETS).unwrap(), Vec::<String>::new());
        assert_eq!(fs::read_to_string(dir.join("book.toml")).unwrap(), config);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn existing_settings_and_scripts_are_kept() {
        let config =
            "[book]\nsrc = \"kapitel\"\n\n[output.html]\ndefault-theme = \"coal\"\nadditional-js = [\"mine.js\"]\n\n\
                      [preprocessor.azure-signup-guide]\nafter = [\"links\"]\n";
        let dir = book("kept", config);
        install(&dir, ASSETS).unwrap();
        let doc: DocumentMut = fs::read_to_string(dir.join("book.toml")).unwrap().parse().unwrap();
        assert_eq!(doc["output"]["html"]["default-theme"].as_str(), Some("coal"));
        let scripts = doc["output"]["html"]["additional-js"].as_array().unwrap();
        assert_eq!(
            scripts.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>(),
            ["mine.js", "azure-signup-guide-start.js"]
        );
        assert_eq!(doc["preprocessor"]["azure-signup-guide"]["after"].as_array().unwrap().len(), 1);
        assert!(dir.join("kapitel/azure-signup-guide/azure-signup-guide.js").exists(), "the book's own src folder");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_newer_build_replaces_the_old_hashed_files() {
        let dir = book("upgrade", "[book]\n");
        install(&dir, ASSETS).unwrap();
        let newer: &[(&str, &[u8])] = &[
            ("azure-signup-guide.js", b"loader 2"),
            ("azure-signup-guide-2222.js", b"glue 2"),
            ("azure-signup-guide-2222_bg.wasm", b"\0asm2"),
            ("azure-signup-guide.css", b":host{}"),
        ];
        install(&dir, newer).unwrap();
        let mut names: Vec<String> = fs::read_dir(dir.join("src/azure-signup-guide"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                "azure-signup-guide-2222.js",
                "azure-signup-guide-2222_bg.wasm",
                "azure-signup-guide.css",
                "azure-signup-guide.js",
            ]
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn clear_errors_instead_of_a_half_install() {
        let missing = std::env::temp_dir().join("asg-install-no-such-book");
        assert!(install(&missing, ASSETS).unwrap_err().starts_with("cannot read"));
        assert!(install(&missing, &[]).unwrap_err().contains("carries no guide files"));
        let dir = book("bad", "[output]\nhtml = 3\n");
        assert_eq!(install(&dir, ASSETS).unwrap_err(), "`html` in book.toml is not a table");
        let dir2 = book("bad-js", "[output.html]\nadditional-js = \"one.js\"\n");
        assert!(install(&dir2, ASSETS).unwrap_err().contains("additional-js in book.toml is not a list"));
        assert!(!dir2.join("src/azure-signup-guide").exists(), "nothing copied when the config is refused");
        fs::remove_dir_all(dir).unwrap();
        fs::remove_dir_all(dir2).unwrap();
    }
}
