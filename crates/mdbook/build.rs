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
    // The guide's files as post-build lists them (`dist/prerendered/files.json`, flat JSON of
    // our own: `{"build":"…","loader":"…",…,"languages":{"sv-SE":"…",…}}`): every value but
    // the build's fingerprint is a file name. The demo page, its own CSS and the single file
    // are not the guide.
    let list = dist.join("prerendered").join("files.json");
    println!("cargo:rerun-if-changed={}", list.display());
    let list = std::fs::read_to_string(&list).unwrap_or_default();
    let parts: Vec<&str> = list.split('"').collect();
    let mut names: Vec<String> =
        parts.windows(3).filter(|w| w[1] == ":" && w[0] != "build").map(|w| w[2].to_owned()).collect();
    names.sort();
    // The loader, the glue, the wasm, the stylesheet and a catalog file per language, each there.
    let complete = names.len() > 4 && names.iter().all(|n| dist.join(n).is_file());
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
