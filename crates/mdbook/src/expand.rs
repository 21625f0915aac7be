//! Turns a chapter's directives into the element with its prerendered copy: the guide's
//! own server renderer writes the HTML, so readers without scripts and mdBook's search get
//! the real text.

use crate::directive::{cut, parse, DirectiveError, Options, Part};
use azure_signup_guide::domain::ScenarioId;
use azure_signup_guide::i18n::Locale;
use azure_signup_guide::ui::{prerender_at, View};
use std::path::Path;

/// Where `install` puts the assets, under the book's source folder.
pub(crate) const ASSET_DIR: &str = "azure-signup-guide";

/// The chapter at `path` (relative to the book's source folder) with each directive
/// replaced by the guide, in `book_locale` unless the directive names a language. The
/// copy's stylesheet is linked from `site_url` (book.toml's `output.html.site-url`, checked
/// by `site_url`) where the book names it, else by a path relative to the chapter.
pub(crate) fn expand_chapter(
    content: &str,
    path: &Path,
    book_locale: Locale,
    site_url: Option<&str>,
) -> Result<String, DirectiveError> {
    let parts = parse(content)?;
    if parts.iter().all(|p| matches!(p, Part::Text(_))) {
        return Ok(content.to_owned());
    }
    // mdBook's print page gathers every chapter at the book's root and rewrites the paths
    // of links and images only: a relative stylesheet path from a chapter in a folder
    // misses there when the book is served under a sub-path. The site's own URL does not.
    let root = site_url.map_or_else(|| path_to_root(path), str::to_owned);
    let mut out = String::with_capacity(content.len());
    // The guide's headings go one below the chapter's last heading before it, as the live
    // guide reads them off the page, so the copy and the live guide are the same.
    let mut level = 0;
    for part in parts {
        match part {
            Part::Text(text) => {
                level = atx_level(text).unwrap_or(level);
                out.push_str(text);
            }
            Part::Guide { options, .. } => out.push_str(&element(&options, book_locale, &root, level + 1)),
        }
    }
    Ok(out)
}

/// The level of a Markdown heading line (`## Title`), if the text is one.
fn atx_level(text: &str) -> Option<u8> {
    let hashes = text.chars().take_while(|&c| c == '#').count();
    let heading = (1..=6).contains(&hashes) && text[hashes..].starts_with([' ', '\t', '\n']);
    heading.then_some(hashes as u8)
}

/// The book's `output.html.site-url` as the start of an attribute value, ending in `/`:
/// `None` when there is none; an error naming it when it cannot stand in an attribute
/// (quotes, angle brackets, white space), so the caller can say so and use relative paths.
pub(crate) fn site_url(configured: Option<&str>) -> Result<Option<String>, String> {
    let Some(url) = configured.map(str::trim).filter(|u| !u.is_empty()) else { return Ok(None) };
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`')) {
        return Err(format!("output.html.site-url {:?} cannot stand in a link; the guide's stylesheet is linked relative to each chapter", cut(url)));
    }
    Ok(Some(if url.ends_with('/') { url.to_owned() } else { format!("{url}/") }))
}

/// `../` once per folder the chapter is in: the way from its page back to the book's root.
fn path_to_root(path: &Path) -> String {
    let depth = path.parent().map_or(0, |p| p.components().count());
    "../".repeat(depth)
}

/// The element, its attributes and its prerendered shadow root, as one HTML block: a
/// blank line before (an HTML block of this kind cannot interrupt a paragraph), the open
/// tag alone on its first line (so Markdown takes the block as HTML), no blank line inside
/// (one would end the block), and a blank line after.
fn element(options: &Options, book_locale: Locale, root: &str, level: u8) -> String {
    let locale = options.lang.unwrap_or(book_locale);
    let view = options.view.unwrap_or(View::All);
    let scenario = options.scenario.unwrap_or(ScenarioId::Recommended);
    let body = prerender_at(locale, view, options.step, scenario, false, level).replace('\n', " ");
    let mut attributes = format!(" lang=\"{}\"", locale.tag());
    for (name, value) in [
        ("view", options.view.map(View::slug)),
        ("step", options.step.map(|s| s.slug())),
        ("scenario", options.scenario.map(ScenarioId::slug)),
        ("theme", options.theme.map(|t| t.slug())),
    ] {
        if let Some(value) = value {
            attributes.push_str(&format!(" {name}=\"{value}\""));
        }
    }
    format!(
        "\n<azure-signup-guide{attributes}>\n<template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"{root}{ASSET_DIR}/azure-signup-guide.css\">{body}</template></azure-signup-guide>\n\n"
    )
}

/// The shipped locale for the book's `language` (book.toml), with a note when there is
/// none that fits and the guide falls back.
pub(crate) fn book_locale(language: Option<&str>) -> (Locale, Option<String>) {
    match language.map(str::trim).filter(|l| !l.is_empty()) {
        None => (Locale::FALLBACK, None),
        Some(language) => match Locale::closest(language) {
            Some(locale) => (locale, None),
            None => (
                Locale::FALLBACK,
                Some(format!(
                    "book.language `{language}` has no guide translation; the guide uses {} (set lang= on a directive to choose)",
                    Locale::FALLBACK.tag()
                )),
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directive::Options;
    use azure_signup_guide::walkthrough::StepId;

    #[test]
    fn a_chapter_without_directives_is_untouched() {
        let chapter = "# Titel\n\nText med {{#include fil.md}}.\n";
        assert_eq!(expand_chapter(chapter, Path::new("a.md"), Locale::SvSe, None).unwrap(), chapter);
    }

    #[test]
    fn a_directive_becomes_the_element_with_its_prerendered_copy() {
        let chapter = "# Titel\nText.\n{{#azure-signup-guide view=steps step=sign-in}}\nMer text.\n";
        let out = expand_chapter(chapter, Path::new("guide.md"), Locale::SvSe, None).unwrap();
        let (before, rest) = out.split_once("\n\n<azure-signup-guide").expect("a blank line, then the element");
        assert_eq!(before, "# Titel\nText.");
        let (element, after) = rest.split_once("</azure-signup-guide>\n\n").expect("the element, then a blank line");
        assert_eq!(after, "Mer text.\n");
        assert!(
            element.starts_with(" lang=\"sv-SE\" view=\"steps\" step=\"sign-in\">\n<template shadowrootmode=\"open\">")
        );
        assert!(!element.contains("\n\n"), "no blank line inside the HTML block");
        assert!(element.contains("href=\"azure-signup-guide/azure-signup-guide.css\""));
        // The prerendered copy is the guide's own rendering, open at the step asked for.
        assert!(element.contains(&prerender_at(
            Locale::SvSe,
            View::Steps,
            Some(StepId::SignIn),
            ScenarioId::Recommended,
            false,
            2
        )));
        assert!(element.contains("Steg 2 av 3"), "opens at step 2");
    }

    #[test]
    fn the_guide_s_headings_go_one_below_the_chapter_s() {
        let steps = |chapter: &str| expand_chapter(chapter, Path::new("a.md"), Locale::SvSe, None).unwrap();
        assert!(
            steps("# Titel\n\n{{#azure-signup-guide view=steps}}\n").contains("<h2 tabindex=\"-1\" class=\"asg-h3\"")
        );
        assert!(steps("# Titel\n## Del\n{{#azure-signup-guide view=steps}}\n")
            .contains("<h3 tabindex=\"-1\" class=\"asg-h3\""));
        // The whole article: its sections one below the chapter's title, its steps below those.
        let all = steps("# Titel\n{{#azure-signup-guide}}\n");
        assert!(all.contains("<h2 class=\"asg-h2\"") && all.contains("<h3 tabindex=\"-1\" class=\"asg-h3\""));
        assert_eq!(atx_level("###### x"), Some(6));
        assert_eq!(atx_level("####### x"), None);
        assert_eq!(atx_level("#hashtag"), None);
    }

    #[test]
    fn the_book_language_applies_unless_the_directive_names_one() {
        let out = expand_chapter("{{#azure-signup-guide}}\n", Path::new("a.md"), Locale::DeDe, None).unwrap();
        assert!(out.contains("<azure-signup-guide lang=\"de-DE\">") && out.contains("lang=\"de-DE\" dir=\"ltr\""));
        let out =
            expand_chapter("{{#azure-signup-guide lang=ar-SA}}\n", Path::new("a.md"), Locale::DeDe, None).unwrap();
        assert!(out.contains("<azure-signup-guide lang=\"ar-SA\">") && out.contains("dir=\"rtl\""));
    }

    #[test]
    fn stylesheet_paths_climb_out_of_chapter_folders() {
        for (path, root) in [("a.md", ""), ("part/a.md", "../"), ("part/deeper/a.md", "../../")] {
            let out = expand_chapter("{{#azure-signup-guide}}", Path::new(path), Locale::EnUs, None).unwrap();
            assert!(out.contains(&format!("href=\"{root}azure-signup-guide/azure-signup-guide.css\"")), "{path}");
        }
    }

    #[test]
    fn a_site_url_links_the_stylesheet_from_the_site_s_root_in_every_folder() {
        let url = site_url(Some("/docs/book")).unwrap();
        assert_eq!(url.as_deref(), Some("/docs/book/"));
        for path in ["a.md", "part/a.md", "part/deeper/a.md"] {
            let out = expand_chapter("{{#azure-signup-guide}}", Path::new(path), Locale::EnUs, url.as_deref()).unwrap();
            assert!(out.contains("href=\"/docs/book/azure-signup-guide/azure-signup-guide.css\""), "{path}");
        }
        assert_eq!(site_url(Some("https://x.example/")).unwrap().as_deref(), Some("https://x.example/"));
        assert_eq!(site_url(Some("  ")).unwrap(), None);
        assert_eq!(site_url(None).unwrap(), None);
        for bad in ["/a\"><script>", "/a b/", "/x'y"] {
            assert!(site_url(Some(bad)).unwrap_err().contains("cannot stand in a link"), "{bad}");
        }
    }

    #[test]
    fn every_option_becomes_an_attribute() {
        let options = Options {
            lang: Some(Locale::FrFr),
            view: Some(View::Diagram),
            step: None,
            scenario: Some(ScenarioId::AccountSprawl),
            theme: Some(azure_signup_guide::ui::Theme::Dark),
        };
        let out = element(&options, Locale::SvSe, "", 2);
        assert!(out.starts_with(
            "\n<azure-signup-guide lang=\"fr-FR\" view=\"diagram\" scenario=\"account-sprawl\" theme=\"dark\">\n"
        ));
    }

    #[test]
    fn book_languages_map_to_shipped_locales() {
        assert_eq!(book_locale(Some("sv")), (Locale::SvSe, None));
        assert_eq!(book_locale(Some("ja")), (Locale::JaJp, None));
        assert_eq!(book_locale(None), (Locale::FALLBACK, None));
        assert_eq!(book_locale(Some("pt")), (Locale::PtBr, None));
        assert_eq!(book_locale(Some("zh-HK")), (Locale::ZhTw, None));
        let (locale, note) = book_locale(Some("fi-FI"));
        assert_eq!(locale, Locale::FALLBACK);
        assert!(note.unwrap().contains("`fi-FI` has no guide translation"));
    }
}
