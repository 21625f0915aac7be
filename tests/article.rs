//! The guide says what the article says: every sentence and heading of the article's
//! body (`content/article.sv-SE.md`) is in the prerendered sv-SE guide, word for word
//! and in the article's order. Pictures are left out: the guide draws its own.
#![cfg(not(target_arch = "wasm32"))]

use azure_signup_guide::i18n::{format, Locale, MsgId};
use azure_signup_guide::ui::{prerender, View};

/// The article's body as sentences: front matter, pictures, anchors, list marks and
/// link targets removed (link texts kept), split after `.`, `?` or `!`.
fn article_sentences(markdown: &str) -> Vec<String> {
    let body = markdown.splitn(3, "---").nth(2).expect("the article has front matter");
    let mut sentences = Vec::new();
    for line in body.lines().map(str::trim) {
        if line.is_empty() || line.starts_with("![") {
            continue;
        }
        let line = strip_tags(&link_texts(line));
        let line = line.trim_start_matches(['#', '-', '*', ' ']);
        let line =
            line.split_once(". ").filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit())).map_or(line, |(_, r)| r);
        let mut sentence = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            sentence.push(c);
            if matches!(c, '.' | '?' | '!') && chars.peek().is_none_or(|n| *n == ' ') {
                sentences.push(sentence.trim().to_owned());
                sentence.clear();
            }
        }
        if !sentence.trim().is_empty() {
            sentences.push(sentence.trim().to_owned());
        }
    }
    sentences
}

/// `[text](target)` → `text`.
fn link_texts(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|i| open + i) else { break };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else { break };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Removes `<…>` tags, keeping the text between them.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// What a reader of the prerendered guide reads: text only, spaces collapsed, without
/// the direction isolates around inserted names and the screen-reader note on links.
fn guide_text(locale: Locale) -> String {
    let html = prerender(locale, View::All, false);
    let text = strip_tags(&html)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replace(['\u{2068}', '\u{2069}', '\u{2060}'], "");
    let new_tab = format!(" {}", format(locale, MsgId::NewTab));
    text.replace(&new_tab, "").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_article_reads_as_sentences() {
    let sentences = article_sentences(include_str!("../content/article.sv-SE.md"));
    assert_eq!(
        sentences.first().map(String::as_str),
        Some("Registrera dig för en Azure-prenumeration med ditt Microsoft 365-konto")
    );
    assert!(sentences.contains(&"Behöver du hjälp?".to_owned()), "{sentences:?}");
    assert!(sentences
        .contains(&"Logga in på Azure-portalen med ditt användarnamn och lösenord för Microsoft 365.".to_owned()));
    assert!(sentences.contains(&"Registrera dig på Azure.com.".to_owned()), "numbered steps lose their number");
    assert!(!sentences.iter().any(|s| s.contains("](") || s.contains('<') || s.contains("Skärmbild")), "{sentences:?}");
    assert!(sentences.len() > 30, "{} sentences", sentences.len());
}

#[test]
fn every_sentence_of_the_article_is_in_the_guide_in_order() {
    let guide = guide_text(Locale::SvSe);
    let mut from = 0;
    for sentence in article_sentences(include_str!("../content/article.sv-SE.md")) {
        let found = guide[from..].find(&sentence).map(|i| from + i);
        assert!(
            found.is_some(),
            "missing or out of order: {sentence:?}\n(anywhere in the guide: {})",
            guide.contains(&sentence)
        );
        from = found.unwrap_or(from) + sentence.len();
    }
}
