//! Browser tests: mount the guide into a fresh element in headless Chromium, click
//! and type as a reader would, and read what the page shows.
#![cfg(target_arch = "wasm32")]

use azure_signup_guide::i18n::Locale;
use azure_signup_guide::ui::{App, AppProps, View};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Lets Yew's scheduler render (it runs on the microtask queue and timers).
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let window = web_sys::window().expect("window");
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// A fresh element in the body to mount into.
fn fresh_root() -> Element {
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    root
}

async fn mount_app(view: View, locale: Locale) -> Element {
    let root = fresh_root();
    let props = AppProps { view, ..AppProps::from_locale(locale) };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .expect("an HTML element")
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default().replace(['\u{2068}', '\u{2069}'], "").replace('\u{a0}', " ")
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).map(|l| l.length()).unwrap_or(0)
}

fn button_with_text(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").expect("buttons");
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

async fn press(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
    settle().await;
}

/// A click as a reader makes it: the control gets focus, then the click.
fn click_focused(el: &HtmlElement) {
    el.focus().expect("focus");
    el.click();
}

/// Whether keyboard focus is on `el`.
fn has_focus(el: &Element) -> bool {
    document().active_element().is_some_and(|f| f.is_same_node(Some(el)))
}

#[wasm_bindgen_test]
async fn buttons_walk_through_every_step_and_finish() {
    let root = mount_app(View::Steps, Locale::SvSe).await;
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Steg 1 av 3");
    assert!(text(&root, ".asg-step.is-current .asg-step-text").contains("Registrera dig på Azure.com"));
    let link = find(&root, ".asg-step.is-current .asg-step-text a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://account.azure.com/signup?offer=MS-AZR-0044p&appId=docs")
    );
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(find(&root, ".asg-progress-bar").get_attribute("data-done").as_deref(), Some("1"));

    click_focused(&button_with_text(&root, "Nästa"));
    settle().await;
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Steg 2 av 3");
    assert_eq!(text(&root, ".asg-walkthrough > [aria-live=polite]"), "Steg 2 av 3: Logga in");
    assert!(has_focus(&find(&root, "[data-step-panel=sign-in] h3")), "focus goes to the new step's heading");
    assert_eq!(find(&root, ".asg-progress-bar").get_attribute("data-done").as_deref(), Some("2"));
    assert_eq!(count(&root, ".asg-steps-button.is-done .asg-tick"), 1, "step 1 is ticked");
    assert!(text(&root, "[data-step=sign-up]").ends_with("(klart)"), "and called done");
    // The article's instruction shows whatever the reader answers; the answer adds the guide's aid.
    assert!(text(&root, ".asg-step.is-current .asg-step-text").contains("Om du har fler än ett Microsoft 365-konto"));
    assert_eq!(count(&root, ".asg-answer.is-chosen"), 0);
    find(&root, "input[value=personal]").click();
    settle().await;
    assert!(text(&root, ".asg-answer.is-chosen").starts_with("Förutsägelse: En ny katalog."));

    click_focused(&button_with_text(&root, "Nästa"));
    settle().await;
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Steg 3 av 3");
    assert_eq!(find(&root, ".asg-progress-bar").get_attribute("data-done").as_deref(), Some("3"));
    click_focused(&button_with_text(&root, "Slutför"));
    settle().await;
    assert_eq!(text(&root, ".asg-done h3"), "Klart");
    assert!(has_focus(&find(&root, ".asg-done h3")), "focus goes to the done heading");
    assert!(text(&root, ".asg-done").starts_with("KlartOm du registrerade dig med ditt Microsoft 365-konto"));
    let portal = find(&root, ".asg-controls a.asg-button--primary");
    assert_eq!(portal.get_attribute("href").as_deref(), Some("https://portal.azure.com/"));
    click_focused(&button_with_text(&root, "Börja om"));
    settle().await;
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Steg 1 av 3");
    assert!(has_focus(&find(&root, "[data-step-panel=sign-up] h3")));
}

#[wasm_bindgen_test]
async fn the_step_list_is_tabs_with_manual_activation() {
    let root = mount_app(View::Steps, Locale::EnUs).await;
    let at = |root: &Element| text(root, ".asg-step.is-current .asg-step-progress");
    // Outside the step list the arrows are the page's (a link in a step keeps them).
    let next = button_with_text(&root, "Next");
    next.focus().expect("focus");
    press(&next, "ArrowRight").await;
    assert_eq!(at(&root), "Step 1 of 3");
    press(&find(&root, ".asg-step.is-current a"), "End").await;
    assert_eq!(at(&root), "Step 1 of 3");

    assert_eq!(count(&root, "[role=tablist] [role=tab]"), 5, "one tab list of the five steps");
    let first = find(&root, "[data-step=sign-up]");
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("0"), "the selected tab is the one in the tab order");
    assert_eq!(first.get_attribute("aria-selected").as_deref(), Some("true"));
    let panel = first.get_attribute("aria-controls").expect("a tab names its panel");
    assert_eq!(find(&root, &format!("#{panel}")).get_attribute("role").as_deref(), Some("tabpanel"));
    first.focus().expect("focus");
    // The arrows move focus only; the step changes when the reader presses the tab.
    press(&first, "ArrowRight").await;
    let second = find(&root, "[data-step=sign-in]");
    assert!(has_focus(&second), "focus moved to the next tab");
    assert_eq!(at(&root), "Step 1 of 3", "the step did not change");
    assert_eq!(second.get_attribute("aria-selected").as_deref(), Some("false"));
    assert!(!text(&root, "[data-step=sign-up]").contains("(done)"), "moving on is not finishing");
    second.click();
    settle().await;
    assert_eq!(at(&root), "Step 2 of 3");
    assert_eq!(second.get_attribute("aria-selected").as_deref(), Some("true"));
    assert!(has_focus(&second), "focus stays on the pressed tab");
    press(&second, "End").await;
    assert!(has_focus(&find(&root, "[data-step=check]")));
    press(&find(&root, "[data-step=check]"), "ArrowRight").await;
    assert!(has_focus(&find(&root, "[data-step=sign-up]")), "the arrows wrap around");
    press(&find(&root, "[data-step=sign-up]"), "ArrowLeft").await;
    find(&root, "[data-step=check]").click();
    settle().await;
    assert_eq!(at(&root), "The guide's help");
    assert!(
        text(&root, ".asg-step.is-current .asg-step-text").contains("Directories + subscriptions in the Azure portal")
    );
    assert_eq!(count(&root, ".is-done"), 0, "no step was finished: none is ticked");
    find(&root, "[data-step=add-people]").click();
    settle().await;
    assert_eq!(at(&root), "Optional step");
    assert!(text(&root, "[data-step=add-people]").contains("(optional)"), "an optional tab says so");
}

/// The live figure's node for `key` (the static copies for paper have no buttons).
fn node(root: &Element, key: &str) -> Element {
    find(root, &format!("button[data-node='{key}']")).into()
}

/// Whether the case `slug` is the one picked.
fn checked(root: &Element, slug: &str) -> bool {
    find(root, &format!("input[data-scenario={slug}]"))
        .dyn_into::<web_sys::HtmlInputElement>()
        .expect("radio")
        .checked()
}

/// Picks a case as a click on its radio does.
async fn pick_case(root: &Element, slug: &str) {
    let radio =
        find(root, &format!("input[data-scenario={slug}]")).dyn_into::<web_sys::HtmlInputElement>().expect("radio");
    radio.click();
    settle().await;
}

#[wasm_bindgen_test]
async fn the_first_figure_draws_only_what_the_recommended_case_makes() {
    let root = mount_app(View::Diagram, Locale::SvSe).await;
    assert_eq!(count(&root, ".asg-figure .asg-node--directory button"), 1, "Contoso only: no second directory");
    assert_eq!(
        count(&root, ".asg-figure .asg-node--subscription button"),
        2,
        "Microsoft 365 and one Azure subscription"
    );
    // The Azure subscription beneath your one account, and nothing else marked new.
    let account = node(&root, "user-1").closest(".asg-item").ok().flatten().expect("the account's item");
    assert!(account.query_selector(".asg-created button[data-node='subscription-1']").ok().flatten().is_some());
    assert_eq!(count(&root, ".asg-figure.asg-controls .asg-badge"), 1);
    assert_eq!(count(&root, ".asg-figure.asg-controls .asg-person"), 1, "you, drawn once");
    assert!(text(&root, ".asg-figure.asg-controls .asg-person").contains("en person, ett konto"));
    assert!(text(&root, ".asg-rule").starts_with("Regeln: en prenumeration hamnar i katalogen"));
}

#[wasm_bindgen_test]
async fn selecting_a_node_explains_it_in_place_and_highlights_its_relations() {
    let root = mount_app(View::Diagram, Locale::SvSe).await;
    pick_case(&root, "account-sprawl").await;
    let sprawl = node(&root, "subscription-1");
    sprawl.dispatch_event(&web_sys::MouseEvent::new("click").expect("click")).expect("dispatch");
    settle().await;
    assert_eq!(sprawl.get_attribute("aria-expanded").as_deref(), Some("true"));
    let why = find(&root, "#asg-subscription-1-why");
    assert!(why.text_content().unwrap_or_default().contains("Du skapade den med ditt personliga konto"));
    assert_eq!(sprawl.get_attribute("aria-controls").as_deref(), Some("asg-subscription-1-why"));
    // Opening it says the explanation (a keyboard user would hear only "expanded").
    assert!(text(&root, ".asg-figure [aria-live=polite]").starts_with("Du skapade den med ditt personliga konto"));
    // The box's marks are on the box, which holds the button.
    let marked = |key: &str| {
        let selector = format!(".asg-node:has(button[data-node='{key}'])");
        find(&root, &selector).get_attribute("class").unwrap_or_default().split(' ').any(|c| c == "is-related")
    };
    assert!(marked("user-2"), "the account that created it");
    assert!(marked("directory-1"), "the directory it landed in");
    assert!(!marked("user-1"));
    assert_eq!(
        node(&root, "directory-1").get_attribute("aria-controls"),
        None,
        "a closed box names no explanation that is not there"
    );
    // A second press closes it; the element stays the same one, and keeps focus.
    let element = node(&root, "subscription-1");
    element.clone().dyn_into::<web_sys::HtmlElement>().expect("html").focus().expect("focus");
    element.dispatch_event(&web_sys::MouseEvent::new("click").expect("click")).expect("dispatch");
    settle().await;
    assert_eq!(count(&root, ".asg-why"), 0);
    assert!(node(&root, "subscription-1").is_same_node(Some(&element)), "the node was rebuilt instead of updated");
    assert!(document().active_element().is_some_and(|f| f.is_same_node(Some(&element))), "focus left the node");
}

#[wasm_bindgen_test]
async fn escape_closes_the_open_explanation() {
    let root = mount_app(View::Diagram, Locale::EnUs).await;
    let alex = node(&root, "user-0");
    alex.dispatch_event(&web_sys::MouseEvent::new("click").expect("click")).expect("dispatch");
    settle().await;
    assert!(text(&root, ".asg-why").contains("Alex is an administrator in the Contoso directory"));
    press(&alex, "Escape").await;
    assert_eq!(count(&root, ".asg-why"), 0);
}

#[wasm_bindgen_test]
async fn node_names_carry_place_owner_and_state_without_direction_marks() {
    let root = mount_app(View::Diagram, Locale::SvSe).await;
    let nodes = root.query_selector_all("button.asg-node-button").expect("nodes");
    assert!(nodes.length() >= 5);
    for i in 0..nodes.length() {
        let node = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()).expect("a node");
        let name = node.get_attribute("aria-label").unwrap_or_default();
        assert!(!name.is_empty() && !name.contains(['\u{2068}', '\u{2069}']), "{name:?}");
    }
    let name = |key| node(&root, key).get_attribute("aria-label").unwrap_or_default().replace('\u{a0}', " ");
    assert_eq!(name("subscription-1"), "Azure-prenumeration, i katalogen Contoso, ny");
    assert_eq!(count(&root, "button[data-node='directory-1']"), 0, "no personal directory in this case");
    pick_case(&root, "account-sprawl").await;
    assert_eq!(name("subscription-1"), "Azure-prenumeration, i katalogen Personlig, ny");
    assert_eq!(name("user-2"), "Ditt personliga konto, i katalogen Personlig, nytt");
}

#[wasm_bindgen_test]
async fn each_case_marks_its_path_and_says_what_happens() {
    let root = mount_app(View::Diagram, Locale::SvSe).await;
    let on_path = |root: &Element| {
        let nodes = root.query_selector_all(".asg-node.is-path button[data-node]").expect("nodes");
        (0..nodes.length())
            .filter_map(|i| nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()))
            .filter_map(|n| n.get_attribute("data-node"))
            .collect::<Vec<_>>()
    };
    let shown = |root: &Element| text(root, ".asg-captions-item:not(.is-hidden)");
    assert_eq!(on_path(&root), ["directory-0", "user-1", "subscription-1"]);
    assert!(shown(&root).contains("hamnar Azure-prenumerationen i Contoso"));
    assert_eq!(text(&root, "[aria-live=polite]"), "", "nothing is announced on load");

    pick_case(&root, "account-sprawl").await;
    assert_eq!(on_path(&root), ["directory-1", "user-2", "subscription-1"]);
    assert!(shown(&root).contains("kontospridning"));
    assert!(text(&root, ".asg-figure [aria-live=polite]").starts_with("Ett personligt konto: Med ett annat konto"));

    pick_case(&root, "share").await;
    assert_eq!(on_path(&root), ["subscription-1", "user-0"]);
    assert!(text(&root, ".asg-node:has(button[data-node='subscription-1']) .asg-node-notes")
        .contains("Alex har också åtkomst (Azure RBAC)"));
    assert_eq!(
        count(&root, ".asg-captions-item:not(.is-hidden) a[href$='role-based-access-control/role-assignments-portal']"),
        1
    );
    assert_eq!(count(&root, "button[data-node='directory-1']"), 0, "sharing needs no second directory");
}

#[wasm_bindgen_test]
async fn switching_language_asks_the_page_and_keeps_the_readers_place() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    let (host, root) = make_host("picker", &[("lang", "sv-SE"), ("languages", "")]);
    let asked = Rc::new(RefCell::new(Vec::new()));
    let listener = {
        let asked = asked.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let lang = js_sys::Reflect::get(&e.detail(), &JsValue::from_str("lang")).ok().and_then(|v| v.as_string());
            asked.borrow_mut().push(lang.unwrap_or_default());
        })
    };
    host.add_event_listener_with_callback("azure-signup-guide-language", listener.as_ref().unchecked_ref())
        .expect("listen");
    let (mut handle, root) = mount(&host, &root);
    settle().await;
    button_with_text(&root, "Nästa").click();
    settle().await;
    let select = find(&root, ".asg-select").dyn_into::<web_sys::HtmlSelectElement>().expect("select");
    select.set_value("en-US");
    select.dispatch_event(&web_sys::Event::new("change").expect("event")).expect("dispatch");
    settle().await;
    assert_eq!(*asked.borrow(), ["en-US"], "the pick goes to the page");
    // What the loader then does: the pick is every guide's `lang`.
    host.set_attribute("lang", "en-US").expect("lang");
    handle.update(false);
    settle().await;
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Step 2 of 3");
    assert_eq!(find(&root, ".asg").get_attribute("lang").as_deref(), Some("en-US"));
    handle.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn without_languages_there_is_no_menu() {
    let (host, root) = make_host("no-menu", &[("lang", "sv-SE"), ("view", "steps")]);
    let (_handle, root) = mount(&host, &root);
    settle().await;
    assert_eq!(count(&root, ".asg-select"), 0);
    assert_eq!(count(&root, ".asg-header"), 0, "no title row for a part of an article");
    host.remove();
}

/// A host element as the loader would pass it, with a root inside.
fn make_host(id: &str, attrs: &[(&str, &str)]) -> (Element, Element) {
    let host = document().create_element("azure-signup-guide").expect("host");
    host.set_id(id);
    for (name, value) in attrs {
        host.set_attribute(name, value).expect("attribute");
    }
    let root = document().create_element("div").expect("root");
    host.append_child(&root).expect("append");
    document().body().expect("body").append_child(&host).expect("append");
    (host, root)
}

/// Mounts a guide on `host`, rendering where `root` stands: the embed may render into a
/// pooled app's own root (see `embed::Pooled`), which then takes `root`'s place, as the
/// loader puts it in the shadow root. Returns the handle and the element rendered into.
fn mount(host: &Element, root: &Element) -> (azure_signup_guide::GuideHandle, Element) {
    let handle = azure_signup_guide::mount(host.clone(), root.clone(), None);
    let used = handle.root();
    if !used.is_same_node(Some(root.as_ref())) {
        root.replace_with_with_node_1(&used).expect("swap in the pooled root");
    }
    (handle, used)
}

fn storage() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("localStorage")
}

#[wasm_bindgen_test]
async fn progress_survives_a_reload() {
    storage().clear().expect("clear");
    let (host1, root1) = make_host("reload-test", &[("lang", "sv-SE"), ("view", "steps")]);
    let (mut handle, root1) = mount(&host1, &root1);
    settle().await;
    button_with_text(&root1, "Nästa").click();
    settle().await;
    button_with_text(&root1, "Nästa").click();
    settle().await;
    handle.unmount();
    host1.remove();
    // The same instance on the same page again, as after a reload.
    let (_host2, root2) = make_host("reload-test", &[("lang", "sv-SE"), ("view", "steps")]);
    let (_handle, root2) = mount(&_host2, &root2);
    settle().await;
    assert_eq!(text(&root2, ".asg-step.is-current .asg-step-progress"), "Steg 3 av 3");
}

#[wasm_bindgen_test]
async fn a_huge_saved_value_is_refused_before_it_reaches_the_wasm() {
    storage().clear().expect("clear");
    let path = web_sys::window().expect("window").location().pathname().expect("path");
    // 4 MB of foreign data under the guide's key (storage allows about 5 MB per origin),
    // made and stored on the JS side so the test itself puts none of it into the wasm.
    let huge = js_sys::JsString::from("x").repeat(4_000_000);
    let key = format!("azure-signup-guide:v1:{path}:huge");
    let set_item = js_sys::Reflect::get(&storage(), &"setItem".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .expect("setItem");
    set_item.call2(&storage(), &key.as_str().into(), &huge).expect("set");
    let memory = || {
        wasm_bindgen::memory()
            .dyn_into::<js_sys::WebAssembly::Memory>()
            .expect("memory")
            .buffer()
            .dyn_into::<js_sys::ArrayBuffer>()
            .expect("buffer")
            .byte_length()
    };
    let before = memory();
    let (host, root) = make_host("huge", &[("lang", "en-US"), ("view", "steps")]);
    let (_handle, root) = mount(&host, &root);
    settle().await;
    storage().remove_item(&key).expect("remove");
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Step 1 of 3");
    let grown = memory() - before;
    assert!(grown < 1_000_000, "the wasm's memory grew by {grown} bytes");
}

#[wasm_bindgen_test]
async fn corrupted_saved_progress_is_ignored() {
    storage().clear().expect("clear");
    let path = web_sys::window().expect("window").location().pathname().expect("path");
    storage()
        .set_item(&format!("azure-signup-guide:v1:{path}:corrupt"), "v1;step=<img src=x onerror=alert(1)>")
        .expect("set");
    let (host, root) = make_host("corrupt", &[("lang", "en-US"), ("view", "steps")]);
    let (_handle, root) = mount(&host, &root);
    settle().await;
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Step 1 of 3");
    assert_eq!(count(&root, "img"), 0);
}

#[wasm_bindgen_test]
async fn a_fragment_opens_a_step_and_attributes_choose_the_start() {
    storage().clear().expect("clear");
    // The fragment is for the page's first guide: clear what earlier tests left.
    let left = document().query_selector_all("azure-signup-guide").expect("query");
    for i in 0..left.length() {
        if let Some(node) = left.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            node.remove();
        }
    }
    let window = web_sys::window().expect("window");
    window.location().set_hash("azure-signup-guide=finish").expect("hash");
    let (host, root) = make_host("fragment", &[("lang", "sv"), ("view", "steps")]);
    let (mut handle, root) = mount(&host, &root);
    settle().await;
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Steg 3 av 3");
    // A second guide, and the first one mounted again (a remount): the link is not applied again.
    let (second, second_root) = make_host("fragment-2", &[("lang", "sv"), ("view", "steps")]);
    let (_second, second_root) = mount(&second, &second_root);
    click_focused(&find(&root, "[data-step=sign-up]"));
    settle().await;
    handle.unmount();
    root.set_inner_html("");
    let (_again, root) = mount(&host, &root);
    settle().await;
    assert_eq!(text(&second_root, ".asg-step.is-current .asg-step-progress"), "Steg 1 av 3", "only the first guide");
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Steg 1 av 3", "the reader's choice stays");
    host.remove();
    second.remove();
    window.location().set_hash("").expect("hash");

    let (host, root) =
        make_host("attribute", &[("lang", "en"), ("view", "all"), ("step", "sign-in"), ("scenario", "share")]);
    let (_handle, root) = mount(&host, &root);
    settle().await;
    assert_eq!(text(&root, ".asg-step.is-current .asg-step-progress"), "Step 2 of 3");
    assert!(checked(&root, "share"), "the scenario attribute picks the case");

    // Garbage attributes fall back to defaults; the widget still renders.
    let (host, root) =
        make_host("garbage", &[("lang", "<script>"), ("step", "99"), ("scenario", "nope"), ("view", "x")]);
    let (_handle, root) = mount(&host, &root);
    settle().await;
    assert_eq!(count(&root, ".asg-walkthrough"), 1);
    assert!(checked(&root, "recommended"));
}

#[wasm_bindgen_test]
async fn the_host_page_hears_step_scenario_and_finish_events_in_order() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    storage().clear().expect("clear");
    let heard: Rc<RefCell<Vec<String>>> = Rc::default();
    let record = {
        let heard = heard.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let field = |name: &str| {
                js_sys::Reflect::get(&e.detail(), &name.into()).ok().and_then(|v| v.as_string()).unwrap_or_default()
            };
            heard.borrow_mut().push(format!("{} {} {}", e.type_(), field("step"), field("scenario")).trim().to_owned());
        })
    };
    for name in ["azure-signup-guide-step", "azure-signup-guide-scenario", "azure-signup-guide-finish"] {
        document().add_event_listener_with_callback(name, record.as_ref().unchecked_ref()).expect("listen");
    }

    let (host, root) = make_host("events", &[("lang", "en-US")]);
    let (mut handle, root) = mount(&host, &root);
    settle().await;
    button_with_text(&root, "Next").click();
    settle().await;
    find(&root, "[data-scenario=share]").click();
    settle().await;
    find(&root, "[data-step=finish]").click();
    settle().await;
    button_with_text(&root, "Finish").click();
    settle().await;
    handle.unmount();
    host.remove();

    assert_eq!(
        *heard.borrow(),
        vec![
            "azure-signup-guide-step sign-in",
            "azure-signup-guide-scenario sign-in share",
            "azure-signup-guide-step finish",
            "azure-signup-guide-finish finish",
        ]
    );
    for name in ["azure-signup-guide-step", "azure-signup-guide-scenario", "azure-signup-guide-finish"] {
        document().remove_event_listener_with_callback(name, record.as_ref().unchecked_ref()).expect("unlisten");
    }
}

#[wasm_bindgen_test]
async fn an_internal_failure_leaves_a_readable_message_not_a_frozen_guide() {
    let (host, root) = make_host("failing", &[("lang", "sv-SE"), ("view", "steps")]);
    let (mut handle, _root) = mount(&host, &root);
    settle().await;
    // What the panic hook does, called directly: a panic would end this test's wasm too.
    azure_signup_guide::report_failure("test failure");
    let shadow = host.shadow_root().expect("a shadow root for the message");
    let alert = shadow.query_selector("[role=alert]").ok().flatten().expect("an alert");
    assert_eq!(
        alert.text_content().as_deref(),
        Some("Något gick fel i guiden. Läs in sidan igen för att fortsätta. Dina framsteg har sparats.")
    );
    handle.unmount();
    host.remove();
}
