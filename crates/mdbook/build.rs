//! Puts the guide's built files (`dist/`: the loader, the glue, the wasm, the catalog
//! files and the stylesheet) into the binary, so `install` needs nothing but the binary. Without a
//! `dist/` the preprocessor still expands directives; `install` then says what to build.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dist = std::env::var_os("ASG_DIST").map(PathBuf::from).unwrap_or_else(|| manifest.join("../../dist"));
    println!("cargo:rerun-if-env-changed=ASG_DIST");
    println!("cargo:rerun-if-changed={}", dist.display());
    let mut names: Vec<String> = std::fs::read_dir(&dist)
        .map(|entries| entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    // The loader imports the hashed glue and fetches the hashed wasm; the stylesheet is the
    // prerendered copies'. The demo page, its own CSS and the single file are not the guide.
    names.retain(|n| {
        n == "azure-signup-guide.js"
            || n == "azure-signup-guide.css"
            || (n.starts_with("azure-signup-guide-")
                && (n.ends_with(".js") || n.ends_with("_bg.wasm") || n.ends_with(".txt")))
    });
    names.sort();
    // The loader, the glue, the wasm, the stylesheet and a catalog file per language.
    let complete = names.len() > 4 && names.iter().any(|n| n.ends_with("_bg.wasm"));
    if !complete {
        println!(
            "cargo:warning=no complete guide build in {} (found {names:?}): `install` will refuse until the widget is built",
            dist.display()
        );
    }
    let mut out =
        String::from("/// The guide's built files, name and bytes.\npub(crate) const ASSETS: &[(&str, &[u8])] = &[\n");
    for name in names.iter().filter(|_| complete) {
        let path = dist.join(name).canonicalize().expect("a listed file exists");
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(out, "    ({name:?}, include_bytes!({:?})),", path.display().to_string()).expect("write to String");
    }
    out.push_str("];\n");
    let target = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("assets.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
