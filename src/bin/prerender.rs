//! Writes the guide as static HTML, one file per locale and view
//! (`<dir>/<tag>.<view>.html`), for `scripts/post-build.mjs` to put into pages so that
//! readers without scripts or WebAssembly still read every step and fact.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use azure_signup_guide::i18n::Locale;
    use azure_signup_guide::ui::{prerender, View};

    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "target/prerender".to_owned()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("prerender: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    for locale in Locale::ALL {
        for (view, name) in [(View::All, "all"), (View::Steps, "steps"), (View::Diagram, "diagram")] {
            let path = dir.join(format!("{}.{name}.html", locale.tag()));
            if let Err(e) = std::fs::write(&path, prerender(*locale, view)) {
                eprintln!("prerender: cannot write {}: {e}", path.display());
                std::process::exit(1);
            }
        }
    }
}

/// The prerenderer runs on the build machine only.
#[cfg(target_arch = "wasm32")]
fn main() {}
