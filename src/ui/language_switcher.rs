//! The language menu inside the widget; switching keeps the reader's place.

use super::text::{t, use_locale};
use crate::i18n::{Locale, MsgId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitcherProps {
    /// Called with the locale the reader picked.
    pub onselect: Callback<Locale>,
}

#[function_component(LanguageSwitcher)]
pub fn language_switcher(props: &LanguageSwitcherProps) -> Html {
    let locale = use_locale();
    let onchange = {
        let onselect = props.onselect.clone();
        Callback::from(move |e: web_sys::Event| {
            let value = e.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
            if let Some(picked) = Locale::closest(&value) {
                onselect.emit(picked);
            }
        })
    };
    html! {
        <label class="asg-language">
            <span>{ t(locale, MsgId::LanguageLabel) }</span>
            <select class="asg-select" part="language" {onchange}>
                { for Locale::ALL.iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={*l == locale}>{ t(*l, MsgId::LanguageName) }</option>
                }) }
            </select>
        </label>
    }
}
