//! Small pieces for putting localized text on screen: lookup, sentences with a link inside, external links.

use crate::domain::Link;
use crate::i18n::{self, Arg, Locale, Message, Msg, MsgId, Segment};
use yew::prelude::*;

/// The tag of a heading at `level`, kept within h2–h6 (the page has the h1).
pub(crate) fn heading(level: u8) -> String {
    format!("h{}", level.clamp(2, 6))
}

/// A class list from a base class and the flags that are set: a plain string, which costs
/// the wasm less than Yew's `classes!` (a set built at run time for every box).
pub(crate) fn class_list(base: &str, flags: &[(&str, bool)]) -> String {
    let mut out = String::from(base);
    for (name, on) in flags {
        if *on {
            out.push(' ');
            out.push_str(name);
        }
    }
    out
}

/// A message as text: a [`MsgId`], or a message with its arguments from [`i18n::msg`].
pub(crate) fn t(locale: Locale, message: impl Message) -> String {
    i18n::format(locale, message)
}

/// A link out of the page: new tab, no opener or referrer, and it says so to screen readers.
pub(crate) fn external_link(locale: Locale, link: Link, text: MsgId) -> Html {
    let href = link.url(locale);
    html! {
        <a class="asg-link" part="link" href={href} target="_blank" rel="noopener noreferrer">
            // The stylesheet puts a word joiner after the text, right before the icon, so
            // the icon (and a full stop after the link) never wraps onto a line of its own:
            // as generated content, not text, so a site's search index and a copied
            // sentence do not carry an invisible character. The words for screen readers
            // come after it, out of the line.
            <span class="asg-link-text">{ t(locale, text) }</span>
            <svg class="asg-link-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                <path d="M4.5 2H2v8h8V7.5M6.5 1.5h4v4M10.5 1.5 5 7" />
            </svg>
            <span class="asg-vh">{ format!(" {}", t(locale, MsgId::NewTab)) }</span>
        </a>
    }
}

/// A translated sentence (`message`, whose one variable is `{ $link }`) with the link to `link`,
/// reading `link_text`, where the placeable stands.
///
/// The small views here and in the other `ui` files are plain functions, not components:
/// each component costs the wasm its own copy of Yew's lifecycle code (about 0.5 KB gzip).
#[inline]
pub(crate) fn sentence(
    locale: Locale,
    message: impl FnOnce(Arg<'static>) -> Msg<'static, 1>,
    link: Link,
    link_text: MsgId,
) -> Html {
    // Generic only here, so that each message's function is inlined at its call site and
    // the rest is one copy.
    linked_sentence(locale, message(Arg::Slot(0)), link, link_text)
}

fn linked_sentence(locale: Locale, message: Msg<'static, 1>, link: Link, link_text: MsgId) -> Html {
    i18n::format_segments(locale, message)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => html! { { text } },
            Segment::Slot(_) => external_link(locale, link, link_text),
        })
        .collect()
}
