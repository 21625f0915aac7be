//! The reader's progress as saved in storage ([`Progress`]: the walkthrough's state and
//! the reader's own case) and a step as named in a URL fragment.
//!
//! Saved form: `v1;step=sign-in;done=0;passed=1;case=personal` (fields in any order;
//! `passed` is the finished steps' bits, read as the steps behind the reader when an
//! older value has none; `case` optional: only the reader's derived case, never an
//! address). An `account=one|several`
//! from the earlier step-2 question is read and dropped. Anything else is refused with a
//! reason, never a panic.

use super::{State, StepId};
use crate::domain::Case;

/// The fragment key that opens a step: `#azure-signup-guide=sign-in`.
pub const FRAGMENT_KEY: &str = "azure-signup-guide";

/// Longest saved value we read; anything larger is foreign data.
pub const MAX_SAVED_LEN: usize = 200;

/// The saved form's version, its first field.
pub const SAVED_VERSION: &str = "v1";

/// The storage key's start: the page's path, a colon and the instance follow
/// (`src/embed.rs`, `storage_key`).
pub const STORAGE_PREFIX: &str = "azure-signup-guide:v1:";

/// The values of the earlier step-2 question's `account` field, read and dropped.
pub const OLD_ACCOUNT_VALUES: [&str; 2] = ["one", "several"];

/// Why saved data was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Longer than [`MAX_SAVED_LEN`]; the length in bytes.
    TooLong(usize),
    /// Does not start with [`SAVED_VERSION`].
    UnknownVersion,
    /// A field that is unknown or has an unknown value; its first 40 characters.
    BadField(String),
    /// No `step` field.
    MissingStep,
}

impl std::fmt::Display for SavedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SavedError::TooLong(n) => write!(f, "saved progress is {n} bytes long, more than {MAX_SAVED_LEN}"),
            SavedError::UnknownVersion => write!(f, "saved progress is not in the v1 format"),
            // Quoted by hand: `{:?}` would bring Debug's escaping tables into the wasm.
            SavedError::BadField(field) => {
                write!(f, "saved progress has an unknown field {}", crate::i18n::quote(field))
            }
            SavedError::MissingStep => write!(f, "saved progress names no step"),
        }
    }
}

/// What is saved for a guide: where the reader is in the walkthrough, and their own case
/// (step 2's prediction or choice, never the addresses it came from). The walkthrough owns
/// `walk`; the case is the guide's, shown by step 2 and drawn by the diagram.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// The walkthrough's state.
    pub walk: State,
    /// The reader's own case.
    pub case: Option<Case>,
}

impl Progress {
    /// The progress once the page's `case` attribute went from `before` to `given`: a case
    /// given (another guide's, or the author's) is this guide's; one taken away (the
    /// addresses that gave it no longer read) clears it; absent all along, the saved one stays.
    pub fn with_page_case(self, before: Option<Case>, given: Option<Case>) -> Progress {
        if given.is_some() || before.is_some() {
            Progress { case: given, ..self }
        } else {
            self
        }
    }
}

/// The saved form of `progress`.
pub fn encode(progress: &Progress) -> String {
    let state = progress.walk;
    let mut out = format!(
        "{SAVED_VERSION};step={};done={};passed={}",
        state.current.slug(),
        u8::from(state.finished),
        state.passed
    );
    if let Some(case) = progress.case {
        out.push_str(";case=");
        out.push_str(case.slug());
    }
    out
}

/// Reads saved progress; corrupted or foreign data is an error to warn about.
pub fn decode(saved: &str) -> Result<Progress, SavedError> {
    if saved.len() > MAX_SAVED_LEN {
        return Err(SavedError::TooLong(saved.len()));
    }
    let mut fields = saved.split(';');
    if fields.next() != Some(SAVED_VERSION) {
        return Err(SavedError::UnknownVersion);
    }
    let mut step = None;
    let mut passed = None;
    let mut state = State::default();
    let mut case = None;
    for field in fields {
        let bad = || SavedError::BadField(field.chars().take(40).collect());
        let (key, value) = field.split_once('=').ok_or_else(bad)?;
        match (key, value) {
            ("step", v) => step = Some(StepId::ALL.into_iter().find(|s| s.slug() == v).ok_or_else(bad)?),
            ("done", "0") => state.finished = false,
            ("done", "1") => state.finished = true,
            ("passed", v) => passed = Some(read_passed(v).ok_or_else(bad)?),
            ("case", v) => case = Some(Case::ALL.into_iter().find(|c| c.slug() == v).ok_or_else(bad)?),
            ("account", v) if OLD_ACCOUNT_VALUES.contains(&v) => {}
            _ => return Err(bad()),
        }
    }
    state.current = step.ok_or(SavedError::MissingStep)?;
    // A finished walkthrough always rests on a step where finishing is allowed.
    if state.finished && state.current < StepId::Finish {
        state.finished = false;
    }
    // Before `passed` was saved, the steps behind the reader were the finished ones.
    state.passed = passed.unwrap_or_else(|| {
        StepId::ALL
            .into_iter()
            .filter(|s| *s < state.current || (state.finished && *s == state.current))
            .fold(0, |bits, s| bits | s.bit())
    });
    Ok(Progress { walk: state, case })
}

/// Every step's bit: the largest `passed` value.
pub fn passed_mask() -> u8 {
    StepId::ALL.into_iter().fold(0u8, |bits, s| bits | s.bit())
}

/// A `passed` value: decimal digits naming only steps that exist (no sign, no padding).
fn read_passed(value: &str) -> Option<u8> {
    let all = passed_mask();
    let canonical = value.bytes().all(|b| b.is_ascii_digit()) && (value == "0" || !value.starts_with('0'));
    let bits: u8 = if canonical && value.len() <= 2 { value.parse().ok()? } else { return None };
    (bits & !all == 0).then_some(bits)
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
                    for passed in [0, StepId::SignUp.bit(), 0b11111] {
                        let finished = finished && step >= StepId::Finish;
                        let progress = Progress { walk: State { current: step, finished, passed }, case: choice };
                        assert_eq!(decode(&encode(&progress)), Ok(progress));
                    }
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
            ("v1;step=sign-in;passed=32", SavedError::BadField("passed=32".into())),
            ("v1;step=sign-in;passed=03", SavedError::BadField("passed=03".into())),
            ("v1;step=sign-in;passed=+3", SavedError::BadField("passed=+3".into())),
            ("v1;step=sign-in;passed=", SavedError::BadField("passed=".into())),
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
        let walk = State { current: StepId::SignIn, finished: false, passed: 1 };
        let progress = Progress { walk, case: Some(Case::Personal) };
        assert_eq!(encode(&progress), "v1;step=sign-in;done=0;passed=1;case=personal");
        let old = decode("v1;step=sign-in;done=0;account=several").expect("the earlier form reads");
        assert_eq!(old, Progress { walk, case: None }, "without `passed`, the steps behind are finished");
        let finished = decode("v1;step=add-people;done=1").expect("the earlier form reads");
        assert_eq!(finished.walk.passed, 0b1111);
    }

    #[test]
    fn finished_on_an_early_step_is_repaired_not_trusted() {
        let progress = decode("v1;step=sign-up;done=1").expect("valid fields");
        assert!(!progress.walk.finished);
    }

    #[test]
    fn the_pages_case_is_the_guides_and_taking_it_away_clears_it() {
        let saved = Progress { case: Some(Case::Personal), ..Progress::default() };
        let given = Some(Case::OtherOrganization);
        // Absent all along: the saved case stays.
        assert_eq!(saved.with_page_case(None, None), saved);
        // Given: it is this guide's, over the saved one, and when it changes.
        assert_eq!(saved.with_page_case(None, given).case, given);
        assert_eq!(saved.with_page_case(Some(Case::SameDirectory), given).case, given);
        // Taken away after it was given: cleared.
        assert_eq!(saved.with_page_case(given, None).case, None);
        // The walkthrough is never touched.
        let walked = Progress { walk: State { current: StepId::Finish, finished: true, passed: 7 }, ..saved };
        assert_eq!(walked.with_page_case(None, given).walk, walked.walk);
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
