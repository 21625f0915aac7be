//! `mdbook-azure-signup-guide`: an mdBook preprocessor that turns
//! `{{#azure-signup-guide lang=… view=… step=…}}` in a chapter into the guide, prerendered
//! by the guide's own renderer, and `install`s the live guide's files into a book.
//!
//! mdBook runs it as `mdbook-azure-signup-guide supports <renderer>` and then with the
//! book as JSON on stdin, expecting the book back on stdout.

mod directive;
mod expand;
mod install;

use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::PreprocessorContext;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

mod assets {
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}

const NAME: &str = "mdbook-azure-signup-guide";
const USAGE: &str = "usage:
  mdbook-azure-signup-guide install [BOOK-DIR]    set a book up for the guide (default: .)
  mdbook-azure-signup-guide supports RENDERER     (asked by mdBook)
  mdbook-azure-signup-guide                       preprocess the book on stdin (run by mdBook)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        // The prerendered copy is HTML; other renderers keep the chapter as it is.
        ["supports", renderer] => {
            if *renderer == "html" {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        ["install"] | ["install", _] => {
            let book = Path::new(args.get(1).copied().unwrap_or("."));
            match install::install(book, assets::ASSETS) {
                Ok(changes) if changes.is_empty() => {
                    println!("{NAME}: {} is already set up; nothing changed", book.display());
                    ExitCode::SUCCESS
                }
                Ok(changes) => {
                    for change in changes {
                        println!("{NAME}: {change}");
                    }
                    ExitCode::SUCCESS
                }
                Err(problem) => fail(&problem),
            }
        }
        [] => match preprocess() {
            Ok(()) => ExitCode::SUCCESS,
            Err(problem) => fail(&problem),
        },
        ["--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => fail(&format!("unknown arguments {args:?}\n{USAGE}")),
    }
}

fn fail(problem: &str) -> ExitCode {
    eprintln!("{NAME}: {problem}");
    ExitCode::FAILURE
}

/// Reads the book from stdin, expands every chapter, writes it to stdout. Every bad
/// directive in the book is reported (file and line), not only the first.
fn preprocess() -> Result<(), String> {
    let (ctx, book) = mdbook_preprocessor::parse_input(std::io::stdin().lock()).map_err(|e| format!("{e:#}"))?;
    if ctx.mdbook_version != mdbook_preprocessor::MDBOOK_VERSION {
        eprintln!(
            "{NAME}: built against mdBook {}, called by {}; the book format may differ",
            mdbook_preprocessor::MDBOOK_VERSION,
            ctx.mdbook_version
        );
    }
    let book = run(&ctx, book)?;
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer(&mut stdout, &book).map_err(|e| format!("cannot write the book: {e}"))?;
    stdout.flush().map_err(|e| format!("cannot write the book: {e}"))
}

fn run(ctx: &PreprocessorContext, mut book: Book) -> Result<Book, String> {
    let (locale, note) = expand::book_locale(ctx.config.book.language.as_deref());
    if let Some(note) = note {
        eprintln!("{NAME}: {note}");
    }
    let configured: Option<String> = ctx.config.get("output.html.site-url").ok().flatten();
    let site_url = expand::site_url(configured.as_deref()).unwrap_or_else(|problem| {
        eprintln!("{NAME}: {problem}");
        None
    });
    let src = &ctx.config.book.src;
    let mut problems = Vec::new();
    book.for_each_mut(|item| {
        let BookItem::Chapter(chapter) = item else { return };
        let Some(path) = chapter.path.clone() else { return };
        match expand::expand_chapter(&chapter.content, &path, locale, site_url.as_deref()) {
            Ok(content) => chapter.content = content,
            Err(e) => problems.push(format!("{}:{}: {}", src.join(&path).display(), e.line, e.problem)),
        }
    });
    if problems.is_empty() {
        Ok(book)
    } else {
        Err(problems.join("\n"))
    }
}
