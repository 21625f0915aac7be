//! The signup walkthrough as a total, pure state machine, plus its saved form.
//!
//! `transition` never panics and does no I/O: an event that makes no sense in a
//! state leaves the state unchanged.

mod saved;
mod screen;

pub use saved::{
    decode, encode, parse_fragment, passed_mask, Progress, SavedError, FRAGMENT_KEY, MAX_SAVED_LEN, OLD_ACCOUNT_VALUES,
    SAVED_VERSION, STORAGE_PREFIX,
};
pub use screen::{bar, is_done, radio_key, tile_key, Focus, Origin, Screen};

/// The steps of the article's "get an Azure subscription" list, then the optional one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StepId {
    /// 1. Sign up at Azure.com.
    SignUp,
    /// 2. Sign in with your Microsoft 365 user name and password.
    SignIn,
    /// 3. Enter the required information and finish.
    Finish,
    /// Optional: add other people to the subscription.
    AddPeople,
    /// The guide's own help, not the article's: check in the portal where it landed.
    Check,
}

impl StepId {
    /// Every step, in order.
    pub const ALL: [StepId; 5] = [StepId::SignUp, StepId::SignIn, StepId::Finish, StepId::AddPeople, StepId::Check];

    /// How many steps are required (the optional one is not counted in "Step 2 of 3").
    pub const REQUIRED: usize = 3;

    /// Position in [`StepId::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether the reader may skip this step (the article's optional one, and the guide's own).
    pub fn is_optional(self) -> bool {
        matches!(self, StepId::AddPeople | StepId::Check)
    }

    /// Whether this step is the guide's own help rather than the article's text.
    pub fn is_guides_own(self) -> bool {
        self == StepId::Check
    }

    /// This step's bit in [`State::passed`].
    pub const fn bit(self) -> u8 {
        1 << self as u8
    }

    /// The stable name used in URLs, storage, attributes and events.
    pub const fn slug(self) -> &'static str {
        match self {
            StepId::SignUp => "sign-up",
            StepId::SignIn => "sign-in",
            StepId::Finish => "finish",
            StepId::AddPeople => "add-people",
            StepId::Check => "check",
        }
    }

    /// The step named by `slug`, or by its 1-based number.
    pub fn from_slug(slug: &str) -> Option<StepId> {
        let slug = slug.trim();
        StepId::ALL.into_iter().find(|s| s.slug().eq_ignore_ascii_case(slug)).or_else(|| {
            slug.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| StepId::ALL.get(i).copied())
        })
    }

    fn next(self) -> Option<StepId> {
        StepId::ALL.get(self.index() + 1).copied()
    }

    fn previous(self) -> Option<StepId> {
        self.index().checked_sub(1).and_then(|i| StepId::ALL.get(i).copied())
    }
}

/// Where the reader is in the walkthrough.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State {
    /// The step on screen.
    pub current: StepId,
    /// True once the reader chose Finish; the completion panel shows.
    pub finished: bool,
    /// The steps the reader finished (left with Next, or ended with Finish), one
    /// [`StepId::bit`] each: what the step list ticks and calls done. A step jumped over
    /// is not finished.
    pub passed: u8,
}

impl Default for State {
    fn default() -> Self {
        State { current: StepId::SignUp, finished: false, passed: 0 }
    }
}

/// What the reader can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Go on to the next step; the one left counts as finished.
    Next,
    /// Go back a step, or reopen the step the completion panel covers.
    Back,
    /// Jump to a step; steps jumped over are not finished.
    GoTo(StepId),
    /// Jump to the first step (Home).
    First,
    /// Jump to the last step (End).
    Last,
    /// End the walkthrough and show the completion panel (from the Finish step on).
    Finish,
    /// Start again from the first step, with nothing finished.
    Restart,
}

/// The next state. Total: impossible events return the state unchanged.
pub fn transition(state: State, event: Action) -> State {
    let at = |current| State { current, finished: false, ..state };
    let passed = state.passed | state.current.bit();
    match event {
        Action::Restart => State::default(),
        // While the completion panel shows, only Back and jumps reopen a step.
        Action::Back if state.finished => State { finished: false, ..state },
        Action::GoTo(step) => at(step),
        Action::First => at(StepId::SignUp),
        Action::Last => at(StepId::Check),
        _ if state.finished => state,
        Action::Next => state.current.next().map_or(state, |current| State { passed, ..at(current) }),
        Action::Back => state.current.previous().map_or(state, at),
        // Finishing makes sense once the required steps are behind the reader.
        Action::Finish if state.current >= StepId::Finish => State { finished: true, passed, ..state },
        Action::Finish => state,
    }
}

/// "Step n of N" for the required steps; `None` for the optional step.
pub fn progress(state: &State) -> Option<(usize, usize)> {
    (!state.current.is_optional()).then(|| (state.current.index() + 1, StepId::REQUIRED))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(step: StepId) -> State {
        State { current: step, ..State::default() }
    }

    fn check(from: State, event: Action, expected: State) {
        assert_eq!(transition(from, event), expected, "{from:?} --{event:?}-->");
    }

    #[test]
    fn next_and_back_walk_the_steps_and_stop_at_the_ends() {
        use StepId::*;
        let passed = |s: StepId, p: &[StepId]| State { passed: p.iter().fold(0, |m, s| m | s.bit()), ..at(s) };
        check(at(SignUp), Action::Next, passed(SignIn, &[SignUp]));
        check(at(SignIn), Action::Next, passed(Finish, &[SignIn]));
        check(at(Finish), Action::Next, passed(AddPeople, &[Finish]));
        check(at(AddPeople), Action::Next, passed(Check, &[AddPeople]));
        check(at(Check), Action::Next, at(Check));
        check(passed(Check, &[SignUp]), Action::Back, passed(AddPeople, &[SignUp]));
        check(at(AddPeople), Action::Back, at(Finish));
        check(at(SignIn), Action::Back, at(SignUp));
        check(at(SignUp), Action::Back, at(SignUp));
        check(at(Finish), Action::First, at(SignUp));
        check(at(SignUp), Action::Last, at(Check));
    }

    #[test]
    fn jumps_reach_every_step_from_every_step() {
        for from in StepId::ALL {
            for to in StepId::ALL {
                check(at(from), Action::GoTo(to), at(to));
            }
        }
    }

    #[test]
    fn finish_only_after_the_required_steps() {
        use StepId::*;
        let done = |s: StepId| State { finished: true, passed: s.bit(), ..at(s) };
        check(at(SignUp), Action::Finish, at(SignUp));
        check(at(SignIn), Action::Finish, at(SignIn));
        check(at(Finish), Action::Finish, done(Finish));
        check(at(AddPeople), Action::Finish, done(AddPeople));
        // Once finished, Next and Finish do nothing; Back reopens the last step.
        check(done(Finish), Action::Next, done(Finish));
        check(done(Finish), Action::Finish, done(Finish));
        check(done(AddPeople), Action::Back, State { passed: AddPeople.bit(), ..at(AddPeople) });
        check(done(Finish), Action::GoTo(SignIn), State { passed: Finish.bit(), ..at(SignIn) });
    }

    #[test]
    fn only_finished_steps_are_done_never_the_ones_jumped_over() {
        use StepId::*;
        let walked = [Action::Next, Action::Next, Action::Finish].into_iter().fold(at(SignUp), transition);
        assert_eq!(walked.passed, SignUp.bit() | SignIn.bit() | Finish.bit());
        for jump in [Action::GoTo(Finish), Action::Last, Action::GoTo(AddPeople)] {
            assert_eq!(transition(at(SignUp), jump).passed, 0, "{jump:?} finishes nothing");
        }
        let jumped = [Action::GoTo(Finish), Action::Finish].into_iter().fold(at(SignUp), transition);
        assert_eq!(jumped.passed, Finish.bit(), "only the step finished on");
    }

    #[test]
    fn restart_forgets_everything() {
        let state = State { current: StepId::AddPeople, finished: true, passed: 0b111 };
        check(state, Action::Restart, State::default());
    }

    #[test]
    fn progress_counts_required_steps_only() {
        assert_eq!(progress(&at(StepId::SignUp)), Some((1, 3)));
        assert_eq!(progress(&at(StepId::Finish)), Some((3, 3)));
        assert_eq!(progress(&at(StepId::AddPeople)), None);
        assert_eq!(progress(&at(StepId::Check)), None);
    }

    #[test]
    fn steps_are_found_by_slug_or_number() {
        let cases: &[(&str, Option<StepId>)] = &[
            ("sign-in", Some(StepId::SignIn)),
            ("SIGN-UP", Some(StepId::SignUp)),
            (" finish ", Some(StepId::Finish)),
            ("2", Some(StepId::SignIn)),
            ("4", Some(StepId::AddPeople)),
            ("0", None),
            ("5", Some(StepId::Check)),
            ("check", Some(StepId::Check)),
            ("6", None),
            ("-1", None),
            ("99999999999999999999999", None),
            ("", None),
            ("<img src=x>", None),
        ];
        for (slug, expected) in cases {
            assert_eq!(StepId::from_slug(slug), *expected, "{slug:?}");
        }
    }
}
