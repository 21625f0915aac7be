//! The signup walkthrough: progress, the step on screen, and back / next / jump controls.

use super::announce::{region, use_announcer};
use super::case::{case_table, OwnCase};
use super::illustration::illustration;
use super::text::{class_list, heading, sentence, t};
use crate::domain::{Case, Link};
use crate::i18n::{msg, Arg, Locale, MsgId};
use crate::walkthrough::{bar, is_done, progress, tile_key, Action, Focus, Origin, Screen, State, StepId};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the walkthrough is opened with, and the callbacks that report the reader's progress.
#[derive(Properties, PartialEq)]
pub struct WalkthroughProps {
    /// The guide's language.
    pub locale: Locale,
    /// Where the reader starts (restored progress, a fragment, or the `step` attribute).
    pub initial: State,
    /// Called with every new state, to save progress and tell the host page.
    pub onchange: Callback<State>,
    /// Shows the article's heading and lead for this part; off when the page around the
    /// guide has them (`view="steps"` in an article), so nothing reads twice.
    #[prop_or(true)]
    pub headed: bool,
    /// The level of the section's heading; each step's title is one below it when the
    /// section has its heading, else at it (so the page's outline has no gap).
    #[prop_or(2)]
    pub level: u8,
    /// The reader's own case, shared with the diagram (step 2 shows and changes it).
    #[prop_or_default]
    pub case: Option<Case>,
    /// Told of the reader's new case from step 2's box, or of none when the addresses that
    /// gave one no longer read.
    #[prop_or_default]
    pub oncase: Callback<Option<Case>>,
}

fn title(step: StepId) -> MsgId {
    match step {
        StepId::SignUp => MsgId::StepSignUpTitle,
        StepId::SignIn => MsgId::StepSignInTitle,
        StepId::Finish => MsgId::StepFinishTitle,
        StepId::AddPeople => MsgId::StepAddPeopleTitle,
        StepId::Check => MsgId::StepCheckTitle,
    }
}

/// "Step 2 of 3" for a required step, "Optional step" for the last one.
fn progress_label(locale: Locale, step: StepId) -> String {
    let state = State { current: step, ..State::default() };
    match progress(&state) {
        Some((n, total)) => t(locale, msg::progress_label(Arg::Num(n as i64), Arg::Num(total as i64))),
        None if step.is_guides_own() => t(locale, MsgId::StepCheckTag),
        None => t(locale, MsgId::ProgressOptional),
    }
}

/// What the polite status line says after a change.
fn announcement(locale: Locale, state: &State) -> String {
    if state.finished {
        return t(locale, MsgId::AnnounceDone);
    }
    let title = t(locale, title(state.current));
    match progress(state) {
        Some((current, total)) => {
            t(locale, msg::announce_step(Arg::Num(current as i64), Arg::Num(total as i64), Arg::Str(&title)))
        }
        None => t(locale, msg::announce_optional(Arg::Str(&title))),
    }
}

/// The component's state: [`Screen`] with its pure reducer, behind Yew's trait.
#[derive(Clone, Copy, PartialEq)]
struct Model(Screen);

impl Reducible for Model {
    type Action = (Action, Origin);

    fn reduce(self: std::rc::Rc<Self>, (event, origin): Self::Action) -> std::rc::Rc<Self> {
        let next = self.0.press(event, origin);
        if next == self.0 {
            self
        } else {
            Model(next).into()
        }
    }
}

/// Whether the walkthrough may move focus: the reader's focus is inside it, or nowhere
/// (the control they pressed went away). Focus the reader put elsewhere, in the page or in
/// another guide, is never taken.
fn focus_is_ours(section: &web_sys::Element) -> bool {
    let in_shadow = section.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().and_then(|r| r.active_element());
    let active = in_shadow.or_else(|| section.owner_document().and_then(|d| d.active_element()));
    active.is_none_or(|a| section.contains(Some(&a)) || a.tag_name() == "BODY")
}

/// The CSS selector of the element a [`Focus`] names, inside the walkthrough.
fn focus_selector(focus: Focus) -> String {
    match focus {
        Focus::Tile(step) => format!("[data-step=\"{}\"]", step.slug()),
        Focus::StepHeading(step) => format!("[data-step-panel=\"{}\"] .asg-h3", step.slug()),
        Focus::DoneHeading => "[data-step-panel=\"done\"] .asg-h3".to_owned(),
    }
}

/// The walkthrough part of the guide: the steps, one on screen, with back, next and jumps.
#[function_component(Walkthrough)]
pub fn walkthrough(props: &WalkthroughProps) -> Html {
    let locale = props.locale;
    let model = use_reducer_eq(|| Model(Screen::new(props.initial)));
    let step_level = if props.headed { props.level + 1 } else { props.level };
    let section_ref = use_node_ref();
    let screen = model.0;
    let state = screen.state;

    let announcer = use_announcer();
    {
        // Tell the host page about every change the reader makes (not the first render),
        // and say it once.
        let (onchange, say) = (props.onchange.clone(), announcer.say.clone());
        use_effect_with(state, move |state| {
            if screen.announce {
                onchange.emit(*state);
                say.emit(announcement(locale, state));
            }
        });
    }
    {
        // Move focus where the last press asked, after the render that shows it: the
        // pressed control may now be hidden or gone. Reads only our own section.
        let section_ref = section_ref.clone();
        use_effect_with(screen.focus, move |focus| {
            let target = focus
                .zip(section_ref.cast::<web_sys::Element>().filter(focus_is_ours))
                .and_then(|((focus, _), section)| section.query_selector(&focus_selector(focus)).ok().flatten());
            if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                // A tile sits beside the one the reader is on, so the page need not move; a
                // heading may be above the screen after a press on a phone, so it scrolls in.
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(matches!(focus, Some((Focus::Tile(_), _))));
                let _ = el.focus_with_options(&options);
            }
        });
    }

    let press = |event: Action, origin: Origin| {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch((event, origin)))
    };
    let tile_keydown = |step: StepId| {
        let section_ref = section_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            // Tabs with manual activation: the arrows, Home and End move focus among the
            // steps; Enter or Space (the button's click) opens the focused one.
            let target = tile_key(&e.key(), locale.direction(), step).and_then(|to| {
                let section = section_ref.cast::<web_sys::Element>()?;
                section.query_selector(&focus_selector(Focus::Tile(to))).ok().flatten()
            });
            if let Some(tab) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                e.prevent_default();
                let _ = tab.focus();
            }
        })
    };

    let current = state.current;
    let (filled, of) = bar(&state);
    let tab = |step: StepId| {
        let selected = step == current && !state.finished;
        let done = is_done(&state, step);
        let class = class_list(
            "asg-steps-button",
            &[("is-current", selected), ("is-done", done), ("is-optional", step.is_optional())],
        );
        html! {
            <button type="button" role="tab" class={class} data-step={step.slug()}
                id={format!("asg-tab-{}", step.slug())} aria-controls={format!("asg-panel-{}", step.slug())}
                aria-selected={if selected { "true" } else { "false" }}
                tabindex={if step == current { "0" } else { "-1" }}
                onclick={press(Action::GoTo(step), Origin::StepList)} onkeydown={tile_keydown(step)}>
                if !step.is_optional() {
                    <span class="asg-steps-number" aria-hidden="true">
                        if done {
                            <svg class="asg-tick" viewBox="0 0 16 16" width="16" height="16" focusable="false">
                                <path d="M3 8.5 6.5 12 13 4.5" />
                            </svg>
                        } else {
                            { locale.format_number(step.index() as i64 + 1) }
                        }
                    </span>
                }
                // Spaces around the title: not drawn (the button lays its parts out as flex
                // items), but a site's search index reading the prerendered copy gets
                // "1 Registrera dig 2 Logga in", not "1Registrera dig2Logga in".
                { " " }<span class="asg-steps-title">{ t(locale, title(step)) }</span>{ " " }
                if step.is_optional() {
                    <span class="asg-vh">{ format!(" {}", t(locale, MsgId::StepOptionalNote)) }</span>
                }
                if done {
                    if step.is_optional() {
                        <svg class="asg-tick" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                            <path d="M3 8.5 6.5 12 13 4.5" />
                        </svg>
                    }
                    <span class="asg-vh">{ format!(" {}", t(locale, MsgId::StepDone)) }</span>
                }
            </button>
        }
    };

    html! {
        <section class="asg-walkthrough" part="walkthrough" aria-label={props.headed.then(|| t(locale, MsgId::WalkthroughHeading))}
            ref={section_ref.clone()}>
            if props.headed {
                <@{heading(props.level)} class="asg-h2">{ t(locale, MsgId::WalkthroughHeading) }</@>
                <p class="asg-lead">{ t(locale, MsgId::WalkthroughSaveTime) }</p>
            }
            // One tab list (APG tabs, manual activation): the required steps numbered, the
            // current one named; the optional ones named in words after them.
            <div class="asg-steps" role="tablist" aria-label={t(locale, MsgId::StepsNavLabel)}>
                <div class="asg-steps-required">
                    { for StepId::ALL.into_iter().filter(|s| !s.is_optional()).map(tab) }
                </div>
                <div class="asg-steps-optional">
                    <span class="asg-steps-tag" aria-hidden="true">{ t(locale, MsgId::StepsOptional) }</span>
                    <span class="asg-steps-names">
                        { tab(StepId::AddPeople) }
                        <span class="asg-steps-sep" aria-hidden="true"></span>
                        { tab(StepId::Check) }
                    </span>
                </div>
            </div>
            <div class="asg-progress" aria-hidden="true">
                <div class="asg-progress-bar" data-done={filled.to_string()} data-total={of.to_string()}></div>
            </div>
            // The buttons sit in one place above the step's text: pressing one never moves
            // them, and each panel is as tall as its own content.
            <div class="asg-step-buttons asg-controls">
                if state.finished {
                    <button type="button" class="asg-button" onclick={press(Action::Back, Origin::Button)}>
                        { t(locale, MsgId::ButtonBack) }
                    </button>
                    <a class="asg-button asg-button--primary" href={Link::Portal.url(locale)}
                        target="_blank" rel="noopener noreferrer">
                        { t(locale, MsgId::DonePortal) }
                        <span class="asg-vh">{ format!(" {}", t(locale, MsgId::NewTab)) }</span>
                    </a>
                    <button type="button" class="asg-button" onclick={press(Action::Restart, Origin::Button)}>
                        { t(locale, MsgId::ButtonRestart) }
                    </button>
                } else {
                    <button type="button" class="asg-button" disabled={current == StepId::SignUp}
                        onclick={press(Action::Back, Origin::Button)}>{ t(locale, MsgId::ButtonBack) }</button>
                    if current < StepId::Finish {
                        <button type="button" class="asg-button asg-button--primary"
                            onclick={press(Action::Next, Origin::Button)}>{ t(locale, MsgId::ButtonNext) }</button>
                    } else {
                        <button type="button" class="asg-button asg-button--primary"
                            onclick={press(Action::Finish, Origin::Button)}>{ t(locale, MsgId::ButtonFinish) }</button>
                        // Past the required steps, Next names where it goes (an optional
                        // step); it comes after Finish, so Finish keeps Next's place.
                        if let Some(next) = StepId::ALL.get(current.index() + 1) {
                            <button type="button" class="asg-button" onclick={press(Action::Next, Origin::Button)}>
                                { t(locale, title(*next)) }
                            </button>
                        }
                    }
                }
            </div>
            <div class="asg-panels">
                { for StepId::ALL.into_iter().map(|step| {
                    let class = class_list("asg-step", &[("is-current", step == current && !state.finished)]);
                    html! {
                        <div class={class} data-step-panel={step.slug()} role="tabpanel"
                            id={format!("asg-panel-{}", step.slug())} aria-labelledby={format!("asg-tab-{}", step.slug())}>
                            <p class="asg-step-progress">{ progress_label(locale, step) }</p>
                            <@{heading(step_level)} class="asg-h3" tabindex="-1">{ t(locale, title(step)) }</@>
                            <div class="asg-step-body">
                                <div class="asg-step-text">{ step_text(locale, step) }</div>
                                { illustration(locale, step) }
                            </div>
                            // Step 2's own case takes the panel's whole width after the
                            // drawing, which stays beside (or under) the text it shows.
                            if step == StepId::SignIn {
                                <OwnCase {locale} case={props.case} oncase={props.oncase.clone()} open={props.case.is_some()} id="w" />
                                { case_table(locale) }
                            }
                        </div>
                    }
                }) }
                { done(locale, state.finished, step_level) }
            </div>
            { region(&announcer) }
        </section>
    }
}

/// The article's text for one step, with its link, and the check step (the guide's own).
fn step_text(locale: Locale, step: StepId) -> Html {
    match step {
        StepId::SignUp => html! {
            <p>{ sentence(locale, msg::step_sign_up_text, Link::SignUp, MsgId::LinkAzureCom) }</p>
        },
        StepId::SignIn => html! {
            <>
                <p>{ t(locale, MsgId::StepSignInText) }</p>
                <p>{ t(locale, MsgId::StepSignInSeveral) }</p>
            </>
        },
        StepId::Finish => html! { <p>{ t(locale, MsgId::StepFinishText) }</p> },
        StepId::AddPeople => html! {
            <p>{ sentence(locale, msg::step_add_people_text, Link::RbacOverview, MsgId::LinkRbacOverview) }</p>
        },
        StepId::Check => html! {
            <>
                <p class="asg-note" role="note">{ t(locale, MsgId::StepCheckNote) }</p>
                <ul class="asg-list">
                    <li>{ sentence(locale, msg::step_check_directory, Link::PortalDirectories, MsgId::LinkPortalDirectories) }</li>
                    <li>{ sentence(locale, msg::step_check_subscriptions, Link::PortalSubscriptions, MsgId::LinkPortalSubscriptions) }</li>
                </ul>
                <p>
                    { sentence(locale, msg::step_check_wrong, Link::AssociateTenant, MsgId::LinkAssociateEntra) }
                    { locale.sentence_gap() }
                    { sentence(locale, msg::step_check_transfer, Link::TransferSubscription, MsgId::LinkTransfer) }
                </p>
            </>
        },
    }
}

/// The panel after Finish (`shown` once the reader finished): what the reader has now, if
/// they used their Microsoft 365 account.
fn done(locale: Locale, shown: bool, level: u8) -> Html {
    html! {
        <div class={class_list("asg-step asg-done", &[("is-current", shown)])} data-step-panel="done">
            <@{heading(level)} class="asg-h3" tabindex="-1">{ t(locale, MsgId::DoneHeading) }</@>
            <p>{ t(locale, MsgId::DoneText) }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_targets_are_inside_the_walkthroughs_own_markup() {
        assert_eq!(focus_selector(Focus::Tile(StepId::SignIn)), "[data-step=\"sign-in\"]");
        assert_eq!(focus_selector(Focus::StepHeading(StepId::Finish)), "[data-step-panel=\"finish\"] .asg-h3");
        assert_eq!(focus_selector(Focus::DoneHeading), "[data-step-panel=\"done\"] .asg-h3");
    }

    #[test]
    fn announcements_name_the_step() {
        let state = State { current: StepId::SignIn, ..State::default() };
        assert_eq!(announcement(Locale::SvSe, &state), "Steg 2 av 3: \u{2068}Logga in\u{2069}");
        let optional = State { current: StepId::AddPeople, ..State::default() };
        assert!(announcement(Locale::EnUs, &optional).starts_with("Optional step: "));
    }
}
