//! Rules of the house kept by a test instead of by memory (after rust-analyzer's
//! `tidy.rs`): no user-visible text written in the UI code, no inline styles, a `//!`
//! line atop every module, and end-to-end helpers defined in the shared harness only.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` whose name ends with `ext`.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path, ext));
        } else if path.to_string_lossy().ends_with(ext) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The string literals of a line of Rust (escapes kept as written).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'/') {
            break;
        }
        // A char literal like '"' is not the start of a string.
        if c == '"' && previous != '\'' {
            let mut literal = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        literal.push(d);
                        if let Some(e) = chars.next() {
                            literal.push(e);
                        }
                    }
                    '"' => break,
                    d => literal.push(d),
                }
            }
            out.push(literal);
        }
        previous = c;
    }
    out
}

/// Whether a literal reads as text for people: a letter outside ASCII, two words, or a web address.
fn reads_as_text(literal: &str) -> bool {
    const NOT_TEXT: &[&str] = &["noopener noreferrer"];
    if NOT_TEXT.contains(&literal) {
        return false;
    }
    let words = literal.split(' ').filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic())).count();
    literal.chars().any(|c| !c.is_ascii() && !c.is_control()) || words >= 2 || literal.contains(".com")
}

/// The lines of `source` outside its `#[cfg(test)]` module, with their numbers.
fn code_lines(source: &str) -> impl Iterator<Item = (usize, &str)> {
    source.lines().enumerate().take_while(|(_, l)| !l.starts_with("#[cfg(test)]")).map(|(i, l)| (i + 1, l))
}

#[test]
fn the_ui_writes_no_text_of_its_own() {
    let mut found = Vec::new();
    for file in files(&root().join("src/ui"), ".rs") {
        let source = std::fs::read_to_string(&file).expect("readable");
        for (number, line) in code_lines(&source).filter(|(_, l)| !l.trim_start().starts_with("//")) {
            for literal in literals(line).into_iter().filter(|l| reads_as_text(l)) {
                found.push(format!("{}:{number}: {literal:?}", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "user-visible text belongs in locales/*/guide.ftl:\n{}", found.join("\n"));
}

#[test]
fn the_text_rule_would_catch_text() {
    for text in ["Nästa", "Next step", "account.azure.com/signup", "••••"] {
        assert!(reads_as_text(text), "{text}");
    }
    for code in
        ["asg-step", "button", "0 0 12 12", "M4.5 2H2v8h8V7.5", "[data-step=\\\"{}\\\"] .asg-h3", "noopener noreferrer"]
    {
        assert!(!reads_as_text(code), "{code}");
    }
    assert_eq!(literals(r#"html! { <p class="a">{ "Hej du" }</p> } // "not this""#), ["a", "Hej du"]);
}

#[test]
fn no_inline_styles() {
    // The documented CSP has no 'unsafe-inline' for styles: a style attribute would be blocked.
    for file in files(&root().join("src"), ".rs").into_iter().chain(files(&root().join("loader"), ".js")) {
        let source = std::fs::read_to_string(&file).expect("readable");
        for (number, line) in code_lines(&source) {
            assert!(
                !line.contains(" style=") && !line.contains(".style.") && !line.contains("\"style\""),
                "{}:{number}: an inline style",
                file.display()
            );
        }
    }
}

#[test]
fn every_module_says_what_it_is_for() {
    // markers.rs is `include!`d into other files, where an inner `//!` cannot stand; it
    // opens with a plain comment instead.
    let included = root().join("crates/core/src/i18n/markers.rs");
    let sources =
        ["src", "crates/core/src", "crates/mdbook/src"].into_iter().flat_map(|dir| files(&root().join(dir), ".rs"));
    for file in sources.filter(|f| *f != included) {
        let source = std::fs::read_to_string(&file).expect("readable");
        assert!(source.starts_with("//!"), "{} does not open with a //! line", file.display());
    }
    assert!(std::fs::read_to_string(&included).expect("readable").starts_with("// "));
}

#[test]
fn end_to_end_helpers_live_in_the_harness() {
    let harness = root().join("tests/e2e/harness.mjs");
    for file in files(&root().join("tests/e2e"), ".mjs").into_iter().filter(|f| *f != harness) {
        let source = std::fs::read_to_string(&file).expect("readable");
        for (number, line) in source.lines().enumerate() {
            for helper in ["const clean =", "function clean(", "const progress = (", "function progress("] {
                assert!(!line.contains(helper), "{}:{}: `{helper}` belongs in harness.mjs", file.display(), number + 1);
            }
            assert!(
                !line.contains(".asg-step.is-current .asg-step-progress"),
                "{}:{}: use `progress` from harness.mjs",
                file.display(),
                number + 1
            );
        }
    }
}

#[test]
fn the_core_crate_depends_on_nothing() {
    // "The core knows nothing of the browser" as a compile error: with no dependencies,
    // `crates/core` cannot name yew, web-sys, js-sys or wasm-bindgen.
    let manifest = std::fs::read_to_string(root().join("crates/core/Cargo.toml")).expect("crates/core/Cargo.toml");
    let dependencies = manifest.split("[dependencies]").nth(1).expect("a [dependencies] table");
    let table = dependencies.split("\n[").next().unwrap_or_default();
    let named: Vec<&str> = table.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert!(named.is_empty(), "crates/core depends on {named:?}");
    let code: String = manifest.lines().filter(|l| !l.trim_start().starts_with('#')).collect::<Vec<_>>().join("\n");
    for forbidden in ["yew", "web-sys", "web_sys", "wasm-bindgen", "js-sys"] {
        assert!(!code.contains(forbidden), "crates/core/Cargo.toml names {forbidden}");
    }
}

#[test]
fn the_docs_name_every_shipped_locale() {
    // Hand-written lists of the locales (for readers of the docs and the package) drift
    // when a language is added: each must name every folder of locales/.
    let tags: Vec<String> = std::fs::read_dir(root().join("locales"))
        .expect("locales/")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(tags.len() >= 19, "{} locales", tags.len());
    for doc in ["docs/embedding.md", "npm/README.md", "npm/azure-signup-guide.d.ts"] {
        let text = std::fs::read_to_string(root().join(doc)).expect("readable doc");
        let missing: Vec<&String> = tags.iter().filter(|t| !text.contains(t.as_str())).collect();
        assert!(missing.is_empty(), "{doc} does not name {missing:?}");
    }
}

/// The loader decides the step a copy opens on before the wasm is in, from the rules the
/// build writes into it (`contract.json`, from `walkthrough::saved`, `StepId`, `Case`), not
/// from copies of them: none of the values those rules hold is written in the loader.
#[test]
fn the_loader_restates_no_rule_of_the_rust_code() {
    use azure_signup_guide::walkthrough::{StepId, MAX_SAVED_LEN, OLD_ACCOUNT_VALUES, SAVED_VERSION, STORAGE_PREFIX};
    let loader = std::fs::read_to_string(root().join("loader/azure-signup-guide.js")).expect("the loader");
    let code: String = code_lines(&loader).map(|(_, l)| l.split("//").next().unwrap_or_default()).collect();
    let mut restated: Vec<String> = vec![
        format!("\"{SAVED_VERSION}\""),
        format!(":{SAVED_VERSION}:"),
        STORAGE_PREFIX.to_owned(),
        format!("> {MAX_SAVED_LEN}"),
        format!("<= {MAX_SAVED_LEN}"),
        format!("<= {}", azure_signup_guide::walkthrough::passed_mask()),
    ];
    restated.extend(OLD_ACCOUNT_VALUES.iter().map(|v| format!("\"{v}\"")));
    restated.extend(StepId::ALL.iter().map(|s| format!("\"{}\"", s.slug())));
    let found: Vec<&String> = restated.iter().filter(|r| code.contains(r.as_str())).collect();
    assert!(found.is_empty(), "loader/azure-signup-guide.js restates {found:?}: read it from runtime.contract");
    // The one it keeps: a step link's key is the element's name, the loader's `TAG`.
    let tag = format!("const TAG = \"{}\";", azure_signup_guide::walkthrough::FRAGMENT_KEY);
    assert!(loader.contains(&tag), "the loader's TAG is the fragment key: {tag}");
}

/// The TypeScript declarations list exactly the values the element takes (the Rust types').
#[test]
fn the_type_declarations_list_the_element_s_values() {
    use azure_signup_guide::domain::{Case, ScenarioId};
    use azure_signup_guide::ui::{Theme, View};
    use azure_signup_guide::walkthrough::StepId;
    let types = std::fs::read_to_string(root().join("npm/azure-signup-guide.d.ts")).expect("the declarations");
    // The union of string literals after `name`, up to the `;` that ends it.
    let union = |name: &str| -> Vec<String> {
        let start = types.find(name).unwrap_or_else(|| panic!("{name} in the declarations")) + name.len();
        let end = start + types[start..].find(';').expect("a `;` after the union");
        types[start..end].split('|').map(|v| v.trim().trim_matches('"').to_owned()).collect()
    };
    let slugs = |values: Vec<&str>| values.into_iter().map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(union("type AzureSignupGuideStep ="), slugs(StepId::ALL.iter().map(|s| s.slug()).collect()));
    assert_eq!(union("type AzureSignupGuideScenario ="), slugs(ScenarioId::ALL.iter().map(|s| s.slug()).collect()));
    assert_eq!(union("type AzureSignupGuideCase ="), slugs(Case::ALL.iter().map(|c| c.slug()).collect()));
    assert_eq!(union("view?:"), slugs(View::ALL.iter().map(|v| v.slug()).collect()));
    assert_eq!(union("theme?:"), slugs(Theme::ALL.iter().map(|t| t.slug()).collect()));
}

/// The element's console warnings for a bad attribute value name exactly the values the
/// Rust types take (written out, so the wasm carries no list-joining code for them).
#[test]
fn the_attribute_warnings_name_the_element_s_values() {
    use azure_signup_guide::domain::{Case, ScenarioId};
    use azure_signup_guide::ui::{Theme, View};
    use azure_signup_guide::walkthrough::StepId;
    let embed = std::fs::read_to_string(root().join("src/embed.rs")).expect("src/embed.rs");
    let check = |name: &str, slugs: Vec<&str>| {
        let start = format!("\"{name} must be ");
        let at = embed.find(&start).unwrap_or_else(|| panic!("the {name} warning in src/embed.rs")) + start.len();
        let listed = &embed[at..at + embed[at..].find(';').expect("a `;` after the list")];
        let listed = listed.strip_suffix(" or 1-5").unwrap_or(listed);
        let mut named: Vec<&str> = listed.split(", ").collect();
        let last = named.pop().expect("a list");
        named.extend(last.split(" or "));
        assert_eq!(named, slugs, "the {name} warning");
    };
    check("view", View::ALL.iter().map(|v| v.slug()).collect());
    check("scenario", ScenarioId::ALL.iter().map(|s| s.slug()).collect());
    check("step", StepId::ALL.iter().map(|s| s.slug()).collect());
    check("theme", Theme::ALL.iter().map(|t| t.slug()).collect());
    check("case", Case::ALL.iter().map(|c| c.slug()).collect());
}

/// The guide's files are named once: post-build finds the hashed glue and wasm, names the
/// language files and lists them all in `dist/prerendered/files.json`; every packager, kit
/// and report reads that list (`scripts/guide-files.mjs`, the mdBook preprocessor's
/// `build.rs`) instead of matching the names again.
#[test]
fn the_guide_s_file_names_are_matched_in_one_place() {
    let readers = [
        "scripts/pack.mjs",
        "scripts/hugo-kit.mjs",
        "scripts/size-report.mjs",
        "scripts/setup.sh",
        "scripts/guide-files.mjs",
        "bench/run.mjs",
        "bench/faults.mjs",
        "crates/mdbook/build.rs",
        "crates/mdbook/src/install.rs",
    ];
    for file in readers {
        let source = std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for pattern in ["_bg\\.wasm", "_bg.wasm\")", "[0-9a-f]+", "-*.txt", "-*_bg"] {
            assert!(
                !source.contains(pattern),
                "{file} matches the guide's file names ({pattern}): read dist/prerendered/files.json"
            );
        }
    }
    let post_build = std::fs::read_to_string(root().join("scripts/post-build.mjs")).expect("post-build");
    assert!(post_build.contains("\"files.json\""), "post-build writes the list");
}
