//! Minifies the widget's stylesheet (`styles/`) into `azure-signup-guide.css`; the message
//! catalogs are built by `crates/core/build.rs`.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    write_styles(&root);
}

fn fail(message: &str) -> ! {
    eprintln!("build.rs: {message}");
    std::process::exit(1);
}

/// The widget's stylesheet, as prerendered copies link it and the loader adopts it
/// (`src/bin/prerender.rs` writes it out): `styles/` in cascade order, without comments
/// and needless spaces (the comments are for people; they would cost a reader about 2 KB
/// gzip), the dark theme applied to the system's dark mode too.
fn write_styles(root: &Path) {
    let mut source_css = String::new();
    for name in ["tokens.css", "widget.css", "print.css"] {
        let path = root.join("styles").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
        source_css.push_str(&minify_css(&source));
    }
    let mut css = expand_static_form(&source_css);
    // The dark theme is written once in tokens.css, for theme="dark"; the same block
    // applies to theme="auto" when the system is dark.
    let explicit = r#":host([theme="dark"]){"#;
    let Some(start) = css.find(explicit).map(|i| i + explicit.len()) else {
        fail("styles/tokens.css has no :host([theme=\"dark\"]) block");
    };
    let Some(end) = css[start..].find('}').map(|i| start + i) else { fail("tokens.css: unclosed dark block") };
    let dark = css[start..end].to_owned();
    // theme="auto" (no theme, or "auto"): the page's own dark mode when the loader found
    // one (`data-host-theme`), else the system's.
    css.push_str(&format!(r#":host([data-host-theme="dark"]:not([theme="light"])){{{dark}}}"#));
    css.push_str(&format!(
        r#"@media (prefers-color-scheme: dark){{:host(:not([theme="light"]):not([data-host-theme="light"])){{{dark}}}}}"#
    ));
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("styles.css");
    std::fs::write(&dest, css).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", dest.display())));
}

/// Replaces the `@static-form { … }` block (minified) with its rules in the three places
/// the static form applies: a guide left static (`:host([data-static])`), a page read
/// without scripts, and paper.
fn expand_static_form(css: &str) -> String {
    let marker = "@static-form{";
    let Some(start) = css.find(marker) else { fail("styles/widget.css has no @static-form block") };
    let body_start = start + marker.len();
    // The block ends at the brace that closes it: its rules hold braces of their own.
    let mut depth = 1;
    let Some(body_end) = css[body_start..].char_indices().find_map(|(i, c)| {
        depth += match c {
            '{' => 1,
            '}' => -1,
            _ => 0,
        };
        (depth == 0).then_some(body_start + i)
    }) else {
        fail("styles/widget.css: the @static-form block is not closed")
    };
    let body = &css[body_start..body_end];
    let mut hosted = String::new();
    for rule in body.split_inclusive('}') {
        let Some((selectors, declarations)) = rule.split_once('{') else { continue };
        let prefixed: Vec<String> = selectors.split(',').map(|s| format!(":host([data-static]) {s}")).collect();
        hosted.push_str(&format!("{}{{{declarations}", prefixed.join(",")));
    }
    format!("{}{hosted}@media (scripting: none),print{{{body}}}{}", &css[..start], &css[body_end + 1..])
}

/// Drops comments, folds white space to one space, and drops it next to `{ } ; ,` and `>`;
/// quoted strings are copied as they are. Spaces before `:` stay (`.a :focus` is not `.a:focus`).
fn minify_css(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    let mut space = false;
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                if space && !out.ends_with(tight) && !out.ends_with(':') && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            out.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
            }
            c => {
                // No space after a colon (`color: red`; in a selector a space never follows
                // one), and no semicolon before a closing brace.
                if space && !tight(c) && !out.ends_with(tight) && !out.ends_with(':') && !out.is_empty() {
                    out.push(' ');
                }
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}
