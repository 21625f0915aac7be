//! A polite live region that says a thing once and then empties itself, so a screen
//! reader that reads the page line by line afterwards does not meet a hidden copy of
//! what is on screen. Only the part where the reader acted calls it: two boxes showing
//! the same verdict, or two guides on a page, never announce the same change twice.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long an announcement stays in the region: long enough to be queued and read.
const CLEAR_AFTER_MS: i32 = 4000;

/// The region's text and the way to say something in it.
pub struct Announcer {
    pub text: String,
    pub say: Callback<String>,
}

/// A region's state: `say(text)` puts `text` in it and takes it out a few seconds later
/// (a later announcement is never cut short by an earlier one's timer).
#[hook]
pub fn use_announcer() -> Announcer {
    let text = use_state_eq(String::new);
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    let say = {
        let (text, generation) = (text.clone(), generation.borrow().clone());
        Callback::from(move |message: String| {
            let mine = generation.get().wrapping_add(1);
            generation.set(mine);
            text.set(message);
            let (text, generation) = (text.clone(), generation.clone());
            let clear = wasm_bindgen::closure::Closure::once_into_js(move || {
                if generation.get() == mine {
                    text.set(String::new());
                }
            });
            if let Some(window) = web_sys::window() {
                let _ =
                    window.set_timeout_with_callback_and_timeout_and_arguments_0(clear.unchecked_ref(), CLEAR_AFTER_MS);
            }
        })
    };
    Announcer { text: (*text).clone(), say }
}

/// The region itself, visually hidden.
pub fn region(text: &str) -> Html {
    html! { <p class="asg-vh" aria-live="polite">{ text.to_owned() }</p> }
}
