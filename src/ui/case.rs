//! "Where will your subscription land?": the reader's own case, in step 2 and in the
//! diagram. The guide's own help, set apart from the article's text.
//!
//! Privacy by construction: the two address fields are uncontrolled inputs. Their text is
//! read from the DOM when it changes, handed to `domain::predict`, and only the resulting
//! `Case` leaves this file. No state, attribute, storage, URL or event ever holds an
//! address, and nothing here renders one. An address that cannot be read is the field's
//! own error (the browser's constraint validation: `:user-invalid`, `aria-invalid`), said
//! under it, not a prediction.

use super::text::t;
use crate::domain::prediction::{domain_of, Field};
use crate::domain::{predict, Case};
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

/// The verdict's words and how it looks: fine, a warning, or to be checked.
fn verdict(case: Case) -> (MsgId, &'static str) {
    match case {
        Case::SameDirectory => (MsgId::CaseVerdictSame, "asg-answer--fine"),
        Case::Personal => (MsgId::CaseVerdictPersonal, "asg-answer--warning"),
        Case::OtherOrganization => (MsgId::CaseVerdictOther, "asg-answer--warning"),
        Case::Unknown => (MsgId::CaseVerdictUnknown, "asg-answer--check"),
    }
}

/// The order the choices are listed in: the recommended one first, "not sure" last.
const CHOICES: [Case; 4] = [Case::SameDirectory, Case::OtherOrganization, Case::Personal, Case::Unknown];

/// The two fields: the name `data-field` gives each, and which address it holds.
const FIELDS: [(&str, Field); 2] = [("m365", Field::Microsoft365), ("sign-up", Field::SignUp)];

/// The address field `name` in the same `.asg-own` box as `input`.
fn field(input: &web_sys::Element, name: &str) -> Option<web_sys::HtmlInputElement> {
    input
        .closest(".asg-own")
        .ok()
        .flatten()
        .and_then(|own| own.query_selector(&format!("input[data-field=\"{name}\"]")).ok().flatten())
        .and_then(|field| field.dyn_into::<web_sys::HtmlInputElement>().ok())
}

/// Marks a field that holds text but no readable address (only once the reader leaves
/// it, `commit`), and clears the mark as soon as it reads: the browser then styles it
/// (`:user-invalid`) and tells assistive technology, and the message under it shows.
fn mark(field: &web_sys::HtmlInputElement, message: &str, commit: bool) {
    let value = field.value();
    let unreadable = !value.trim().is_empty() && domain_of(&value).is_none();
    if !unreadable {
        field.set_custom_validity("");
        let _ = field.remove_attribute("aria-invalid");
    } else if commit {
        field.set_custom_validity(message);
        let _ = field.set_attribute("aria-invalid", "true");
    }
}

/// The box, a disclosure (closed, it keeps the step short): two address fields, the same
/// four choices, and the verdict. `case` is the page's current one (shared by every box of
/// the guide), `oncase` told of a new one; `open` opens it when it becomes true; `id` keeps
/// the box's element ids apart from the other box's.
pub fn your_case(locale: Locale, case: Option<Case>, oncase: &Callback<Case>, open: bool, id: &str) -> Html {
    let unreadable = |field: Field| {
        let name = if field == Field::Microsoft365 { "m365" } else { "sign-up" };
        crate::i18n::format(locale, MsgId::CaseUnreadable, &[("field", Arg::Str(name))])
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    // Typing: a prediction as soon as both addresses read (or the sign-up one is a personal
    // account's); an address that does not read is marked once the reader leaves its field.
    let ontype = {
        let oncase = oncase.clone();
        let messages = FIELDS.map(|(_, f)| unreadable(f));
        std::rc::Rc::new(move |e: &Event| {
            let Some(input) = e.target_dyn_into::<web_sys::Element>() else { return };
            let commit = e.type_() == "change";
            let fields = FIELDS.map(|(name, _)| field(&input, name));
            for (field, message) in fields.iter().zip(&messages) {
                if let Some(field) = field {
                    mark(field, message, commit && field.is_same_node(Some(&input)));
                }
            }
            let [m365, sign_up] = fields.map(|f| f.map(|f| f.value()).unwrap_or_default());
            let predicted = predict(&m365, &sign_up);
            if predicted.unreadable.is_none() {
                oncase.emit(predicted.case);
            }
        })
    };
    let onkeydown = {
        let oncase = oncase.clone();
        let direction = locale.direction();
        Callback::from(move |e: KeyboardEvent| {
            let input = e.target_dyn_into::<web_sys::HtmlInputElement>();
            let focused = input.as_ref().and_then(|i| CHOICES.into_iter().find(|c| c.slug() == i.value()));
            let Some(to) = radio_key(&e.key(), direction, &CHOICES, focused.or(case)) else { return };
            e.prevent_default();
            let sibling = input
                .and_then(|i| i.closest("fieldset").ok().flatten())
                .and_then(|group| group.query_selector(&format!("input[value=\"{}\"]", to.slug())).ok().flatten())
                .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(sibling) = sibling {
                let _ = sibling.focus();
            }
            oncase.emit(to);
        })
    };
    let address = |(name, which): (&'static str, Field)| {
        let (on_input, on_change) = (ontype.clone(), ontype.clone());
        let label = if which == Field::Microsoft365 { MsgId::CaseM365Label } else { MsgId::CaseSignUpLabel };
        let error_id = format!("asg-{id}-{name}-error");
        html! {
            <div class="asg-field">
                <label>
                    <span>{ t(locale, label) }</span>
                    <input type="email" data-field={name} autocomplete="off" spellcheck="false" dir="ltr"
                        aria-describedby={error_id.clone()}
                        oninput={Callback::from(move |e: InputEvent| on_input(&e))}
                        onchange={Callback::from(move |e: Event| on_change(&e))} />
                </label>
                <p class="asg-field-error" id={error_id}>{ unreadable(which) }</p>
            </div>
        }
    };
    html! {
        <details class="asg-own-details" {open}>
        <summary>{ t(locale, MsgId::CaseHeading) }</summary>
        <div class="asg-own" part="own-case">
            <p class="asg-own-intro">{ t(locale, MsgId::CaseIntro) }</p>
            { for FIELDS.into_iter().map(address) }
            <fieldset class="asg-question">
                <legend>{ t(locale, MsgId::CaseChoicesLabel) }</legend>
                { for CHOICES.into_iter().map(|choice| {
                    let oncase = oncase.clone();
                    let tab_stop = case.map_or(choice == CHOICES[0], |c| c == choice);
                    html! {
                        <label class="asg-choice">
                            <input type="radio" value={choice.slug()} checked={case == Some(choice)}
                                tabindex={if tab_stop { "0" } else { "-1" }} onkeydown={onkeydown.clone()}
                                onchange={Callback::from(move |_: Event| oncase.emit(choice))} />
                            <span>{ t(locale, pick_label(choice)) }</span>
                        </label>
                    }
                }) }
            </fieldset>
            // Every verdict in one grid cell, the others hidden: a verdict moves nothing below.
            <div class="asg-answers">
                { for Case::ALL.into_iter().map(|each| {
                    let (text, look) = verdict(each);
                    let class = classes!("asg-answer", look, (case == Some(each)).then_some("is-chosen"));
                    html! {
                        <p {class} data-case={each.slug()}>
                            <strong>{ t(locale, MsgId::CaseVerdictLabel) }</strong>{ " " }{ t(locale, text) }
                        </p>
                    }
                }) }
            </div>
            <p class="asg-vh" aria-live="polite">
                { case.map(|c| format!("{} {}", t(locale, MsgId::CaseVerdictLabel), t(locale, verdict(c).0))).unwrap_or_default() }
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
