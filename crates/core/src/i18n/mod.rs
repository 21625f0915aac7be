//! Locale negotiation and message lookup: pure Rust, no browser types.
//!
//! Messages are written in Fluent (`locales/<tag>/*.ftl`) and compiled by `build.rs`
//! into one encoded string per locale (read by `pattern`), so formatting here is
//! interpolation and plural choice only.

mod locale;
mod negotiate;
mod pattern;

pub use locale::{is_well_formed_tag, Direction, Locale, PluralCategory};
pub use negotiate::{negotiate, quote, LanguageHints, Negotiated};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// One locale's compiled messages: every pattern back to back in `text`, message
/// message `index` ending at `ends[index]`. An empty pattern means the locale lacks it.
pub(crate) struct Catalog {
    pub(crate) tag: &'static str,
    pub(crate) text: &'static str,
    ends: &'static [u16],
}

impl Catalog {
    fn message(&self, index: usize) -> Option<&'static str> {
        let start = if index == 0 { 0 } else { usize::from(*self.ends.get(index - 1)?) };
        let end = usize::from(*self.ends.get(index)?);
        self.text.get(start..end).filter(|p| !p.is_empty())
    }
}

/// An argument passed into a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    /// Text, isolated from the surrounding direction when inserted.
    Str(&'a str),
    /// A whole number, formatted and used for plural choice.
    Num(i64),
    /// A place for a UI element (a link, say): formatting leaves a [`Segment::Slot`].
    Slot(usize),
}

/// A message with its arguments, made by a function of [`msg`], which names the message's
/// variables and nothing else.
///
/// ```
/// use azure_signup_guide_core::i18n::{format, msg, Arg, Locale};
/// let text = format(Locale::EnUs, msg::why_account(msg::WhyAccountWho::Work, Arg::Str("here"), Arg::Str(""), Arg::Str("")));
/// assert!(text.starts_with("This account is"));
/// ```
///
/// A selector is its enum, so a bare string (or a misspelt key) does not compile:
///
/// ```compile_fail
/// use azure_signup_guide_core::i18n::{format, msg, Arg, Locale};
/// format(Locale::EnUs, msg::why_account("work", Arg::Str("here"), Arg::Str(""), Arg::Str("")));
/// ```
///
/// ```compile_fail
/// use azure_signup_guide_core::i18n::{format, msg, Arg, Locale};
/// format(Locale::EnUs, msg::why_account(msg::WhyAccountWho::Wrok, Arg::Str("here"), Arg::Str(""), Arg::Str("")));
/// ```
///
/// Nor does a message shown without its arguments, or with one too few:
///
/// ```compile_fail
/// use azure_signup_guide_core::i18n::{format, Locale, MsgId};
/// format(Locale::EnUs, MsgId::WhyAccount);
/// ```
///
/// ```compile_fail
/// use azure_signup_guide_core::i18n::{format, msg, Arg, Locale};
/// format(Locale::EnUs, msg::why_account(msg::WhyAccountWho::Work, Arg::Str("here"), Arg::Str("")));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg<'a, const N: usize> {
    index: usize,
    args: [(&'static str, Arg<'a>); N],
}

/// What can be formatted: a [`MsgId`] (no arguments) or a [`Msg`] (its arguments with it).
pub trait Message {
    /// The message's place in a catalog.
    fn index(&self) -> usize;
    /// The arguments, by variable name.
    fn args(&self) -> &[(&'static str, Arg<'_>)];
}

impl Message for MsgId {
    #[inline]
    fn index(&self) -> usize {
        *self as usize
    }
    #[inline]
    fn args(&self) -> &[(&'static str, Arg<'_>)] {
        &[]
    }
}

impl<const N: usize> Message for Msg<'_, N> {
    #[inline]
    fn index(&self) -> usize {
        self.index
    }
    #[inline]
    fn args(&self) -> &[(&'static str, Arg<'_>)] {
        &self.args
    }
}

/// A formatted piece of a message: text, or where a UI element goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Formatted text.
    Text(String),
    /// Where the UI element passed as [`Arg::Slot`] with this number goes.
    Slot(usize),
}

/// First strong isolate / pop directional isolate, as Fluent puts around placeables.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

thread_local! {
    /// Catalogs read from files at run time (`add_catalog`), kept for the page's life.
    static ADDED: std::cell::RefCell<Vec<&'static Catalog>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn catalog(locale: Locale) -> Option<&'static Catalog> {
    CATALOGS
        .iter()
        .find(|c| c.tag == locale.tag())
        .or_else(|| ADDED.with(|added| added.borrow().iter().copied().find(|c| c.tag == locale.tag())))
}

/// Whether `locale`'s messages are here: compiled in, or added from its file.
pub fn has_catalog(locale: Locale) -> bool {
    catalog(locale).is_some()
}

/// Why a catalog file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// The file does not start with this build's header: it is another build's, or not a catalog.
    OtherBuild,
    /// It holds `found` messages where this build has `expected`.
    Count {
        /// How many messages the file holds.
        found: usize,
        /// How many this build has.
        expected: usize,
    },
    /// Its messages exceed 64 KiB, which no catalog of this build does.
    TooLarge,
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::OtherBuild => f.write_str("it is not a catalog of this build of the guide"),
            Self::Count { found, expected } => write!(f, "it has {found} messages where this build has {expected}"),
            Self::TooLarge => f.write_str("its messages exceed 64 KiB"),
        }
    }
}

/// The header a catalog file of this build starts with.
fn catalog_header() -> String {
    format!("azure-signup-guide catalog {CATALOG_FINGERPRINT}")
}

/// `locale`'s catalog as a file, for the loader to fetch: a header naming this build's
/// message ids, then every message's compiled pattern, separated by U+001E. `None` when
/// the locale is not compiled in.
pub fn catalog_file(locale: Locale) -> Option<String> {
    let catalog = catalog(locale)?;
    let mut file = catalog_header();
    for index in 0..MESSAGE_COUNT {
        file.push(pattern::RECORD_SEPARATOR);
        file.push_str(catalog.message(index).unwrap_or_default());
    }
    Some(file)
}

/// Reads a catalog file (`catalog_file`'s form) and makes its messages `locale`'s for the
/// rest of the page's life. A locale that has its messages already keeps them.
pub fn add_catalog(locale: Locale, file: &str) -> Result<(), CatalogError> {
    let mut records = file.split(pattern::RECORD_SEPARATOR);
    if records.next() != Some(catalog_header().as_str()) {
        return Err(CatalogError::OtherBuild);
    }
    let messages: Vec<&str> = records.collect();
    if messages.len() != MESSAGE_COUNT {
        return Err(CatalogError::Count { found: messages.len(), expected: MESSAGE_COUNT });
    }
    if has_catalog(locale) {
        return Ok(());
    }
    let mut text = String::new();
    let mut ends = Vec::with_capacity(messages.len());
    for message in messages {
        text.push_str(message);
        // Past 64 KiB the ends cannot be told: refuse, as the build would.
        let end = u16::try_from(text.len()).map_err(|_| CatalogError::TooLarge)?;
        ends.push(end);
    }
    // Leaked on purpose: at most one per locale, kept while the page lives, as the
    // compiled ones are.
    let catalog: &'static Catalog = Box::leak(Box::new(Catalog {
        tag: locale.tag(),
        text: Box::leak(text.into_boxed_str()),
        ends: Box::leak(ends.into_boxed_slice()),
    }));
    ADDED.with(|added| added.borrow_mut().push(catalog));
    Ok(())
}

/// The pattern of message `index` in `locale`, or in en-US (returned with it) when the locale lacks it.
fn pattern(locale: Locale, index: usize) -> (Locale, &'static str) {
    match catalog(locale).and_then(|c| c.message(index)) {
        Some(pattern) => (locale, pattern),
        None => {
            // en-US defines the messages, so its catalog has every one.
            let pattern = catalog(Locale::FALLBACK).and_then(|c| c.message(index));
            (Locale::FALLBACK, pattern.unwrap_or_default())
        }
    }
}

/// Formats a message to plain text. Slots come out empty.
#[inline]
pub fn format(locale: Locale, message: impl Message) -> String {
    format_text(locale, message.index(), message.args())
}

fn format_text(locale: Locale, index: usize, args: &[(&str, Arg<'_>)]) -> String {
    segments(locale, index, args)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Text(t) => Some(t),
            Segment::Slot(_) => None,
        })
        .collect()
}

/// Formats a message into text and element slots, for sentences with a link inside.
#[inline]
pub fn format_segments(locale: Locale, message: impl Message) -> Vec<Segment> {
    segments(locale, message.index(), message.args())
}

fn segments(locale: Locale, index: usize, args: &[(&str, Arg<'_>)]) -> Vec<Segment> {
    let (used, encoded) = pattern(locale, index);
    let mut out = Vec::new();
    write_pattern(used, encoded, args, &mut out);
    out
}

fn push_text(out: &mut Vec<Segment>, text: &str) {
    match out.last_mut() {
        Some(Segment::Text(prev)) => prev.push_str(text),
        _ => out.push(Segment::Text(text.to_owned())),
    }
}

fn write_pattern(locale: Locale, encoded: &str, args: &[(&str, Arg<'_>)], out: &mut Vec<Segment>) {
    let lookup = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    for piece in pattern::pieces(encoded) {
        match piece {
            pattern::Piece::Text(text) => push_text(out, text),
            pattern::Piece::Var(name) => match lookup(name) {
                Some(Arg::Str(s)) => push_text(out, &format!("{FSI}{s}{PDI}")),
                Some(Arg::Num(n)) => push_text(out, &locale.format_number(n)),
                Some(Arg::Slot(slot)) => out.push(Segment::Slot(slot)),
                // A missing argument is a bug caught by tests; show nothing rather than a key.
                None => {}
            },
            pattern::Piece::Select(select) => {
                if let Some(body) = choose(locale, lookup(select.var), &select) {
                    write_pattern(locale, body, args, out);
                }
            }
        }
    }
}

/// Fluent's selection: an exact number key first, then the plural category, then
/// names, else the default arm.
fn choose<'a>(locale: Locale, value: Option<Arg<'_>>, select: &pattern::Select<'a>) -> Option<&'a str> {
    use pattern::Key;
    let arm = |key: Key<'_>| select.arms().find(|arm| arm.key == key).map(|arm| arm.body);
    let chosen = match value {
        Some(Arg::Num(n)) => arm(Key::Number(n)).or_else(|| arm(Key::Name(locale.plural(n).key()))),
        Some(Arg::Str(s)) => arm(Key::Name(s)),
        Some(Arg::Slot(_)) | None => None,
    };
    chosen.or_else(|| select.arms().find(|arm| arm.default).map(|arm| arm.body))
}

/// Joins items as a list in the locale's own way ("A, B och C"), using the
/// `list-pair`, `list-start`, `list-middle` and `list-end` messages.
pub fn format_list(locale: Locale, items: &[String]) -> String {
    // Items are already isolated where needed; join them as plain text.
    let join = |message: Msg<'_, 2>| format(locale, message).replace([FSI, PDI], "");
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [a, b] => join(msg::list_pair(Arg::Str(a), Arg::Str(b))),
        [first, middle @ .., last] => {
            let mut tail = last.clone();
            let mut rest = middle.iter().rev();
            if let Some(before_last) = rest.next() {
                tail = join(msg::list_end(Arg::Str(before_last), Arg::Str(&tail)));
            }
            for item in rest {
                tail = join(msg::list_middle(Arg::Str(item), Arg::Str(&tail)));
            }
            join(msg::list_start(Arg::Str(first), Arg::Str(&tail)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_a_catalog_and_every_catalog_a_locale() {
        for locale in Locale::ALL {
            assert!(catalog(*locale).is_some(), "no locales/{} folder", locale.tag());
        }
        for c in CATALOGS {
            assert!(Locale::ALL.iter().any(|l| l.tag() == c.tag), "locales/{} is not in Locale::ALL", c.tag);
            assert_eq!(c.ends.len(), MESSAGE_COUNT);
        }
    }

    #[test]
    fn a_catalog_file_reads_back_as_the_same_messages() {
        let file = catalog_file(Locale::SvSe).expect("native builds compile every catalog");
        let records: Vec<&str> = file.split('\u{1e}').collect();
        assert_eq!(records.len(), MESSAGE_COUNT + 1);
        // Read into a catalog of its own (not registered) and compared message by message.
        let mut messages = records[1..].iter();
        for index in 0..MESSAGE_COUNT {
            let read = messages.next().copied().unwrap_or_default();
            assert_eq!(
                Some(read),
                catalog(Locale::SvSe).and_then(|c| c.message(index)).or(Some("")),
                "message {index}"
            );
        }
        // Adding a locale that is there already keeps it, and says yes.
        assert_eq!(add_catalog(Locale::SvSe, &file), Ok(()));
        assert_eq!(format(Locale::SvSe, msg::progress_label(Arg::Num(1), Arg::Num(3))), "Steg 1 av 3");
    }

    /// The wasm build's case: no catalog compiled in, a locale's added from its file.
    #[cfg(not(feature = "all-catalogs"))]
    #[test]
    fn an_added_catalog_is_used_from_then_on() {
        assert!(!has_catalog(Locale::SvSe));
        // Without it, nothing (the loader adds the page's language before the guide mounts).
        let [first, .., last] = MsgId::ALL else { panic!("no messages without arguments") };
        assert_eq!(format(Locale::SvSe, *first), "");
        let mut file = catalog_header();
        for i in 0..MESSAGE_COUNT {
            file.push('\u{1e}');
            file.push_str(&format!("m{i}"));
        }
        assert_eq!(add_catalog(Locale::SvSe, &file), Ok(()));
        assert!(has_catalog(Locale::SvSe));
        assert_eq!(format(Locale::SvSe, *first), format!("m{}", *first as usize));
        assert_eq!(format(Locale::SvSe, *last), format!("m{}", *last as usize));
        let pair = msg::list_pair(Arg::Str("a"), Arg::Str("b"));
        assert_eq!(format(Locale::SvSe, pair), format!("m{}", pair.index));
        assert!(!has_catalog(Locale::DeDe), "only the one added");
        let huge = format!("{}{}", file, "x".repeat(70_000));
        assert_eq!(add_catalog(Locale::DeDe, &huge), Err(CatalogError::TooLarge));
        assert!(!has_catalog(Locale::DeDe));
    }

    #[test]
    fn a_catalog_file_from_elsewhere_is_refused() {
        let file = catalog_file(Locale::DeDe).expect("native builds compile every catalog");
        assert_eq!(add_catalog(Locale::DeDe, "<!doctype html><title>Not found</title>"), Err(CatalogError::OtherBuild));
        let other_build = file.replacen(CATALOG_FINGERPRINT, "0000000000000000", 1);
        assert_eq!(add_catalog(Locale::DeDe, &other_build), Err(CatalogError::OtherBuild));
        let short = &file[..file.rfind('\u{1e}').unwrap_or(0)];
        assert_eq!(
            add_catalog(Locale::DeDe, short),
            Err(CatalogError::Count { found: MESSAGE_COUNT - 1, expected: MESSAGE_COUNT })
        );
        assert_eq!(add_catalog(Locale::DeDe, ""), Err(CatalogError::OtherBuild));
    }

    #[test]
    fn plural_selection_uses_locale_rules() {
        let one = format(Locale::SvSe, msg::progress_label(Arg::Num(1), Arg::Num(3)));
        assert_eq!(one, "Steg 1 av 3");
        let en = format(Locale::EnUs, msg::progress_label(Arg::Num(2), Arg::Num(3)));
        assert_eq!(en, "Step 2 of 3");
    }

    #[test]
    fn lists_follow_the_locale() {
        let items: Vec<String> = ["A", "B", "C"].iter().map(|s| s.to_string()).collect();
        assert_eq!(format_list(Locale::SvSe, &items), "A, B och C");
        assert_eq!(format_list(Locale::EnUs, &items), "A, B, and C");
        assert_eq!(format_list(Locale::EnUs, &items[..2]), "A and B");
        assert_eq!(format_list(Locale::SvSe, &items[..1]), "A");
        let four: Vec<String> = ["A", "B", "C", "D"].iter().map(|s| s.to_string()).collect();
        assert_eq!(format_list(Locale::SvSe, &four), "A, B, C och D");
        assert_eq!(format_list(Locale::EnUs, &[]), "");
    }

    #[test]
    fn slots_mark_where_elements_go() {
        let segments = format_segments(Locale::SvSe, msg::step_sign_up_text(Arg::Slot(0)));
        assert_eq!(
            segments,
            vec![Segment::Text("Registrera dig på ".into()), Segment::Slot(0), Segment::Text(".".into())]
        );
    }

    #[test]
    fn string_arguments_are_isolated() {
        let text = format(Locale::EnUs, msg::node_directory(Arg::Str("Ada")));
        assert!(text.contains("\u{2068}Ada\u{2069}"), "{text:?}");
    }
}
