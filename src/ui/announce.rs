//! A polite live region that says a thing once and then empties itself, so a screen
//! reader that reads the page line by line afterwards does not meet a hidden copy of
//! what is on screen. Only the part where the reader acted calls it: two boxes showing
//! the same verdict, or two guides on a page, never announce the same change twice.
//!
//! The region's text is written straight into its element (it holds nothing Yew draws):
//! saying something costs no render.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long an announcement stays in the region: long enough to be queued and read.
const CLEAR_AFTER_MS: i32 = 4000;

/// The region (to put in the page with [`region`]) and the way to say something in it.
pub(crate) struct Announcer {
    pub region: NodeRef,
    pub say: Callback<String>,
}

/// A region: `say(text)` puts `text` in it and takes it out a few seconds later, unless
/// something else was said since. The timer keeps a digest of the text, not the text: a
/// verdict names the reader's domains, and the wasm keeps no copy of them once the fields
/// are cleared.
#[hook]
pub fn use_announcer() -> Announcer {
    let region = use_node_ref();
    let target = region.clone();
    let say = Callback::from(move |message: String| {
        let Some(element) = target.cast::<web_sys::Element>() else { return };
        element.set_text_content(Some(&message));
        if message.is_empty() {
            return;
        }
        let said = digest(&message);
        let clear = wasm_bindgen::closure::Closure::once_into_js(move || {
            if element.text_content().is_some_and(|now| digest(&now) == said) {
                element.set_text_content(None);
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(clear.unchecked_ref(), CLEAR_AFTER_MS);
        }
    });
    Announcer { region, say }
}

/// FNV-1a over the text: enough to tell whether the region still says the same thing.
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// The region itself, visually hidden.
pub(crate) fn region(announcer: &Announcer) -> Html {
    html! { <p class="asg-vh" aria-live="polite" ref={announcer.region.clone()}></p> }
}
