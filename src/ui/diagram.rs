//! The interactive diagram: scenario controls, the SVG drawn from the model, the
//! selected node's explanation, and the same facts as text.

use super::text::{sentence, t, t_args, use_locale};
use super::text_view::text_view;
use super::{coord, Flip};
use crate::domain::layout::{self, Anchor, EDGE_FONT, FONT};
use crate::domain::{
    play, Caption, DirectoryName, Link, Model, NodeId, Persona, Relation, RelationKind, ScenarioId, SubscriptionKind,
};
use crate::i18n::{Arg, Direction, Locale, MsgId};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    /// The scenario shown first.
    pub scenario: ScenarioId,
    /// Called when the reader plays a scenario (scenario, scene shown).
    #[prop_or_default]
    pub onplay: Callback<(ScenarioId, usize)>,
}

fn persona_name(locale: Locale, persona: Persona) -> String {
    let id = match persona {
        Persona::You => MsgId::UserYou,
        Persona::Alex => MsgId::UserAlex,
        Persona::YouPersonal => MsgId::UserYouPersonal,
    };
    t(locale, id)
}

fn directory_name(locale: Locale, name: DirectoryName) -> String {
    t(locale, if name == DirectoryName::Contoso { MsgId::DirectoryContoso } else { MsgId::DirectoryPersonal })
}

/// `you` when the node is the reader (any of their accounts), else `other`: the
/// locale files pick the grammatical person with it.
pub(crate) fn person(model: &Model, node: NodeId) -> &'static str {
    let is_reader = match node {
        NodeId::User(u) => model.user(u).is_some_and(|u| matches!(u.persona, Persona::You | Persona::YouPersonal)),
        _ => false,
    };
    if is_reader {
        "you"
    } else {
        "other"
    }
}

/// A user's name inside a list ("Alex and you").
pub(crate) fn list_name(locale: Locale, model: &Model, user: crate::domain::UserId) -> String {
    match model.user(user).map(|u| u.persona) {
        Some(Persona::You) => t(locale, MsgId::UserYouList),
        Some(Persona::YouPersonal) => t(locale, MsgId::UserYouPersonalList),
        _ => short_name(locale, model, NodeId::User(user)),
    }
}

/// The short name of a node, as used inside sentences.
pub(crate) fn short_name(locale: Locale, model: &Model, node: NodeId) -> String {
    match node {
        NodeId::Directory(d) => model.directory(d).map(|d| directory_name(locale, d.name)).unwrap_or_default(),
        NodeId::User(u) => model.user(u).map(|u| persona_name(locale, u.persona)).unwrap_or_default(),
        NodeId::Subscription(s) => model.subscription(s).map(|s| t(locale, sub_label(s.kind))).unwrap_or_default(),
    }
}

pub(crate) fn sub_label(kind: SubscriptionKind) -> MsgId {
    match kind {
        SubscriptionKind::Azure => MsgId::SubAzure,
        SubscriptionKind::Microsoft365 => MsgId::SubM365,
    }
}

/// The label drawn in a node's box.
pub(crate) fn node_label(locale: Locale, model: &Model, node: NodeId) -> String {
    let name = short_name(locale, model, node);
    match node {
        NodeId::Directory(_) => t_args(locale, MsgId::NodeDirectory, &[("name", Arg::Str(&name))]),
        NodeId::User(u) => {
            let admin = model.user(u).is_some_and(|u| u.is_admin);
            let id = if admin { MsgId::NodeUserAdmin } else { MsgId::NodeUser };
            t_args(locale, id, &[("name", Arg::Str(&name))])
        }
        NodeId::Subscription(_) => name,
    }
}

/// The article's points that explain a node, most specific first.
fn explanation(model: &Model, node: NodeId) -> &'static [MsgId] {
    match node {
        NodeId::Directory(_) => &[MsgId::RuleCreatedUnder, MsgId::RuleUsersBelong],
        NodeId::User(_) => &[MsgId::RuleUsersBelong, MsgId::RuleLandsIn],
        NodeId::Subscription(s) => match model.subscription(s).map(|s| s.kind) {
            Some(SubscriptionKind::Microsoft365) => &[MsgId::RuleM365Owned],
            _ => &[MsgId::RuleAzureOwned, MsgId::RuleLandsIn],
        },
    }
}

/// A relation as a sentence.
pub(crate) fn relation_sentence(locale: Locale, model: &Model, relation: &Relation) -> String {
    let from = short_name(locale, model, relation.from);
    let to = match relation.to {
        NodeId::Subscription(s) => match model.subscription(s).map(|s| s.kind) {
            Some(SubscriptionKind::Microsoft365) => t(locale, MsgId::RefSubM365),
            _ => t(locale, MsgId::RefSubAzure),
        },
        other => short_name(locale, model, other),
    };
    let (from_arg, to_arg) = (Arg::Str(&from), Arg::Str(&to));
    match (relation.kind, relation.from) {
        (RelationKind::Owns, NodeId::Directory(_)) => {
            t_args(locale, MsgId::RelDirectoryOwns, &[("name", from_arg), ("to", to_arg)])
        }
        (kind, _) => {
            let id = match kind {
                RelationKind::MemberOf => MsgId::RelMemberOf,
                RelationKind::Owns => MsgId::RelOwns,
                RelationKind::Manages => MsgId::RelManages,
                RelationKind::HasAccess => MsgId::RelHasAccess,
            };
            t_args(
                locale,
                id,
                &[("person", Arg::Str(person(model, relation.from))), ("from", from_arg), ("to", to_arg)],
            )
        }
    }
}

fn edge_label(kind: RelationKind) -> MsgId {
    match kind {
        RelationKind::MemberOf => MsgId::EdgeMemberOf,
        RelationKind::Owns => MsgId::EdgeOwns,
        RelationKind::Manages => MsgId::EdgeManages,
        RelationKind::HasAccess => MsgId::EdgeHasAccess,
    }
}

fn scenario_label(scenario: ScenarioId) -> MsgId {
    match scenario {
        ScenarioId::Recommended => MsgId::ScenarioRecommended,
        ScenarioId::AccountSprawl => MsgId::ScenarioSprawl,
        ScenarioId::ShareSubscription => MsgId::ScenarioShare,
    }
}

/// What the scene says, with the article's link where the scene needs one.
fn caption_text(locale: Locale, caption: Caption) -> Html {
    let plain = |id| html! { <p class="asg-caption">{ t(locale, id) }</p> };
    match caption {
        Caption::Microsoft365Exists => plain(MsgId::SceneM365Exists),
        Caption::SameAccount => plain(MsgId::SceneSameAccount),
        Caption::PersonalAccount => plain(MsgId::ScenePersonalAccount),
        Caption::AzureOwnedByYou => plain(MsgId::SceneAzureOwned),
        Caption::SprawlResult => html! {
            <>
                <p class="asg-caption asg-caption--warning">{ t(locale, MsgId::SceneSprawlResult) }</p>
                <p class="asg-caption">
                    { sentence(locale, MsgId::AlreadyBoth, Link::AssociateTenant, MsgId::LinkAssociate) }
                </p>
            </>
        },
        Caption::AccessShared => html! {
            <p class="asg-caption">
                { sentence(locale, MsgId::SceneAccessShared, Link::RbacAssign, MsgId::LinkRbacUse) }
            </p>
        },
    }
}

/// Which node the arrow keys reach next, in reading order; left and right follow the direction.
fn step_focus(key: &str, direction: Direction, active: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    let (forward, backward) = direction.arrows();
    match key {
        k if k == forward || k == "ArrowDown" => Some((active + 1).min(last)),
        k if k == backward || k == "ArrowUp" => Some(active.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

#[function_component(Diagram)]
pub fn diagram(props: &DiagramProps) -> Html {
    let locale = use_locale();
    let scenario = use_state_eq(|| props.scenario);
    let scene = use_state_eq(|| 0usize);
    let selected = use_state_eq(|| None::<NodeId>);
    let active = use_state_eq(|| 0usize);
    let tooltip = use_state_eq(|| None::<NodeId>);
    let focus_request = use_state_eq(|| None::<usize>);
    let svg_ref = use_node_ref();

    // The scene and its layout change only with the scenario, the scene and the language;
    // hovering, focusing and selecting re-render without recomputing them.
    let scene_and_layout = use_memo((*scenario, *scene, locale), |(scenario, scene, locale)| {
        play(*scenario, *scene).ok().map(|played| {
            let model = &played.model;
            let layout = layout::layout(model, &|n| node_label(*locale, model, n));
            (played, layout)
        })
    });
    // The scenarios are fixed data checked by tests; a failure cannot happen, but never panic.
    let Some((played, layout)) = scene_and_layout.as_ref() else {
        return Html::default();
    };
    let model = &played.model;
    let flip = Flip::new(layout.width, locale.direction());
    let steps = scenario.scenes().len();
    let selected_node = (*selected).filter(|n| layout.node(*n).is_some());
    let active_index = (*active).min(layout.nodes.len().saturating_sub(1));
    let related: Vec<Relation> = selected_node.map(|n| model.relations_of(n)).unwrap_or_default();
    let is_related = |n: NodeId| related.iter().any(|r| r.from == n || r.to == n);

    {
        // Move DOM focus after a keyboard move; reads only our own SVG.
        let svg_ref = svg_ref.clone();
        let focus_request = focus_request.clone();
        use_effect_with(*focus_request, move |request| {
            if let (Some(index), Some(svg)) = (*request, svg_ref.cast::<web_sys::Element>()) {
                let node = svg.query_selector(&format!("[data-node-index=\"{index}\"]")).ok().flatten();
                if let Some(node) = node.and_then(|n| n.dyn_into::<web_sys::SvgElement>().ok()) {
                    let _ = node.focus();
                }
                focus_request.set(None);
            }
        });
    }

    let choose_scenario = |s: ScenarioId| {
        let (scenario, scene, selected, onplay) =
            (scenario.clone(), scene.clone(), selected.clone(), props.onplay.clone());
        Callback::from(move |_: MouseEvent| {
            scenario.set(s);
            scene.set(0);
            selected.set(None);
            onplay.emit((s, 0));
        })
    };
    let go_scene = |delta: isize| {
        let (scene, current, s, onplay) = (scene.clone(), played.scene, *scenario, props.onplay.clone());
        Callback::from(move |_: MouseEvent| {
            let next = current.saturating_add_signed(delta).min(steps - 1);
            if next != current {
                scene.set(next);
                onplay.emit((s, next));
            }
        })
    };

    let node_count = layout.nodes.len();
    let ids: Vec<NodeId> = layout.nodes.iter().map(|n| n.id).collect();
    let onkeydown = {
        let (active, selected, tooltip, focus_request) =
            (active.clone(), selected.clone(), tooltip.clone(), focus_request.clone());
        let ids = ids.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if let Some(next) = step_focus(&key, locale.direction(), active_index, node_count) {
                e.prevent_default();
                active.set(next);
                tooltip.set(ids.get(next).copied());
                focus_request.set(Some(next));
                return;
            }
            match key.as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    let node = ids.get(active_index).copied();
                    selected.set(if *selected == node { None } else { node });
                }
                "Escape" if tooltip.is_some() => tooltip.set(None),
                "Escape" => selected.set(None),
                _ => {}
            }
        })
    };

    let nodes = layout.nodes.iter().enumerate().map(|(index, node)| {
        let id = node.id;
        let is_selected = selected_node == Some(id);
        let class = classes!(
            "asg-node",
            match id {
                NodeId::Directory(_) => "asg-node--directory",
                NodeId::User(_) => "asg-node--user",
                NodeId::Subscription(_) => "asg-node--subscription",
            },
            is_selected.then_some("is-selected"),
            (!is_selected && is_related(id)).then_some("is-related"),
            played.new_nodes.contains(&id).then_some("is-new"),
        );
        let onclick = {
            let (selected, active, tooltip) = (selected.clone(), active.clone(), tooltip.clone());
            Callback::from(move |_: MouseEvent| {
                // The selection panel now explains the node; the tooltip would only cover it.
                tooltip.set(None);
                active.set(index);
                selected.set(if *selected == Some(id) { None } else { Some(id) });
            })
        };
        let set_tooltip = |value: Option<NodeId>, focus: bool| {
            let (tooltip, active) = (tooltip.clone(), active.clone());
            move || {
                if focus {
                    active.set(index);
                }
                tooltip.set(value);
            }
        };
        let (on_focus, on_enter) = (set_tooltip(Some(id), true), set_tooltip(Some(id), false));
        let (on_blur, on_leave) = (set_tooltip(None, false), set_tooltip(None, false));
        let onfocus = Callback::from(move |_: FocusEvent| on_focus());
        let onblur = Callback::from(move |_: FocusEvent| on_blur());
        let onmouseenter = Callback::from(move |_: MouseEvent| on_enter());
        let onmouseleave = Callback::from(move |_: MouseEvent| on_leave());
        let r = node.rect;
        let text_x = r.x + 10.0;
        let first_y = r.y + 10.0 + FONT;
        let described = (*tooltip == Some(id)).then_some("asg-tooltip");
        html! {
            <g key={id.key()} class={class} role="button" tabindex={if index == active_index { "0" } else { "-1" }}
                data-node-index={index.to_string()} data-node={id.key()}
                aria-pressed={if is_selected { "true" } else { "false" }}
                // The isolates around inserted names are for drawing text; screen readers
                // would meet them as stray characters.
                aria-label={node.lines.join(" ").replace(['\u{2068}', '\u{2069}'], "")} aria-describedby={described}
                {onclick} {onfocus} {onblur} {onmouseenter} {onmouseleave}>
                <rect class="asg-node-box" x={flip.rect_x(r.x, r.w)} y={coord(r.y)} width={coord(r.w)}
                    height={coord(r.h)} rx="8" />
                { for node.lines.iter().enumerate().map(|(i, line)| html! {
                    <text class="asg-node-text" x={flip.x(text_x)} y={coord(first_y + i as f32 * FONT * 1.3)}
                        font-size={coord(FONT)}>{ line.clone() }</text>
                }) }
                if played.new_nodes.contains(&id) {
                    <text class="asg-node-badge" x={flip.x(r.x + r.w - 8.0)} y={coord(r.y + 14.0)}
                        text-anchor="end" font-size="11">{ t(locale, MsgId::NewBadge) }</text>
                }
            </g>
        }
    });

    let edges = layout.edges.iter().map(|edge| {
        let relation = edge.relation;
        let class = classes!(
            "asg-edge",
            format!("asg-edge--{}", relation.kind.slug()),
            related.contains(&relation).then_some("is-related"),
            played.new_relations.contains(&relation).then_some("is-new"),
        );
        let points: Vec<String> = edge.points.iter().map(|(x, y)| format!("{},{}", flip.x(*x), coord(*y))).collect();
        let head: Vec<String> =
            edge.arrow_head().iter().map(|(x, y)| format!("{},{}", flip.x(*x), coord(*y))).collect();
        let anchor = if edge.anchor == Anchor::Middle { "middle" } else { "start" };
        let key = format!("{}-{}-{}", relation.from.key(), relation.kind.slug(), relation.to.key());
        html! {
            <g {key} class={class} aria-hidden="true">
                <polyline class="asg-edge-line" points={points.join(" ")} />
                <polygon class="asg-edge-head" points={head.join(" ")} />
                <text class="asg-edge-label" x={flip.x(edge.label_at.0)} y={coord(edge.label_at.1)}
                    text-anchor={anchor} font-size={coord(EDGE_FONT)}>{ t(locale, edge_label(relation.kind)) }</text>
            </g>
        }
    });

    let tooltip_view = (*tooltip).and_then(|id| layout.node(id)).map(|node| {
        let text = t(locale, explanation(model, node.id)[0]);
        let width = 260.0_f32.min(layout.width - 16.0);
        let lines = layout::wrap(&text, width - 20.0, 12.0);
        let height = lines.len() as f32 * 15.6 + 14.0;
        let below = node.rect.bottom() + 6.0;
        let y = if below + height <= layout.height { below } else { (node.rect.y - height - 6.0).max(0.0) };
        let x = (node.rect.x + 10.0).min(layout.width - width - 8.0);
        html! {
            <g key="tooltip" class="asg-tooltip" id="asg-tooltip" role="tooltip">
                <rect x={flip.rect_x(x, width)} y={coord(y)} width={coord(width)} height={coord(height)} rx="6" />
                { for lines.iter().enumerate().map(|(i, line)| html! {
                    <text x={flip.x(x + 10.0)} y={coord(y + 19.0 + i as f32 * 15.6)} font-size="12">{ line.clone() }</text>
                }) }
            </g>
        }
    });

    let clear = {
        // The button goes away with the selection: focus returns to the node it explained.
        let (selected, focus_request) = (selected.clone(), focus_request.clone());
        Callback::from(move |_: MouseEvent| {
            selected.set(None);
            focus_request.set(Some(active_index));
        })
    };

    html! {
        <section class="asg-diagram" part="diagram" aria-label={t(locale, MsgId::DiagramHeading)}>
            <h2 class="asg-h2">{ t(locale, MsgId::DiagramHeading) }</h2>
            // The article's order: the paragraph, its points, then the picture (our figure).
            <p class="asg-lead">{ t(locale, MsgId::DiagramIntro) }{ locale.sentence_gap() }{ t(locale, MsgId::RulesHeading) }</p>
            <ul class="asg-list asg-rules">
                { for [MsgId::RuleCreatedUnder, MsgId::RuleUsersBelong, MsgId::RuleLandsIn, MsgId::RuleAzureOwned, MsgId::RuleM365Owned]
                    .into_iter().map(|id| html! { <li>{ t(locale, id) }</li> }) }
            </ul>
            // Set apart from the article's text: the guide's own note on a name the article uses.
            <p class="asg-note" role="note">{ t(locale, MsgId::EntraNote) }</p>
            <div class="asg-scenarios asg-controls" role="group" aria-label={t(locale, MsgId::ScenariosLabel)}>
                { for ScenarioId::ALL.into_iter().map(|s| html! {
                    <button type="button" class="asg-chip" data-scenario={s.slug()}
                        aria-pressed={if s == *scenario { "true" } else { "false" }}
                        onclick={choose_scenario(s)}>{ t(locale, scenario_label(s)) }</button>
                }) }
            </div>
            <div class="asg-scene" aria-live="polite">
                <p class="asg-step-progress">
                    { t_args(locale, MsgId::SceneProgress, &[("current", Arg::Num(played.scene as i64 + 1)), ("total", Arg::Num(steps as i64))]) }
                </p>
                { caption_text(locale, played.caption) }
            </div>
            <div class="asg-step-buttons asg-controls">
                // aria-disabled, not disabled: the button the reader just pressed to reach
                // the first or last scene keeps focus instead of dropping it to the page.
                <button type="button" class="asg-button" aria-disabled={(played.scene == 0).then_some("true")}
                    onclick={go_scene(-1)}>{ t(locale, MsgId::ButtonSceneBack) }</button>
                <button type="button" class="asg-button asg-button--primary"
                    aria-disabled={(played.scene + 1 >= steps).then_some("true")}
                    onclick={go_scene(1)}>{ t(locale, MsgId::ButtonSceneNext) }</button>
            </div>
            <p class="asg-hint">{ t(locale, MsgId::DiagramHint) }</p>
            <svg class="asg-svg" ref={svg_ref} viewBox={format!("0 0 {} {}", coord(layout.width), coord(layout.height))}
                role="group" aria-label={t(locale, MsgId::DiagramLabel)} {onkeydown}>
                // Every child of the <svg> is keyed: with the tooltip coming and going at
                // the end, an unkeyed list would make Yew rebuild every node (losing focus).
                { for layout.containers.iter().map(|(id, r)| html! {
                    <rect key={format!("box-{}", id.key())} class="asg-container" x={flip.rect_x(r.x, r.w)} y={coord(r.y)} width={coord(r.w)}
                        height={coord(r.h)} rx="12" />
                }) }
                { for edges }
                { for nodes }
                { for tooltip_view }
            </svg>
            if let Some(node) = selected_node {
                <div class="asg-selection" part="selection">
                    <h3 class="asg-h3">{ node_label(locale, model, node) }</h3>
                    { for explanation(model, node).iter().map(|id| html! { <p>{ t(locale, *id) }</p> }) }
                    <ul class="asg-list">
                        { for related.iter().map(|r| html! { <li>{ relation_sentence(locale, model, r) }</li> }) }
                    </ul>
                    <button type="button" class="asg-button" onclick={clear}>{ t(locale, MsgId::ButtonClearSelection) }</button>
                </div>
            }
            { text_view(locale, model) }
            <p>{ sentence(locale, MsgId::DiagramMore, Link::AssociateTenant, MsgId::LinkHowAssociated) }</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_keys_move_through_nodes_in_reading_order() {
        assert_eq!(step_focus("ArrowRight", Direction::Ltr, 0, 5), Some(1));
        assert_eq!(step_focus("ArrowDown", Direction::Ltr, 4, 5), Some(4));
        assert_eq!(step_focus("ArrowLeft", Direction::Ltr, 0, 5), Some(0));
        assert_eq!(step_focus("ArrowLeft", Direction::Rtl, 2, 5), Some(3));
        assert_eq!(step_focus("End", Direction::Ltr, 0, 5), Some(4));
        assert_eq!(step_focus("Home", Direction::Ltr, 3, 5), Some(0));
        assert_eq!(step_focus("x", Direction::Ltr, 3, 5), None);
        assert_eq!(step_focus("ArrowRight", Direction::Ltr, 0, 0), None);
    }

    #[test]
    fn relations_read_as_sentences() {
        let model = play(ScenarioId::ShareSubscription, 1).expect("plays").model;
        let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "").replace('\u{a0}', " ");
        let sentences: Vec<String> =
            model.relations().iter().map(|r| strip(relation_sentence(Locale::SvSe, &model, r))).collect();
        assert!(sentences.contains(&"Du äger Azure-prenumerationen.".to_owned()), "{sentences:?}");
        assert!(
            sentences.contains(&"Katalogen Contoso äger Microsoft 365-prenumerationen.".to_owned()),
            "{sentences:?}"
        );
        assert!(sentences.contains(&"Alex hanterar Microsoft 365-prenumerationen.".to_owned()), "{sentences:?}");
        assert!(
            sentences.iter().any(|s| s.starts_with("Alex har åtkomst till Azure-prenumerationen")),
            "{sentences:?}"
        );
        assert!(sentences.contains(&"Du är medlem i katalogen Contoso.".to_owned()), "{sentences:?}");
        let english: Vec<String> =
            model.relations().iter().map(|r| strip(relation_sentence(Locale::EnUs, &model, r))).collect();
        assert!(english.contains(&"You own the Azure subscription.".to_owned()), "{english:?}");
        assert!(english.contains(&"Alex is a member of the Contoso directory.".to_owned()), "{english:?}");
    }
}
