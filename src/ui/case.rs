//! "Where will your subscription land?": the reader's own case, in step 2 and in the
//! diagram. The guide's own help, set apart from the article's text.
//!
//! Privacy by construction: the two address fields are uncontrolled inputs. Their text is
//! read from the DOM when it changes, handed to `domain::predict`, and only the resulting
//! `Prediction` (a case and which field could not be read) leaves this file. No state,
//! attribute, storage, URL or event ever holds an address, and nothing here renders one.

use super::text::t;
use crate::domain::prediction::Field;
use crate::domain::{predict, Case, Prediction};
use crate::i18n::{Arg, Locale, MsgId};
use crate::walkthrough::radio_key;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The choice that stands for each case, for readers who would rather not type.
fn pick_label(case: Case) -> MsgId {
    match case {
        Case::SameDirectory => MsgId::CasePickSame,
        Case::OtherOrganization => MsgId::CasePickOther,
        Case::Personal => MsgId::CasePickPersonal,
        Case::Unknown => MsgId::CasePickUnknown,
    }
}

fn verdict(case: Case) -> MsgId {
    match case {
        Case::SameDirectory => MsgId::CaseVerdictSame,
        Case::Personal => MsgId::CaseVerdictPersonal,
        Case::OtherOrganization => MsgId::CaseVerdictOther,
        Case::Unknown => MsgId::CaseVerdictUnknown,
    }
}

/// The order the choices are listed in: the recommended one first, "not sure" last.
const CHOICES: [Case; 4] = [Case::SameDirectory, Case::OtherOrganization, Case::Personal, Case::Unknown];

/// What the verdict says: the prediction, after why an address could not be read.
fn verdict_text(locale: Locale, prediction: Prediction) -> String {
    let mut text = String::new();
    if let Some(field) = prediction.unreadable {
        let field = match field {
            Field::Microsoft365 => "m365",
            Field::SignUp => "sign-up",
        };
        text.push_str(&crate::i18n::format(locale, MsgId::CaseUnreadable, &[("field", Arg::Str(field))]));
        text.push(' ');
    }
    text.push_str(&t(locale, verdict(prediction.case)));
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The value of the address field `name` beside `input` (in the same `.asg-own` box).
fn field_value(input: &web_sys::Element, name: &str) -> String {
    input
        .closest(".asg-own")
        .ok()
        .flatten()
        .and_then(|own| own.query_selector(&format!("input[data-field=\"{name}\"]")).ok().flatten())
        .and_then(|field| field.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|field| field.value())
        .unwrap_or_default()
}

/// The box, a disclosure (closed, it keeps the step short): two address fields, the same
/// four choices, and the verdict. `prediction` is the page's current one (shared by every
/// box of the guide), `onpredict` told of a new one; `open` opens it when it becomes true.
pub fn your_case(locale: Locale, prediction: Option<Prediction>, onpredict: &Callback<Prediction>, open: bool) -> Html {
    // Typing: a prediction as soon as the sign-up address reads as one; "cannot read"
    // only once the reader leaves the field (`change`), not at every key.
    let ontype = {
        let onpredict = onpredict.clone();
        std::rc::Rc::new(move |e: &Event| {
            let Some(input) = e.target_dyn_into::<web_sys::Element>() else { return };
            let (m365, sign_up) = (field_value(&input, "m365"), field_value(&input, "sign-up"));
            if sign_up.trim().is_empty() {
                return;
            }
            let predicted = predict(&m365, &sign_up);
            if predicted.unreadable.is_none() || e.type_() == "change" {
                onpredict.emit(predicted);
            }
        })
    };
    let chosen = prediction.map(|p| p.case);
    let onkeydown = {
        let onpredict = onpredict.clone();
        let direction = locale.direction();
        Callback::from(move |e: KeyboardEvent| {
            let input = e.target_dyn_into::<web_sys::HtmlInputElement>();
            let focused = input.as_ref().and_then(|i| CHOICES.into_iter().find(|c| c.slug() == i.value()));
            let Some(to) = radio_key(&e.key(), direction, &CHOICES, focused.or(chosen)) else { return };
            e.prevent_default();
            let sibling = input
                .and_then(|i| i.closest("fieldset").ok().flatten())
                .and_then(|group| group.query_selector(&format!("input[value=\"{}\"]", to.slug())).ok().flatten())
                .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(sibling) = sibling {
                let _ = sibling.focus();
            }
            onpredict.emit(Prediction { case: to, unreadable: None });
        })
    };
    let field = |name: &'static str, label: MsgId| {
        let (on_input, on_change) = (ontype.clone(), ontype.clone());
        html! {
            <label class="asg-field">
                <span>{ t(locale, label) }</span>
                <input type="email" data-field={name} autocomplete="off" spellcheck="false" dir="ltr"
                    oninput={Callback::from(move |e: InputEvent| on_input(&e))}
                    onchange={Callback::from(move |e: Event| on_change(&e))} />
            </label>
        }
    };
    html! {
        <details class="asg-own-details" {open}>
        <summary>{ t(locale, MsgId::CaseHeading) }</summary>
        <div class="asg-own" part="own-case">
            <p class="asg-own-intro">{ t(locale, MsgId::CaseIntro) }</p>
            { field("m365", MsgId::CaseM365Label) }
            { field("sign-up", MsgId::CaseSignUpLabel) }
            <fieldset class="asg-question">
                <legend>{ t(locale, MsgId::CaseChoicesLabel) }</legend>
                { for CHOICES.into_iter().map(|case| {
                    let onpredict = onpredict.clone();
                    let tab_stop = chosen.map_or(case == CHOICES[0], |c| c == case);
                    html! {
                        <label class="asg-choice">
                            <input type="radio" value={case.slug()} checked={chosen == Some(case)}
                                tabindex={if tab_stop { "0" } else { "-1" }} onkeydown={onkeydown.clone()}
                                onchange={Callback::from(move |_: Event| onpredict.emit(Prediction { case, unreadable: None }))} />
                            { t(locale, pick_label(case)) }
                        </label>
                    }
                }) }
            </fieldset>
            // Every verdict in one grid cell, the others hidden: a verdict moves nothing below.
            <div class="asg-answers">
                { for Case::ALL.into_iter().map(|case| {
                    let shown = prediction.filter(|p| p.case == case);
                    let text = verdict_text(locale, shown.unwrap_or(Prediction { case, unreadable: None }));
                    html! {
                        <p class={classes!("asg-answer", shown.is_some().then_some("is-chosen"))} data-case={case.slug()}>
                            <strong>{ t(locale, MsgId::CaseVerdictLabel) }</strong>{ " " }{ text }
                        </p>
                    }
                }) }
            </div>
            <p class="asg-vh" aria-live="polite">
                { prediction.map(|p| format!("{} {}", t(locale, MsgId::CaseVerdictLabel), verdict_text(locale, p))).unwrap_or_default() }
            </p>
        </div>
        </details>
    }
}

/// Every case as a table (what you sign up with → where it lands → what to do), for pages
/// read without scripts and for paper, where the box above cannot answer.
pub fn case_table(locale: Locale) -> Html {
    let row = |case: Case, lands: MsgId, todo: MsgId| {
        html! {
            <tr>
                <th scope="row">{ t(locale, pick_label(case)) }</th>
                <td>{ t(locale, lands) }</td>
                <td>{ t(locale, todo) }</td>
            </tr>
        }
    };
    html! {
        <table class="asg-case-table">
            <caption>{ t(locale, MsgId::CaseTableCaption) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t(locale, MsgId::CaseTableAccount) }</th>
                    <th scope="col">{ t(locale, MsgId::CaseTableLands) }</th>
                    <th scope="col">{ t(locale, MsgId::CaseTableDo) }</th>
                </tr>
            </thead>
            <tbody>
                { row(Case::SameDirectory, MsgId::CaseLandsSame, MsgId::CaseDoSame) }
                { row(Case::OtherOrganization, MsgId::CaseLandsOther, MsgId::CaseDoOther) }
                { row(Case::Personal, MsgId::CaseLandsPersonal, MsgId::CaseDoPersonal) }
                { row(Case::Unknown, MsgId::CaseLandsUnknown, MsgId::CaseDoUnknown) }
            </tbody>
        </table>
    }
}
