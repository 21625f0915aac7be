//! Finds `{{#azure-signup-guide …}}` directives in a chapter's Markdown and checks their
//! options: pure text in, typed directives or a located error out.

use azure_signup_guide::domain::ScenarioId;
use azure_signup_guide::i18n::Locale;
use azure_signup_guide::ui::{Theme, View};
use azure_signup_guide::walkthrough::StepId;
use std::fmt;

/// What opens a directive; `\{{#azure-signup-guide}}` is the escaped, literal form.
pub(crate) const OPEN: &str = "{{#azure-signup-guide";
const CLOSE: &str = "}}";

/// A directive's options, each checked; `None` means the element's default.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Options {
    /// The guide's language; else the book's.
    pub lang: Option<Locale>,
    pub view: Option<View>,
    pub step: Option<StepId>,
    pub scenario: Option<ScenarioId>,
    pub theme: Option<Theme>,
}

/// One part of a chapter: text kept as it is, or a directive to expand.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Part<'a> {
    Text(&'a str),
    /// A directive standing on `line` (1-based) of the chapter.
    Guide {
        line: usize,
        options: Options,
    },
}

/// Why a chapter's directive cannot be expanded, with its 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DirectiveError {
    pub line: usize,
    pub problem: String,
}

impl fmt::Display for DirectiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// The chapter split into text and directives. Directives inside code blocks (fenced or
/// indented, as CommonMark reads them: pulldown-cmark decides, so a four-space line in a
/// list item is still the item's text) and escaped ones (`\{{#azure-signup-guide}}`,
/// written out without the backslash) stay text; every other one must stand on a line of
/// its own and have only known options.
pub(crate) fn parse(chapter: &str) -> Result<Vec<Part<'_>>, DirectiveError> {
    let code = code_blocks(chapter);
    let mut parts = Vec::new();
    let mut start = 0;
    for (index, line) in chapter.split_inclusive('\n').enumerate() {
        let end = start + line.len();
        // An indented block's range starts after its indentation, so any overlap counts.
        let in_code = code.iter().any(|block| block.start < end && start < block.end);
        start = end;
        if in_code || !line.contains(OPEN) {
            parts.push(Part::Text(line));
            continue;
        }
        parts.extend(parse_line(line, index + 1)?);
    }
    Ok(parts)
}

/// The byte ranges of the chapter's code blocks, fences included.
fn code_blocks(chapter: &str) -> Vec<std::ops::Range<usize>> {
    use pulldown_cmark::{Event, Parser, Tag};
    Parser::new(chapter)
        .into_offset_iter()
        .filter_map(|(event, range)| matches!(event, Event::Start(Tag::CodeBlock(_))).then_some(range))
        .collect()
}

/// One line holding `OPEN`: escaped directives become text; a real one must be the line.
fn parse_line(line: &str, number: usize) -> Result<Vec<Part<'_>>, DirectiveError> {
    let fail = |problem: String| DirectiveError { line: number, problem };
    let mut parts = Vec::new();
    let mut rest = line;
    let mut found: Option<Options> = None;
    while let Some(at) = rest.find(OPEN) {
        if rest[..at].ends_with('\\') {
            // Escaped: the text up to the backslash, then the directive's text as it is.
            parts.push(Part::Text(&rest[..at - 1]));
            let end = rest[at..].find(CLOSE).map_or(rest.len(), |e| at + e + CLOSE.len());
            parts.push(Part::Text(&rest[at..end]));
            rest = &rest[end..];
            continue;
        }
        let body_start = at + OPEN.len();
        let Some(close) = rest[body_start..].find(CLOSE) else {
            return Err(fail(format!("`{OPEN}` has no closing `}}}}` on its line")));
        };
        let (before, after) = (&rest[..at], &rest[body_start + close + CLOSE.len()..]);
        if before.trim_start().starts_with('>') && after.trim().is_empty() && found.is_none() {
            return Err(fail(format!("`{OPEN} …}}}}` cannot stand in a blockquote: put it on a line of its own")));
        }
        if !before.trim().is_empty() || !after.trim().is_empty() || found.is_some() {
            return Err(fail(format!("`{OPEN} …}}}}` must stand on a line of its own")));
        }
        let body = &rest[body_start..body_start + close];
        if body.chars().next().is_some_and(|c| !c.is_whitespace()) {
            return Err(fail(format!("unknown directive `{{{{#azure-signup-guide{body}}}}}`")));
        }
        found = Some(parse_options(body).map_err(fail)?);
        rest = "";
    }
    match found {
        Some(options) => Ok(vec![Part::Guide { line: number, options }]),
        None => {
            parts.push(Part::Text(rest));
            Ok(parts)
        }
    }
}

/// `text` as an error message echoes it: at most 60 characters, then "…" (a 1 MB option
/// value is not printed whole into the author's terminal).
pub(crate) fn cut(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// `key=value` pairs separated by spaces; values may be in double quotes.
fn parse_options(body: &str) -> Result<Options, String> {
    let mut options = Options::default();
    let mut seen: Vec<&str> = Vec::new();
    for pair in body.split_whitespace() {
        let Some((key, value)) = pair.split_once('=') else {
            return Err(format!(
                "`{}` is not an option: write key=value (lang, view, step, scenario, theme)",
                cut(pair)
            ));
        };
        if value.starts_with('\'') {
            return Err(format!("`{}`: write the value as it is or in double quotes, not single ones", cut(pair)));
        }
        let value = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(value);
        let shown = cut(value);
        if seen.contains(&key) {
            return Err(format!("option `{key}` is given twice"));
        }
        seen.push(key);
        match key {
            // The element's own matcher (`sv`, `de-AT`, `zh-HK` are read as the guide reads them).
            "lang" => {
                options.lang = Some(Locale::closest(value).ok_or_else(|| {
                    let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
                    format!("`{key}={shown}`: no guide translation for it; the languages are {}", tags.join(", "))
                })?)
            }
            "view" => options.view = pick(&View::ALL, View::slug, key, value)?,
            // By name or by number (`step=2`), as the element takes it.
            "step" => {
                options.step = Some(StepId::from_slug(value).ok_or_else(|| {
                    let slugs: Vec<&str> = StepId::ALL.iter().map(|s| s.slug()).collect();
                    format!("`{key}={shown}`: step must be one of {} or a number from 1 to 5", slugs.join(", "))
                })?)
            }
            "scenario" => options.scenario = pick(&ScenarioId::ALL, ScenarioId::slug, key, value)?,
            "theme" => options.theme = pick(&Theme::ALL, Theme::slug, key, value)?,
            _ => {
                return Err(format!(
                    "unknown option `{}`: the options are lang, view, step, scenario and theme",
                    cut(key)
                ))
            }
        }
    }
    Ok(options)
}

/// The value named `value` among `all`, or the list of the values there are.
fn pick<T: Copy>(all: &[T], name: fn(T) -> &'static str, key: &str, value: &str) -> Result<Option<T>, String> {
    match all.iter().copied().find(|v| name(*v).eq_ignore_ascii_case(value)) {
        Some(found) => Ok(Some(found)),
        None => {
            let allowed: Vec<&str> = all.iter().map(|v| name(*v)).collect();
            Err(format!("`{key}={}`: {key} must be one of {}", cut(value), allowed.join(", ")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The options written back as a directive's text (`lang=sv-SE view=steps`).
    fn written(options: Options) -> String {
        let pairs = [
            ("lang", options.lang.map(Locale::tag)),
            ("view", options.view.map(View::slug)),
            ("step", options.step.map(StepId::slug)),
            ("scenario", options.scenario.map(ScenarioId::slug)),
            ("theme", options.theme.map(Theme::slug)),
        ];
        pairs.iter().filter_map(|(k, v)| v.map(|v| format!("{k}={v}"))).collect::<Vec<_>>().join(" ")
    }

    fn guides(chapter: &str) -> Vec<(usize, Options)> {
        parse(chapter)
            .unwrap()
            .into_iter()
            .filter_map(|p| match p {
                Part::Guide { line, options } => Some((line, options)),
                Part::Text(_) => None,
            })
            .collect()
    }

    fn error(chapter: &str) -> String {
        parse(chapter).unwrap_err().to_string()
    }

    #[test]
    fn a_bare_directive_takes_every_default() {
        assert_eq!(guides("# Title\n\n{{#azure-signup-guide}}\n"), vec![(3, Options::default())]);
    }

    #[test]
    fn options_are_read_and_checked() {
        let cases: &[(&str, Options)] = &[
            ("lang=sv-SE", Options { lang: Some(Locale::SvSe), ..Options::default() }),
            ("lang=\"ar-sa\"", Options { lang: Some(Locale::ArSa), ..Options::default() }),
            ("lang=sv", Options { lang: Some(Locale::SvSe), ..Options::default() }),
            ("step=2", Options { step: Some(StepId::SignIn), ..Options::default() }),
            ("lang=de-AT", Options { lang: Some(Locale::DeDe), ..Options::default() }),
            ("lang=zh-HK", Options { lang: Some(Locale::ZhTw), ..Options::default() }),
            (
                "lang=sv-SE view=steps step=sign-in",
                Options {
                    lang: Some(Locale::SvSe),
                    view: Some(View::Steps),
                    step: Some(StepId::SignIn),
                    ..Options::default()
                },
            ),
            (
                "  view=diagram   scenario=account-sprawl theme=dark ",
                Options {
                    view: Some(View::Diagram),
                    scenario: Some(ScenarioId::AccountSprawl),
                    theme: Some(Theme::Dark),
                    ..Options::default()
                },
            ),
        ];
        for (body, expected) in cases {
            let chapter = format!("{{{{#azure-signup-guide {body}}}}}\n");
            assert_eq!(guides(&chapter), vec![(1, *expected)], "{body}");
        }
    }

    #[test]
    fn bad_directives_fail_with_their_line_and_reason() {
        let cases = [
            ("a\n{{#azure-signup-guide colour=blue}}\n", "line 2: unknown option `colour`"),
            (
                "{{#azure-signup-guide lang=xx-YY}}",
                "line 1: `lang=xx-YY`: no guide translation for it; the languages are ar-SA, cs-CZ",
            ),
            (
                "\n\n{{#azure-signup-guide view=everything}}",
                "line 3: `view=everything`: view must be one of all, steps",
            ),
            ("{{#azure-signup-guide step=7}}", "line 1: `step=7`: step must be one of sign-up, sign-in"),
            ("{{#azure-signup-guide scenario=x}}", "line 1: `scenario=x`: scenario must be one of recommended"),
            ("{{#azure-signup-guide theme=blue}}", "line 1: `theme=blue`: theme must be one of light, dark, auto"),
            ("{{#azure-signup-guide view=steps view=all}}", "line 1: option `view` is given twice"),
            ("{{#azure-signup-guide steps}}", "line 1: `steps` is not an option"),
            ("{{#azure-signup-guide lang=sv-SE\n}}", "line 1: `{{#azure-signup-guide` has no closing `}}`"),
            ("Se {{#azure-signup-guide}} här", "line 1: `{{#azure-signup-guide …}}` must stand on a line of its own"),
            (
                "> {{#azure-signup-guide}}",
                "line 1: `{{#azure-signup-guide …}}` cannot stand in a blockquote: put it on a line of its own",
            ),
            (
                "{{#azure-signup-guide view='steps'}}",
                "line 1: `view='steps'`: write the value as it is or in double quotes, not single ones",
            ),
            (
                "{{#azure-signup-guide}}{{#azure-signup-guide}}",
                "line 1: `{{#azure-signup-guide …}}` must stand on a line",
            ),
            ("{{#azure-signup-guides}}", "line 1: unknown directive `{{#azure-signup-guides}}`"),
        ];
        for (chapter, expected) in cases {
            let message = error(chapter);
            assert!(message.starts_with(expected), "{chapter:?}: got {message:?}, want {expected:?}");
        }
    }

    #[test]
    fn a_huge_option_value_is_cut_in_the_error() {
        let huge = "x".repeat(1_000_000);
        for chapter in
            [format!("{{{{#azure-signup-guide view={huge}}}}}"), format!("{{{{#azure-signup-guide {huge}}}}}")]
        {
            let message = error(&chapter);
            assert!(message.len() < 300, "{} bytes", message.len());
            assert!(message.contains(&format!("{}…", "x".repeat(60))), "{message:.120}");
        }
    }

    #[test]
    fn code_blocks_and_escapes_stay_text() {
        let chapter = "```markdown\n{{#azure-signup-guide colour=blue}}\n```\n\
                       ~~~~\n```\n{{#azure-signup-guide}}\n~~~~\n\
                       Write \\{{#azure-signup-guide lang=sv-SE}} on its own line.\n";
        let parts = parse(chapter).unwrap();
        assert!(parts.iter().all(|p| matches!(p, Part::Text(_))), "{parts:?}");
        let text: String = parts.iter().map(|p| if let Part::Text(t) = p { *t } else { "" }).collect();
        assert_eq!(text, chapter.replace("\\{{", "{{"));
    }

    #[test]
    fn indented_code_blocks_stay_text_and_list_items_do_not() {
        // Four spaces after a blank line: an indented code block, shown as written.
        let chapter = "Write this line:\n\n    {{#azure-signup-guide lang=sv-SE}}\n\nThen build.\n";
        assert!(parse(chapter).unwrap().iter().all(|p| matches!(p, Part::Text(_))));
        // Four spaces inside a list item: the item's own paragraph, so a directive.
        let chapter = "1. Steg ett\n\n    {{#azure-signup-guide view=steps}}\n";
        let guides = parse(chapter).unwrap().into_iter().filter(|p| matches!(p, Part::Guide { .. })).count();
        assert_eq!(guides, 1);
        // A fence inside a list item hides its directive too.
        let chapter = "- item\n\n  ```\n  {{#azure-signup-guide}}\n  ```\n";
        assert!(parse(chapter).unwrap().iter().all(|p| matches!(p, Part::Text(_))));
    }

    #[test]
    fn text_around_directives_is_kept_byte_for_byte() {
        let chapter = "Före\n\n  {{#azure-signup-guide view=steps}}  \nEfter\n";
        let parts = parse(chapter).unwrap();
        assert_eq!(
            parts,
            vec![
                Part::Text("Före\n"),
                Part::Text("\n"),
                Part::Guide { line: 3, options: Options { view: Some(View::Steps), ..Options::default() } },
                Part::Text("Efter\n"),
            ]
        );
    }

    #[test]
    fn options_written_out_read_back_the_same() {
        let options = Options {
            lang: Some(Locale::JaJp),
            view: Some(View::Diagram),
            step: Some(StepId::Finish),
            scenario: Some(ScenarioId::ShareSubscription),
            theme: Some(Theme::Light),
        };
        let chapter = format!("{{{{#azure-signup-guide {}}}}}", written(options));
        assert_eq!(guides(&chapter), vec![(1, options)]);
    }

    mod fuzz {
        use super::*;
        use proptest::prelude::*;

        fn any_options() -> impl Strategy<Value = Options> {
            (
                prop::option::of(prop::sample::select(Locale::ALL.to_vec())),
                prop::option::of(prop::sample::select(View::ALL.to_vec())),
                prop::option::of(prop::sample::select(StepId::ALL.to_vec())),
                prop::option::of(prop::sample::select(ScenarioId::ALL.to_vec())),
                prop::option::of(prop::sample::select(Theme::ALL.to_vec())),
            )
                .prop_map(|(lang, view, step, scenario, theme)| Options {
                    lang,
                    view,
                    step,
                    scenario,
                    theme,
                })
        }

        /// Chapters shaped like the real thing: directives, near-misses, fences, escapes.
        fn chapter_like() -> impl Strategy<Value = String> {
            prop::collection::vec(
                prop_oneof![
                    ".*",
                    "(\\\\)?\\{\\{#azure-signup-guide( [a-z]{1,8}=\"?[a-zA-Z0-9-]{0,8}\"?){0,4}(\\}\\})?",
                    "(```|~~~~|    )[a-z]*",
                ],
                0..8,
            )
            .prop_map(|lines| lines.join("\n"))
        }

        proptest! {
            #[test]
            fn any_chapter_parses_or_fails_on_a_real_line(chapter in prop_oneof![".*", chapter_like()]) {
                match parse(&chapter) {
                    Ok(parts) => {
                        for part in parts {
                            if let Part::Guide { line, .. } = part {
                                prop_assert!(line >= 1 && line <= chapter.split('\n').count());
                            }
                        }
                    }
                    Err(e) => prop_assert!(e.line >= 1 && e.line <= chapter.split('\n').count(), "{e}"),
                }
            }

            #[test]
            fn written_options_read_back(options in any_options()) {
                let chapter = format!("{{{{#azure-signup-guide {}}}}}", written(options));
                prop_assert_eq!(parse(&chapter).unwrap(), vec![Part::Guide { line: 1, options }]);
            }
        }
    }
}
