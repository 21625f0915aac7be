//! SVG drawings in place of the article's screenshots: the signup page, the sign-in page, the form.

use super::num;
use super::text::{t, use_locale};
use crate::domain::layout::wrap;
use crate::i18n::MsgId;
use crate::walkthrough::StepId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IllustrationProps {
    pub step: StepId,
}

/// Text lines inside a drawing, wrapped to `max` user units.
fn lines(text: &str, x: f32, y: f32, max: f32, size: f32, class: &'static str) -> Html {
    wrap(text, max, size)
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let y = y + i as f32 * size * 1.25;
            html! { <text class={class} x={num(x)} y={num(y)} font-size={num(size)}>{ line }</text> }
        })
        .collect()
}

/// A form field: a label above a box with optional content.
fn field(label: &str, value: &str, y: f32) -> Html {
    html! {
        <>
            { lines(label, 30.0, y, 180.0, 8.0, "asg-illus-label") }
            <rect class="asg-illus-field" x="30" y={num(y + 4.0)} width="180" height="14" rx="2" />
            { lines(value, 35.0, y + 14.0, 170.0, 8.0, "asg-illus-value") }
        </>
    }
}

#[function_component(Illustration)]
pub fn illustration(props: &IllustrationProps) -> Html {
    let locale = use_locale();
    let (alt, body) = match props.step {
        StepId::SignUp => (
            MsgId::IllusSignupAlt,
            html! {
                <>
                    <rect class="asg-illus-frame" x="6" y="6" width="228" height="148" rx="6" />
                    <path class="asg-illus-rule" d="M6 26h228" />
                    <circle class="asg-illus-dot" cx="16" cy="16" r="3" />
                    <circle class="asg-illus-dot" cx="26" cy="16" r="3" />
                    <circle class="asg-illus-dot" cx="36" cy="16" r="3" />
                    <rect class="asg-illus-field" x="48" y="10" width="178" height="12" rx="6" />
                    <text class="asg-illus-value" x="56" y="19" font-size="7">{ "account.azure.com/signup" }</text>
                    { lines(&t(locale, MsgId::IllusSignupHeading), 24.0, 56.0, 190.0, 14.0, "asg-illus-heading") }
                    <rect class="asg-illus-accent" x="24" y="108" width="80" height="22" rx="3" />
                    { lines(&t(locale, MsgId::IllusSignupButton), 32.0, 123.0, 68.0, 9.0, "asg-illus-on-accent") }
                </>
            },
        ),
        StepId::SignIn => (
            MsgId::IllusSignInAlt,
            html! {
                <>
                    <rect class="asg-illus-frame" x="20" y="8" width="200" height="144" rx="6" />
                    { lines(&t(locale, MsgId::StepSignInTitle), 30.0, 34.0, 180.0, 13.0, "asg-illus-heading") }
                    <rect class="asg-illus-field" x="30" y="50" width="180" height="16" rx="2" />
                    { lines(&t(locale, MsgId::IllusEmail), 36.0, 61.0, 170.0, 8.0, "asg-illus-value") }
                    { lines(&t(locale, MsgId::IllusPassword), 30.0, 84.0, 180.0, 8.0, "asg-illus-label") }
                    <rect class="asg-illus-field" x="30" y="88" width="180" height="16" rx="2" />
                    <text class="asg-illus-value" x="36" y="99" font-size="8">{ "••••••••" }</text>
                    <rect class="asg-illus-accent" x="140" y="118" width="70" height="20" rx="3" />
                    { lines(&t(locale, MsgId::ButtonNext), 148.0, 131.0, 60.0, 9.0, "asg-illus-on-accent") }
                </>
            },
        ),
        StepId::Finish => (
            MsgId::IllusFormAlt,
            html! {
                <>
                    <rect class="asg-illus-frame" x="20" y="4" width="200" height="152" rx="6" />
                    { lines(&t(locale, MsgId::IllusFormHeading), 30.0, 24.0, 180.0, 12.0, "asg-illus-heading") }
                    { field(&t(locale, MsgId::IllusFormCountry), "", 38.0) }
                    { field(&t(locale, MsgId::IllusFormName), "", 66.0) }
                    { field(&t(locale, MsgId::IllusFormPhone), "", 94.0) }
                    <rect class="asg-illus-field" x="30" y="118" width="8" height="8" rx="1" />
                    { lines(&t(locale, MsgId::IllusFormAgree), 42.0, 125.0, 168.0, 7.0, "asg-illus-label") }
                    <rect class="asg-illus-accent" x="130" y="134" width="80" height="16" rx="3" />
                    { lines(&t(locale, MsgId::StepSignUpTitle), 136.0, 145.0, 72.0, 8.0, "asg-illus-on-accent") }
                </>
            },
        ),
        StepId::AddPeople => return Html::default(),
    };
    html! {
        <svg class="asg-illus" part="illustration" viewBox="0 0 240 160" role="img" aria-label={t(locale, alt)}>
            { body }
        </svg>
    }
}
