//! The language menu inside the widget; switching keeps the reader's place.

use super::text::t;
use crate::i18n::{Locale, MsgId};
use yew::prelude::*;

/// The menu, showing `locale`; `onselect` gets the locale the reader picked. A plain view
/// function: it holds no state of its own.
pub fn language_switcher(locale: Locale, onselect: Callback<Locale>) -> Html {
    let onchange = Callback::from(move |e: web_sys::Event| {
        let value = e.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
        if let Some(picked) = Locale::closest(&value) {
            onselect.emit(picked);
        }
    });
    html! {
        <label class="asg-language">
            <span>{ t(locale, MsgId::LanguageLabel) }</span>
            <select class="asg-select" part="language" {onchange}>
                { for Locale::ALL.iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={*l == locale}>{ l.native_name() }</option>
                }) }
            </select>
        </label>
    }
}
