//! The prerendered guide (what readers without scripts get) holds, in every locale, each
//! step's text and every link target of the article.
#![cfg(not(target_arch = "wasm32"))]

use azure_signup_guide::domain::Link;
use azure_signup_guide::i18n::{format, format_segments, Arg, Locale, MsgId, Segment};
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
fn text_pieces(locale: Locale, id: MsgId) -> Vec<String> {
    format_segments(locale, id, &[("link", Arg::Slot(0))])
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
        let html = unescape(&prerender(*locale, View::All));
        let must_have = [
            MsgId::StepSignUpTitle,
            MsgId::StepSignInTitle,
            MsgId::StepSignInText,
            MsgId::AccountAnswerSeveral,
            MsgId::StepFinishTitle,
            MsgId::StepFinishText,
            MsgId::StepAddPeopleTitle,
            MsgId::DoneHeading,
            MsgId::RuleLandsIn,
            MsgId::RuleM365Owned,
            MsgId::DiagramIntro,
        ];
        for id in must_have {
            let text = format(*locale, id, &[]);
            assert!(html.contains(&text), "{}: prerendered guide lacks {id:?}: {text}", locale.tag());
        }
        for id in [MsgId::StepSignUpText, MsgId::StepAddPeopleText, MsgId::HelpText] {
            for piece in text_pieces(*locale, id) {
                assert!(html.contains(&piece), "{}: lacks {piece:?} of {id:?}", locale.tag());
            }
        }
        for link in Link::ALL {
            let href = link.url(locale.docs_segment());
            assert!(html.contains(&format!("href=\"{href}\"")), "{}: lacks a link to {href}", locale.tag());
        }
        assert!(html.contains(&format!("lang=\"{}\"", locale.tag())));
    }
}

#[test]
fn views_prerender_only_their_part() {
    let steps = prerender(Locale::SvSe, View::Steps);
    let diagram = prerender(Locale::SvSe, View::Diagram);
    assert!(steps.contains("asg-walkthrough") && !steps.contains("asg-svg"));
    assert!(diagram.contains("asg-figure") && !diagram.contains("asg-walkthrough"));
}

#[test]
fn arabic_prerenders_right_to_left() {
    assert!(prerender(Locale::ArSa, View::All).contains("dir=\"rtl\""));
}
