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
    /// Every case.
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

    /// The case a [`slug`](Case::slug) names (surrounding spaces ignored), if any.
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
    /// The address used for Microsoft 365.
    Microsoft365,
    /// The address about to sign up for Azure.
    SignUp,
}

/// A prediction: the case, whether the domains make it certain, and the address that
/// could not be read, if one could not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prediction {
    /// The reader's case, as far as the domains tell it.
    pub case: Case,
    /// False where the domains only suggest the case: two different work domains may still
    /// be one directory (a tenant can verify several), and a tenant's `*.onmicrosoft.com`
    /// name beside a domain of the same name is very likely, not surely, the same one.
    pub certain: bool,
    /// The address whose domain could not be read (the case is then [`Case::Unknown`]), if any.
    pub unreadable: Option<Field>,
}

/// Mail providers whose addresses are people's own, under any top-level domain of one or
/// two labels (outlook.com, hotmail.co.uk, gmail.com, yahoo.co.jp, gmx.de, yandex.ru):
/// Microsoft's own (signing up with one is a personal Microsoft account) and the large
/// consumer providers (signing up with one creates a personal Microsoft account).
const PERSONAL: [&str; 18] = [
    "outlook",
    "hotmail",
    "live",
    "msn",
    "passport",
    "windowslive",
    "gmail",
    "googlemail",
    "yahoo",
    "ymail",
    "icloud",
    "aol",
    "gmx",
    "yandex",
    "protonmail",
    "proton",
    "naver",
    "hanmail",
];

/// Consumer mail domains whose name is too common to match under any top-level domain.
const PERSONAL_DOMAINS: [&str; 30] = [
    "me.com",
    "mac.com",
    "web.de",
    "t-online.de",
    "freenet.de",
    "mail.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "rambler.ru",
    "qq.com",
    "foxmail.com",
    "163.com",
    "126.com",
    "yeah.net",
    "sina.com",
    "sohu.com",
    "daum.net",
    "nate.com",
    "seznam.cz",
    "wp.pl",
    "o2.pl",
    "interia.pl",
    "onet.pl",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "libero.it",
    "uol.com.br",
    "mail.com",
];

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

/// True for a domain whose addresses are people's own (a personal Microsoft account, or a
/// consumer mail provider's): a known name under a top-level domain of one or two labels
/// (`outlook.com`, `hotmail.co.uk`, `gmail.com`), or a known consumer domain (`web.de`).
pub fn is_personal(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    PERSONAL_DOMAINS.contains(&domain)
        || matches!(labels.as_slice(), [name, _] | [name, _, _] if PERSONAL.contains(name) && (labels.len() == 2 || labels[2].len() == 2))
}

/// The tenant name of a `*.onmicrosoft.com` domain (`contoso` for `contoso.onmicrosoft.com`).
fn tenant_name(domain: &str) -> Option<&str> {
    domain.strip_suffix(".onmicrosoft.com").filter(|name| !name.contains('.'))
}

/// True when two different work domains are very likely one directory: a tenant's initial
/// `*.onmicrosoft.com` domain beside a domain of the same name (`contoso.onmicrosoft.com`,
/// `contoso.com`), or one domain under the other (`eu.contoso.com`, `contoso.com`).
fn related(a: &str, b: &str) -> bool {
    let first_label = |d: &str| d.split('.').next().unwrap_or_default().to_owned();
    let under = |sub: &str, parent: &str| sub.strip_suffix(parent).is_some_and(|rest| rest.ends_with('.'));
    match (tenant_name(a), tenant_name(b)) {
        (Some(_), Some(_)) => false,
        (Some(name), None) => first_label(b) == name,
        (None, Some(name)) => first_label(a) == name,
        (None, None) => under(a, b) || under(b, a),
    }
}

/// Predicts the case from the domains of the Microsoft 365 address and the sign-up
/// address (`domain_of` each). Both must read: a prediction never stands without its input.
pub fn predict_domains(work: Option<&str>, sign_up: Option<&str>) -> Prediction {
    let unknown = |field| Prediction { case: Case::Unknown, certain: false, unreadable: Some(field) };
    let Some(work) = work else { return unknown(Field::Microsoft365) };
    let Some(sign_up) = sign_up else { return unknown(Field::SignUp) };
    let (case, certain) = if is_personal(sign_up) {
        (Case::Personal, true)
    } else if is_personal(work) {
        // Microsoft 365 through a personal account (a family plan) has no organisation's
        // directory to compare with.
        (Case::Unknown, false)
    } else if work == sign_up {
        (Case::SameDirectory, true)
    } else if related(work, sign_up) {
        (Case::SameDirectory, false)
    } else {
        (Case::OtherOrganization, false)
    };
    Prediction { case, certain, unreadable: None }
}

/// Predicts the case from the Microsoft 365 address and the sign-up address.
pub fn predict(microsoft_365: &str, sign_up: &str) -> Prediction {
    predict_domains(domain_of(microsoft_365).as_deref(), domain_of(sign_up).as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(m365: &str, sign_up: &str, case: Case, unreadable: Option<Field>) {
        let got = predict(m365, sign_up);
        assert_eq!((got.case, got.unreadable), (case, unreadable), "{m365:?} / {sign_up:?}");
    }

    /// The case and whether it is certain, for two addresses that read.
    fn verdict(m365: &str, sign_up: &str) -> (Case, bool) {
        let got = predict(m365, sign_up);
        assert_eq!(got.unreadable, None, "{m365:?} / {sign_up:?}");
        (got.case, got.certain)
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
        check("du@contoso.com", "du@fabrikam.com", OtherOrganization, None);
        check("du@outlook.com", "du@contoso.com", Unknown, None);
        // Not Microsoft's: a look-alike is a work domain like any other.
        check("du@contoso.com", "du@outlook.example.com", OtherOrganization, None);
        check("du@contoso.com", "du@myoutlook.com", OtherOrganization, None);
    }

    #[test]
    fn a_consumer_mail_address_signs_up_as_a_personal_account() {
        for domain in [
            "gmail.com",
            "googlemail.com",
            "yahoo.com",
            "yahoo.co.jp",
            "ymail.com",
            "icloud.com",
            "me.com",
            "aol.com",
            "gmx.de",
            "gmx.net",
            "web.de",
            "t-online.de",
            "qq.com",
            "163.com",
            "126.com",
            "naver.com",
            "hanmail.net",
            "yandex.ru",
            "mail.ru",
            "seznam.cz",
            "wp.pl",
            "orange.fr",
            "libero.it",
            "uol.com.br",
            "proton.me",
            "protonmail.com",
        ] {
            assert_eq!(verdict("alex@contoso.com", &format!("alex@{domain}")), (Case::Personal, true), "{domain}");
        }
        // A work domain that only contains such a name stays a work domain.
        assert_eq!(verdict("alex@contoso.com", "alex@gmail.fabrikam.com").0, Case::OtherOrganization);
        assert_eq!(verdict("alex@contoso.com", "alex@webde.com").0, Case::OtherOrganization);
    }

    #[test]
    fn a_tenants_own_names_are_very_likely_one_directory() {
        use Case::*;
        // The initial *.onmicrosoft.com domain and a custom domain of the same name.
        assert_eq!(verdict("alex@contoso.onmicrosoft.com", "alex@contoso.com"), (SameDirectory, false));
        assert_eq!(verdict("alex@contoso.se", "alex@contoso.onmicrosoft.com"), (SameDirectory, false));
        // One domain under the other.
        assert_eq!(verdict("du@contoso.com", "du@eu.contoso.com"), (SameDirectory, false));
        // Two tenants' initial names are two tenants.
        assert_eq!(verdict("a@contoso.onmicrosoft.com", "a@fabrikam.onmicrosoft.com"), (OtherOrganization, false));
        assert_eq!(verdict("a@contoso.onmicrosoft.com", "a@fabrikam.com"), (OtherOrganization, false));
        // The same address is certain; two work domains are only probably two directories.
        assert_eq!(verdict("a@contoso.onmicrosoft.com", "a@contoso.onmicrosoft.com"), (SameDirectory, true));
        assert_eq!(verdict("a@contoso.com", "a@fabrikam.com"), (OtherOrganization, false));
        assert_eq!(verdict("a@contoso.com", "a@notcontoso.com"), (OtherOrganization, false));
    }

    #[test]
    fn no_prediction_without_both_addresses() {
        check("", "du@outlook.com", Case::Unknown, Some(Field::Microsoft365));
        check("du@", "du@contoso.com", Case::Unknown, Some(Field::Microsoft365));
        check("du@contoso.com", "", Case::Unknown, Some(Field::SignUp));
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
