//! Small pieces for putting localized text on screen: lookup, sentences with a link inside, external links.

use crate::domain::Link;
use crate::i18n::{self, Arg, Locale, MsgId, Segment};
use yew::prelude::*;

/// The locale of the nearest [`ContextProvider<Locale>`], en-US outside one.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or(Locale::FALLBACK)
}

/// A message with no arguments.
pub fn t(locale: Locale, id: MsgId) -> String {
    i18n::format(locale, id, &[])
}

/// A message with arguments.
pub fn tf(locale: Locale, id: MsgId, args: &[(&str, Arg<'_>)]) -> String {
    i18n::format(locale, id, args)
}

#[derive(Properties, PartialEq)]
pub struct ExternalLinkProps {
    /// Where the link goes.
    pub link: Link,
    /// The link's text.
    pub text: MsgId,
}

/// A link out of the page: new tab, no opener or referrer, and it says so to screen readers.
#[function_component(ExternalLink)]
pub fn external_link(props: &ExternalLinkProps) -> Html {
    let locale = use_locale();
    let href = props.link.url(locale.docs_segment());
    html! {
        <a class="asg-link" part="link" href={href} target="_blank" rel="noopener noreferrer">
            { t(locale, props.text) }
            <span class="asg-vh">{ format!(" {}", t(locale, MsgId::NewTab)) }</span>
            <svg class="asg-link-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                <path d="M4.5 2H2v8h8V7.5M6.5 1.5h4v4M10.5 1.5 5 7" />
            </svg>
        </a>
    }
}

#[derive(Properties, PartialEq)]
pub struct SentenceProps {
    /// A message with a `$link` placeable.
    pub msg: MsgId,
    pub link: Link,
    /// The text of the link.
    pub link_text: MsgId,
}

/// A translated sentence with a link where its `{ $link }` placeable stands.
#[function_component(Sentence)]
pub fn sentence(props: &SentenceProps) -> Html {
    let locale = use_locale();
    let segments = i18n::format_segments(locale, props.msg, &[("link", Arg::Slot(0))]);
    segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => html! { { text } },
            Segment::Slot(_) => html! { <ExternalLink link={props.link} text={props.link_text} /> },
        })
        .collect()
}
