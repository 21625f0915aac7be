//! The diagram's facts as text: who belongs where and who owns what, for screen
//! readers and for readers who prefer prose. Drawn from the same model as the SVG.

use super::diagram::{list_name, node_label, person, short_name, sub_label};
use super::text::{t, t_args};
use crate::domain::{Model, NodeId, Owner};
use crate::i18n::{format_list, Arg, Locale, MsgId};
use yew::prelude::*;

/// One line per subscription: who owns it, who manages it, who it is shared with.
fn subscription_lines(locale: Locale, model: &Model, directory: crate::domain::DirectoryId) -> Vec<String> {
    let names = |ids: &[crate::domain::UserId]| {
        let names: Vec<String> = ids.iter().map(|u| list_name(locale, model, *u)).collect();
        format_list(locale, &names)
    };
    let mut lines = Vec::new();
    for sub in model.subscriptions_in(directory) {
        let label = t(locale, sub_label(sub.kind));
        let sub_arg = ("sub", Arg::Str(&label));
        lines.push(match sub.owner() {
            Owner::User(u) => {
                let owner = short_name(locale, model, NodeId::User(u));
                let person = Arg::Str(person(model, NodeId::User(u)));
                t_args(locale, MsgId::TextviewOwnedByUser, &[sub_arg, ("person", person), ("owner", Arg::Str(&owner))])
            }
            Owner::Directory(d) => {
                let admins: Vec<_> = model.members(d).filter(|u| u.is_admin).map(|u| u.id).collect();
                if admins.is_empty() {
                    t_args(locale, MsgId::TextviewOwnedByDirectoryUnmanaged, &[sub_arg])
                } else {
                    let managers = names(&admins);
                    t_args(locale, MsgId::TextviewOwnedByDirectory, &[sub_arg, ("managers", Arg::Str(&managers))])
                }
            }
        });
        if !sub.shared_with.is_empty() {
            let shared = names(&sub.shared_with);
            lines.push(t_args(locale, MsgId::TextviewShared, &[sub_arg, ("names", Arg::Str(&shared))]));
        }
    }
    lines
}

/// Every directory with its users and subscriptions, as a list.
pub fn text_view(locale: Locale, model: &Model) -> Html {
    let count = model.directories.len() as i64;
    html! {
        <section class="asg-textview" part="text-view" aria-label={t(locale, MsgId::TextviewHeading)}>
            <h3 class="asg-h3">{ t(locale, MsgId::TextviewHeading) }</h3>
            <p>{ t_args(locale, MsgId::TextviewDirectories, &[("count", Arg::Num(count))]) }</p>
            <ul class="asg-list">
                { for model.directories.iter().map(|d| {
                    let users: Vec<String> = model.members(d.id).map(|u| list_name(locale, model, u.id)).collect();
                    let users_line = t_args(locale, MsgId::TextviewUsers,
                        &[("count", Arg::Num(users.len() as i64)), ("names", Arg::Str(&format_list(locale, &users)))]);
                    html! {
                        <li data-directory="">
                            <strong>{ node_label(locale, model, NodeId::Directory(d.id)) }</strong>
                            <ul>
                                <li>{ users_line }</li>
                                { for subscription_lines(locale, model, d.id).into_iter().map(|l| html! { <li>{ l }</li> }) }
                            </ul>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
