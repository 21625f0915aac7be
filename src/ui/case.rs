//! "Where will your subscription land?": the reader's own case, in step 2 and in the
//! diagram. The guide's own help, set apart from the article's text.
//!
//! Privacy by construction: the two address fields are uncontrolled inputs. Their text is
//! read from the DOM when it changes and only their domains are kept, to make the
//! prediction and to say in the verdict what was read ("contoso.com → fabrikam.com");
//! the part before the @ is never kept or shown. Only the resulting `Case` leaves this
//! file: no attribute, storage, URL or event ever holds an address or a domain. An address
//! that cannot be read is the field's own error (the browser's constraint validation:
//! `:user-invalid`, `aria-invalid`), said under it, not a prediction.

use super::announce::{region, use_announcer};
use super::text::{class_list, t};
use crate::domain::prediction::{domain_of, predict_domains, Field, Prediction};
use crate::domain::Case;
use crate::i18n::msg::{self, CaseUnreadableField};
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

/// Every verdict there is: the case, and whether the domains make it certain (only "same
/// directory" has a hedged form, for a tenant's own names; "another organization" is
/// always hedged in its words).
const VERDICTS: [(Case, bool); 5] = [
    (Case::SameDirectory, true),
    (Case::SameDirectory, false),
    (Case::OtherOrganization, false),
    (Case::Personal, true),
    (Case::Unknown, false),
];

/// The verdict's words and how it looks: fine, a warning, or to be checked.
fn verdict(case: Case, certain: bool) -> (MsgId, &'static str) {
    match case {
        Case::SameDirectory if certain => (MsgId::CaseVerdictSame, "asg-answer--fine"),
        Case::SameDirectory => (MsgId::CaseVerdictLikely, "asg-answer--check"),
        Case::Personal => (MsgId::CaseVerdictPersonal, "asg-answer--warning"),
        Case::OtherOrganization => (MsgId::CaseVerdictOther, "asg-answer--warning"),
        Case::Unknown => (MsgId::CaseVerdictUnknown, "asg-answer--check"),
    }
}

/// The form of a verdict for a case that was picked, not typed.
fn picked(case: Case) -> (Case, bool) {
    (case, case != Case::OtherOrganization && case != Case::Unknown)
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
/// (`:user-invalid`), and the message under it shows. The message is the field's
/// description only while it stands, and it is written into its alert region when it
/// appears, so a screen reader says it then, and never while there is no error.
fn mark(field: &web_sys::HtmlInputElement, message: &str, commit: bool) {
    let value = field.value();
    let unreadable = !value.trim().is_empty() && domain_of(&value).is_none();
    let error =
        field.closest(".asg-field").ok().flatten().and_then(|f| f.query_selector(".asg-field-error").ok().flatten());
    if !unreadable {
        field.set_custom_validity("");
        for name in ["aria-invalid", "aria-describedby"] {
            let _ = field.remove_attribute(name);
        }
        if let Some(error) = error {
            error.set_text_content(None);
        }
    } else if commit && field.get_attribute("aria-invalid").is_none() {
        field.set_custom_validity(message);
        let _ = field.set_attribute("aria-invalid", "true");
        if let Some(error) = error {
            let _ = field.set_attribute("aria-describedby", &error.id());
            error.set_text_content(Some(message));
        }
    }
}

/// A verdict from this box's two typed addresses: the prediction and the domains it read.
#[derive(Clone, PartialEq)]
struct Typed {
    prediction: Prediction,
    read: [String; 2],
}

#[derive(Properties, PartialEq)]
pub(crate) struct OwnCaseProps {
    /// The guide's language.
    pub locale: Locale,
    /// The reader's case as the guide holds it (picked here or in the other box, or saved).
    pub case: Option<Case>,
    /// Told of a new case, or of none when the addresses that gave one no longer read.
    pub oncase: Callback<Option<Case>>,
    /// Opens the box when it becomes true.
    pub open: bool,
    /// Keeps the box's element ids apart from the other box's.
    pub id: &'static str,
}

/// The box, a disclosure (closed, it keeps the step short): two address fields, the same
/// four choices, and the verdict. A verdict from typing stands only while both addresses
/// read, names the domains it read, and checks no choice: the choices are the reader's own.
#[function_component(OwnCase)]
pub(crate) fn own_case(props: &OwnCaseProps) -> Html {
    let locale = props.locale;
    let typed = use_state_eq(|| None::<Typed>);
    // Only this box's own changes are said, once: the other box (and another guide on the
    // page) shows the same case silently.
    let announcer = use_announcer();
    // Once opened for the reader it stays open: a case that clears (an emptied field) must
    // not close the box they are typing in.
    let opened = use_mut_ref(|| false);
    if props.open {
        *opened.borrow_mut() = true;
    }
    let unreadable = |field: Field| {
        let which = if field == Field::Microsoft365 { CaseUnreadableField::M365 } else { CaseUnreadableField::SignUp };
        t(locale, msg::case_unreadable(which))
    };
    // Typing: a verdict as soon as both addresses read; none (and no case) as soon as one
    // is empty or does not read. An unreadable address is marked once the reader leaves it.
    let said = move |case: Case, certain: bool, label: String| {
        let (text, _) = verdict(case, certain);
        format!("{label} {}", t(locale, text))
    };
    let ontype = {
        let (oncase, typed, had) = (props.oncase.clone(), typed.clone(), typed.is_some() || props.case.is_some());
        let say = announcer.say.clone();
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
            // What this box said last is out of date once the reader types again: no earlier
            // verdict (and the domains it named) stays in the page.
            if !commit {
                say.emit(String::new());
            }
            let [m365, sign_up] = fields.map(|f| f.and_then(|f| domain_of(&f.value())));
            let prediction = predict_domains(m365.as_deref(), sign_up.as_deref());
            match (m365, sign_up) {
                (Some(from), Some(to)) => {
                    // Said when the reader commits a field (leaves it, or Enter), not on every
                    // key: while they type, "contoso.c" already reads as a domain.
                    if commit {
                        let label = t(locale, msg::case_verdict_read(Arg::Str(&from), Arg::Str(&to)));
                        say.emit(said(prediction.case, prediction.certain, label));
                    }
                    typed.set(Some(Typed { prediction, read: [from, to] }));
                    oncase.emit(Some(prediction.case));
                }
                _ if had => {
                    typed.set(None);
                    oncase.emit(None);
                }
                _ => {}
            }
        })
    };
    let choose = {
        let (oncase, typed, say) = (props.oncase.clone(), typed.clone(), announcer.say.clone());
        move |case: Case| {
            let (case_shown, certain) = picked(case);
            say.emit(said(case_shown, certain, t(locale, MsgId::CaseVerdictLabel)));
            typed.set(None);
            oncase.emit(Some(case));
        }
    };
    let onkeydown = {
        let (choose, case) = (choose.clone(), props.case);
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
            choose(to);
        })
    };
    let id = props.id;
    let address = |(name, which): (&'static str, Field)| {
        let (on_input, on_change) = (ontype.clone(), ontype.clone());
        let label = if which == Field::Microsoft365 { MsgId::CaseM365Label } else { MsgId::CaseSignUpLabel };
        let error_id = format!("asg-{id}-{name}-error");
        html! {
            <div class="asg-field">
                <label>
                    <span>{ t(locale, label) }</span>
                    // Text, not `email`: the browser's own check refuses addresses the guide reads
                    // (åsa@contoso.se) and turns domains into punycode; the guide checks them itself.
                    <input type="text" inputmode="email" data-field={name} autocomplete="off" spellcheck="false" dir="ltr"
                        oninput={Callback::from(move |e: InputEvent| on_input(&e))}
                        onchange={Callback::from(move |e: Event| on_change(&e))} />
                </label>
                // Empty until the field's address does not read (`mark` writes the message).
                <p class="asg-field-error" id={error_id} aria-live="assertive" aria-atomic="true"></p>
            </div>
        }
    };
    // What the box says: the typed verdict, else the reader's case (picked here or elsewhere).
    let shown = match &*typed {
        Some(typed) => Some((typed.prediction.case, typed.prediction.certain)),
        None => props.case.map(picked),
    };
    let label = |each: (Case, bool)| match &*typed {
        Some(typed) if shown == Some(each) => {
            t(locale, msg::case_verdict_read(Arg::Str(&typed.read[0]), Arg::Str(&typed.read[1])))
        }
        _ => t(locale, MsgId::CaseVerdictLabel),
    };
    let checked = |choice: Case| typed.is_none() && props.case == Some(choice);
    html! {
        <details class="asg-own-details" open={*opened.borrow()}>
        <summary>{ t(locale, MsgId::CaseHeading) }</summary>
        <div class="asg-own" part="own-case">
            <p class="asg-own-intro">{ t(locale, MsgId::CaseIntro) }</p>
            { for FIELDS.into_iter().map(address) }
            <fieldset class="asg-question">
                <legend>{ t(locale, MsgId::CaseChoicesLabel) }</legend>
                { for CHOICES.into_iter().map(|choice| {
                    let choose = choose.clone();
                    let tab_stop = CHOICES.into_iter().find(|c| checked(*c)).map_or(choice == CHOICES[0], |c| c == choice);
                    html! {
                        <label class="asg-choice">
                            <input type="radio" value={choice.slug()} checked={checked(choice)}
                                tabindex={if tab_stop { "0" } else { "-1" }} onkeydown={onkeydown.clone()}
                                onchange={Callback::from(move |_: Event| choose(choice))} />
                            <span>{ t(locale, pick_label(choice)) }</span>
                        </label>
                    }
                }) }
            </fieldset>
            // Every verdict in one grid cell, the others hidden: a verdict moves nothing below.
            <div class="asg-answers">
                { for VERDICTS.into_iter().map(|each| {
                    let (text, look) = verdict(each.0, each.1);
                    let class = class_list("asg-answer", &[(look, true), ("is-chosen", shown == Some(each))]);
                    let label = label(each);
                    // No space after a full-width colon, which has its own (Chinese).
                    let gap = if label.ends_with('：') { "" } else { " " };
                    html! {
                        <p {class} data-case={each.0.slug()}>
                            <strong>{ label }</strong>
                            { gap }
                            { t(locale, text) }
                        </p>
                    }
                }) }
            </div>
            { region(&announcer) }
        </div>
        </details>
    }
}

/// Every case as a table (what you sign up with → where it lands → what to do), for pages
/// read without scripts and for paper, where the box above cannot answer.
pub(crate) fn case_table(locale: Locale) -> Html {
    // Each cell carries its column's name, which a phone shows when the rows stack.
    let (lands_label, do_label) = (t(locale, MsgId::CaseTableLands), t(locale, MsgId::CaseTableDo));
    let row = |case: Case, lands: MsgId, todo: MsgId| {
        html! {
            <tr>
                <th scope="row">{ t(locale, pick_label(case)) }</th>
                <td data-label={lands_label.clone()}>{ t(locale, lands) }</td>
                <td data-label={do_label.clone()}>{ t(locale, todo) }</td>
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
