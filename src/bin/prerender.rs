//! Writes the guide as static HTML, one file per locale and view (`<dir>/<tag>.<view>.html`,
//! and `<tag>.<view>.languages.html` with the language menu), for `scripts/post-build.mjs`
//! to put into pages so that readers without scripts or WebAssembly still read every step
//! and fact; and
//! `<dir>/load-error.json`, the one message the loader shows itself, in en-US, with the
//! record that holds it in every catalog file; `<dir>/locales.json`, every key of the
//! matcher with its tag (`Locale::keys`); `<dir>/matches.json`, what `Locale::closest`
//! looks a `lang` up in, for the loader to match by the same rule; and `<dir>/azure-signup-guide.css`, the
//! stylesheet for prerendered copies (the one the wasm carries).
//! `prerender --closest <lang>` prints the locale the widget would choose for `<lang>`.

/// A JSON string that is also safe inside an inline `<script>`: quotes, backslashes and
/// control characters escaped, and `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX`,
/// so no translation can close the script or break the parse.
#[cfg(not(target_arch = "wasm32"))]
fn script_safe_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON object of string pairs, script-safe as [`script_safe_string`].
#[cfg(not(target_arch = "wasm32"))]
fn script_safe_json(pairs: &[(&str, String)]) -> String {
    let body: Vec<String> =
        pairs.iter().map(|(k, v)| format!("{}:{}", script_safe_string(k), script_safe_string(v))).collect();
    format!("{{{}}}", body.join(","))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use azure_signup_guide::domain::ScenarioId;
    use azure_signup_guide::i18n::{format, Locale, MsgId};
    use azure_signup_guide::ui::{prerender, Theme, View};
    use azure_signup_guide::walkthrough::StepId;

    // `prerender --closest <lang>` prints the shipped locale the widget would choose for a
    // page in `<lang>`, so scripts/post-build.mjs matches locales exactly as the widget does.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--closest") {
        let wanted = args.get(1).map(String::as_str).unwrap_or_default();
        println!("{}", Locale::closest(wanted).unwrap_or(Locale::FALLBACK).tag());
        return;
    }
    let dir = std::path::PathBuf::from(args.first().cloned().unwrap_or_else(|| "target/prerender".to_owned()));
    let write = |name: String, text: String| {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("prerender: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    // Each locale and view without the language menu (the guide in an article) and with it
    // (`languages`), so a copy looks exactly as the live guide will.
    for locale in Locale::ALL {
        for view in View::ALL {
            write(format!("{}.{}.html", locale.tag(), view.slug()), prerender(*locale, view, false));
            write(format!("{}.{}.languages.html", locale.tag(), view.slug()), prerender(*locale, view, true));
        }
    }
    // The guide's one stylesheet: prerendered copies link it, and the loader adopts it into
    // live guides (read from a copy that has it, else fetched; the wasm does not carry it).
    write("azure-signup-guide.css".to_owned(), include_str!(concat!(env!("OUT_DIR"), "/styles.css")).to_owned());
    // The loader's own message in en-US, and which record of a catalog file holds it in
    // the reader's language (the loader takes it from the file it fetched, if it can).
    let record = MsgId::LoadError as usize + 1;
    write(
        "load-error.json".to_owned(),
        format!(r#"{{"text":{},"record":{record}}}"#, script_safe_string(&format(Locale::FALLBACK, MsgId::LoadError))),
    );
    let table = Locale::match_table();
    let matches: Vec<(&str, String)> =
        table.lines().filter_map(|l| l.split_once('=')).map(|(k, t)| (k, t.to_owned())).collect();
    write("matches.json".to_owned(), script_safe_json(&matches));
    // Every key the matcher knows, flat (`Locale::keys`), for matchers outside the wasm.
    let keys: Vec<(String, String)> = Locale::keys().into_iter().map(|(k, l)| (k, l.tag().to_owned())).collect();
    let keys: Vec<(&str, String)> = keys.iter().map(|(k, t)| (k.as_str(), t.clone())).collect();
    write("locales.json".to_owned(), script_safe_json(&keys));
    // What the loader decides before the wasm is in (the step a copy opens on), from the
    // same rules the wasm follows: where progress is saved, its form, and the steps. (The
    // fragment's key is the element's name, which the loader has: tests/tidy.rs holds them equal.)
    {
        use azure_signup_guide::domain::Case;
        use azure_signup_guide::walkthrough::{
            passed_mask, MAX_SAVED_LEN, OLD_ACCOUNT_VALUES, SAVED_VERSION, STORAGE_PREFIX,
        };
        let quoted = |values: Vec<&str>| values.into_iter().map(script_safe_string).collect::<Vec<_>>().join(",");
        write(
            "contract.json".to_owned(),
            format!(
                r#"{{"storagePrefix":{},"savedVersion":{},"savedLimit":{MAX_SAVED_LEN},"steps":[{}],"required":{},"finishFrom":{},"cases":[{}],"accounts":[{}],"passedMask":{}}}"#,
                script_safe_string(STORAGE_PREFIX),
                script_safe_string(SAVED_VERSION),
                quoted(StepId::ALL.iter().map(|s| s.slug()).collect()),
                StepId::ALL.iter().filter(|s| !s.is_optional()).count(),
                StepId::Finish.index(),
                quoted(Case::ALL.iter().map(|c| c.slug()).collect()),
                quoted(OLD_ACCOUNT_VALUES.to_vec()),
                passed_mask(),
            ),
        );
    }
    // The values each option takes, as the element reads them, for the same outside
    // matchers: a step may also be its number, from 1.
    let list = |values: Vec<&str>| {
        let quoted: Vec<String> = values.into_iter().map(script_safe_string).collect();
        format!("[{}]", quoted.join(","))
    };
    write(
        "options.json".to_owned(),
        format!(
            r#"{{"view":{},"step":{},"scenario":{},"theme":{}}}"#,
            list(View::ALL.iter().map(|v| v.slug()).collect()),
            list(StepId::ALL.iter().map(|s| s.slug()).collect()),
            list(ScenarioId::ALL.iter().map(|s| s.slug()).collect()),
            list(Theme::ALL.iter().map(|t| t.slug()).collect()),
        ),
    );
    // The catalog files the loader fetches: the wasm carries no language of its own.
    for locale in Locale::ALL {
        let file = azure_signup_guide::i18n::catalog_file(*locale).expect("native builds compile every catalog");
        write(format!("catalog.{}.txt", locale.tag()), file);
    }
}

/// The prerenderer runs on the build machine only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::script_safe_json;

    #[test]
    fn no_translation_can_close_an_inline_script() {
        let json =
            script_safe_json(&[("sv-SE", "Fel </script><script>alert(1)</script> & \"citat\" \\ \u{2028}".to_owned())]);
        assert!(
            !json.contains('<') && !json.contains('>') && !json.contains('&') && !json.contains('\u{2028}'),
            "{json}"
        );
        assert_eq!(
            json,
            "{\"sv-SE\":\"Fel \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\\"citat\\\" \\\\ \\u2028\"}"
        );
    }

    #[test]
    fn pairs_come_out_in_order() {
        let json = script_safe_json(&[("a", "1".to_owned()), ("b", "2".to_owned())]);
        assert_eq!(json, "{\"a\":\"1\",\"b\":\"2\"}");
    }
}
