//! The prerendered guide (what readers without scripts get) holds, in every locale, each
//! step's text and every link target of the article.
#![cfg(not(target_arch = "wasm32"))]

use azure_signup_guide::domain::Link;
use azure_signup_guide::i18n::{format, format_segments, msg, Arg, Locale, Msg, MsgId, Segment};
use azure_signup_guide::ui::{prerender, View};

/// Undoes the escaping the server renderer applies to text and attributes.
fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The literal text of a message with a link in it, the link left out.
fn text_pieces(locale: Locale, message: fn(Arg<'static>) -> Msg<'static, 1>) -> Vec<String> {
    format_segments(locale, message(Arg::Slot(0)))
        .into_iter()
        .filter_map(|s| match s {
            Segment::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_locale_prerenders_every_step_and_link() {
    for locale in Locale::ALL {
        let html = unescape(&prerender(*locale, View::All, false));
        let must_have = [
            MsgId::StepSignUpTitle,
            MsgId::StepSignInTitle,
            MsgId::StepSignInText,
            MsgId::CaseVerdictPersonal,
            MsgId::CaseTableCaption,
            MsgId::CaseDoOther,
            MsgId::StepCheckTitle,
            MsgId::SceneOtherResult,
            MsgId::StepFinishTitle,
            MsgId::StepFinishText,
            MsgId::StepAddPeopleTitle,
            MsgId::DoneHeading,
            MsgId::RuleLandsIn,
            MsgId::RuleM365Owned,
            MsgId::DiagramIntro,
        ];
        for id in must_have {
            let text = format(*locale, id);
            assert!(html.contains(&text), "{}: prerendered guide lacks {id:?}: {text}", locale.tag());
        }
        for message in [msg::step_sign_up_text, msg::step_add_people_text, msg::help_text] {
            for piece in text_pieces(*locale, message) {
                assert!(html.contains(&piece), "{}: lacks {piece:?}", locale.tag());
            }
        }
        for link in Link::ALL {
            let href = link.url(*locale);
            assert!(html.contains(&format!("href=\"{href}\"")), "{}: lacks a link to {href}", locale.tag());
        }
        assert!(html.contains(&format!("lang=\"{}\"", locale.tag())));
    }
}

#[test]
fn views_prerender_only_their_part() {
    let steps = prerender(Locale::SvSe, View::Steps, false);
    let diagram = prerender(Locale::SvSe, View::Diagram, false);
    assert!(steps.contains("asg-walkthrough") && !steps.contains("asg-figure"));
    assert!(diagram.contains("asg-figure") && !diagram.contains("asg-walkthrough"));
}

#[test]
fn a_part_in_an_article_leaves_the_title_headings_and_menu_to_the_page() {
    use azure_signup_guide::i18n::{format, MsgId};
    let text = |id: MsgId| format(Locale::SvSe, id);
    for view in [View::Steps, View::Diagram] {
        let html = prerender(Locale::SvSe, view, false);
        assert!(!html.contains("asg-header") && !html.contains("asg-select"), "{view:?}: no title row, no menu");
        for heading in [MsgId::WalkthroughHeading, MsgId::DiagramHeading, MsgId::WidgetTitle] {
            assert!(!html.contains(&text(heading)), "{view:?} repeats the page's heading {heading:?}");
        }
        // Asked for, the menu comes back, on a row of its own (no title).
        let with_menu = prerender(Locale::SvSe, view, true);
        assert!(with_menu.contains("asg-select") && !with_menu.contains("asg-title"), "{view:?}");
    }
    // The whole article keeps its title row and its sections' headings.
    let all = prerender(Locale::SvSe, View::All, false);
    assert!(all.contains("asg-title") && !all.contains("asg-select"));
    assert!(all.contains(&text(MsgId::WalkthroughHeading)) && all.contains(&text(MsgId::DiagramHeading)));
}

#[test]
fn arabic_prerenders_right_to_left() {
    assert!(prerender(Locale::ArSa, View::All, false).contains("dir=\"rtl\""));
}

/// The copy's text as a search indexer that drops tags and joins what is left reads it
/// (Sphinx's does): words of neighbouring parts stay apart, and no invisible character
/// (the links' word joiner is the stylesheet's, not text) sticks to a word.
#[test]
fn the_copy_reads_as_words_with_its_tags_dropped() {
    let html = prerender(Locale::SvSe, View::Steps, false);
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = unescape(&text);
    assert!(text.contains("1 Registrera dig 2 Logga in 3 Slutför registreringen"), "{}", &text[..200.min(text.len())]);
    assert!(!text.contains('\u{2060}'), "a word joiner in the text");
    let link = format(Locale::SvSe, MsgId::NewTab);
    assert!(text.contains(&link), "the links' note for screen readers is there: {link}");
}
