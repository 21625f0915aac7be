//! Every locale ships complete: the same message ids as en-US, the same variables in
//! each message, and no en-US text left untranslated where a translation is due.
#![cfg(not(target_arch = "wasm32"))]

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Messages that read the same in every language: names, brands and endonyms.
const SAME_EVERYWHERE: &[&str] = &[
    "link-azure-com",
    "directory-contoso",
    "directory-fabrikam",
    "user-alex",
    "illus-email",
    "illus-signup-address",
    "illus-check-address",
    "illus-password-mask",
];

/// One message as the checks see it.
struct Message {
    /// The pattern's structure and text, for comparing with en-US.
    text: String,
    variables: BTreeSet<String>,
    /// False for patterns of punctuation only ("{ $first }, { $second }"), which need no translation.
    has_words: bool,
}

type Messages = BTreeMap<String, Message>;

/// Words that a language spells as English does (locale, message id).
const COGNATES: &[(&str, &str)] = &[
    ("de-DE", "steps-optional"),
    ("de-DE", "step-optional-note"),
    // Microsoft's Japanese docs write the portal's name in English.
    ("ja-JP", "link-portal"),
    // The Azure portal has no Arabic interface: its drawing shows the English page.
    ("ar-SA", "illus-check-heading"),
    ("ar-SA", "illus-check-current"),
    ("ar-SA", "illus-check-all"),
    ("ar-SA", "illus-check-switch"),
    // "administrator" is Polish too (Microsoft's Polish term).
    ("pl-PL", "note-admin"),
    ("pl-PL", "name-admin"),
];

/// The literal text of a pattern (placeables left out), to see whether it has words at all.
fn literal_text(pattern: &Pattern<String>) -> String {
    pattern
        .elements
        .iter()
        .filter_map(|e| match e {
            PatternElement::TextElement { value } => Some(value.as_str()),
            PatternElement::Placeable { .. } => None,
        })
        .collect()
}

fn variables(pattern: &Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<String>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<String>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Every locale folder's messages by id.
fn load() -> BTreeMap<String, Messages> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut locales = BTreeMap::new();
    for dir in std::fs::read_dir(&root).expect("locales/").filter_map(Result::ok).filter(|e| e.path().is_dir()) {
        let tag = dir.file_name().to_string_lossy().into_owned();
        let mut messages = Messages::new();
        for file in std::fs::read_dir(dir.path()).expect("locale folder").filter_map(Result::ok) {
            if file.path().extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let source = std::fs::read_to_string(file.path()).expect("readable .ftl");
            let resource = fluent_syntax::parser::parse(source.clone())
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.path().display()));
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    let value = message.value.unwrap_or_else(|| panic!("{tag}: {} has no value", message.id.name));
                    let mut vars = BTreeSet::new();
                    variables(&value, &mut vars);
                    let has_words = literal_text(&value).chars().any(char::is_alphabetic);
                    let parsed = Message { text: format!("{value:?}"), variables: vars, has_words };
                    assert!(
                        messages.insert(message.id.name.clone(), parsed).is_none(),
                        "{tag}: {} is defined twice",
                        message.id.name
                    );
                }
            }
        }
        locales.insert(tag, messages);
    }
    locales
}

#[test]
fn every_locale_has_exactly_the_reference_ids() {
    let locales = load();
    let reference = locales.get("en-US").expect("locales/en-US");
    let ids: BTreeSet<&String> = reference.keys().collect();
    assert!(ids.len() > 50, "en-US has {} messages", ids.len());
    for (tag, messages) in &locales {
        let own: BTreeSet<&String> = messages.keys().collect();
        let missing: Vec<_> = ids.difference(&own).collect();
        let extra: Vec<_> = own.difference(&ids).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{tag}: missing {missing:?}, not in en-US {extra:?}");
    }
}

#[test]
fn every_message_uses_the_same_variables() {
    let locales = load();
    let reference = locales.get("en-US").expect("locales/en-US");
    for (tag, messages) in &locales {
        for (id, message) in messages {
            if let Some(expected) = reference.get(id) {
                assert_eq!(message.variables, expected.variables, "{tag}: {id} uses other variables than en-US");
            }
        }
    }
}

#[test]
fn translations_are_not_copies_of_english() {
    let locales = load();
    let reference = locales.get("en-US").expect("locales/en-US");
    for (tag, messages) in locales.iter().filter(|(tag, _)| *tag != "en-US") {
        for (id, message) in messages.iter().filter(|(_, m)| m.has_words) {
            let same = reference.get(id).is_some_and(|en| en.text == message.text);
            let allowed = SAME_EVERYWHERE.contains(&id.as_str()) || COGNATES.contains(&(tag.as_str(), id.as_str()));
            assert!(!same || allowed, "{tag}: {id} is still the en-US text");
        }
    }
}

#[test]
fn every_shipped_locale_has_a_folder() {
    let locales = load();
    for locale in azure_signup_guide::i18n::Locale::ALL {
        assert!(locales.contains_key(locale.tag()), "no locales/{}", locale.tag());
    }
    assert_eq!(locales.len(), azure_signup_guide::i18n::Locale::ALL.len(), "a locale folder that no Locale ships");
}

/// The variant keys of every select on a number in `pattern` (a select whose keys are
/// numbers or CLDR category names), one list per select.
fn plural_selects(pattern: &Pattern<String>, out: &mut Vec<BTreeSet<String>>) {
    const CATEGORIES: [&str; 5] = ["zero", "one", "two", "few", "many"];
    for element in &pattern.elements {
        let PatternElement::Placeable { expression: Expression::Select { variants, .. } } = element else { continue };
        let keys: BTreeSet<String> = variants
            .iter()
            .map(|v| match &v.key {
                fluent_syntax::ast::VariantKey::Identifier { name } => name.clone(),
                fluent_syntax::ast::VariantKey::NumberLiteral { value } => value.clone(),
            })
            .collect();
        if keys.iter().any(|k| CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok()) {
            out.push(keys);
        }
        for variant in variants {
            plural_selects(&variant.value, out);
        }
    }
}

#[test]
fn every_plural_message_has_every_category_its_language_needs() {
    use azure_signup_guide::i18n::Locale;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut checked = 0;
    for locale in Locale::ALL {
        // The categories this language's rules give for any count.
        let needed: BTreeSet<&str> = (0..=1000).chain([1_000_000, 2_000_000]).map(|n| locale.plural(n).key()).collect();
        let source = std::fs::read_to_string(root.join(locale.tag()).join("guide.ftl")).expect("guide.ftl");
        let resource = fluent_syntax::parser::parse(source).expect("parses");
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let mut selects = Vec::new();
            if let Some(value) = &message.value {
                plural_selects(value, &mut selects);
            }
            for keys in selects {
                checked += 1;
                let missing: Vec<_> = needed.iter().filter(|c| !keys.contains(**c)).collect();
                assert!(
                    missing.is_empty(),
                    "{}: {} lacks the plural arm(s) {missing:?}",
                    locale.tag(),
                    message.id.name
                );
            }
        }
    }
    // One plural message in each locale (the figure's "one person, 2 accounts"); the
    // Japanese one has only the `other` arm, which needs no checking.
    assert!(checked >= Locale::ALL.len() - 1, "only {checked} plural selects found");
}

#[test]
fn zero_reads_right_where_one_would_cover_it() {
    use azure_signup_guide::i18n::{format, msg, Locale};
    // French "one" covers 0 and 1: zero accounts must not read "one account".
    let one = format(Locale::FrFr, msg::figure_you_accounts(1));
    let zero = format(Locale::FrFr, msg::figure_you_accounts(0));
    assert_ne!(zero, one);
}

#[test]
fn microsoft_365_never_breaks_between_its_words() {
    // A no-break space keeps "Microsoft 365" on one line in every language (and in the
    // diagram's own line breaking, which treats it as one word).
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
    for locale in azure_signup_guide::i18n::Locale::ALL {
        let source = std::fs::read_to_string(root.join(locale.tag()).join("guide.ftl")).expect("guide.ftl");
        let plain = source.lines().filter(|l| !l.starts_with('#') && l.contains("Microsoft 365")).count();
        assert_eq!(plain, 0, "{}: {plain} line(s) with \"Microsoft 365\" and a breaking space", locale.tag());
    }
}
