//! SVG drawings in place of the article's screenshots: the signup page, the sign-in
//! page, the form; and for the guide's own check step, the portal's Directories +
//! subscriptions page with the place to look marked. Drawn left to right and mirrored
//! for right-to-left locales.

use super::text::t;
use super::{coord, Flip};
use crate::domain::text_fit::{text_direction, text_width, wrap};
use crate::i18n::{Locale, MsgId};
use crate::walkthrough::StepId;
use yew::prelude::*;

const WIDTH: f32 = 240.0;

/// The smallest font size in a drawing, in its units: drawn at least 18em (1.2 units to a
/// pixel at the default size), every glyph a reader sees is 12 px or more. Words that
/// teach nothing (a form's field labels) are neutral bars instead.
pub(crate) const MIN_FONT: f32 = 10.0;

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

/// A form field: a neutral bar for its label just above an empty box (closer to its own
/// box than to the one above it).
fn field(flip: Flip, y: f32, label: f32) -> Html {
    html! {
        <>
            { rect(flip, "asg-illus-dot", (30.0, y), (label, 5.0), 2.5) }
            { rect(flip, "asg-illus-field", (30.0, y + 7.0), (180.0, 14.0), 2.0) }
        </>
    }
}

/// A button ending at `end` (its label's width and some room), with its label. Labels are
/// semibold, wider than `text_width`'s regular estimate: a fifth more room.
fn button(flip: Flip, label: &str, (end, y): (f32, f32), h: f32, size: f32) -> Html {
    let w = (text_width(label, size) * 1.2 + 16.0).clamp(48.0, 190.0);
    let x = end - w;
    // The label centred in its button, in either direction.
    html! {
        <>
            { rect(flip, "asg-illus-accent", (x, y), (w, h), 3.0) }
            <text class="asg-illus-on-accent" x={flip.x(x + w / 2.0)} y={coord(y + h / 2.0 + size / 3.0)}
                font-size={coord(size)} text-anchor="middle">{ label.to_owned() }</text>
        </>
    }
}

/// A browser's address bar from `x`, `w` wide, showing `address` (left to right in every
/// locale, as addresses are).
fn address_bar(flip: Flip, address: &str, x: f32, w: f32) -> Html {
    html! {
        <>
            { rect(flip, "asg-illus-field", (x, 8.0), (w, 16.0), 8.0) }
            <text class="asg-illus-value" x={flip.x(x + 8.0)} y="20" font-size={coord(MIN_FONT)} direction="ltr"
                text-anchor={if flip.is_rtl() { "end" } else { "start" }}>
                { address }
            </text>
        </>
    }
}

/// The drawing for `step`, in place of the article's screenshot.
pub(crate) fn illustration(locale: Locale, step: StepId) -> Html {
    // The portal page as it shows: in the language of its words (English where the portal
    // has no interface in the reader's language), in that direction.
    let direction = match step {
        StepId::Check => text_direction(&t(locale, MsgId::IllusCheckHeading)),
        _ => locale.direction(),
    };
    let flip = Flip::new(WIDTH, direction);
    let (alt, body) = match step {
        StepId::SignUp => (
            MsgId::IllusSignupAlt,
            html! {
                <>
                    { rect(flip, "asg-illus-frame", (6.0, 4.0), (228.0, 152.0), 6.0) }
                    <path class="asg-illus-rule" d="M6 28h228" />
                    { for [16.0, 26.0, 36.0].into_iter().map(|cx| html! {
                        <circle class="asg-illus-dot" cx={flip.x(cx)} cy="16" r="3" />
                    }) }
                    { address_bar(flip, &t(locale, MsgId::IllusSignupAddress), 46.0, 182.0) }
                    { lines(flip, &t(locale, MsgId::IllusSignupHeading), (20.0, 58.0), 196.0, 15.0, "asg-illus-heading") }
                    { rect(flip, "asg-illus-dot", (20.0, 88.0), (150.0, 5.0), 2.5) }
                    { rect(flip, "asg-illus-dot", (20.0, 99.0), (110.0, 5.0), 2.5) }
                    { button(flip, &t(locale, MsgId::IllusSignupButton), (220.0, 120.0), 24.0, 11.0) }
                </>
            },
        ),
        StepId::SignIn => (
            MsgId::IllusSignInAlt,
            html! {
                <>
                    { rect(flip, "asg-illus-frame", (20.0, 4.0), (200.0, 152.0), 6.0) }
                    { lines(flip, &t(locale, MsgId::IllusSignInHeading), (30.0, 30.0), 180.0, 14.0, "asg-illus-heading") }
                    { rect(flip, "asg-illus-field", (30.0, 44.0), (180.0, 22.0), 2.0) }
                    { lines(flip, &t(locale, MsgId::IllusEmail), (38.0, 59.0), 166.0, 11.0, "asg-illus-value") }
                    { rect(flip, "asg-illus-field", (30.0, 76.0), (180.0, 22.0), 2.0) }
                    <text class="asg-illus-value" x={flip.x(38.0)} y="91" font-size="11">{ t(locale, MsgId::IllusPasswordMask) }</text>
                    { button(flip, &t(locale, MsgId::ButtonNext), (210.0, 118.0), 24.0, 11.0) }
                </>
            },
        ),
        StepId::Finish => (
            MsgId::IllusFormAlt,
            html! {
                <>
                    { rect(flip, "asg-illus-frame", (20.0, 4.0), (200.0, 152.0), 6.0) }
                    { lines(flip, &t(locale, MsgId::IllusFormHeading), (30.0, 26.0), 180.0, 14.0, "asg-illus-heading") }
                    { field(flip, 34.0, 60.0) }
                    { field(flip, 62.0, 40.0) }
                    { field(flip, 90.0, 50.0) }
                    { rect(flip, "asg-illus-field", (30.0, 117.0), (9.0, 9.0), 1.0) }
                    { rect(flip, "asg-illus-dot", (44.0, 119.0), (100.0, 5.0), 2.5) }
                    { button(flip, &t(locale, MsgId::IllusFormButton), (210.0, 128.0), 22.0, 11.0) }
                </>
            },
        ),
        StepId::AddPeople => return Html::default(),
        StepId::Check => (MsgId::IllusCheckAlt, {
            // The portal page as it shows: in the language of its words (English where the
            // portal has no interface in the reader's language), in that direction.
            let flip = Flip::new(WIDTH, text_direction(&t(locale, MsgId::IllusCheckHeading)));
            html! {
                <>
                    { rect(flip, "asg-illus-frame", (6.0, 4.0), (228.0, 152.0), 6.0) }
                    <path class="asg-illus-rule" d="M6 28h228" />
                    { address_bar(flip, &t(locale, MsgId::IllusCheckAddress), 12.0, 216.0) }
                    { lines(flip, &t(locale, MsgId::IllusCheckHeading), (16.0, 47.0), 208.0, 12.0, "asg-illus-heading") }
                    { lines(flip, &t(locale, MsgId::IllusCheckCurrent), (16.0, 63.0), 208.0, MIN_FONT, "asg-illus-label") }
                    { rect(flip, "asg-illus-field", (16.0, 72.0), (208.0, 22.0), 2.0) }
                    { lines(flip, &t(locale, MsgId::DirectoryContoso), (24.0, 87.0), 190.0, 11.0, "asg-illus-value") }
                    // The place to look: the directory you are in now (clear of the label's descenders).
                    { rect(flip, "asg-illus-mark", (12.0, 69.5), (216.0, 27.0), 4.0) }
                    { lines(flip, &t(locale, MsgId::IllusCheckAll), (16.0, 113.0), 208.0, MIN_FONT, "asg-illus-label") }
                    { rect(flip, "asg-illus-field", (16.0, 118.0), (208.0, 28.0), 2.0) }
                    { lines(flip, &t(locale, MsgId::DirectoryFabrikam), (24.0, 136.0), 110.0, 11.0, "asg-illus-value") }
                    { button(flip, &t(locale, MsgId::IllusCheckSwitch), (219.0, 122.0), 20.0, MIN_FONT) }
                </>
            }
        }),
    };
    html! {
        <svg class="asg-illus" part="illustration" viewBox="0 0 240 160" role="img" aria-label={t(locale, alt)}
            direction={direction.as_attr()}>
            { body }
        </svg>
    }
}
