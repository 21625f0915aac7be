//! The mount boundary: the only code that reads the host page (attributes, `lang`,
//! the URL, `navigator.languages`, storage). The loader (`loader/azure-signup-guide.js`)
//! defines the custom element and calls [`mount`] with the element and a root inside
//! its shadow root.

use crate::domain::ScenarioId;
use crate::i18n::{negotiate, LanguageHints, Locale, MsgId};
use crate::ui::{App, AppProps, View};
use crate::walkthrough::{self, Progress, State, StepId};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::{html, AppHandle, Callback, Html};

/// What a pooled Yew app renders: a guide (a new instance whenever `generation` changes,
/// so a reused app starts afresh), or nothing while it waits in the pool.
#[derive(yew::Properties, PartialEq, Clone)]
pub(crate) struct PooledProps {
    app: Option<AppProps>,
    generation: u32,
}

/// The app a guide is mounted in. Yew registers its delegated event listeners on an app's
/// root for the page's life (it never removes them), so a Yew app is never destroyed here:
/// a guide that leaves parks its app (empty, detached) in `POOL`, and the next guide takes
/// it. Listeners and roots then grow with the most guides on a page at once, not with how
/// often guides come and go (a docs site's client-side navigation).
#[yew::function_component(Pooled)]
fn pooled(props: &PooledProps) -> Html {
    match &props.app {
        Some(app) => html! { <App key={props.generation} ..app.clone() /> },
        None => Html::default(),
    }
}

thread_local! {
    /// Apps no guide uses now, with their roots, ready for the next guide.
    static POOL: RefCell<Vec<(web_sys::Element, AppHandle<Pooled>)>> = const { RefCell::new(Vec::new()) };
    /// Counts mounts, so each guide's app content is a new instance.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// Tells the host page what the reader did: a `CustomEvent` named `name` that bubbles
/// out of the shadow root, with `detail` built from string fields.
fn dispatch_host_event(host: &web_sys::Element, name: &str, fields: &[(&str, JsValue)]) {
    let detail = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

fn step_fields(state: &State) -> Vec<(&'static str, JsValue)> {
    vec![
        ("step", JsValue::from_str(state.current.slug())),
        ("index", JsValue::from_f64((state.current.index() + 1) as f64)),
        ("finished", JsValue::from_bool(state.finished)),
    ]
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

thread_local! {
    /// Every mounted guide's element and locale, so that a failure can be shown in each.
    static MOUNTED: RefCell<Vec<(web_sys::Element, Locale)>> = const { RefCell::new(Vec::new()) };
}

/// Installs, once, the panic hook that reports a failure instead of leaving a frozen guide.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(|info| report_failure(&info.to_string()))));
}

/// Logs an internal error and replaces every mounted guide with a readable message in its
/// language. After a panic the wasm cannot run again, so the message is plain DOM. Called
/// by the panic hook (not exported to the page).
pub fn report_failure(detail: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!(
        "azure-signup-guide: the guide stopped after an internal error: {detail}"
    )));
    let mounted = MOUNTED.with(|m| m.try_borrow().map(|m| m.clone()).unwrap_or_default());
    for (host, locale) in mounted {
        let shadow = host
            .shadow_root()
            .or_else(|| host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).ok());
        let (Some(shadow), Some(document)) = (shadow, host.owner_document()) else { continue };
        if let Ok(message) = document.create_element("p") {
            let _ = message.set_attribute("role", "alert");
            let _ = message.set_attribute("class", "asg asg-failure");
            message.set_text_content(Some(&crate::i18n::format(locale, MsgId::InternalError)));
            shadow.set_text_content(None);
            let _ = shadow.append_child(&message);
        }
    }
}

/// A mounted widget; the loader keeps it and calls `unmount` when the element leaves the page.
#[wasm_bindgen]
pub struct GuideHandle {
    app: Option<AppHandle<Pooled>>,
    /// The element the guide renders into (a pooled app's own root when one was reused).
    root: web_sys::Element,
    /// This guide's instance of its app's content (see `Pooled`).
    generation: u32,
    host: web_sys::Element,
    path: String,
    /// The attributes the guide shows now.
    attributes: Attributes,
    /// The guide's progress as saved: the walkthrough's latest state (kept by `onstep`)
    /// and the reader's case (kept by `oncase`, and by `update` from the page's `case`).
    current: Rc<Cell<Progress>>,
    /// Bumped when the author sets another `step`: the walkthrough starts again there.
    restart: u32,
    onstep: Callback<State>,
    onplay: Callback<ScenarioId>,
    onlanguage: Callback<Locale>,
    oncase: Callback<Option<crate::domain::Case>>,
}

#[wasm_bindgen]
impl GuideHandle {
    /// The host's attributes changed: the running guide follows them, keeping what the
    /// reader did (progress, the diagram's scene and selection, the language they picked;
    /// a new `lang` wins over the pick, a new `scenario` restarts the diagram, a new `step`
    /// the walkthrough). With `case_only` (the loader batches a task's changes, and only
    /// `case` changed: another guide's case, or this guide's own coming back, as the loader
    /// sets it on every guide) only the case is read (no second negotiation, no warning
    /// said twice); the app is given the case the guide keeps (its own pick, come back,
    /// changes nothing on screen).
    pub fn update(&mut self, case_only: bool) {
        if self.app.is_none() {
            return;
        }
        let before = self.current.get();
        let mut progress = before;
        if case_only {
            let given = read_case(&self.host);
            progress = progress.with_page_case(self.attributes.case, given);
            self.attributes.case = given;
        } else {
            let attributes = read_attributes(&self.host, &self.path, Some(self.attributes.locale));
            if attributes.step != self.attributes.step {
                if let Some(step) = attributes.step {
                    self.restart = self.restart.wrapping_add(1);
                    progress.walk = State { current: step, finished: false, ..progress.walk };
                }
            }
            progress = progress.with_page_case(self.attributes.case, attributes.case);
            self.attributes = attributes;
            let host = &self.host;
            MOUNTED.with(|m| {
                for (_, locale) in m.borrow_mut().iter_mut().filter(|(h, _)| h.is_same_node(Some(host))) {
                    *locale = attributes.locale;
                }
            });
        }
        if progress != before {
            self.current.set(progress);
            save_progress(&storage_key(&self.host, &self.path), &progress);
        }
        let props = self.props(Callback::noop());
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    /// The app's props, from the attributes and progress as they stand (the one place they
    /// are spelled out). A walkthrough that starts (a new guide, a new `step`, a `view` that
    /// brings it in) opens where the reader is.
    fn props(&self, onrendered: Callback<()>) -> PooledProps {
        let attributes = self.attributes;
        let progress = self.current.get();
        PooledProps {
            generation: self.generation,
            app: Some(AppProps {
                locale: attributes.locale,
                view: attributes.view,
                initial: progress.walk,
                scenario: attributes.scenario,
                restart: self.restart,
                onstep: self.onstep.clone(),
                onplay: self.onplay.clone(),
                onrendered,
                languages: attributes.languages,
                onlanguage: self.onlanguage.clone(),
                level: attributes.level,
                oncase: self.oncase.clone(),
                case: progress.case,
            }),
        }
    }

    /// The element to put in the page: the guide renders into it.
    pub fn root(&self) -> web_sys::Element {
        self.root.clone()
    }

    /// Takes the guide down and parks its app for the next guide (see `Pooled`); calling
    /// it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(mut app) = self.app.take() {
            app.update(PooledProps { app: None, generation: self.generation });
            self.root.remove();
            POOL.with(|pool| pool.borrow_mut().push((self.root.clone(), app)));
        }
        let host = &self.host;
        MOUNTED.with(|m| m.borrow_mut().retain(|(h, _)| !h.is_same_node(Some(host))));
    }
}

/// `el`'s position among the elements matching `selector` in its own tree (the document,
/// or the shadow root it sits in).
fn position_in_root(el: &web_sys::Element, selector: &str) -> usize {
    let root = el.get_root_node();
    let list = match root.dyn_ref::<web_sys::Document>() {
        Some(document) => document.query_selector_all(selector).ok(),
        None => root.dyn_ref::<web_sys::DocumentFragment>().and_then(|f| f.query_selector_all(selector).ok()),
    };
    list.and_then(|list| (0..list.length()).position(|i| list.item(i).is_some_and(|n| n.is_same_node(Some(el)))))
        .unwrap_or(0)
}

/// Where progress is kept: per page path and per instance (its `id`, or its position).
/// An instance inside another element's shadow root is named through that element too
/// (`x-docs#main/0`), so instances in different shadow roots never share progress.
fn storage_key(host: &web_sys::Element, path: &str) -> String {
    let mut parts = vec![match host.id() {
        id if !id.is_empty() => id,
        _ => position_in_root(host, "azure-signup-guide").to_string(),
    }];
    let mut inner = host.clone();
    while let Ok(shadow) = inner.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        let outer = shadow.host();
        let tag = outer.tag_name().to_ascii_lowercase();
        parts.push(match outer.id() {
            id if !id.is_empty() => format!("{tag}#{id}"),
            _ => format!("{tag}[{}]", position_in_root(&outer, &tag)),
        });
        inner = outer;
    }
    parts.reverse();
    format!("{}{path}:{}", crate::walkthrough::STORAGE_PREFIX, parts.join("/"))
}

fn local_storage() -> Option<web_sys::Storage> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(storage)) => storage,
        _ => {
            warn("azure-signup-guide: storage is not available; progress will not survive a reload.");
            None
        }
    }
}

/// The saved value under `key`, its length checked while it is still a JS string: a
/// foreign value of megabytes is never copied into the wasm's memory (which never shrinks).
/// `Err` is the warning to give.
fn read_saved(storage: &web_sys::Storage, key: &str) -> Result<Option<String>, String> {
    let unreadable = || "azure-signup-guide: could not read saved progress; starting at step 1.".to_owned();
    let get_item = js_sys::Reflect::get(storage, &JsValue::from_str("getItem"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(unreadable)?;
    let value = get_item.call1(storage, &JsValue::from_str(key)).map_err(|_| unreadable())?;
    let Ok(text) = value.dyn_into::<js_sys::JsString>() else { return Ok(None) };
    let length = text.length() as usize;
    if length > walkthrough::MAX_SAVED_LEN {
        let reason = walkthrough::SavedError::TooLong(length);
        return Err(format!("azure-signup-guide: ignored saved progress ({reason}); starting afresh."));
    }
    Ok(text.as_string())
}

fn load_progress(key: &str) -> Option<Progress> {
    let saved = match read_saved(&local_storage()?, key) {
        Ok(saved) => saved?,
        Err(warning) => {
            warn(&warning);
            return None;
        }
    };
    match walkthrough::decode(&saved) {
        Ok(progress) => Some(progress),
        Err(e) => {
            warn(&format!("azure-signup-guide: ignored saved progress ({e}); starting afresh."));
            None
        }
    }
}

fn save_progress(key: &str, progress: &Progress) {
    if let Some(storage) = local_storage() {
        if storage.set_item(key, &walkthrough::encode(progress)).is_err() {
            warn("azure-signup-guide: could not save progress (storage full or blocked).");
        }
    }
}

thread_local! {
    /// The `#azure-signup-guide=…` fragment last applied: a link opens its step once, not
    /// again on every remount (which would undo what the reader did since).
    static FRAGMENT_APPLIED: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The reader followed an in-page link to a step (the loader saw `hashchange`): the next
/// mount applies it even if it is the link applied before (followed again after moving on).
#[wasm_bindgen]
pub fn follow_link() {
    FRAGMENT_APPLIED.with(|applied| applied.borrow_mut().clear());
}

/// The step a `#azure-signup-guide=…` fragment opens, for the page's first guide only and
/// once per fragment: a new fragment (an in-page link followed) applies again.
fn take_fragment(host: &web_sys::Element, hash: &str) -> Option<StepId> {
    let step = walkthrough::parse_fragment(hash)?;
    let first = host.owner_document().and_then(|d| d.query_selector("azure-signup-guide").ok().flatten());
    if !first.is_some_and(|f| f.is_same_node(Some(host))) {
        return None;
    }
    FRAGMENT_APPLIED.with(|applied| {
        let mut applied = applied.borrow_mut();
        (*applied != hash).then(|| {
            *applied = hash.to_owned();
            step
        })
    })
}

/// What the host element asks for, each value checked: a bad one warns and falls back.
#[derive(Clone, Copy, PartialEq)]
struct Attributes {
    locale: Locale,
    view: View,
    scenario: ScenarioId,
    step: Option<StepId>,
    /// The `languages` attribute is there: show the language menu.
    languages: bool,
    /// One below the level of the page's last heading before the element (0: none).
    level: u8,
    /// The reader's own case, as another guide of the page (or the author) set it.
    case: Option<crate::domain::Case>,
}

/// The language `host` reads in, from its `lang`, its ancestors', the path and the browser.
fn negotiate_for(host: &web_sys::Element, path: &str) -> crate::i18n::Negotiated {
    let navigator: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    let own_lang = host.get_attribute("lang");
    let ancestor =
        host.parent_element().and_then(|p| p.closest("[lang]").ok().flatten()).and_then(|e| e.get_attribute("lang"));
    negotiate(&LanguageHints {
        attribute: own_lang.as_deref(),
        ancestor: ancestor.as_deref(),
        path,
        navigator: &navigator,
    })
}

/// `showing`: the language the running guide reads in (none before it mounts).
fn read_attributes(host: &web_sys::Element, path: &str, showing: Option<Locale>) -> Attributes {
    let negotiated = negotiate_for(host, path);
    if let Some(warning) = &negotiated.warning {
        warn(warning);
    }
    // The loader adds the language's catalog before it mounts or updates
    // (`catalog_needed`); a language whose file could not be had leaves a running guide in
    // the language it reads in (the loader does not mount one without its language).
    let locale = if crate::i18n::has_catalog(negotiated.locale) {
        negotiated.locale
    } else {
        let keep = showing
            .into_iter()
            .chain(Locale::ALL.iter().copied())
            .find(|l| crate::i18n::has_catalog(*l))
            .unwrap_or(negotiated.locale);
        warn(&format!(
            "azure-signup-guide: the {} messages could not be loaded; the guide stays in {}.",
            negotiated.locale.tag(),
            keep.tag()
        ));
        keep
    };

    let view = attribute(host, "view", View::from_attr, "view must be all, steps or diagram; showing all.")
        .unwrap_or(View::All);
    let scenario = attribute(
        host,
        "scenario",
        ScenarioId::from_slug,
        "scenario must be recommended, account-sprawl, other-organization or share; showing recommended.",
    )
    .unwrap_or(ScenarioId::Recommended);
    let step = attribute(
        host,
        "step",
        StepId::from_slug,
        "step must be sign-up, sign-in, finish, add-people, check or 1-5; ignored.",
    );
    // The theme is pure CSS (`:host([theme=dark])`); here it is only checked.
    attribute(
        host,
        "theme",
        crate::ui::Theme::from_attr,
        "theme must be light, dark or auto; following the system (auto).",
    );
    Attributes {
        case: read_case(host),
        locale,
        view,
        scenario,
        step,
        languages: host.has_attribute("languages"),
        level: page_heading_level(host).map_or(0, |l| l + 1),
    }
}

/// The host's `case`: the reader's case as another guide of the page (or the author) set it.
fn read_case(host: &web_sys::Element) -> Option<crate::domain::Case> {
    attribute(host, "case", crate::domain::Case::from_slug, "case must be same, personal, other or unknown; ignored.")
}

/// The level of the last heading that comes before `host` in its document (the guide's
/// own headings go one below it, so the page's outline has no gap).
fn page_heading_level(host: &web_sys::Element) -> Option<u8> {
    let list = host.owner_document()?.query_selector_all("h1, h2, h3, h4, h5, h6").ok()?;
    let mut level = None;
    for i in 0..list.length() {
        let Some(node) = list.item(i) else { continue };
        // The host follows this heading: it is before the guide.
        if node.compare_document_position(host) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING == 0 {
            break;
        }
        level = node.dyn_ref::<web_sys::Element>().and_then(|h| h.tag_name().get(1..).and_then(|d| d.parse().ok()));
    }
    level
}

/// Attribute `name` of `host` read by `parse`: `None` when it is absent, and when `parse`
/// refuses it, after one console warning (`problem`, prefixed with the element's name).
fn attribute<T>(host: &web_sys::Element, name: &str, parse: impl Fn(&str) -> Option<T>, problem: &str) -> Option<T> {
    let parsed = parse(&host.get_attribute(name)?);
    if parsed.is_none() {
        warn(&format!("azure-signup-guide: {problem}"));
    }
    parsed
}

/// The language `host` would read in, when its messages are not here yet: the loader
/// fetches that catalog file and gives it to [`add_catalog`] before it mounts or updates.
#[wasm_bindgen]
pub fn catalog_needed(host: web_sys::Element) -> Option<String> {
    let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    let locale = negotiate_for(&host, &path).locale;
    (!crate::i18n::has_catalog(locale)).then(|| locale.tag().to_owned())
}

/// Adds the catalog file fetched for `tag`; a file that is not this build's is refused
/// with a console warning (the guide then reads in en-US).
#[wasm_bindgen]
pub fn add_catalog(tag: &str, file: &str) {
    let Some(locale) = Locale::ALL.iter().copied().find(|l| l.tag() == tag) else {
        let tag = crate::i18n::quote(tag);
        warn(&format!("azure-signup-guide: no language {tag} in this build; its catalog is ignored."));
        return;
    };
    if let Err(error) = crate::i18n::add_catalog(locale, file) {
        warn(&format!("azure-signup-guide: the {tag} catalog was refused: {error}."));
    }
}

/// Mounts the guide for `host` (the `<azure-signup-guide>` element) into `root`;
/// `rendered` is called once its first render is in `root`.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, root: web_sys::Element, rendered: Option<js_sys::Function>) -> GuideHandle {
    let location = web_sys::window().map(|w| w.location());
    let path = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
    let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    let attributes = read_attributes(&host, &path, None);

    let key = storage_key(&host, &path);
    let saved = load_progress(&key);
    // A link to a step wins, then the reader's own progress, then the author's choice.
    let walk = match take_fragment(&host, &hash) {
        // A link opens its step, not the completion panel a reader may have left open.
        Some(step) => State { current: step, finished: false, ..saved.unwrap_or_default().walk },
        None => saved
            .map(|p| p.walk)
            .or_else(|| attributes.step.map(|current| State { current, ..State::default() }))
            .unwrap_or_default(),
    };
    // The reader's case: the page's (another guide's) if it gives one, else the saved one.
    let progress = Progress { walk, case: saved.and_then(|p| p.case) }.with_page_case(None, attributes.case);

    // The guide's progress, shared by the step, case and scenario events.
    let current = Rc::new(Cell::new(progress));
    let onstep = {
        let (host, current) = (host.clone(), current.clone());
        let key = key.clone();
        Callback::from(move |walk: State| {
            let before = current.get().walk;
            let progress = Progress { walk, ..current.get() };
            current.set(progress);
            save_progress(&key, &progress);
            if walk.finished && !before.finished {
                dispatch_host_event(&host, "azure-signup-guide-finish", &step_fields(&walk));
            } else if walk.current != before.current || walk.finished != before.finished {
                dispatch_host_event(&host, "azure-signup-guide-step", &step_fields(&walk));
            }
        })
    };
    let onplay = {
        let (host, current) = (host.clone(), current.clone());
        Callback::from(move |scenario: ScenarioId| {
            let mut fields = step_fields(&current.get().walk);
            fields.push(("scenario", JsValue::from_str(scenario.slug())));
            dispatch_host_event(&host, "azure-signup-guide-scenario", &fields);
        })
    };
    // The reader picked a language in the menu: the loader sets it as `lang` on every guide
    // of the page (this one too), so the page reads in one language.
    let onlanguage = {
        let host = host.clone();
        Callback::from(move |locale: Locale| {
            dispatch_host_event(&host, "azure-signup-guide-language", &[("lang", JsValue::from_str(locale.tag()))]);
        })
    };
    // The reader's own case: kept with the progress and told to the page, only the case
    // (`same`, `personal`, `other`, `unknown`, or `null` once it no longer stands), never
    // an address.
    let oncase = {
        let (host, current) = (host.clone(), current.clone());
        Callback::from(move |case: Option<crate::domain::Case>| {
            let before = current.get();
            if before.case == case {
                return;
            }
            let progress = Progress { case, ..before };
            current.set(progress);
            save_progress(&key, &progress);
            let slug = case.map_or(JsValue::NULL, |c| JsValue::from_str(c.slug()));
            dispatch_host_event(&host, "azure-signup-guide-case", &[("case", slug)]);
        })
    };
    install_panic_hook();
    MOUNTED.with(|m| m.borrow_mut().push((host.clone(), attributes.locale)));
    let generation = GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    });
    let mut handle = GuideHandle {
        app: None,
        root: root.clone(),
        generation,
        host,
        path,
        attributes,
        current,
        restart: 0,
        onstep,
        onplay,
        onlanguage,
        oncase,
    };
    let props = handle.props(Callback::from(move |()| {
        if let Some(rendered) = &rendered {
            let _ = rendered.call0(&JsValue::NULL);
        }
    }));
    let (root, app) = match POOL.with(|pool| pool.borrow_mut().pop()) {
        Some((pooled_root, mut app)) => {
            app.update(props);
            (pooled_root, app)
        }
        None => (root.clone(), yew::Renderer::<Pooled>::with_root_and_props(root, props).render()),
    };
    handle.app = Some(app);
    handle.root = root;
    handle
}
