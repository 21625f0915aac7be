//! Locale negotiation and message lookup: pure Rust, no browser types.
//!
//! Messages are written in Fluent (`locales/<tag>/*.ftl`) and compiled by `build.rs`
//! into static [`Part`] lists, so formatting here is interpolation and plural choice only.

mod locale;
mod negotiate;

pub use locale::{is_well_formed_tag, Direction, Locale, PluralCategory};
pub use negotiate::{negotiate, LanguageHints, LocaleSource, Negotiated};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A piece of a compiled message pattern.
#[derive(Debug)]
pub enum Part {
    /// Literal text.
    Text(&'static str),
    /// A `{ $name }` placeable.
    Var(&'static str),
    /// A `{ $name -> [key] ... *[other] ... }` choice.
    Select { var: &'static str, variants: &'static [(Key, &'static [Part])], default: usize },
}

/// A variant key of a select expression.
#[derive(Debug)]
pub enum Key {
    /// A plural category (`one`, `other`) or any other name.
    Name(&'static str),
    /// An exact number (`[0]`).
    Number(i64),
}

/// One locale's compiled messages, indexed by `MsgId as usize`.
pub(crate) struct Catalog {
    pub(crate) tag: &'static str,
    pub(crate) messages: &'static [Option<&'static [Part]>],
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

/// A formatted piece of a message: text, or where a UI element goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    Slot(usize),
}

/// First strong isolate / pop directional isolate, as Fluent puts around placeables.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn catalog(locale: Locale) -> Option<&'static Catalog> {
    CATALOGS.iter().find(|c| c.tag == locale.tag())
}

/// The pattern of `id` in `locale`, or in en-US when the locale lacks it.
/// The boolean is true when the fallback was used.
fn pattern(locale: Locale, id: MsgId) -> (Locale, &'static [Part], bool) {
    let own = catalog(locale).and_then(|c| c.messages.get(id as usize).copied().flatten());
    match own {
        Some(parts) => (locale, parts, false),
        None => {
            let parts = catalog(Locale::FALLBACK).and_then(|c| c.messages.get(id as usize).copied().flatten());
            // en-US defines MsgId, so its catalog has every message.
            (Locale::FALLBACK, parts.unwrap_or(&[]), true)
        }
    }
}

/// Whether `locale` has its own text for `id` (false means en-US is shown).
pub fn has_message(locale: Locale, id: MsgId) -> bool {
    !pattern(locale, id).2
}

/// Formats a message to plain text. Slots come out empty.
pub fn format(locale: Locale, id: MsgId, args: &[(&str, Arg<'_>)]) -> String {
    format_segments(locale, id, args)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Text(t) => Some(t),
            Segment::Slot(_) => None,
        })
        .collect()
}

/// Formats a message into text and element slots, for sentences with a link inside.
pub fn format_segments(locale: Locale, id: MsgId, args: &[(&str, Arg<'_>)]) -> Vec<Segment> {
    let (used, parts, _) = pattern(locale, id);
    let mut out = Vec::new();
    write_parts(used, parts, args, &mut out);
    out
}

fn push_text(out: &mut Vec<Segment>, text: &str) {
    match out.last_mut() {
        Some(Segment::Text(prev)) => prev.push_str(text),
        _ => out.push(Segment::Text(text.to_owned())),
    }
}

fn write_parts(locale: Locale, parts: &[Part], args: &[(&str, Arg<'_>)], out: &mut Vec<Segment>) {
    let lookup = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    for part in parts {
        match part {
            Part::Text(text) => push_text(out, text),
            Part::Var(name) => match lookup(name) {
                Some(Arg::Str(s)) => push_text(out, &format!("{FSI}{s}{PDI}")),
                Some(Arg::Num(n)) => push_text(out, &locale.format_number(n)),
                Some(Arg::Slot(slot)) => out.push(Segment::Slot(slot)),
                // A missing argument is a bug caught by tests; show nothing rather than a key.
                None => {}
            },
            Part::Select { var, variants, default } => {
                let chosen = choose(locale, lookup(var), variants).unwrap_or(*default);
                if let Some((_, inner)) = variants.get(chosen).or_else(|| variants.get(*default)) {
                    write_parts(locale, inner, args, out);
                }
            }
        }
    }
}

/// Fluent's selection: an exact number key first, then the plural category, then names.
fn choose(locale: Locale, value: Option<Arg<'_>>, variants: &[(Key, &[Part])]) -> Option<usize> {
    match value? {
        Arg::Num(n) => variants.iter().position(|(k, _)| matches!(k, Key::Number(m) if *m == n)).or_else(|| {
            let category = locale.plural(n).key();
            variants.iter().position(|(k, _)| matches!(k, Key::Name(name) if *name == category))
        }),
        Arg::Str(s) => variants.iter().position(|(k, _)| matches!(k, Key::Name(name) if *name == s)),
        Arg::Slot(_) => None,
    }
}

/// Joins items as a list in the locale's own way ("A, B och C"), using the
/// `list-pair`, `list-start`, `list-middle` and `list-end` messages.
pub fn format_list(locale: Locale, items: &[String]) -> String {
    let join = |id: MsgId, first: &str, second: &str| {
        // Items are already isolated where needed; join them as plain text.
        let text = format(locale, id, &[("first", Arg::Str(first)), ("second", Arg::Str(second))]);
        text.replace([FSI, PDI], "")
    };
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [a, b] => join(MsgId::ListPair, a, b),
        [first, middle @ .., last] => {
            let mut tail = last.clone();
            let mut rest = middle.iter().rev();
            if let Some(before_last) = rest.next() {
                tail = join(MsgId::ListEnd, before_last, &tail);
            }
            for item in rest {
                tail = join(MsgId::ListMiddle, item, &tail);
            }
            join(MsgId::ListStart, first, &tail)
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
            assert_eq!(c.messages.len(), MsgId::ALL.len());
        }
    }

    #[test]
    fn plural_selection_uses_locale_rules() {
        let one = format(Locale::SvSe, MsgId::ProgressLabel, &[("current", Arg::Num(1)), ("total", Arg::Num(3))]);
        assert_eq!(one, "Steg 1 av 3");
        let en = format(Locale::EnUs, MsgId::ProgressLabel, &[("current", Arg::Num(2)), ("total", Arg::Num(3))]);
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
        let segments = format_segments(Locale::SvSe, MsgId::StepSignUpText, &[("link", Arg::Slot(0))]);
        assert_eq!(
            segments,
            vec![Segment::Text("Registrera dig på ".into()), Segment::Slot(0), Segment::Text(".".into())]
        );
    }

    #[test]
    fn string_arguments_are_isolated() {
        let text = format(Locale::EnUs, MsgId::NodeUser, &[("name", Arg::Str("Ada"))]);
        assert!(text.contains("\u{2068}Ada\u{2069}"), "{text:?}");
    }
}
