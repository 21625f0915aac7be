//! The language menu inside the widget; switching keeps the reader's place.

use super::text::t;
use crate::i18n::{Locale, MsgId};
use yew::prelude::*;

/// The menu, showing `locale`; `onselect` gets the locale the reader picked. A plain view
/// function: it holds no state of its own (what it must remember between events, that a
/// change came from the arrow keys, it keeps on the select element itself).
///
/// A closed select changes on every arrow key; switching the whole page then would read
/// each language out in turn and move the label under the reader. So a change made with
/// the keys is applied when the reader commits it (Enter, or leaving the menu); a pick
/// with the pointer at once.
pub(crate) fn language_switcher(locale: Locale, onselect: Callback<Locale>) -> Html {
    const KEYED: &str = "data-keyed";
    let apply = std::rc::Rc::new(move |select: &web_sys::HtmlSelectElement| {
        let _ = select.remove_attribute(KEYED);
        match Locale::closest(&select.value()) {
            Some(picked) if picked != locale => onselect.emit(picked),
            _ => {}
        }
    });
    let select = |e: &web_sys::Event| e.target_dyn_into::<web_sys::HtmlSelectElement>();
    let on_change = apply.clone();
    let onchange = Callback::from(move |e: web_sys::Event| {
        if let Some(s) = select(&e) {
            if !s.has_attribute(KEYED) {
                on_change(&s);
            }
        }
    });
    let on_key = apply.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        let Some(s) = select(&e) else { return };
        let key = e.key();
        let modified = e.ctrl_key() || e.meta_key();
        match key.as_str() {
            // Commits (and does not open the list).
            "Enter" => {
                e.prevent_default();
                on_key(&s);
            }
            // Opens the list: a pick there is committed with its own change.
            "F4" => {
                let _ = s.remove_attribute(KEYED);
            }
            "ArrowUp" | "ArrowDown" if e.alt_key() => {
                let _ = s.remove_attribute(KEYED);
            }
            // Keys that change a closed select's value: arrows, and typing a letter to jump.
            "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End" | "PageUp" | "PageDown" => {
                let _ = s.set_attribute(KEYED, "");
            }
            k if k.chars().count() == 1 && !modified && !e.alt_key() => {
                let _ = s.set_attribute(KEYED, "");
            }
            _ => {}
        }
    });
    // A pointer pick is applied at once, whatever keys came before.
    let onmousedown = Callback::from(move |e: MouseEvent| {
        if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            let _ = s.remove_attribute(KEYED);
        }
    });
    let onblur = Callback::from(move |e: FocusEvent| {
        if let Some(s) = select(&e) {
            apply(&s);
        }
    });
    html! {
        <label class="asg-language">
            <span>{ t(locale, MsgId::LanguageLabel) }</span>
            <select class="asg-select" part="language" {onchange} {onkeydown} {onblur} {onmousedown}>
                { for Locale::ALL.iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={*l == locale}>{ l.native_name() }</option>
                }) }
            </select>
        </label>
    }
}
