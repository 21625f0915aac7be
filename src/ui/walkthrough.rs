//! The signup walkthrough: progress, the step on screen, and back / next / jump controls.

use super::illustration::Illustration;
use super::text::{t, tf, use_locale, Sentence};
use crate::domain::Link;
use crate::i18n::{Arg, Direction, Locale, MsgId};
use crate::walkthrough::{progress, transition, AccountChoice, Event, State, StepId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WalkthroughProps {
    /// Where the reader starts (restored progress, a fragment, or the `step` attribute).
    pub initial: State,
    /// Called with every new state, to save progress and tell the host page.
    pub onchange: Callback<State>,
}

fn title(step: StepId) -> MsgId {
    match step {
        StepId::SignUp => MsgId::StepSignUpTitle,
        StepId::SignIn => MsgId::StepSignInTitle,
        StepId::Finish => MsgId::StepFinishTitle,
        StepId::AddPeople => MsgId::StepAddPeopleTitle,
    }
}

/// "Step 2 of 3" for a required step, "Optional step" for the last one.
fn progress_label(locale: Locale, step: StepId) -> String {
    let state = State { current: step, ..State::default() };
    match progress(&state) {
        Some((n, total)) => {
            tf(locale, MsgId::ProgressLabel, &[("current", Arg::Num(n as i64)), ("total", Arg::Num(total as i64))])
        }
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
        Some((current, total)) => tf(
            locale,
            MsgId::AnnounceStep,
            &[("current", Arg::Num(current as i64)), ("total", Arg::Num(total as i64)), ("title", Arg::Str(&title))],
        ),
        None => tf(locale, MsgId::AnnounceOptional, &[("title", Arg::Str(&title))]),
    }
}

/// The walkthrough event for a key, with left and right following reading order.
fn key_event(key: &str, direction: Direction) -> Option<Event> {
    let (forward, backward) = match direction {
        Direction::Ltr => ("ArrowRight", "ArrowLeft"),
        Direction::Rtl => ("ArrowLeft", "ArrowRight"),
    };
    match key {
        k if k == forward => Some(Event::Next),
        k if k == backward => Some(Event::Back),
        "Home" => Some(Event::First),
        "End" => Some(Event::Last),
        _ => None,
    }
}

#[function_component(Walkthrough)]
pub fn walkthrough(props: &WalkthroughProps) -> Html {
    let locale = use_locale();
    let state = use_state_eq(|| props.initial);
    // Only changes the reader makes are announced, never the first render.
    let announced = use_state_eq(String::new);

    let dispatch = {
        let (state, announced, onchange) = (state.clone(), announced.clone(), props.onchange.clone());
        Callback::from(move |event: Event| {
            let next = transition(*state, event);
            if next != *state {
                announced.set(announcement(locale, &next));
                state.set(next);
                onchange.emit(next);
            }
        })
    };
    let on = |event: Event| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(event))
    };
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Radio buttons and links keep their own arrow keys.
            let own_keys = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
            if own_keys || e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            if let Some(event) = key_event(&e.key(), locale.direction()) {
                e.prevent_default();
                dispatch.emit(event);
            }
        })
    };

    let current = state.current;
    let (done_steps, total_steps) = (current.index() + usize::from(state.finished), StepId::ALL.len());

    html! {
        <section class="asg-walkthrough" part="walkthrough" aria-label={t(locale, MsgId::WalkthroughHeading)} {onkeydown}>
            <h2 class="asg-h2">{ t(locale, MsgId::WalkthroughHeading) }</h2>
            <p class="asg-lead">{ t(locale, MsgId::WalkthroughSaveTime) }</p>
            <nav class="asg-steps" aria-label={t(locale, MsgId::StepsNavLabel)}>
                <ol>
                    { for StepId::ALL.into_iter().map(|step| {
                        let is_current = step == current && !state.finished;
                        let class = classes!(
                            "asg-steps-item",
                            is_current.then_some("is-current"),
                            (step.index() < done_steps).then_some("is-done"),
                            step.is_optional().then_some("is-optional"),
                        );
                        html! {
                            <li class={class}>
                                <button type="button" class="asg-steps-button" data-step={step.slug()}
                                    aria-current={is_current.then_some("step")}
                                    onclick={on(Event::GoTo(step))}>
                                    <span class="asg-steps-number" aria-hidden="true">{ locale.format_number(step.index() as i64 + 1) }</span>
                                    <span class="asg-steps-title">{ t(locale, title(step)) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            </nav>
            <div class="asg-progress" aria-hidden="true">
                <div class="asg-progress-bar" data-done={done_steps.to_string()} data-total={total_steps.to_string()}></div>
            </div>
            // Every step is in the page, the one on screen marked current: without
            // scripts, and on paper, the stylesheet shows them all.
            { for StepId::ALL.into_iter().map(|step| {
                let class = classes!("asg-step", (step == current && !state.finished).then_some("is-current"));
                let onchoose = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |c| dispatch.emit(Event::ChooseAccount(c)))
                };
                html! {
                    <div class={class} data-step-panel={step.slug()}>
                        <p class="asg-step-progress">{ progress_label(locale, step) }</p>
                        <h3 class="asg-h3">{ t(locale, title(step)) }</h3>
                        <div class="asg-step-body">
                            <div class="asg-step-text">
                                <StepText {step} choice={state.account_choice} {onchoose} />
                            </div>
                            <Illustration {step} />
                        </div>
                    </div>
                }
            }) }
            <Done current={state.finished} />
            <div class="asg-step-buttons asg-controls">
                if state.finished {
                    <button type="button" class="asg-button" onclick={on(Event::Back)}>{ t(locale, MsgId::ButtonBack) }</button>
                    <button type="button" class="asg-button asg-button--primary" onclick={on(Event::Restart)}>
                        { t(locale, MsgId::ButtonRestart) }
                    </button>
                } else {
                    <button type="button" class="asg-button" disabled={current == StepId::SignUp}
                        onclick={on(Event::Back)}>{ t(locale, MsgId::ButtonBack) }</button>
                    if current < StepId::Finish {
                        <button type="button" class="asg-button asg-button--primary" onclick={on(Event::Next)}>
                            { t(locale, MsgId::ButtonNext) }
                        </button>
                    } else {
                        if current == StepId::Finish {
                            <button type="button" class="asg-button" onclick={on(Event::Next)}>
                                { t(locale, MsgId::StepAddPeopleTitle) }
                            </button>
                        }
                        <button type="button" class="asg-button asg-button--primary" onclick={on(Event::Finish)}>
                            { t(locale, MsgId::ButtonFinish) }
                        </button>
                    }
                }
            </div>
            <p class="asg-vh" role="status" aria-live="polite">{ (*announced).clone() }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StepTextProps {
    step: StepId,
    choice: Option<AccountChoice>,
    onchoose: Callback<AccountChoice>,
}

/// The article's text for one step, with its link and, in step 2, the account question.
#[function_component(StepText)]
fn step_text(props: &StepTextProps) -> Html {
    let locale = use_locale();
    match props.step {
        StepId::SignUp => html! {
            <>
                <p><Sentence msg={MsgId::StepSignUpText} link={Link::SignUp} link_text={MsgId::LinkAzureCom} /></p>
                <p class="asg-muted">{ t(locale, MsgId::WalkthroughIntro) }</p>
            </>
        },
        StepId::SignIn => {
            let radio = |choice: AccountChoice, label: MsgId| {
                let onchoose = props.onchoose.clone();
                html! {
                    <label class="asg-choice">
                        <input type="radio" name="asg-accounts" value={choice.slug()}
                            checked={props.choice == Some(choice)}
                            onchange={Callback::from(move |_: web_sys::Event| onchoose.emit(choice))} />
                        { t(locale, label) }
                    </label>
                }
            };
            // Both answers are in the page (readers without scripts see both); the chosen one shows.
            let answer = |choice: AccountChoice, text: MsgId| {
                let class = classes!("asg-answer", (props.choice == Some(choice)).then_some("is-chosen"));
                html! { <p {class} data-answer={choice.slug()}>{ t(locale, text) }</p> }
            };
            html! {
                <>
                    <p>{ t(locale, MsgId::StepSignInText) }</p>
                    <fieldset class="asg-question">
                        <legend>{ t(locale, MsgId::AccountQuestion) }</legend>
                        { radio(AccountChoice::One, MsgId::AccountOne) }
                        { radio(AccountChoice::Several, MsgId::AccountSeveral) }
                    </fieldset>
                    { answer(AccountChoice::One, MsgId::AccountAnswerOne) }
                    { answer(AccountChoice::Several, MsgId::AccountAnswerSeveral) }
                </>
            }
        }
        StepId::Finish => html! { <p>{ t(locale, MsgId::StepFinishText) }</p> },
        StepId::AddPeople => html! {
            <p><Sentence msg={MsgId::StepAddPeopleText} link={Link::RbacOverview} link_text={MsgId::LinkRbacOverview} /></p>
        },
    }
}

#[derive(Properties, PartialEq)]
struct DoneProps {
    /// Whether the reader has finished (the panel is on screen).
    current: bool,
}

/// The panel after Finish: what the reader has now, and the article's next steps and help.
#[function_component(Done)]
fn done(props: &DoneProps) -> Html {
    let locale = use_locale();
    html! {
        <div class={classes!("asg-step", "asg-done", props.current.then_some("is-current"))} data-step-panel="done">
            <h3 class="asg-h3">{ t(locale, MsgId::DoneHeading) }</h3>
            <p>{ t(locale, MsgId::DoneText) }</p>
            <p><Sentence msg={MsgId::PortalText} link={Link::Portal} link_text={MsgId::LinkPortal} /></p>
            <h4 class="asg-h4">{ t(locale, MsgId::NextStepsHeading) }</h4>
            <ul class="asg-list">
                <li><Sentence msg={MsgId::NextStepsRbac} link={Link::RbacAssign} link_text={MsgId::LinkRbacAssign} /></li>
                <li><Sentence msg={MsgId::AlreadyBoth} link={Link::AssociateTenant} link_text={MsgId::LinkAssociate} /></li>
                <li><Sentence msg={MsgId::HelpText} link={Link::SupportRequest} link_text={MsgId::LinkSupport} /></li>
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_keys_follow_reading_order() {
        assert_eq!(key_event("ArrowRight", Direction::Ltr), Some(Event::Next));
        assert_eq!(key_event("ArrowLeft", Direction::Ltr), Some(Event::Back));
        assert_eq!(key_event("ArrowLeft", Direction::Rtl), Some(Event::Next));
        assert_eq!(key_event("ArrowRight", Direction::Rtl), Some(Event::Back));
        assert_eq!(key_event("Home", Direction::Ltr), Some(Event::First));
        assert_eq!(key_event("End", Direction::Rtl), Some(Event::Last));
        assert_eq!(key_event("a", Direction::Ltr), None);
    }

    #[test]
    fn announcements_name_the_step() {
        let state = State { current: StepId::SignIn, ..State::default() };
        assert_eq!(announcement(Locale::SvSe, &state), "Steg 2 av 3: \u{2068}Logga in\u{2069}");
        let optional = State { current: StepId::AddPeople, ..State::default() };
        assert!(announcement(Locale::EnUs, &optional).starts_with("Optional step: "));
    }
}
