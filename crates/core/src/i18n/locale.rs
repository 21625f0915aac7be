//! The locales the guide ships, and the per-language rules (direction, plurals, digits) they need.

/// A locale the guide ships text for. Each has a folder `locales/<tag>/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    /// Swedish, the language of the source article.
    SvSe,
    /// English (United States), the fallback.
    EnUs,
    /// German (Germany).
    DeDe,
    /// French (France).
    FrFr,
    /// Japanese (Japan).
    JaJp,
    /// Arabic (Saudi Arabia), written right to left.
    ArSa,
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
    pub const ALL: &'static [Locale] =
        &[Locale::SvSe, Locale::EnUs, Locale::DeDe, Locale::FrFr, Locale::JaJp, Locale::ArSa];

    /// The locale used when nothing else matches, and for messages a locale lacks.
    pub const FALLBACK: Locale = Locale::EnUs;

    /// The BCP 47 tag, as used for `lang` attributes and the `locales/` folder names.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::SvSe => "sv-SE",
            Locale::EnUs => "en-US",
            Locale::DeDe => "de-DE",
            Locale::FrFr => "fr-FR",
            Locale::JaJp => "ja-JP",
            Locale::ArSa => "ar-SA",
        }
    }

    /// The lower-case locale segment learn.microsoft.com uses in its paths.
    pub const fn docs_segment(self) -> &'static str {
        match self {
            Locale::SvSe => "sv-se",
            Locale::EnUs => "en-us",
            Locale::DeDe => "de-de",
            Locale::FrFr => "fr-fr",
            Locale::JaJp => "ja-jp",
            Locale::ArSa => "ar-sa",
        }
    }

    /// The primary language subtag, used for closest-match negotiation.
    const fn language(self) -> &'static str {
        match self {
            Locale::SvSe => "sv",
            Locale::EnUs => "en",
            Locale::DeDe => "de",
            Locale::FrFr => "fr",
            Locale::JaJp => "ja",
            Locale::ArSa => "ar",
        }
    }

    /// Reading direction of the locale's script.
    pub const fn direction(self) -> Direction {
        match self {
            Locale::ArSa => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// What goes between two sentences of one paragraph: Japanese sets none after 。.
    pub const fn sentence_gap(self) -> &'static str {
        match self {
            Locale::JaJp => "",
            _ => " ",
        }
    }

    /// The plural category of a whole number, by the CLDR rules for this language.
    pub fn plural(self, n: i64) -> PluralCategory {
        let abs = n.unsigned_abs();
        match self {
            Locale::SvSe | Locale::EnUs | Locale::DeDe if abs == 1 => PluralCategory::One,
            Locale::SvSe | Locale::EnUs | Locale::DeDe => PluralCategory::Other,
            Locale::FrFr if abs <= 1 => PluralCategory::One,
            Locale::FrFr if abs % 1_000_000 == 0 => PluralCategory::Many,
            Locale::FrFr | Locale::JaJp => PluralCategory::Other,
            Locale::ArSa => match (abs, abs % 100) {
                (0, _) => PluralCategory::Zero,
                (1, _) => PluralCategory::One,
                (2, _) => PluralCategory::Two,
                (_, 3..=10) => PluralCategory::Few,
                (_, 11..=99) => PluralCategory::Many,
                _ => PluralCategory::Other,
            },
        }
    }

    /// Formats a whole number with this locale's digits and minus sign
    /// (Arabic-Indic digits for ar-SA, as CLDR's default numbering system there).
    pub fn format_number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let digits = match self {
            Locale::ArSa => {
                digits.chars().map(|c| char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c)).collect()
            }
            _ => digits,
        };
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
            ("de-AT", Some(Locale::DeDe)),
            ("de", Some(Locale::DeDe)),
            ("fr-CA", Some(Locale::FrFr)),
            ("ja", Some(Locale::JaJp)),
            ("ar-EG", Some(Locale::ArSa)),
            ("AR", Some(Locale::ArSa)),
            ("zh-CN", None),
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
        use PluralCategory::*;
        let cases: &[(Locale, i64, PluralCategory)] = &[
            (Locale::SvSe, 1, One),
            (Locale::SvSe, 0, Other),
            (Locale::EnUs, 2, Other),
            (Locale::DeDe, 1, One),
            (Locale::DeDe, 0, Other),
            (Locale::FrFr, 0, One),
            (Locale::FrFr, 1, One),
            (Locale::FrFr, 2, Other),
            (Locale::FrFr, 1_000_000, Many),
            (Locale::JaJp, 1, Other),
            (Locale::ArSa, 0, Zero),
            (Locale::ArSa, 1, One),
            (Locale::ArSa, 2, Two),
            (Locale::ArSa, 3, Few),
            (Locale::ArSa, 110, Few),
            (Locale::ArSa, 11, Many),
            (Locale::ArSa, 99, Many),
            (Locale::ArSa, 100, Other),
            (Locale::ArSa, 102, Other),
        ];
        for (locale, n, expected) in cases {
            assert_eq!(locale.plural(*n), *expected, "{locale:?} {n}");
        }
    }

    #[test]
    fn arabic_uses_arabic_indic_digits_and_reads_right_to_left() {
        assert_eq!(Locale::ArSa.format_number(2024), "٢٠٢٤");
        assert_eq!(Locale::ArSa.direction(), Direction::Rtl);
        assert_eq!(Locale::JaJp.format_number(3), "3");
    }

    #[test]
    fn numbers_use_a_real_minus_sign() {
        assert_eq!(Locale::EnUs.format_number(-3), "\u{2212}3");
        assert_eq!(Locale::SvSe.format_number(12), "12");
    }
}
