//! Chooses the locale from what the host page says, in a fixed order of trust.

use super::locale::{is_well_formed_tag, Locale};

/// What the host page says about language, gathered by the embed layer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LanguageHints<'a> {
    /// The widget element's own `lang` attribute, if present.
    pub attribute: Option<&'a str>,
    /// The nearest ancestor's `lang` (ending with `<html lang>`), if any.
    pub ancestor: Option<&'a str>,
    /// The page path, which may hold a segment such as `/sv-se/`.
    pub path: &'a str,
    /// `navigator.languages`, most preferred first.
    pub navigator: &'a [String],
}

/// The outcome of negotiation: the locale, and at most one warning for the console when
/// an explicit `lang` could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Negotiated {
    /// The locale chosen.
    pub locale: Locale,
    /// Which explicit `lang` values were ignored and why, for the console; `None` if none was.
    pub warning: Option<String>,
}

/// Picks the first supported locale from: the element's `lang`, the nearest
/// ancestor's `lang`, a locale segment in the path, `navigator.languages`, then en-US.
pub fn negotiate(hints: &LanguageHints<'_>) -> Negotiated {
    let mut rejected: Vec<String> = Vec::new();
    let mut consider = |value: Option<&str>, what: &str| -> Option<Locale> {
        let value = value?;
        let found = Locale::closest(value.trim());
        if found.is_none() {
            let reason = if is_well_formed_tag(value.trim()) { "no translation for it" } else { "not a language tag" };
            rejected.push(format!("{what} lang={} ({reason})", quote(value)));
        }
        found
    };
    let locale = consider(hints.attribute, "the element's")
        .or_else(|| consider(hints.ancestor, "the page's"))
        .or_else(|| from_path(hints.path))
        .or_else(|| hints.navigator.iter().find_map(|t| Locale::closest(t)))
        .unwrap_or(Locale::FALLBACK);
    let warning = (!rejected.is_empty()).then(|| {
        format!(
            "azure-signup-guide: ignored {}; showing {} (supported: {}).",
            rejected.join(" and "),
            locale.tag(),
            Locale::ALL.iter().map(|l| l.tag()).collect::<Vec<_>>().join(", ")
        )
    });
    Negotiated { locale, warning }
}

/// A path segment shaped like a locale (`sv-se`, `de-DE`), as docs sites use them.
fn from_path(path: &str) -> Option<Locale> {
    path.split('/')
        .filter(|s| {
            let b = s.as_bytes();
            b.len() == 5 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_alphabetic())
        })
        .find_map(Locale::closest)
}

/// Quotes an untrusted value for a console message, shortened, with quotes, backslashes
/// and controls escaped (by hand: `{:?}` would bring Debug's escaping tables into the wasm).
pub fn quote(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars().take(40) {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out.push('"');
    if value.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_escape_what_could_mislead_a_console_reader() {
        assert_eq!(quote("sv-SE"), "\"sv-SE\"");
        assert_eq!(quote("a\"b\\c\nd\u{1b}"), "\"a\\\"b\\\\c\\u{a}d\\u{1b}\"");
        assert_eq!(quote(&"x".repeat(41)), format!("\"{}\"…", "x".repeat(40)));
    }

    fn check(
        attribute: Option<&str>,
        ancestor: Option<&str>,
        path: &str,
        navigator: &[&str],
        expected: (Locale, bool),
    ) {
        let navigator: Vec<String> = navigator.iter().map(|s| s.to_string()).collect();
        let hints = LanguageHints { attribute, ancestor, path, navigator: &navigator };
        let got = negotiate(&hints);
        assert_eq!(got.locale, expected.0, "{hints:?}");
        assert_eq!(got.warning.is_some(), expected.1, "warning for {hints:?}: {:?}", got.warning);
    }

    #[test]
    fn negotiation_table() {
        use Locale::*;
        check(Some("sv-SE"), Some("en"), "/en-us/x", &["en-US"], (SvSe, false));
        check(Some("sv"), None, "/", &[], (SvSe, false));
        check(Some("en-GB"), Some("sv"), "/", &[], (EnUs, false));
        check(None, Some("sv"), "/en-us/", &["en"], (SvSe, false));
        check(None, None, "/sv-se/azure/guide", &["en-US"], (SvSe, false));
        check(None, None, "/docs/SV-SE/", &[], (SvSe, false));
        check(None, None, "/docs/azure/", &["fi-FI", "sv-FI", "en"], (SvSe, false));
        check(None, None, "/", &["fi", "xx"], (EnUs, false));
        check(None, None, "/", &[], (EnUs, false));
        // Garbage in the explicit sources falls through, with one warning.
        check(Some("xx"), Some("sv-SE"), "/", &[], (SvSe, true));
        check(Some("sv_SE"), None, "/", &["en"], (EnUs, true));
        check(Some("<script>"), None, "/sv-se/", &[], (SvSe, true));
        check(Some(""), None, "/", &[], (EnUs, true));
        check(Some("xx"), Some("yy"), "/", &["sv"], (SvSe, true));
        // Path segments must look like locales; words do not count.
        check(None, None, "/sverige/", &[], (EnUs, false));
        check(None, None, "/ab-cd/", &[], (EnUs, false));
        // Every shipped locale, by closest match from each source.
        check(Some("de-AT"), None, "/", &[], (DeDe, false));
        check(None, Some("fr-CA"), "/", &[], (FrFr, false));
        check(None, None, "/ja-jp/azure/", &[], (JaJp, false));
        check(None, None, "/", &["fi-FI", "ar-EG"], (ArSa, false));
        check(None, None, "/", &["zh-HK", "ar-EG"], (ZhTw, false));
        check(Some("fi"), None, "/de-de/", &[], (DeDe, true));
    }

    #[test]
    fn one_warning_names_every_rejected_value() {
        let hints = LanguageHints { attribute: Some("xx"), ancestor: Some("sv_SE"), path: "/", navigator: &[] };
        let warning = negotiate(&hints).warning.expect("a warning");
        assert!(warning.contains("\"xx\"") && warning.contains("\"sv_SE\""), "{warning}");
        assert!(warning.contains("en-US"), "{warning}");
        assert!(warning.contains("ar-SA"), "the warning lists what is supported: {warning}");
    }

    #[test]
    fn huge_values_are_shortened_in_the_warning() {
        let huge = "x".repeat(10_000);
        let hints = LanguageHints { attribute: Some(&huge), ..Default::default() };
        let warning = negotiate(&hints).warning.expect("a warning");
        assert!(warning.len() < 300, "{} bytes", warning.len());
    }
}
