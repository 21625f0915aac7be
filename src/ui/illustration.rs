//! SVG drawings in place of the article's screenshots: the signup page, the sign-in
//! page, the form; and for the guide's own check step, the portal's Directories +
//! subscriptions page with the place to look marked. Drawn left to right and mirrored
//! for right-to-left locales.

use super::text::t;
use super::{coord, Flip};
use crate::domain::text_fit::wrap;
use crate::i18n::{Locale, MsgId};
use crate::walkthrough::StepId;
use yew::prelude::*;

const WIDTH: f32 = 240.0;

/// Text lines inside a drawing, wrapped to `max` user units.
fn lines(flip: Flip, text: &str, (x, y): (f32, f32), max: f32, size: f32, class: &'static str) -> Html {
    wrap(text, max, size)
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let y = y + i as f32 * size * 1.25;
            html! { <text class={class} x={flip.x(x)} y={coord(y)} font-size={coord(size)}>{ line }</text> }
        })
        .collect()
}

/// A rectangle at (x, y) of size (w, h).
fn rect(flip: Flip, class: &'static str, (x, y): (f32, f32), (w, h): (f32, f32), rx: f32) -> Html {
    html! { <rect class={class} x={flip.rect_x(x, w)} y={coord(y)} width={coord(w)} height={coord(h)} rx={coord(rx)} /> }
}

/// A form field: a label above an empty box.
fn field(flip: Flip, label: &str, y: f32) -> Html {
    html! {
        <>
            { lines(flip, label, (30.0, y), 180.0, 8.0, "asg-illus-label") }
            { rect(flip, "asg-illus-field", (30.0, y + 4.0), (180.0, 14.0), 2.0) }
        </>
    }
}

/// A button: an accent box with its label.
fn button(flip: Flip, label: &str, (x, y): (f32, f32), (w, h): (f32, f32), size: f32) -> Html {
    html! {
        <>
            { rect(flip, "asg-illus-accent", (x, y), (w, h), 3.0) }
            { lines(flip, label, (x + 8.0, y + h / 2.0 + size / 3.0), w - 12.0, size, "asg-illus-on-accent") }
        </>
    }
}

/// A browser's address bar from `x`, `w` wide, showing `address` (left to right in every
/// locale, as addresses are).
fn address_bar(flip: Flip, address: &str, x: f32, w: f32) -> Html {
    html! {
        <>
            { rect(flip, "asg-illus-field", (x, 10.0), (w, 12.0), 6.0) }
            <text class="asg-illus-value" x={flip.x(x + 8.0)} y="19" font-size="7" direction="ltr"
                text-anchor={if flip.is_rtl() { "end" } else { "start" }}>
                { address }
            </text>
        </>
    }
}

/// The drawing for `step`, in place of the article's screenshot.
pub fn illustration(locale: Locale, step: StepId) -> Html {
    let flip = Flip::new(WIDTH, locale.direction());
    let (alt, body) = match step {
        StepId::SignUp => (
            MsgId::IllusSignupAlt,
            html! {
                <>
                    { rect(flip, "asg-illus-frame", (6.0, 6.0), (228.0, 148.0), 6.0) }
                    <path class="asg-illus-rule" d="M6 26h228" />
                    { for [16.0, 26.0, 36.0].into_iter().map(|cx| html! {
                        <circle class="asg-illus-dot" cx={flip.x(cx)} cy="16" r="3" />
                    }) }
                    { address_bar(flip, &t(locale, MsgId::IllusSignupAddress), 48.0, 178.0) }
                    { lines(flip, &t(locale, MsgId::IllusSignupHeading), (24.0, 56.0), 190.0, 14.0, "asg-illus-heading") }
                    { button(flip, &t(locale, MsgId::IllusSignupButton), (24.0, 108.0), (80.0, 22.0), 9.0) }
                </>
            },
        ),
        StepId::SignIn => (
            MsgId::IllusSignInAlt,
            html! {
                <>
                    { rect(flip, "asg-illus-frame", (20.0, 8.0), (200.0, 144.0), 6.0) }
                    { lines(flip, &t(locale, MsgId::StepSignInTitle), (30.0, 34.0), 180.0, 13.0, "asg-illus-heading") }
                    { rect(flip, "asg-illus-field", (30.0, 50.0), (180.0, 16.0), 2.0) }
                    { lines(flip, &t(locale, MsgId::IllusEmail), (36.0, 61.0), 170.0, 8.0, "asg-illus-value") }
                    { lines(flip, &t(locale, MsgId::IllusPassword), (30.0, 84.0), 180.0, 8.0, "asg-illus-label") }
                    { rect(flip, "asg-illus-field", (30.0, 88.0), (180.0, 16.0), 2.0) }
                    <text class="asg-illus-value" x={flip.x(36.0)} y="99" font-size="8">{ t(locale, MsgId::IllusPasswordMask) }</text>
                    { button(flip, &t(locale, MsgId::ButtonNext), (140.0, 118.0), (70.0, 20.0), 9.0) }
                </>
            },
        ),
        StepId::Finish => (
            MsgId::IllusFormAlt,
            html! {
                <>
                    { rect(flip, "asg-illus-frame", (20.0, 4.0), (200.0, 152.0), 6.0) }
                    { lines(flip, &t(locale, MsgId::IllusFormHeading), (30.0, 24.0), 180.0, 12.0, "asg-illus-heading") }
                    { field(flip, &t(locale, MsgId::IllusFormCountry), 38.0) }
                    { field(flip, &t(locale, MsgId::IllusFormName), 66.0) }
                    { field(flip, &t(locale, MsgId::IllusFormPhone), 94.0) }
                    { rect(flip, "asg-illus-field", (30.0, 118.0), (8.0, 8.0), 1.0) }
                    { lines(flip, &t(locale, MsgId::IllusFormAgree), (42.0, 125.0), 168.0, 7.0, "asg-illus-label") }
                    { button(flip, &t(locale, MsgId::StepSignUpTitle), (130.0, 134.0), (80.0, 16.0), 8.0) }
                </>
            },
        ),
        StepId::AddPeople => return Html::default(),
        StepId::Check => (
            MsgId::IllusCheckAlt,
            html! {
                <>
                    { rect(flip, "asg-illus-frame", (6.0, 6.0), (228.0, 148.0), 6.0) }
                    <path class="asg-illus-rule" d="M6 26h228" />
                    { address_bar(flip, &t(locale, MsgId::IllusCheckAddress), 16.0, 210.0) }
                    { lines(flip, &t(locale, MsgId::IllusCheckHeading), (18.0, 44.0), 204.0, 11.0, "asg-illus-heading") }
                    { lines(flip, &t(locale, MsgId::IllusCheckCurrent), (18.0, 61.0), 204.0, 8.0, "asg-illus-label") }
                    { rect(flip, "asg-illus-field", (18.0, 68.0), (204.0, 18.0), 2.0) }
                    { lines(flip, &t(locale, MsgId::DirectoryContoso), (26.0, 80.0), 190.0, 9.0, "asg-illus-value") }
                    // The place to look: the directory you are in now.
                    { rect(flip, "asg-illus-mark", (14.0, 65.5), (212.0, 23.0), 4.0) }
                    { lines(flip, &t(locale, MsgId::IllusCheckAll), (18.0, 106.0), 204.0, 8.0, "asg-illus-label") }
                    { rect(flip, "asg-illus-field", (18.0, 111.0), (204.0, 20.0), 2.0) }
                    { lines(flip, &t(locale, MsgId::DirectoryFabrikam), (26.0, 124.0), 120.0, 9.0, "asg-illus-value") }
                    { button(flip, &t(locale, MsgId::IllusCheckSwitch), (158.0, 114.0), (58.0, 14.0), 8.0) }
                </>
            },
        ),
    };
    html! {
        <svg class="asg-illus" part="illustration" viewBox="0 0 240 160" role="img" aria-label={t(locale, alt)}>
            { body }
        </svg>
    }
}
