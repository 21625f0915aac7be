//! What the walkthrough shows and where keyboard focus goes after each press: the
//! component's one state and its reducer, pure so the focus rules are tested natively.

use super::{transition, Action, State, StepId};
use crate::i18n::Direction;

/// Where a press came from; it decides where focus goes afterwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A tile of the step list (click or arrow key): focus follows to the new current tile.
    StepList,
    /// Back, Next, Finish, Start over: focus goes to the heading of what is now shown.
    Button,
}

/// The element that should get focus after a render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The step list's tile of this step.
    Tile(StepId),
    /// The heading of this step's panel.
    StepHeading(StepId),
    /// The heading of the completion panel.
    DoneHeading,
}

/// The walkthrough on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Screen {
    /// Where the reader is in the walkthrough.
    pub state: State,
    /// Where focus should go, with a counter so that asking twice for the same place
    /// (a tile pressed twice) is still a new request.
    pub focus: Option<(Focus, u32)>,
    /// True once the reader changed something: only their own changes are announced.
    pub announce: bool,
}

impl Screen {
    /// The walkthrough as it opens: nothing focused, nothing announced.
    pub fn new(state: State) -> Screen {
        Screen { state, focus: None, announce: false }
    }

    /// The screen after `event` pressed at `origin`. A press that changes nothing keeps
    /// everything as it is (no focus move, no announcement).
    pub fn press(self, event: Action, origin: Origin) -> Screen {
        let state = transition(self.state, event);
        if state == self.state {
            return self;
        }
        let focus = match origin {
            Origin::StepList => Some(Focus::Tile(state.current)),
            Origin::Button if state.finished => Some(Focus::DoneHeading),
            Origin::Button => Some(Focus::StepHeading(state.current)),
        };
        let counter = self.focus.map_or(0, |(_, n)| n.wrapping_add(1));
        Screen { state, focus: focus.map(|f| (f, counter)).or(self.focus), announce: true }
    }
}

/// The step tab a key moves focus to from the tab of `from` (APG tabs: the forward and
/// backward arrows follow reading order and wrap around; Home and End). `None` for
/// other keys.
pub fn tile_key(key: &str, direction: Direction, from: StepId) -> Option<StepId> {
    let (forward, backward) = direction.arrows();
    let count = StepId::ALL.len();
    let index = match key {
        k if k == forward || k == "ArrowDown" => (from.index() + 1) % count,
        k if k == backward || k == "ArrowUp" => (from.index() + count - 1) % count,
        "Home" => 0,
        "End" => count - 1,
        _ => return None,
    };
    StepId::ALL.get(index).copied()
}

/// The option an arrow key moves to in a radio group of `all` (the arrows move and
/// choose together, wrapping around; forward and backward follow reading order), from the
/// focused or chosen one. `None` for other keys. The own-case box's radios carry no
/// shared `name`, so the guide moves them itself, the same in every browser. (A named
/// group does not keep a removed guide alive: the diagram's `asg-case` radios, 300
/// remounts of `view="all"`, left nodes, listeners and wasm memory flat.)
pub fn radio_key<T: Copy + PartialEq>(key: &str, direction: Direction, all: &[T], from: Option<T>) -> Option<T> {
    let (forward, backward) = direction.arrows();
    let at = from.and_then(|c| all.iter().position(|a| *a == c));
    let count = all.len().max(1);
    let index = match key {
        k if k == forward || k == "ArrowDown" => at.map_or(0, |i| (i + 1) % count),
        k if k == backward || k == "ArrowUp" => at.map_or(count - 1, |i| (i + count - 1) % count),
        _ => return None,
    };
    all.get(index).copied()
}

/// How much of the bar is filled, as (filled, of): the label's "Step n of 3" as n of 3;
/// full on the optional step and once finished, where every required step is behind the reader.
pub fn bar(state: &State) -> (usize, usize) {
    let filled =
        if state.finished || state.current.is_optional() { StepId::REQUIRED } else { state.current.index() + 1 };
    (filled, StepId::REQUIRED)
}

/// Whether the step's tab shows a tick and is called done: the reader finished it.
pub fn is_done(state: &State, step: StepId) -> bool {
    state.passed & step.bit() != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Case;

    fn at(step: StepId) -> Screen {
        Screen::new(State { current: step, ..State::default() })
    }

    fn focus_after(from: Screen, event: Action, origin: Origin) -> Option<Focus> {
        from.press(event, origin).focus.map(|(f, _)| f)
    }

    #[test]
    fn buttons_send_focus_to_the_heading_of_what_is_shown() {
        use StepId::*;
        assert_eq!(focus_after(at(SignUp), Action::Next, Origin::Button), Some(Focus::StepHeading(SignIn)));
        assert_eq!(focus_after(at(SignIn), Action::Back, Origin::Button), Some(Focus::StepHeading(SignUp)));
        assert_eq!(focus_after(at(Finish), Action::Next, Origin::Button), Some(Focus::StepHeading(AddPeople)));
        assert_eq!(focus_after(at(Finish), Action::Finish, Origin::Button), Some(Focus::DoneHeading));
        let done = at(Finish).press(Action::Finish, Origin::Button);
        assert_eq!(focus_after(done, Action::Restart, Origin::Button), Some(Focus::StepHeading(SignUp)));
        assert_eq!(focus_after(done, Action::Back, Origin::Button), Some(Focus::StepHeading(Finish)));
    }

    #[test]
    fn the_step_list_keeps_focus_on_its_tiles() {
        use StepId::*;
        assert_eq!(focus_after(at(SignUp), Action::GoTo(Finish), Origin::StepList), Some(Focus::Tile(Finish)));
        assert_eq!(focus_after(at(SignIn), Action::GoTo(SignUp), Origin::StepList), Some(Focus::Tile(SignUp)));
    }

    #[test]
    fn a_press_that_changes_nothing_moves_nothing() {
        let start = at(StepId::SignUp);
        assert_eq!(start.press(Action::Back, Origin::Button), start);
        assert!(!start.press(Action::Back, Origin::Button).announce);
    }

    #[test]
    fn the_same_place_asked_twice_is_a_new_request() {
        let first = at(StepId::SignUp).press(Action::Next, Origin::Button);
        let again = first.press(Action::Back, Origin::Button).press(Action::Next, Origin::Button);
        assert_eq!(first.focus.map(|f| f.0), again.focus.map(|f| f.0));
        assert_ne!(first.focus, again.focus);
    }

    #[test]
    fn only_the_readers_changes_are_announced() {
        assert!(!at(StepId::SignIn).announce);
        assert!(at(StepId::SignUp).press(Action::Next, Origin::Button).announce);
    }

    #[test]
    fn tab_keys_follow_reading_order_and_wrap_around() {
        use StepId::*;
        let cases: &[(&str, bool, StepId, Option<StepId>)] = &[
            ("ArrowRight", false, SignUp, Some(SignIn)),
            ("ArrowLeft", false, SignIn, Some(SignUp)),
            ("ArrowLeft", true, SignUp, Some(SignIn)),
            ("ArrowRight", true, SignIn, Some(SignUp)),
            ("ArrowDown", false, Finish, Some(AddPeople)),
            ("ArrowUp", true, Finish, Some(SignIn)),
            ("ArrowRight", false, AddPeople, Some(Check)),
            ("ArrowRight", false, Check, Some(SignUp)),
            ("ArrowLeft", false, SignUp, Some(Check)),
            ("ArrowLeft", true, Check, Some(SignUp)),
            ("Home", false, Finish, Some(SignUp)),
            ("End", true, SignUp, Some(Check)),
            ("Enter", false, SignUp, None),
            ("a", false, SignUp, None),
        ];
        for (key, rtl, from, expected) in cases {
            let direction = if *rtl { Direction::Rtl } else { Direction::Ltr };
            assert_eq!(tile_key(key, direction, *from), *expected, "{key} rtl={rtl} from {from:?}");
        }
    }

    #[test]
    fn arrows_move_through_a_radio_group_and_wrap() {
        use Case::*;
        let all = Case::ALL;
        let cases: &[(&str, bool, Option<Case>, Option<Case>)] = &[
            ("ArrowDown", false, Some(SameDirectory), Some(Personal)),
            ("ArrowRight", false, Some(Unknown), Some(SameDirectory)),
            ("ArrowUp", false, Some(SameDirectory), Some(Unknown)),
            ("ArrowLeft", true, Some(Personal), Some(OtherOrganization)),
            ("ArrowRight", true, Some(Personal), Some(SameDirectory)),
            ("ArrowDown", false, None, Some(SameDirectory)),
            ("ArrowUp", false, None, Some(Unknown)),
            ("Home", false, Some(Personal), None),
            (" ", false, None, None),
        ];
        for (key, rtl, from, expected) in cases {
            let direction = if *rtl { Direction::Rtl } else { Direction::Ltr };
            assert_eq!(radio_key(key, direction, &all, *from), *expected, "{key} rtl={rtl} from {from:?}");
        }
        assert_eq!(radio_key::<Case>("ArrowDown", Direction::Ltr, &[], None), None, "an empty group");
    }

    #[test]
    fn the_bar_shows_what_the_label_says() {
        use StepId::*;
        for (step, filled) in [(SignUp, 1), (SignIn, 2), (Finish, 3), (AddPeople, 3), (Check, 3)] {
            let state = State { current: step, ..State::default() };
            assert_eq!(bar(&state), (filled, 3), "{step:?}");
            if let Some((n, total)) = crate::walkthrough::progress(&state) {
                assert_eq!((n, total), bar(&state), "label and bar agree on {step:?}");
            }
        }
        assert_eq!(bar(&State { current: Finish, finished: true, ..State::default() }), (3, 3));
    }

    #[test]
    fn ticks_mark_the_steps_the_reader_finished() {
        use StepId::*;
        let ticked = |state: &State| StepId::ALL.into_iter().filter(|s| is_done(state, *s)).collect::<Vec<_>>();
        let walked = at(SignUp).press(Action::Next, Origin::Button).press(Action::Next, Origin::Button);
        assert_eq!(ticked(&walked.state), [SignUp, SignIn]);
        let finished = walked.press(Action::Finish, Origin::Button);
        assert_eq!(ticked(&finished.state), [SignUp, SignIn, Finish]);
        // Moving through the step list finishes nothing, and End does not tick the skipped steps.
        let jumped = at(SignUp).press(Action::GoTo(SignIn), Origin::StepList).press(Action::Last, Origin::StepList);
        assert_eq!(ticked(&jumped.state), []);
    }
}
