//! "Where will my subscription land?": a prediction from two email addresses (the one
//! used for Microsoft 365 and the one about to sign up for Azure), or from the reader's
//! choice when they would rather not type. A prediction from the addresses' domains, not a
//! lookup: nothing here leaves the page, and the addresses are not kept.

/// The reader's case, the only thing a prediction keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Case {
    /// The same organisation's domain: the subscription lands next to Microsoft 365.
    SameDirectory,
    /// A personal Microsoft account: a directory of its own is made (account sprawl).
    Personal,
    /// Another organisation's domain: most likely another organisation's directory.
    OtherOrganization,
    /// Cannot tell from what was given: check first.
    Unknown,
}

// The reader who would rather not type picks a case itself: each choice in the UI is one
// `Case` (`ui::case`), so there is no separate type for the choices.

impl Case {
    pub const ALL: [Case; 4] = [Case::SameDirectory, Case::Personal, Case::OtherOrganization, Case::Unknown];

    /// The stable name used in events and saved progress.
    pub const fn slug(self) -> &'static str {
        match self {
            Case::SameDirectory => "same",
            Case::Personal => "personal",
            Case::OtherOrganization => "other",
            Case::Unknown => "unknown",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Case> {
        Case::ALL.into_iter().find(|c| c.slug() == slug.trim())
    }

    /// The diagram's case that draws this one; `None` when it cannot be told.
    pub const fn scenario(self) -> Option<super::ScenarioId> {
        match self {
            Case::SameDirectory => Some(super::ScenarioId::Recommended),
            Case::Personal => Some(super::ScenarioId::AccountSprawl),
            Case::OtherOrganization => Some(super::ScenarioId::OtherOrganization),
            Case::Unknown => None,
        }
    }
}

/// Which of the two addresses could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Microsoft365,
    SignUp,
}

/// A prediction: the case, and the address that could not be read, if one could not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prediction {
    pub case: Case,
    pub unreadable: Option<Field>,
}

/// The second-level names of personal Microsoft account domains (outlook.com,
/// hotmail.co.uk, live.se, msn.com, …).
const PERSONAL: [&str; 6] = ["outlook", "hotmail", "live", "msn", "passport", "windowslive"];

/// A letter in lower case, for comparing domains: ASCII, Latin-1, Latin Extended-A, Greek
/// and Cyrillic capitals, the scripts of most internationalised domains, by rule rather
/// than by std's Unicode case tables (about 7 KB gzip of wasm this does not need). Other
/// letters are compared as typed.
fn fold(c: char) -> char {
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => code + 0x20,
        0x400..=0x40f => code + 0x50,
        // Latin Extended-A pairs capitals at even code points (U+0139..U+0148 and
        // U+0179..U+017E at odd ones); U+0130 and U+0138 have no such pair.
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17e if code % 2 == 1 => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The domain of an address, normalised (trimmed, lower case, no trailing dot), if the
/// text reads as one address: one `@`, something before it, and a domain of at least two
/// dot-separated labels of letters, digits and hyphens (any script, so IDNs read).
pub fn domain_of(address: &str) -> Option<String> {
    let (local, domain) = address.trim().split_once('@')?;
    let domain: String = domain.strip_suffix('.').unwrap_or(domain).chars().map(fold).collect();
    let labels: Vec<&str> = domain.split('.').collect();
    // Outside ASCII any letter of any script counts; inside, letters, digits and hyphens.
    let label_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || !(c.is_ascii() || c.is_whitespace());
    let label_ok = |l: &&str| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(label_char);
    let local_ok = !local.is_empty() && !local.chars().any(|c| c.is_whitespace() || c == '@');
    (local_ok && labels.len() >= 2 && labels.iter().all(label_ok)).then_some(domain)
}

/// True for a personal Microsoft account's domain: a known name under a top-level domain
/// of one or two labels (`outlook.com`, `hotmail.co.uk`).
pub fn is_personal(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    matches!(labels.as_slice(), [name, _] | [name, _, _] if PERSONAL.contains(name) && (labels.len() == 2 || labels[2].len() == 2))
}

/// Predicts the case from the Microsoft 365 address and the sign-up address.
pub fn predict(microsoft_365: &str, sign_up: &str) -> Prediction {
    let Some(sign_up) = domain_of(sign_up) else {
        return Prediction { case: Case::Unknown, unreadable: Some(Field::SignUp) };
    };
    if is_personal(&sign_up) {
        return Prediction { case: Case::Personal, unreadable: None };
    }
    let Some(work) = domain_of(microsoft_365) else {
        return Prediction { case: Case::Unknown, unreadable: Some(Field::Microsoft365) };
    };
    let case = if is_personal(&work) {
        // Microsoft 365 through a personal account (a family plan) has no organisation's
        // directory to compare with.
        Case::Unknown
    } else if work == sign_up {
        Case::SameDirectory
    } else {
        Case::OtherOrganization
    };
    Prediction { case, unreadable: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(m365: &str, sign_up: &str, case: Case, unreadable: Option<Field>) {
        assert_eq!(predict(m365, sign_up), Prediction { case, unreadable }, "{m365:?} / {sign_up:?}");
    }

    #[test]
    fn cases_from_two_addresses() {
        use Case::*;
        check("du@contoso.com", "du@contoso.com", SameDirectory, None);
        check("du@contoso.com", "alex@contoso.com", SameDirectory, None);
        check("  Du@Contoso.COM ", "du@contoso.com.", SameDirectory, None);
        check("du@contoso.com", "du@outlook.com", Personal, None);
        check("du@contoso.com", "DU@Hotmail.Co.Uk", Personal, None);
        check("du@contoso.com", "du@live.se", Personal, None);
        check("du@contoso.com", "du@msn.com", Personal, None);
        check("", "du@outlook.com", Personal, None);
        check("du@contoso.com", "du@fabrikam.com", OtherOrganization, None);
        check("du@contoso.com", "du@eu.contoso.com", OtherOrganization, None);
        check("du@outlook.com", "du@contoso.com", Unknown, None);
        // Not Microsoft's: a look-alike is a work domain like any other.
        check("du@contoso.com", "du@outlook.example.com", OtherOrganization, None);
        check("du@contoso.com", "du@myoutlook.com", OtherOrganization, None);
    }

    #[test]
    fn internationalised_domains_read_in_either_form() {
        check("anna@bäckström.se", "anna@BÄCKSTRÖM.se", Case::SameDirectory, None);
        check("anna@xn--bckstrm-5waa.se", "anna@xn--bckstrm-5waa.se", Case::SameDirectory, None);
        check("たろう@例え.jp", "たろう@例え.jp", Case::SameDirectory, None);
    }

    #[test]
    fn letters_fold_to_lower_case_without_unicode_tables() {
        let folded: String = "ABCZÀÖØÞÄÅ ĀĂĹŁŽΑΣΩАЯЁЂ".chars().map(fold).collect();
        assert_eq!(folded, "abczàöøþäå āăĺłžασωаяёђ");
        // Already lower, no case, or not a letter: unchanged.
        for c in ['a', 'ß', 'ı', 'ĸ', '例', '-', '7', '×', 'İ'] {
            assert_eq!(fold(c), c, "{c}");
        }
        // Every folded capital is what std says (for the ranges handled).
        for c in (0x41..=0x17f).chain(0x391..=0x3ab).chain(0x400..=0x42f).filter_map(char::from_u32) {
            let std_lower: Vec<char> = c.to_lowercase().collect();
            if fold(c) != c {
                assert_eq!(vec![fold(c)], std_lower, "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn garbage_is_a_clear_cannot_tell() {
        use Field::*;
        for bad in [
            "",
            " ",
            "du",
            "du@",
            "@contoso.com",
            "du@contoso",
            "du@@contoso.com",
            "du@contoso..com",
            "du@-contoso.com",
            "du @contoso.com",
            "du@con toso.com",
            "<b>@x.y</b>",
        ] {
            check("du@contoso.com", bad, Case::Unknown, Some(SignUp));
        }
        check("nonsense", "du@contoso.com", Case::Unknown, Some(Microsoft365));
    }

    #[test]
    fn cases_have_names() {
        for case in Case::ALL {
            assert_eq!(Case::from_slug(case.slug()), Some(case));
        }
        assert_eq!(Case::from_slug("du@contoso.com"), None);
    }
}
