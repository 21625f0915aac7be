//! Text fitted to drawn shapes: an estimate of glyph widths and line wrapping, so that
//! the walkthrough's drawn illustrations grow their boxes for long labels (German, say)
//! instead of clipping them, and break Japanese between phrases.

/// Estimated advance of one character, in ems: wide for CJK and full-width forms.
fn char_width(c: char) -> f32 {
    match c as u32 {
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 => 1.0,
        0x2068 | 0x2069 | 0x200E | 0x200F => 0.0,
        _ if c.is_uppercase() => 0.66,
        _ => 0.54,
    }
}

/// The direction of `text` by its first letter of a strong direction (Hebrew and Arabic
/// letters read right to left): a drawing of a page whose words are English, in a
/// right-to-left locale, is drawn left to right as that page is.
pub fn text_direction(text: &str) -> crate::i18n::Direction {
    let rtl = |c: char| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    match text.chars().find(|c| c.is_alphabetic()) {
        Some(c) if rtl(c) => crate::i18n::Direction::Rtl,
        _ => crate::i18n::Direction::Ltr,
    }
}

/// Estimated width of `text` at `font` size.
pub fn text_width(text: &str, font: f32) -> f32 {
    text.chars().map(char_width).sum::<f32>() * font
}

/// The script run a wide character belongs to, for phrase breaks in Japanese: hiragana,
/// katakana (with the long-vowel mark), kanji, or other wide characters (punctuation,
/// brackets). `None` for narrow characters.
fn wide_run(c: char) -> Option<u8> {
    match c {
        '\u{3041}'..='\u{309F}' => Some(1),
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => Some(2),
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '々' => Some(3),
        c if char_width(c) >= 1.0 => Some(4),
        _ => None,
    }
}

/// Wide punctuation that closes what comes before it and never starts a line.
fn closes(c: char) -> bool {
    matches!(c, '、' | '。' | '」' | '』' | '）' | '！' | '？' | '：' | '・')
}

/// Breaks `text` into lines no wider than `max` (at `font` size): at spaces where
/// there are any; in Japanese, where the script changes (so "サブスクリプション" or
/// "完了" stay whole, a rough stand-in for phrase breaks); mid-word only when one word
/// alone is too wide.
pub fn wrap(text: &str, max: f32, font: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let push_piece = |piece: &str, lines: &mut Vec<String>, line: &mut String| {
        let candidate = format!("{line}{piece}");
        if text_width(candidate.trim(), font) <= max || line.trim().is_empty() {
            *line = candidate;
        } else {
            lines.push(line.trim().to_owned());
            *line = piece.trim_start().to_owned();
        }
        // A single piece wider than the line is cut by characters.
        while text_width(line.trim(), font) > max && line.chars().count() > 1 {
            let mut cut = String::new();
            for c in line.chars() {
                if text_width(&format!("{cut}{c}"), font) > max && !cut.is_empty() {
                    break;
                }
                cut.push(c);
            }
            let rest: String = line.chars().skip(cut.chars().count()).collect();
            lines.push(cut.trim().to_owned());
            *line = rest;
        }
    };
    // Pieces: each word with its leading space; a run of one Japanese script; narrow
    // characters and closing punctuation stay with what they touch.
    let mut piece = String::new();
    let mut run = None;
    for c in text.chars() {
        match wide_run(c) {
            Some(kind) => {
                let joins = run == Some(kind) || closes(c) || (run.is_none() && !piece.ends_with(' ') || piece == " ");
                if !joins && !piece.trim().is_empty() {
                    push_piece(&std::mem::take(&mut piece), &mut lines, &mut line);
                }
                piece.push(c);
                if !(closes(c) && run.is_some()) {
                    run = Some(kind);
                }
            }
            None if c == ' ' && !piece.trim().is_empty() => {
                push_piece(&std::mem::take(&mut piece), &mut lines, &mut line);
                piece.push(c);
                run = None;
            }
            None => {
                piece.push(c);
                run = None;
            }
        }
    }
    if !piece.is_empty() {
        push_piece(&piece, &mut lines, &mut line);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim().to_owned());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_the_first_letter() {
        use crate::i18n::Direction::*;
        assert_eq!(text_direction("Directories + subscriptions"), Ltr);
        assert_eq!(text_direction("الدلائل + الاشتراكات"), Rtl);
        assert_eq!(text_direction("+ 365 Microsoft"), Ltr);
        assert_eq!(text_direction("365 خطوة"), Rtl);
    }

    /// A label's font size in the drawings.
    const FONT: f32 = 14.0;

    #[test]
    fn wrapping_cases() {
        let check = |text: &str, max_chars: f32, expected: &[&str]| {
            let got = wrap(text, max_chars * 0.54 * FONT, FONT);
            assert_eq!(got, expected, "{text:?}");
        };
        check("one two three", 20.0, &["one two three"]);
        check("one two three", 8.0, &["one two", "three"]);
        check("abcdefghij", 4.0, &["abcd", "efgh", "ij"]);
        check("", 10.0, &[]);
        // Japanese breaks where the script changes, not inside a word...
        let ja = |text: &str, wide: f32| wrap(text, wide * FONT, FONT);
        assert_eq!(ja("Microsoft 365 サブスクリプション", 12.0), ["Microsoft 365", "サブスクリプション"]);
        assert_eq!(ja("ユーザー: あなた (個人用アカウント)", 9.0), ["ユーザー: あなた", "(個人用", "アカウント)"]);
        assert_eq!(ja("登録を完了する", 4.0), ["登録を", "完了する"]);
        assert_eq!(ja("「Contoso」ディレクトリ", 7.0), ["「Contoso」", "ディレクトリ"]);
        // ...closing punctuation stays with its phrase, and a word too long for any line is cut.
        assert_eq!(ja("完了しました。", 7.0), ["完了しました。"]);
        assert_eq!(ja("完了しました。", 6.0), ["完了", "しました。"]);
        let long = ja("マイクロソフトのサブスクリプション", 5.0);
        assert!(long.iter().all(|l| l.chars().count() <= 5), "{long:?}");
        assert_eq!(long.concat(), "マイクロソフトのサブスクリプション");
    }
}
