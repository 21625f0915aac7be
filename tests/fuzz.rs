//! Property tests for everything that parses outside input: saved progress, URL
//! fragments, attribute values, language tags, email addresses; and the walkthrough's transitions, the
//! illustrations' text wrapping and the diagram's figure state under any input. None may
//! panic; each keeps its invariants.
//!
//! The suite runs the default number of cases; `scripts/fuzz` runs many more
//! (`PROPTEST_CASES`), for minutes, and prints the figures.
#![cfg(not(target_arch = "wasm32"))]

use azure_signup_guide::domain::prediction::{predict, Case};
use azure_signup_guide::domain::text_fit::{text_width, wrap};
use azure_signup_guide::domain::{play, NodeId, ScenarioId};
use azure_signup_guide::i18n::{negotiate, LanguageHints, Locale};
use azure_signup_guide::scene::{FigureAction, FigureState};
use azure_signup_guide::ui::View;
use azure_signup_guide::walkthrough::{decode, encode, parse_fragment, transition, Action, Progress, State, StepId};
use proptest::prelude::*;

fn any_step() -> impl Strategy<Value = StepId> {
    prop::sample::select(StepId::ALL.to_vec())
}

fn any_event() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Next),
        Just(Action::Back),
        Just(Action::First),
        Just(Action::Last),
        Just(Action::Finish),
        Just(Action::Restart),
        any_step().prop_map(Action::GoTo),
    ]
}

/// Strings shaped like saved progress, so the parser's deeper paths are reached.
fn saved_like() -> impl Strategy<Value = String> {
    "(v1|v2|)(;(step|done|account|case|x)=(sign-in|sign-up|finish|add-people|check|one|several|same|personal|other|unknown|0|1|<b>|[a-z0-9-]{0,10})){0,6}"
}

proptest! {
    #[test]
    fn saved_progress_never_panics_and_round_trips(input in prop_oneof![".*", saved_like()]) {
        if let Ok(progress) = decode(&input) {
            prop_assert!(!progress.walk.finished || progress.walk.current >= StepId::Finish);
            prop_assert_eq!(decode(&encode(&progress)), Ok(progress));
        }
    }

    #[test]
    fn fragments_and_attribute_values_never_panic(input in ".*") {
        let _ = parse_fragment(&input);
        let _ = parse_fragment(&format!("#azure-signup-guide={input}"));
        let _ = StepId::from_slug(&input);
        let _ = ScenarioId::from_slug(&input);
        let _ = View::from_attr(&input);
    }

    #[test]
    fn negotiation_always_picks_a_shipped_locale(
        attribute in prop::option::of(".{0,40}"),
        ancestor in prop::option::of("[a-zA-Z_<>-]{0,12}"),
        path in "(/[a-zA-Z-]{0,8}){0,4}",
        navigator in prop::collection::vec("[a-zA-Z-]{0,8}", 0..4),
    ) {
        let hints = LanguageHints { attribute: attribute.as_deref(), ancestor: ancestor.as_deref(), path: &path, navigator: &navigator };
        let negotiated = negotiate(&hints);
        prop_assert!(Locale::ALL.contains(&negotiated.locale));
        // Each rejected value is cut to 40 characters and escaped (up to 10 bytes each),
        // so however long the input, the console line stays short.
        if let Some(warning) = negotiated.warning {
            prop_assert!(warning.len() < 1200, "warning of {} bytes", warning.len());
        }
    }

    #[test]
    fn any_sequence_of_events_keeps_the_walkthrough_valid(events in prop::collection::vec(any_event(), 0..60)) {
        let mut state = State::default();
        for event in events {
            state = transition(state, event);
            prop_assert!(!state.finished || state.current >= StepId::Finish, "{:?}", state);
            let progress = Progress { walk: state, case: None };
            prop_assert_eq!(decode(&encode(&progress)), Ok(progress));
        }
    }

    #[test]
    fn any_two_addresses_give_a_case_and_never_panic(
        a in prop_oneof![".*", "[a-zA-Z0-9.]{0,8}@[a-zA-Z0-9-]{0,8}(\\.[a-zA-Z]{0,3}){0,3}\\.?"],
        b in prop_oneof![".*", "[a-zA-Z0-9.]{0,8}@[a-zA-Z0-9-]{0,8}(\\.[a-zA-Z]{0,3}){0,3}\\.?"],
    ) {
        let p = predict(&a, &b);
        prop_assert!(p.unreadable.is_none() || p.case == Case::Unknown, "{:?}", p);
        // Case and surrounding spaces never change the verdict.
        prop_assert_eq!(predict(&format!(" {} ", a.to_ascii_uppercase()), &b.to_ascii_uppercase()), p);
        // An address compared with itself is the same directory, unless it is personal or unreadable.
        let same = predict(&b, &b).case;
        prop_assert!(matches!(same, Case::SameDirectory | Case::Personal | Case::Unknown), "{:?}", same);
    }

    #[test]
    fn any_label_wraps_within_its_width(label in ".{0,120}", width in 20.0f32..400.0) {
        for line in wrap(&label, width, 14.0) {
            // A single character wider than the line is the one thing wrapping cannot fix.
            prop_assert!(text_width(&line, 14.0) <= width || line.chars().count() == 1, "{:?}", line);
        }
    }

    #[test]
    fn any_figure_actions_keep_the_open_node_in_the_case(actions in prop::collection::vec(any_figure_action(), 0..40)) {
        let mut state = FigureState::new(ScenarioId::Recommended);
        for action in actions {
            state = state.reduce(action);
            if let Some(node) = state.open {
                let model = play(state.scenario).map_err(|e| TestCaseError::fail(format!("{e:?}")))?.model;
                prop_assert!(model.nodes().contains(&node), "{:?}", state);
            }
        }
    }
}

fn any_figure_action() -> impl Strategy<Value = FigureAction> {
    use azure_signup_guide::domain::{DirectoryId, SubscriptionId, UserId};
    let node = prop_oneof![
        (0usize..4).prop_map(|i| NodeId::Directory(DirectoryId(i))),
        (0usize..4).prop_map(|i| NodeId::User(UserId(i))),
        (0usize..4).prop_map(|i| NodeId::Subscription(SubscriptionId(i))),
    ];
    prop_oneof![
        prop::sample::select(ScenarioId::ALL.to_vec()).prop_map(FigureAction::Choose),
        node.prop_map(FigureAction::Toggle),
        Just(FigureAction::Close),
    ]
}
