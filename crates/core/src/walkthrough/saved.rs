//! The walkthrough state as saved in storage and as named in a URL fragment.
//!
//! Saved form: `v1;step=sign-in;done=0;case=personal` (fields in any order, `case`
//! optional: only the reader's derived case, never an address). An `account=one|several`
//! from the earlier step-2 question is read and dropped. Anything else is refused with a
//! reason, never a panic.

use super::{State, StepId};
use crate::domain::Case;

/// The fragment key that opens a step: `#azure-signup-guide=sign-in`.
pub const FRAGMENT_KEY: &str = "azure-signup-guide";

/// Longest saved value we read; anything larger is foreign data.
pub const MAX_SAVED_LEN: usize = 200;

/// Why saved data was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    TooLong(usize),
    UnknownVersion,
    BadField(String),
    MissingStep,
}

impl std::fmt::Display for SavedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SavedError::TooLong(n) => write!(f, "saved progress is {n} bytes long, more than {MAX_SAVED_LEN}"),
            SavedError::UnknownVersion => write!(f, "saved progress is not in the v1 format"),
            SavedError::BadField(field) => write!(f, "saved progress has an unknown field {field:?}"),
            SavedError::MissingStep => write!(f, "saved progress names no step"),
        }
    }
}

/// The saved form of `state`.
pub fn encode(state: &State) -> String {
    let mut out = format!("v1;step={};done={}", state.current.slug(), u8::from(state.finished));
    if let Some(case) = state.case {
        out.push_str(";case=");
        out.push_str(case.slug());
    }
    out
}

/// Reads a saved state; corrupted or foreign data is an error to warn about.
pub fn decode(saved: &str) -> Result<State, SavedError> {
    if saved.len() > MAX_SAVED_LEN {
        return Err(SavedError::TooLong(saved.len()));
    }
    let mut fields = saved.split(';');
    if fields.next() != Some("v1") {
        return Err(SavedError::UnknownVersion);
    }
    let mut step = None;
    let mut state = State::default();
    for field in fields {
        let bad = || SavedError::BadField(field.chars().take(40).collect());
        let (key, value) = field.split_once('=').ok_or_else(bad)?;
        match (key, value) {
            ("step", v) => step = Some(StepId::ALL.into_iter().find(|s| s.slug() == v).ok_or_else(bad)?),
            ("done", "0") => state.finished = false,
            ("done", "1") => state.finished = true,
            ("case", v) => state.case = Some(Case::ALL.into_iter().find(|c| c.slug() == v).ok_or_else(bad)?),
            ("account", "one" | "several") => {}
            _ => return Err(bad()),
        }
    }
    state.current = step.ok_or(SavedError::MissingStep)?;
    // A finished walkthrough always rests on a step where finishing is allowed.
    if state.finished && state.current < StepId::Finish {
        state.finished = false;
    }
    Ok(state)
}

/// The step a URL fragment opens, if it is ours: `#azure-signup-guide=sign-in` or `=2`.
pub fn parse_fragment(fragment: &str) -> Option<StepId> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let value = fragment.strip_prefix(FRAGMENT_KEY)?.strip_prefix('=')?;
    StepId::from_slug(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_survives_a_round_trip() {
        for step in StepId::ALL {
            for finished in [false, true] {
                for choice in std::iter::once(None).chain(Case::ALL.into_iter().map(Some)) {
                    let state = State { current: step, finished: finished && step >= StepId::Finish, case: choice };
                    assert_eq!(decode(&encode(&state)), Ok(state));
                }
            }
        }
    }

    #[test]
    fn corrupted_or_foreign_data_is_refused() {
        let cases: &[(&str, SavedError)] = &[
            ("", SavedError::UnknownVersion),
            ("{\"step\":2}", SavedError::UnknownVersion),
            ("v2;step=sign-in", SavedError::UnknownVersion),
            ("v1", SavedError::MissingStep),
            ("v1;done=1", SavedError::MissingStep),
            ("v1;step=nowhere", SavedError::BadField("step=nowhere".into())),
            ("v1;step=sign-in;done=2", SavedError::BadField("done=2".into())),
            ("v1;step=sign-in;case=ada@contoso.com", SavedError::BadField("case=ada@contoso.com".into())),
            (
                "v1;step=sign-in;<img src=x onerror=alert(1)>",
                SavedError::BadField("<img src=x onerror=alert(1)>".into()),
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(decode(input), Err(expected.clone()), "{input:?}");
        }
        assert_eq!(decode(&"v1;".repeat(100)), Err(SavedError::TooLong(300)));
    }

    #[test]
    fn only_the_case_is_saved_and_the_old_answer_is_dropped() {
        let state = State { current: StepId::SignIn, finished: false, case: Some(Case::Personal) };
        assert_eq!(encode(&state), "v1;step=sign-in;done=0;case=personal");
        let old = decode("v1;step=sign-in;done=0;account=several").expect("the earlier form reads");
        assert_eq!(old, State { case: None, ..state });
    }

    #[test]
    fn finished_on_an_early_step_is_repaired_not_trusted() {
        let state = decode("v1;step=sign-up;done=1").expect("valid fields");
        assert!(!state.finished);
    }

    #[test]
    fn fragments_name_steps() {
        assert_eq!(parse_fragment("#azure-signup-guide=sign-in"), Some(StepId::SignIn));
        assert_eq!(parse_fragment("azure-signup-guide=3"), Some(StepId::Finish));
        assert_eq!(parse_fragment("#azure-signup-guide=9"), None);
        assert_eq!(parse_fragment("#sign-in"), None);
        assert_eq!(parse_fragment("#azure-signup-guidex=2"), None);
        assert_eq!(parse_fragment(""), None);
    }
}
