//! Geometry for drawing a model: directories stacked, their users and subscriptions
//! inside them, and routed, labelled edges. Text is wrapped by an estimate of glyph
//! widths so that long labels (German, say) grow their boxes instead of being clipped.

use super::model::{Model, NodeId, Relation, RelationKind};

/// Width of the drawing, in SVG user units; it scales to the container.
pub const WIDTH: f32 = 520.0;
/// Font size of node labels, in user units.
pub const FONT: f32 = 14.0;
/// Font size of edge labels.
pub const EDGE_FONT: f32 = 12.0;
const LINE: f32 = FONT * 1.3;
const PAD: f32 = 10.0;
const MARGIN: f32 = 8.0;
/// Room on the left of a directory for the edge from the directory to what it owns.
const GUTTER: f32 = 34.0;
/// Vertical room between rows, where edge labels sit.
const ROW_GAP: f32 = 44.0;

/// A rectangle in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn center_x(&self) -> f32 {
        self.x + self.w / 2.0
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.x + other.w <= self.x + self.w
            && other.bottom() <= self.bottom()
    }
}

/// A node's box and its label, already broken into lines.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeBox {
    pub id: NodeId,
    pub rect: Rect,
    pub lines: Vec<String>,
}

/// Where an edge label is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
}

/// A routed edge: a polyline and the point where its label goes.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeShape {
    pub relation: Relation,
    pub points: Vec<(f32, f32)>,
    pub label_at: (f32, f32),
    pub anchor: Anchor,
}

/// Everything needed to draw the diagram.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    /// The container drawn around each directory's members.
    pub containers: Vec<(NodeId, Rect)>,
    pub nodes: Vec<NodeBox>,
    pub edges: Vec<EdgeShape>,
}

impl EdgeShape {
    /// A small arrowhead at the end of the edge, pointing along its last segment.
    pub fn arrow_head(&self) -> [(f32, f32); 3] {
        let n = self.points.len();
        let (end, before) = match n {
            0 => return [(0.0, 0.0); 3],
            1 => (self.points[0], self.points[0]),
            _ => (self.points[n - 1], self.points[n - 2]),
        };
        let (dx, dy) = (end.0 - before.0, end.1 - before.1);
        let len = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
        let (ux, uy) = (dx / len, dy / len);
        let (size, half) = (7.0, 3.5);
        let base = (end.0 - ux * size, end.1 - uy * size);
        [end, (base.0 - uy * half, base.1 + ux * half), (base.0 + uy * half, base.1 - ux * half)]
    }
}

impl Layout {
    pub fn node(&self, id: NodeId) -> Option<&NodeBox> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

/// Estimated advance of one character, in ems: wide for CJK and full-width forms.
fn char_width(c: char) -> f32 {
    match c as u32 {
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 => 1.0,
        0x2068 | 0x2069 | 0x200E | 0x200F => 0.0,
        _ if c.is_uppercase() => 0.66,
        _ => 0.54,
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

fn node_height(lines: &[String]) -> f32 {
    lines.len().max(1) as f32 * LINE + 2.0 * PAD
}

/// Lays out `model`, with `label` giving each node's text.
pub fn layout(model: &Model, label: &dyn Fn(NodeId) -> String) -> Layout {
    let mut nodes = Vec::new();
    let mut containers = Vec::new();
    let mut y = MARGIN;
    let inner_x = MARGIN + GUTTER;
    let inner_w = WIDTH - inner_x - MARGIN - PAD;
    for directory in &model.directories {
        let dir_node = NodeId::Directory(directory.id);
        let top = y;
        // The directory's own node heads its container.
        let lines = wrap(&label(dir_node), WIDTH - 2.0 * MARGIN - 4.0 * PAD, FONT);
        let header = Rect { x: MARGIN + PAD, y: top + PAD, w: WIDTH - 2.0 * (MARGIN + PAD), h: node_height(&lines) };
        nodes.push(NodeBox { id: dir_node, rect: header, lines });
        y = header.bottom() + ROW_GAP;
        let rows: [Vec<NodeId>; 2] = [
            model.members(directory.id).map(|u| NodeId::User(u.id)).collect(),
            model.subscriptions_in(directory.id).map(|s| NodeId::Subscription(s.id)).collect(),
        ];
        let columns = rows.iter().map(Vec::len).max().unwrap_or(1).max(2);
        let col_w = (inner_w - (columns as f32 - 1.0) * PAD) / columns as f32;
        for row in rows.iter().filter(|r| !r.is_empty()) {
            let boxes: Vec<(NodeId, Vec<String>)> =
                row.iter().map(|id| (*id, wrap(&label(*id), col_w - 2.0 * PAD, FONT))).collect();
            let h = boxes.iter().map(|(_, l)| node_height(l)).fold(0.0, f32::max);
            for (column, (id, lines)) in boxes.into_iter().enumerate() {
                let x = inner_x + column as f32 * (col_w + PAD);
                nodes.push(NodeBox { id, rect: Rect { x, y, w: col_w, h }, lines });
            }
            y += h + ROW_GAP;
        }
        y -= ROW_GAP;
        let container = Rect { x: MARGIN, y: top, w: WIDTH - 2.0 * MARGIN, h: y + PAD - top };
        containers.push((dir_node, container));
        y = container.bottom() + 2.0 * MARGIN;
    }
    let height = y;
    let partial = Layout { width: WIDTH, height, containers, nodes, edges: Vec::new() };
    let edges = model.relations().into_iter().filter_map(|r| route(&partial, r)).collect();
    Layout { edges, ..partial }
}

/// Routes one relation between two laid-out nodes.
fn route(layout: &Layout, relation: Relation) -> Option<EdgeShape> {
    let from = layout.node(relation.from)?.rect;
    let to = layout.node(relation.to)?.rect;
    let shape = |points: Vec<(f32, f32)>, label_at, anchor| Some(EdgeShape { relation, points, label_at, anchor });
    match (relation.kind, relation.from) {
        // Users sit under their directory's header: a line up to it.
        (RelationKind::MemberOf, _) => {
            let x = from.center_x();
            let mid = (to.bottom() + from.y) / 2.0;
            shape(vec![(x, from.y), (x, to.bottom())], (x + 6.0, mid + EDGE_FONT / 3.0), Anchor::Start)
        }
        // The directory owns Microsoft 365: down the gutter and in from the left.
        (RelationKind::Owns, NodeId::Directory(_)) => {
            let x = MARGIN + GUTTER / 2.0;
            let y = to.y + to.h / 2.0;
            let label_y = to.y - ROW_GAP / 2.0 + EDGE_FONT / 3.0;
            shape(vec![(x, from.bottom()), (x, y), (to.x, y)], (x + 6.0, label_y), Anchor::Start)
        }
        // A user above the subscription: straight down; otherwise a diagonal.
        _ => {
            let (x1, x2) = (from.center_x(), to.center_x());
            let mid_y = (from.bottom() + to.y) / 2.0;
            if (x1 - x2).abs() < 1.0 {
                shape(vec![(x1, from.bottom()), (x2, to.y)], (x1 + 6.0, mid_y + EDGE_FONT / 3.0), Anchor::Start)
            } else {
                let (sx, ex) = (x1 + (x2 - x1).signum() * from.w / 4.0, x2 - (x2 - x1).signum() * to.w / 4.0);
                let label_at = ((sx + ex) / 2.0, mid_y - 4.0);
                shape(vec![(sx, from.bottom()), (ex, to.y)], label_at, Anchor::Middle)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scenario::{play, ScenarioId};

    fn label(node: NodeId) -> String {
        format!("{node:?}")
    }

    #[test]
    fn members_and_subscriptions_sit_inside_their_directory() {
        for scenario in ScenarioId::ALL {
            let model = play(scenario, usize::MAX).expect("plays").model;
            let layout = layout(&model, &label);
            for user in &model.users {
                let container = layout
                    .containers
                    .iter()
                    .find(|(d, _)| *d == NodeId::Directory(user.directory))
                    .expect("container")
                    .1;
                let node = layout.node(NodeId::User(user.id)).expect("drawn").rect;
                assert!(container.contains(&node), "{scenario:?}: {user:?} outside its directory");
            }
            for sub in &model.subscriptions {
                let container = layout
                    .containers
                    .iter()
                    .find(|(d, _)| *d == NodeId::Directory(sub.directory))
                    .expect("container")
                    .1;
                assert!(container.contains(&layout.node(NodeId::Subscription(sub.id)).expect("drawn").rect));
            }
            assert_eq!(layout.edges.len(), model.relations().len(), "every relation is drawn");
        }
    }

    #[test]
    fn nodes_do_not_overlap() {
        let model = play(ScenarioId::AccountSprawl, usize::MAX).expect("plays").model;
        let layout = layout(&model, &label);
        for (i, a) in layout.nodes.iter().enumerate() {
            for b in &layout.nodes[i + 1..] {
                let (r, s) = (a.rect, b.rect);
                let apart = r.x + r.w <= s.x || s.x + s.w <= r.x || r.bottom() <= s.y || s.bottom() <= r.y;
                assert!(apart, "{:?} overlaps {:?}", a.id, b.id);
            }
        }
    }

    #[test]
    fn long_labels_wrap_and_grow_the_box() {
        let model = play(ScenarioId::Recommended, 1).expect("plays").model;
        let short = layout(&model, &|_| "Kurz".to_owned());
        let long =
            layout(&model, &|_| "Microsoft 365-Abonnement, verwaltet durch Benutzerinnen und Benutzer".to_owned());
        let (a, b) = (&short.nodes[1], &long.nodes[1]);
        assert_eq!(a.lines.len(), 1);
        assert!(b.lines.len() > 1 && b.rect.h > a.rect.h, "{:?}", b.lines);
        for node in &long.nodes {
            for line in &node.lines {
                assert!(text_width(line, FONT) <= node.rect.w - 2.0 * PAD + 0.01, "{line:?} is wider than its box");
            }
        }
    }

    #[test]
    fn arrow_heads_point_at_the_end() {
        let edge = EdgeShape {
            relation: Relation {
                from: NodeId::Directory(crate::domain::DirectoryId(0)),
                kind: RelationKind::Owns,
                to: NodeId::Directory(crate::domain::DirectoryId(0)),
            },
            points: vec![(0.0, 0.0), (0.0, 100.0)],
            label_at: (0.0, 50.0),
            anchor: Anchor::Start,
        };
        let [tip, a, b] = edge.arrow_head();
        assert_eq!(tip, (0.0, 100.0));
        assert!((a.1 - 93.0).abs() < 0.01 && (b.1 - 93.0).abs() < 0.01 && (a.0 + b.0).abs() < 0.01);
    }

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
