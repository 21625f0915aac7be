//! The locales the guide ships, and the per-language rules (direction, plurals, digits) they need.

/// A locale the guide ships text for. Each has a folder `locales/<tag>/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    /// Swedish, the language of the source article.
    SvSe,
    /// English (United States), the fallback.
    EnUs,
}

/// Reading direction of a locale's script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value for an HTML `dir` attribute.
    pub const fn as_attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// CLDR plural categories (only those our locales use are ever returned).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// The Fluent variant key naming this category.
    pub const fn key(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

impl Locale {
    /// Every shipped locale, in the order the language switcher lists them.
    pub const ALL: &'static [Locale] = &[Locale::SvSe, Locale::EnUs];

    /// The locale used when nothing else matches, and for messages a locale lacks.
    pub const FALLBACK: Locale = Locale::EnUs;

    /// The BCP 47 tag, as used for `lang` attributes and the `locales/` folder names.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::SvSe => "sv-SE",
            Locale::EnUs => "en-US",
        }
    }

    /// The lower-case locale segment learn.microsoft.com uses in its paths.
    pub const fn docs_segment(self) -> &'static str {
        match self {
            Locale::SvSe => "sv-se",
            Locale::EnUs => "en-us",
        }
    }

    /// The primary language subtag, used for closest-match negotiation.
    const fn language(self) -> &'static str {
        match self {
            Locale::SvSe => "sv",
            Locale::EnUs => "en",
        }
    }

    /// Reading direction of the locale's script.
    pub const fn direction(self) -> Direction {
        Direction::Ltr
    }

    /// The plural category of a whole number, by the CLDR rules for this language.
    pub fn plural(self, n: i64) -> PluralCategory {
        match self {
            Locale::SvSe | Locale::EnUs => {
                if n == 1 {
                    PluralCategory::One
                } else {
                    PluralCategory::Other
                }
            }
        }
    }

    /// Formats a whole number with this locale's digits and minus sign.
    pub fn format_number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let sign = if n < 0 { "\u{2212}" } else { "" };
        format!("{sign}{digits}")
    }

    /// Parses a well-formed BCP 47 tag and returns the closest shipped locale:
    /// an exact match first, then any locale of the same language (`sv` → sv-SE).
    pub fn closest(tag: &str) -> Option<Locale> {
        if !is_well_formed_tag(tag) {
            return None;
        }
        let exact = Locale::ALL.iter().find(|l| l.tag().eq_ignore_ascii_case(tag));
        if let Some(locale) = exact {
            return Some(*locale);
        }
        let language = tag.split('-').next().unwrap_or_default();
        Locale::ALL.iter().copied().find(|l| l.language().eq_ignore_ascii_case(language))
    }
}

/// A syntactic check of a BCP 47 language tag: a 2–3 letter language (or 4–8
/// letters), then subtags of 1–8 letters or digits separated by hyphens.
/// `sv_SE`, `<script>` and the empty string fail it.
pub fn is_well_formed_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let Some(language) = subtags.next() else { return false };
    let language_ok =
        (2..=8).contains(&language.len()) && language.len() != 4 && language.bytes().all(|b| b.is_ascii_alphabetic());
    language_ok && subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_match_prefers_exact_then_language() {
        let cases: &[(&str, Option<Locale>)] = &[
            ("sv-SE", Some(Locale::SvSe)),
            ("SV-se", Some(Locale::SvSe)),
            ("sv", Some(Locale::SvSe)),
            ("sv-FI", Some(Locale::SvSe)),
            ("en", Some(Locale::EnUs)),
            ("en-GB", Some(Locale::EnUs)),
            ("xx", None),
            ("sv_SE", None),
            ("<script>", None),
            ("", None),
            ("s", None),
            ("sv-", None),
            ("svenska-sverige-toolongsubtag", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(Locale::closest(tag), *expected, "tag {tag:?}");
        }
    }

    #[test]
    fn plural_rules_follow_cldr() {
        assert_eq!(Locale::SvSe.plural(1), PluralCategory::One);
        assert_eq!(Locale::SvSe.plural(0), PluralCategory::Other);
        assert_eq!(Locale::EnUs.plural(2), PluralCategory::Other);
    }

    #[test]
    fn numbers_use_a_real_minus_sign() {
        assert_eq!(Locale::EnUs.format_number(-3), "\u{2212}3");
        assert_eq!(Locale::SvSe.format_number(12), "12");
    }
}
