// The markers of the compiled message patterns, shared by `build.rs`, which writes them,
// and `src/i18n/pattern.rs`, which reads them (both `include!` this file). Literal text
// never contains U+0001..U+0007 nor U+001E; build.rs rejects a message that does.

/// Before a variable's name.
const VAR: char = '\u{1}';
/// After a variable's name.
const VAR_END: char = '\u{2}';
/// Before a selection's variable.
const SELECT: char = '\u{3}';
/// After a selection's variable, before its arms.
const ARMS: char = '\u{4}';
/// After an arm's key, before its body.
const ARM_BODY: char = '\u{5}';
/// After an arm's body.
const ARM_END: char = '\u{6}';
/// After a selection's last arm.
const SELECT_END: char = '\u{7}';
/// Before the key of the default arm.
const DEFAULT_ARM: char = '*';
/// Between the records of a catalog file (its header, then one message per `MsgId`).
const RECORD: char = '\u{1e}';
