//! Thin Yew components over the pure core; the only module that knows Yew.
//! No business rules and no user-visible string literals live here.

mod announce;
mod case;
mod diagram;
mod illustration;
mod language_switcher;
mod text;
mod walkthrough;

pub use diagram::Diagram;
pub use walkthrough::Walkthrough;

use crate::domain::{Case, Link, ScenarioId};
use crate::i18n::{msg, Locale, MsgId};
use language_switcher::language_switcher;
use text::{heading, sentence, t};
use yew::prelude::*;

/// An SVG coordinate as a whole number: float formatting would cost the wasm more
/// bytes than the half units it could show.
pub(crate) fn coord(x: f32) -> String {
    (x.round() as i32).to_string()
}

/// Mirrors SVG x coordinates for right-to-left locales, so drawings read in the
/// same direction as the text around them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Flip {
    width: f32,
    rtl: bool,
}

impl Flip {
    pub(crate) fn new(width: f32, direction: crate::i18n::Direction) -> Flip {
        Flip { width, rtl: direction == crate::i18n::Direction::Rtl }
    }

    pub(crate) fn is_rtl(self) -> bool {
        self.rtl
    }

    /// A point's x (text anchors, line ends, circle centres).
    pub(crate) fn x(self, x: f32) -> String {
        coord(if self.rtl { self.width - x } else { x })
    }

    /// The left edge of a box that starts at `x` and is `w` wide.
    pub(crate) fn rect_x(self, x: f32, w: f32) -> String {
        coord(if self.rtl { self.width - x - w } else { x })
    }
}

/// Which parts of the guide an instance shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The walkthrough, then the diagram.
    #[default]
    All,
    /// The walkthrough only.
    Steps,
    /// The diagram only.
    Diagram,
}

impl View {
    /// Every view.
    pub const ALL: [View; 3] = [View::All, View::Steps, View::Diagram];

    /// The name used in the `view` attribute and in the prerendered files' names.
    pub const fn slug(self) -> &'static str {
        match self {
            View::All => "all",
            View::Steps => "steps",
            View::Diagram => "diagram",
        }
    }

    /// The view a `view` attribute names (empty means all).
    pub fn from_attr(value: &str) -> Option<View> {
        let value = value.trim();
        if value.is_empty() {
            return Some(View::All);
        }
        View::ALL.into_iter().find(|v| v.slug().eq_ignore_ascii_case(value))
    }
}

/// The colour theme an author can pin (the `theme` attribute). The theme itself is CSS
/// (`:host([theme=dark])`); the guide only checks the value, and the mdBook preprocessor
/// and the docs-generator kits take their list from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Always the light colours.
    Light,
    /// Always the dark colours.
    Dark,
    /// Dark when the page is dark, or, when the page says nothing, when the system is.
    Auto,
}

impl Theme {
    /// Every theme.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    /// The attribute value.
    pub const fn slug(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    /// The theme a `theme` attribute names.
    pub fn from_attr(value: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.slug() == value.trim())
    }
}

/// What an instance of the guide is opened with: the host page's attributes and the
/// callbacks that tell it what the reader does.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The negotiated locale the widget opens in.
    pub locale: Locale,
    /// Which parts of the guide it shows.
    #[prop_or_default]
    pub view: View,
    /// Where the walkthrough starts.
    #[prop_or_default]
    pub initial: crate::walkthrough::State,
    /// The scenario the diagram opens with.
    #[prop_or(ScenarioId::Recommended)]
    pub scenario: ScenarioId,
    /// Every walkthrough change, for saving progress and telling the host page.
    #[prop_or_default]
    pub onstep: Callback<crate::walkthrough::State>,
    /// Every case the reader picks in the diagram.
    #[prop_or_default]
    pub onplay: Callback<ScenarioId>,
    /// Changed when the walkthrough must start again from `initial` (the host set another
    /// `step`); otherwise `initial` is only where it opens.
    #[prop_or_default]
    pub restart: u32,
    /// Called once the first render is in the DOM (the loader swaps the guide in then).
    #[prop_or_default]
    pub onrendered: Callback<()>,
    /// Shows the language menu (the `languages` attribute). Without it the guide reads in
    /// the page's language: one language per page.
    #[prop_or_default]
    pub languages: bool,
    /// Called with the language the reader picks in the menu (the embed makes every guide
    /// on the page follow).
    #[prop_or_default]
    pub onlanguage: Callback<Locale>,
    /// The level of the guide's top headings, one below the page's heading before it
    /// (`embed` reads it off the page); 0 when unknown: 2 for the whole article, 3 for a
    /// part (as under an article's section heading).
    #[prop_or_default]
    pub level: u8,
    /// Every case the reader's own prediction or choice gives (never the addresses), and
    /// `None` when the addresses that gave one no longer read.
    #[prop_or_default]
    pub oncase: Callback<Option<Case>>,
    /// The reader's case as the guide keeps it (`walkthrough::Progress::case`: saved, or
    /// the page's `case` attribute, another guide's prediction or the author's), shown and
    /// drawn as if made here. A change replaces the one on screen.
    #[prop_or_default]
    pub case: Option<Case>,
}

/// The guide as static HTML, for pages read without scripts (see `src/bin/prerender.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender(locale: Locale, view: View, languages: bool) -> String {
    prerender_at(locale, view, None, ScenarioId::Recommended, languages, 0)
}

/// The guide as static HTML opened at `step` (else step 1) with the diagram on `scenario`,
/// the language menu if `languages`, and its headings at `level` (0: the default), as the
/// element with those attributes renders it (the mdBook preprocessor uses it).
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender_at(
    locale: Locale,
    view: View,
    step: Option<crate::walkthrough::StepId>,
    scenario: ScenarioId,
    languages: bool,
    level: u8,
) -> String {
    let initial = step.map(|current| crate::walkthrough::State { current, ..Default::default() }).unwrap_or_default();
    let props = AppProps { locale, view, initial, scenario, languages, level, ..AppProps::from_locale(locale) };
    futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render())
}

impl AppProps {
    /// The props a fresh reader gets in `locale`: step 1, the recommended scenario.
    pub fn from_locale(locale: Locale) -> AppProps {
        AppProps {
            locale,
            view: View::All,
            initial: crate::walkthrough::State::default(),
            scenario: ScenarioId::Recommended,
            restart: 0,
            onstep: Callback::noop(),
            onplay: Callback::noop(),
            onrendered: Callback::noop(),
            languages: false,
            onlanguage: Callback::noop(),
            level: 0,
            oncase: Callback::noop(),
            case: None,
        }
    }
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The reader's pick goes out (the loader makes it every guide's `lang` on the page) and
    // comes back as `locale`: the page's language is the one state of it.
    let onselect = props.onlanguage.clone();
    let current = props.locale;
    {
        // Effects run after the DOM is committed: this is the first render, done.
        let onrendered = props.onrendered.clone();
        use_effect_with((), move |_| onrendered.emit(()));
    }
    // The reader's own case, one for the whole guide: step 2 and the diagram both show it,
    // and the diagram draws it. The reader's pick shows at once and goes out (the embed
    // saves it and tells the page); what the embed keeps (`props.case`: saved, or the
    // page's) replaces it when that changes. Which case wins is `Progress::with_page_case`'s.
    let case = use_state_eq(|| props.case);
    let oncase = {
        let (case, told) = (case.clone(), props.oncase.clone());
        Callback::from(move |c: Option<Case>| {
            case.set(c);
            told.emit(c);
        })
    };
    {
        let case = case.clone();
        use_effect_with(props.case, move |kept| case.set(*kept));
    }
    let whole_article = props.view == View::All;
    let level = match props.level {
        0 if whole_article => 2,
        0 => 3,
        known => known,
    };
    html! {
        <div class="asg" part="root" lang={current.tag()} dir={current.direction().as_attr()}>
            // The whole article has its title row; a part embedded in an article has
            // the page's own headings around it, and a row only for the menu if asked.
            if whole_article || props.languages {
                <header class="asg-header">
                    if whole_article {
                        <p class="asg-title">{ t(current, MsgId::WidgetTitle) }</p>
                    }
                    if props.languages {
                        { language_switcher(current, onselect) }
                    }
                </header>
            }
            if whole_article {
                { article_intro(current) }
            }
            // Keyed, so a new `step` or `scenario` from the page starts that part again
            // while everything else keeps its state.
            if props.view != View::Diagram {
                <Walkthrough locale={current} key={format!("w{}", props.restart)} initial={props.initial}
                    onchange={props.onstep.clone()} headed={whole_article} {level}
                    case={*case} oncase={oncase.clone()} />
            }
            if props.view != View::Steps {
                <Diagram locale={current} key={props.scenario.slug()} scenario={props.scenario} onplay={props.onplay.clone()}
                    headed={whole_article} {level} case={*case} {oncase} />
            }
            if whole_article {
                { article_end(current, level) }
            }
        </div>
    }
}

/// The article's opening: its date, then its two intro paragraphs, before the steps.
/// Plain functions, not components: each component costs the wasm its own copy of Yew's
/// lifecycle code.
fn article_intro(locale: Locale) -> Html {
    html! {
        <div class="asg-intro" part="intro">
            <p class="asg-meta">{ t(locale, MsgId::ArticleDate) }</p>
            <p>
                { t(locale, MsgId::IntroM365) }{ locale.sentence_gap() }
                { sentence(locale, msg::portal_text, Link::Portal, MsgId::LinkPortal) }
                { locale.sentence_gap() }{ t(locale, MsgId::IntroSignUp) }{ locale.sentence_gap() }
                { sentence(locale, msg::intro_share, Link::RbacAssign, MsgId::LinkRbacUse) }
            </p>
            <p>{ sentence(locale, msg::already_both, Link::AssociateTenant, MsgId::LinkAssociate) }</p>
        </div>
    }
}

/// The article's closing sections, in its order: help, then next steps.
fn article_end(locale: Locale, level: u8) -> Html {
    html! {
        <div class="asg-end" part="end">
            <@{heading(level)} class="asg-h2">{ t(locale, MsgId::HelpHeading) }</@>
            <p>{ sentence(locale, msg::help_text, Link::SupportRequest, MsgId::LinkSupport) }</p>
            <@{heading(level)} class="asg-h2">{ t(locale, MsgId::NextStepsHeading) }</@>
            <ul class="asg-list">
                <li>{ sentence(locale, msg::next_steps_rbac, Link::RbacAssign, MsgId::LinkRbacAssign) }</li>
            </ul>
        </div>
    }
}
