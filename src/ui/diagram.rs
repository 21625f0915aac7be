//! The diagram: the article's points, then one figure per case (where an Azure
//! subscription lands with your Microsoft 365 account, with a personal account, with
//! another organization's account, and sharing it), each drawing only what happens in it.
//! The figure is HTML, drawn from `scene::figure`: it reflows on a phone
//! and follows the reader's font size. Selecting a box opens why it is there, in place.

use super::announce::{region, use_announcer};
use super::case::OwnCase;
use super::text::{class_list, heading, sentence, t};
use crate::domain::{Caption, Case, Link, NodeId, ScenarioId};
use crate::i18n::{msg, Arg, Locale, MsgId};
use crate::scene::{self, Figure, FigureAction, FigureState, Node, NodeKind};
use std::rc::Rc;
use yew::prelude::*;

/// What the diagram is opened with, and the callbacks that report the reader's picks.
#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    /// The guide's language.
    pub locale: Locale,
    /// The case shown first.
    pub scenario: ScenarioId,
    /// Called when the reader picks a case.
    #[prop_or_default]
    pub onplay: Callback<ScenarioId>,
    /// Shows the article's heading and lead for this part; off when the page around the
    /// guide has them (`view="diagram"` in an article), so nothing reads twice.
    #[prop_or(true)]
    pub headed: bool,
    /// The level of the section's heading.
    #[prop_or(2)]
    pub level: u8,
    /// The reader's own case, shared with step 2: the figure draws it.
    #[prop_or_default]
    pub case: Option<Case>,
    /// Told of the reader's new case from the box here, or of none when the addresses that
    /// gave one no longer read.
    #[prop_or_default]
    pub oncase: Callback<Option<Case>>,
}

/// The pure `FigureState` as Yew's reducer.
#[derive(PartialEq)]
struct State(FigureState);

impl Reducible for State {
    type Action = FigureAction;

    fn reduce(self: Rc<Self>, action: FigureAction) -> Rc<Self> {
        let next = self.0.reduce(action);
        if next == self.0 {
            self
        } else {
            Rc::new(State(next))
        }
    }
}

fn scenario_label(scenario: ScenarioId) -> MsgId {
    match scenario {
        ScenarioId::Recommended => MsgId::ScenarioRecommended,
        ScenarioId::AccountSprawl => MsgId::ScenarioSprawl,
        ScenarioId::ShareSubscription => MsgId::ScenarioShare,
        ScenarioId::OtherOrganization => MsgId::ScenarioOther,
    }
}

/// What a case says, with the article's link where it needs one.
fn caption_text(locale: Locale, caption: Caption) -> Html {
    match caption {
        Caption::SameAccount => html! { <p class="asg-caption">{ t(locale, MsgId::SceneSameAccount) }</p> },
        Caption::SprawlResult => html! {
            <p class="asg-caption asg-caption--warning">{ t(locale, MsgId::SceneSprawlResult) }</p>
        },
        Caption::OtherResult => html! {
            <p class="asg-caption asg-caption--warning">{ t(locale, MsgId::SceneOtherResult) }</p>
        },
        Caption::AccessShared => html! {
            <p class="asg-caption">
                { sentence(locale, msg::scene_access_shared, Link::RbacAssign, MsgId::LinkRbacUse) }
            </p>
        },
    }
}

/// A case's caption as plain text, for the announcement when the reader picks it.
fn caption_plain(locale: Locale, caption: Caption) -> String {
    match caption {
        Caption::SameAccount => t(locale, MsgId::SceneSameAccount),
        Caption::SprawlResult => t(locale, MsgId::SceneSprawlResult),
        Caption::OtherResult => t(locale, MsgId::SceneOtherResult),
        Caption::AccessShared => {
            let link = t(locale, MsgId::LinkRbacUse);
            t(locale, msg::scene_access_shared(Arg::Str(&link)))
        }
    }
}

/// A node's icon, drawn here (no icon font, nothing fetched): a building for a
/// directory, a badge for an account (a filled head for yours), a key for a subscription.
fn icon(kind: NodeKind) -> Html {
    let path = match kind {
        NodeKind::Directory => "M2.5 14.5v-12h7v12M9.5 6.5h4v8M1 14.5h14M4.5 5h2M4.5 8h2M4.5 11h2",
        NodeKind::Account { .. } => "M1.5 3.5h13v9h-13zM9 7h3.5M9 9.5h3.5M3.5 11c.4-1.3 1.2-2 2.2-2s1.8.7 2.2 2",
        NodeKind::Subscription => "M8 8h6.5M12 8v3M14.5 8v2.5M8 8a3 3 0 1 1-6 0a3 3 0 1 1 6 0",
    };
    let head = matches!(kind, NodeKind::Account { .. }).then(|| {
        let reader = matches!(kind, NodeKind::Account { reader: true });
        html! { <circle cx="5.7" cy="7" r="1.6" class={reader.then_some("asg-icon-you")} /> }
    });
    html! {
        <svg class="asg-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d={path} />
            { for head }
        </svg>
    }
}

/// Where and how the figure is drawn: live (buttons that open explanations) or static
/// (plain boxes, for pages without scripts and for paper).
#[derive(Clone)]
struct Drawing {
    locale: Locale,
    open: Option<NodeId>,
    dispatch: Option<UseReducerDispatcher<State>>,
    /// Says a box's explanation when the reader opens it (a Tab user would otherwise hear
    /// only "expanded").
    say: Callback<String>,
}

impl Drawing {
    fn related(&self, figure: &Figure, node: &Node) -> bool {
        self.open.and_then(|open| figure.node(open)).is_some_and(|open| open.related.contains(&node.id))
    }

    /// A node's box (a button when live) and, when open, why it is there.
    fn node_body(&self, figure: &Figure, node: &Node) -> Html {
        let key = node.id.key();
        let kind = match node.kind {
            NodeKind::Directory => "asg-node--directory",
            NodeKind::Account { reader: true } => "asg-node--you",
            NodeKind::Account { reader: false } => "asg-node--account",
            NodeKind::Subscription => "asg-node--subscription",
        };
        let is_open = self.open == Some(node.id);
        let class = class_list(
            "asg-node",
            &[
                (kind, true),
                ("is-new", node.is_new),
                ("is-path", node.on_path),
                ("is-open", is_open),
                ("is-related", self.related(figure, node)),
            ],
        );
        // Only the live figure has ids (the static ones would repeat them).
        let description_id = format!("asg-{key}-description");
        let why_id = format!("asg-{key}-why");
        let label = html! {
            <>
                { node.label.clone() }
                if node.is_new {
                    { " " }<span class="asg-badge" aria-hidden="true">{ t(self.locale, msg::new_badge(node.kind.badge())) }</span>
                }
            </>
        };
        // The box's label is the button (named by what identifies it; the description, read
        // after the name, adds only what the name does not say); the notes stay outside it, so
        // reading line by line reaches them, and the whole box still answers a press.
        let head = match &self.dispatch {
            Some(dispatch) => {
                let (dispatch, id, say) = (dispatch.clone(), node.id, self.say.clone());
                let why = (!is_open).then(|| node.why.join(self.locale.sentence_gap()));
                let onclick = Callback::from(move |_: MouseEvent| {
                    dispatch.dispatch(FigureAction::Toggle(id));
                    if let Some(why) = &why {
                        say.emit(why.clone());
                    }
                });
                let described = !node.description.is_empty();
                html! {
                    <>
                        <button type="button" class="asg-node-label asg-node-button" data-node={key.clone()}
                            aria-label={node.name.clone()} aria-describedby={described.then(|| description_id.clone())}
                            aria-expanded={if is_open { "true" } else { "false" }}
                            aria-controls={is_open.then(|| why_id.clone())} {onclick}>
                            { label }
                        </button>
                        if described {
                            <span hidden=true id={description_id}>{ node.description.clone() }</span>
                        }
                    </>
                }
            }
            None => html! { <span class="asg-node-label">{ label }</span> },
        };
        html! {
            <>
                <div class={class}>
                    { icon(node.kind) }
                    <span class="asg-node-text">
                        { head }
                        if !node.notes.is_empty() {
                            <span class="asg-node-notes">
                                { for node.notes.iter().map(|n| html! { <span class="asg-node-note">{ n.clone() }</span> }) }
                            </span>
                        }
                    </span>
                </div>
                if is_open {
                    // A group: what the box's aria-controls names (a plain box drops the relation).
                    <div class="asg-why" part="explanation" id={why_id} role="group">
                        { for node.why.iter().map(|s| html! { <p>{ s.clone() }</p> }) }
                    </div>
                }
            </>
        }
    }

    /// A node as an item of its list, with what hangs beneath it.
    fn node(&self, figure: &Figure, node: &Node, children: Html) -> Html {
        html! {
            <li class="asg-item" key={node.id.key()}>
                { self.node_body(figure, node) }
                { children }
            </li>
        }
    }

    fn figure(&self, figure: &Figure) -> Html {
        html! {
            <div class="asg-figure-body">
                <div class="asg-person">
                    <svg class="asg-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <circle class="asg-icon-you" cx="8" cy="5" r="2.8" /><path d="M2.5 15c0-3.3 2.4-5.3 5.5-5.3s5.5 2 5.5 5.3" />
                    </svg>
                    <span><strong>{ figure.person.clone() }</strong>{ " " }
                        <span class="asg-node-note">{ figure.person_note.clone() }</span></span>
                </div>
                <ul class="asg-dirs">
                    { for figure.directories.iter().map(|d| {
                        let items = html! {
                            <ul class="asg-items">
                                { for d.accounts.iter().map(|a| {
                                    let created = (!a.created.is_empty()).then(|| html! {
                                        <ul class="asg-items asg-created">
                                            { for a.created.iter().map(|s| self.node(figure, s, Html::default())) }
                                        </ul>
                                    });
                                    self.node(figure, &a.node, html! { { for created } })
                                }) }
                                { for d.owned.iter().map(|s| self.node(figure, s, Html::default())) }
                            </ul>
                        };
                        html! {
                            <li class="asg-dir" key={d.node.id.key()}>
                                { self.node_body(figure, &d.node) }
                                { items }
                            </li>
                        }
                    }) }
                </ul>
            </div>
        }
    }
}

/// Scrolls the window so the shown caption's bottom is on screen, by at most as much as
/// keeps the checked case's top on screen (8 px of air each side), below the page's own
/// sticky header where the page says how tall it is (`scroll-padding-top`, as docs sites do).
fn nudge_into_view(figure: &NodeRef) {
    let (Some(figure), Some(window)) = (figure.cast::<web_sys::Element>(), web_sys::window()) else { return };
    let find = |selector: &str| figure.query_selector(selector).ok().flatten();
    let (Some(caption), Some(case)) =
        (find(".asg-captions-item:not(.is-hidden)"), find(".asg-case:has(input:checked), .asg-cases"))
    else {
        return;
    };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let below = caption.get_bounding_client_rect().bottom() - height + 8.0;
    let header = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|html| window.get_computed_style(&html).ok().flatten())
        .and_then(|style| style.get_property_value("scroll-padding-top").ok())
        // Whole pixels, read by hand: `str::parse::<f64>` would bring float parsing (about
        // 15 KiB gzip) into the wasm for one number.
        .map(|value| {
            let digits = value.trim().bytes().take_while(u8::is_ascii_digit);
            digits.fold(0.0, |px, d| px * 10.0 + f64::from(d - b'0'))
        })
        .unwrap_or(0.0);
    let room = case.get_bounding_client_rect().top() - 8.0 - header;
    let by = below.min(room);
    if by > 0.0 {
        window.scroll_by_with_x_and_y(0.0, by);
    }
}

/// The diagram part of the guide: the article's points and the figure of each case.
#[function_component(Diagram)]
pub fn diagram(props: &DiagramProps) -> Html {
    let locale = props.locale;
    let state = use_reducer_eq(|| State(FigureState::new(props.scenario)));
    let FigureState { scenario, open, chosen, unsure } = state.0;
    let figure =
        use_memo(
            (scenario, unsure, locale),
            |(s, unsure, l)| {
                if *unsure {
                    scene::figure_before(*l)
                } else {
                    scene::figure(*l, *s)
                }
            },
        );
    let static_figures = use_memo(locale, |l| scene::static_figures(*l));

    let announcer = use_announcer();
    let choose = |s: ScenarioId| {
        let (dispatch, onplay, say) = (state.dispatcher(), props.onplay.clone(), announcer.say.clone());
        Callback::from(move |_: Event| {
            dispatch.dispatch(FigureAction::Choose(s));
            onplay.emit(s);
            say.emit(format!("{}: {}", t(locale, scenario_label(s)), caption_plain(locale, s.caption())));
        })
    };
    let onkeydown = {
        let dispatch = state.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dispatch.dispatch(FigureAction::Close);
            }
        })
    };
    {
        // The reader's own case, predicted here or in step 2, is the case drawn; "not sure"
        // draws none as theirs.
        let dispatch = state.dispatcher();
        use_effect_with(props.case, move |case| match case {
            Some(Case::Unknown) => dispatch.dispatch(FigureAction::Unsure),
            Some(case) => {
                if let Some(scenario) = case.scenario() {
                    dispatch.dispatch(FigureAction::Follow(scenario));
                }
            }
            None => {}
        });
    }
    let figure_ref = use_node_ref();
    {
        // After the reader picks a case, what it says (under the figure) is brought onto the
        // screen if it ends below it: the page is nudged up just enough, never so far that
        // the case they picked leaves the screen, and focus stays where it is.
        let figure_ref = figure_ref.clone();
        use_effect_with((scenario, chosen), move |(_, chosen)| {
            if *chosen {
                nudge_into_view(&figure_ref);
            }
        });
    }
    let live = Drawing { locale, open, dispatch: Some(state.dispatcher()), say: announcer.say.clone() };
    let plain = Drawing { locale, open: None, dispatch: None, say: Callback::noop() };

    html! {
        <section class="asg-diagram" part="diagram" aria-label={props.headed.then(|| t(locale, MsgId::DiagramHeading))}>
            // The article's order: the paragraph, its points, then the picture (our figure).
            if props.headed {
                <@{heading(props.level)} class="asg-h2">{ t(locale, MsgId::DiagramHeading) }</@>
                <p class="asg-lead">{ t(locale, MsgId::DiagramIntro) }{ locale.sentence_gap() }{ t(locale, MsgId::RulesHeading) }</p>
            }
            <ul class="asg-list asg-rules">
                { for [MsgId::RuleCreatedUnder, MsgId::RuleUsersBelong, MsgId::RuleLandsIn, MsgId::RuleAzureOwned, MsgId::RuleM365Owned]
                    .into_iter().map(|id| html! { <li>{ t(locale, id) }</li> }) }
            </ul>
            // Set apart from the article's text: the guide's own note on a name the article uses.
            <p class="asg-note" role="note">{ t(locale, MsgId::EntraNote) }</p>
            // Named by its rule, the one thing the figure shows.
            <figure class="asg-figure asg-controls" part="figure" aria-labelledby="asg-rule" ref={figure_ref}>
                <p class="asg-rule" id="asg-rule">{ t(locale, MsgId::FigureRule) }</p>
                <p class="asg-hint">{ t(locale, MsgId::DiagramHint) }</p>
                <fieldset class="asg-cases">
                    <legend class="asg-vh">{ t(locale, MsgId::ScenariosLabel) }</legend>
                    { for ScenarioId::ALL.into_iter().map(|s| html! {
                        <label class="asg-case">
                            <input type="radio" name="asg-case" value={s.slug()} data-scenario={s.slug()}
                                checked={s == scenario && !unsure} onchange={choose(s)} />
                            <span>{ t(locale, scenario_label(s)) }</span>
                        </label>
                    }) }
                </fieldset>
                <div {onkeydown}>{ for figure.as_ref().as_ref().map(|f| live.figure(f)) }</div>
                // Under the figure, so the cases and what they change stand together (on a
                // phone too); only the case's own is shown.
                <div class="asg-captions">
                    { for ScenarioId::ALL.into_iter().map(|s| html! {
                        <div class={class_list("asg-captions-item", &[("is-hidden", s != scenario || unsure)])}>
                            { caption_text(locale, s.caption()) }
                        </div>
                    }) }
                    // Not sure: no case is the reader's; the figure before signing up, and the way to check.
                    <div class={class_list("asg-captions-item", &[("is-hidden", !unsure)])} data-unsure="">
                        <p class="asg-caption asg-caption--check">
                            { sentence(locale, msg::figure_unsure, Link::PortalDirectories, MsgId::LinkPortalDirectories) }
                        </p>
                    </div>
                </div>
                // Says the case the reader picks, or the explanation they open; silent on load.
                { region(&announcer) }
            </figure>
            // The reader's own case, closed until they open it, below the figure: opening it
            // moves nothing, and the figure above draws the case it predicts.
            <OwnCase {locale} case={props.case} oncase={props.oncase.clone()} open={false} id="d" />
            // Without scripts and on paper: every case's end state with its captions.
            // The rule once, then each case's figure named by its caption, which comes first.
            <div class="asg-cases-static">
                <p class="asg-rule">{ t(locale, MsgId::FigureRule) }</p>
                { for static_figures.iter().map(|(s, f)| html! {
                    <figure class="asg-figure">
                        <figcaption>
                            <p class="asg-case-title">{ t(locale, scenario_label(*s)) }</p>
                            { caption_text(locale, s.caption()) }
                        </figcaption>
                        { plain.figure(f) }
                    </figure>
                }) }
            </div>
            <p>{ sentence(locale, msg::diagram_more, Link::AssociateTenant, MsgId::LinkHowAssociated) }</p>
        </section>
    }
}
