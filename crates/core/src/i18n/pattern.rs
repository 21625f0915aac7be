//! Reads the message patterns that `build.rs` encodes: literal text with placeables
//! written inline between control characters, which literal text never contains.
//!
//! ```text
//! variable   U+0001 name U+0002
//! selection  U+0003 var U+0004 { ["*"] key U+0005 body U+0006 } U+0007
//! ```
//!
//! `*` marks the default arm; a key that parses as a whole number is an exact-number
//! key, any other key a name (a plural category such as `one`, or any selector value).

include!("markers.rs");

/// Between a catalog file's records (see `super::add_catalog`).
pub(super) const RECORD_SEPARATOR: char = RECORD;

/// One step through a pattern.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    Text(&'a str),
    Var(&'a str),
    Select(Select<'a>),
}

/// A selection: its variable and its arms, still encoded.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Select<'a> {
    pub(crate) var: &'a str,
    arms: &'a str,
}

/// A variant key.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub(crate) enum Key<'a> {
    Number(i64),
    Name(&'a str),
}

/// One arm of a selection.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Arm<'a> {
    pub(crate) key: Key<'a>,
    pub(crate) default: bool,
    pub(crate) body: &'a str,
}

/// The pieces of an encoded pattern, in order. A malformed pattern (only possible if
/// `build.rs` and this file disagree) ends the iteration instead of panicking.
pub(crate) fn pieces(pattern: &str) -> Pieces<'_> {
    Pieces { rest: pattern }
}

pub(crate) struct Pieces<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        let rest = self.rest;
        let first = rest.chars().next()?;
        match first {
            VAR => {
                let (name, after) = rest[1..].split_once(VAR_END)?;
                self.rest = after;
                Some(Piece::Var(name))
            }
            SELECT => {
                let (var, after) = rest[1..].split_once(ARMS)?;
                let end = outside_selections(after, SELECT_END)?;
                self.rest = &after[end + 1..];
                Some(Piece::Select(Select { var, arms: &after[..end] }))
            }
            _ => {
                let end = rest.find([VAR, SELECT]).unwrap_or(rest.len());
                self.rest = &rest[end..];
                Some(Piece::Text(&rest[..end]))
            }
        }
    }
}

/// The index of the first `marker` in `encoded` that is not inside a nested selection:
/// the `SELECT_END` closing the arms that start at `encoded`, or the `ARM_END` of an arm.
fn outside_selections(encoded: &str, marker: char) -> Option<usize> {
    let mut depth = 0usize;
    for (index, c) in encoded.char_indices() {
        if c == marker && depth == 0 {
            return Some(index);
        }
        match c {
            SELECT => depth += 1,
            SELECT_END => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

impl<'a> Select<'a> {
    /// The arms in order.
    pub(crate) fn arms(&self) -> Arms<'a> {
        Arms { rest: self.arms }
    }
}

pub(crate) struct Arms<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Arms<'a> {
    type Item = Arm<'a>;

    fn next(&mut self) -> Option<Arm<'a>> {
        let (head, after) = self.rest.split_once(ARM_BODY)?;
        let end = outside_selections(after, ARM_END)?;
        self.rest = &after[end + 1..];
        let (default, key) = match head.strip_prefix(DEFAULT_ARM) {
            Some(key) => (true, key),
            None => (false, head),
        };
        let key = key.parse().map(Key::Number).unwrap_or(Key::Name(key));
        Some(Arm { key, default, body: &after[..end] })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_variables_come_apart() {
        let pattern = "Steg \u{1}current\u{2} av \u{1}total\u{2}";
        let got: Vec<Piece> = pieces(pattern).collect();
        assert_eq!(got, vec![Piece::Text("Steg "), Piece::Var("current"), Piece::Text(" av "), Piece::Var("total")]);
    }

    #[test]
    fn selections_nest() {
        let pattern = "A\u{3}n\u{4}0\u{5}none\u{6}*other\u{5}\u{3}m\u{4}*x\u{5}in \u{1}v\u{2}\u{6}\u{7}!\u{6}\u{7}B";
        let got: Vec<Piece> = pieces(pattern).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0], Piece::Text("A"));
        assert_eq!(got[2], Piece::Text("B"));
        let Piece::Select(select) = &got[1] else { panic!("not a selection: {:?}", got[1]) };
        assert_eq!(select.var, "n");
        let arms: Vec<Arm> = select.arms().collect();
        assert_eq!(arms.len(), 2);
        assert_eq!((arms[0].key, arms[0].default, arms[0].body), (Key::Number(0), false, "none"));
        assert_eq!((arms[1].key, arms[1].default), (Key::Name("other"), true));
        let inner: Vec<Piece> = pieces(arms[1].body).collect();
        assert_eq!(inner.len(), 2, "{inner:?}");
        assert_eq!(inner[1], Piece::Text("!"));
    }

    /// Walks a pattern fully: every piece, every arm, every arm's body.
    fn walk(pattern: &str) -> usize {
        pieces(pattern)
            .map(|piece| match piece {
                Piece::Select(select) => 1 + select.arms().map(|arm| walk(arm.body)).sum::<usize>(),
                _ => 1,
            })
            .sum()
    }

    #[test]
    fn every_shipped_catalog_reads() {
        for catalog in crate::i18n::CATALOGS {
            assert!(walk(catalog.text) > 0, "{} reads as nothing", catalog.tag);
        }
    }

    // A fuzz property, sampled: the suite runs proptest's default number of cuts, and
    // `scripts/fuzz` many more (`PROPTEST_CASES`). It stays here, not in tests/fuzz.rs,
    // because the reader is private to the crate and the public way in (`add_catalog`)
    // takes a whole file; a test-only export would be API nobody else may use.
    // proptest is a host-only dev-dependency: the wasm32 build of these tests has none.
    #[cfg(all(feature = "all-catalogs", not(target_arch = "wasm32")))]
    proptest::proptest! {
        /// A shipped catalog cut anywhere, at either end (standing for any way the
        /// encoding could be damaged), reads without panicking.
        #[test]
        fn fuzz_a_cut_catalog_reads_without_panicking(
            which in 0..crate::i18n::CATALOGS.len(),
            at in proptest::prelude::any::<proptest::sample::Index>(),
        ) {
            let text = crate::i18n::CATALOGS[which].text;
            let cut = (at.index(text.len() + 1)..=text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(text.len());
            let _ = walk(&text[cut..]);
            let _ = walk(&text[..cut]);
        }
    }

    #[test]
    fn malformed_patterns_end_quietly() {
        for broken in ["\u{1}open", "\u{3}n", "\u{3}n\u{4}*a\u{5}b", "x\u{3}n\u{4}*a\u{5}b\u{6}"] {
            let got: Vec<Piece> = pieces(broken).collect();
            assert!(got.len() <= 1, "{broken:?} → {got:?}");
        }
    }
}
