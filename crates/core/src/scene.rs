//! The diagram's figure as data: for a case, each directory with the accounts and
//! subscriptions in it, and for every node its label, notes, accessible name and the
//! sentences that explain why it is there; plus the figure's state and its reducer.
//! No Yew and no DOM: the widget's `ui::diagram` only draws what this returns.

use crate::domain::{
    before_sign_up, play, DirectoryId, DirectoryName, Model, NodeId, Owner, Persona, ScenarioId, SubscriptionKind, User,
};
use crate::i18n::{format, format_list, msg, Arg, Locale, Message, MsgId};

/// What a node is, for its icon and styling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A directory (tenant).
    Directory,
    /// An account; `reader` when it is one of yours.
    Account {
        /// The account is one of the reader's.
        reader: bool,
    },
    /// An Azure or Microsoft 365 subscription.
    Subscription,
}

impl NodeKind {
    /// What the "new" badge's words agree with (Swedish "ny katalog", "nytt konto").
    pub const fn badge(self) -> msg::NewBadgeKind {
        match self {
            NodeKind::Directory => msg::NewBadgeKind::Directory,
            NodeKind::Account { .. } => msg::NewBadgeKind::Account,
            NodeKind::Subscription => msg::NewBadgeKind::Subscription,
        }
    }
}

/// One box of the figure, with everything the reader can learn from it.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The model's node this box draws.
    pub id: NodeId,
    /// What the node is.
    pub kind: NodeKind,
    /// The text in the box.
    pub label: String,
    /// Smaller lines under the label ("administrator", "owned by the directory, …").
    pub notes: Vec<String>,
    /// The accessible name, what identifies the box: label, where it is, whether it is
    /// new. Plain text: no direction-isolate characters, which screen readers would meet
    /// as noise.
    pub name: String,
    /// What the box adds to its name, read after it: the notes the name does not already
    /// say (who owns it, who created it, who shares it), joined as clauses. Empty when the
    /// notes say nothing new ("administrator" is in the name).
    pub description: String,
    /// Why the node is there, one sentence each; shown when the node is selected.
    pub why: Vec<String>,
    /// Added by the case (signing up made it, along the case's path).
    pub is_new: bool,
    /// On the case's path: account → directory → subscription.
    pub on_path: bool,
    /// The nodes it relates to, highlighted with it.
    pub related: Vec<NodeId>,
}

/// An account and the subscriptions it created, drawn beneath it.
#[derive(Clone, Debug, PartialEq)]
pub struct Account {
    /// The account's own box.
    pub node: Node,
    /// The subscriptions it created and owns (Azure ones).
    pub created: Vec<Node>,
}

/// A directory with its accounts (yours first) and the subscriptions the directory itself owns.
#[derive(Clone, Debug, PartialEq)]
pub struct Directory {
    /// The directory's own box.
    pub node: Node,
    /// Its accounts, the reader's first.
    pub accounts: Vec<Account>,
    /// The subscriptions the directory itself owns (Microsoft 365).
    pub owned: Vec<Node>,
}

/// The whole figure for a case.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// You, drawn once above the directories.
    pub person: String,
    /// How many accounts you have, under `person`.
    pub person_note: String,
    /// Every directory of the case, your organization's first.
    pub directories: Vec<Directory>,
}

impl Figure {
    /// Every node in reading order: each directory, its accounts with what they created,
    /// then what the directory owns.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.directories.iter().flat_map(|d| {
            std::iter::once(&d.node)
                .chain(d.accounts.iter().flat_map(|a| std::iter::once(&a.node).chain(a.created.iter())))
                .chain(d.owned.iter())
        })
    }

    /// The box that draws `id`, if the figure has one.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes().find(|n| n.id == id)
    }
}

/// The figure of `scenario` in `locale`.
pub fn figure(locale: Locale, scenario: ScenarioId) -> Option<Figure> {
    let played = play(scenario).ok()?;
    Some(build(locale, &played.model, &played.path, &played.new_nodes))
}

/// The figure before any case (nothing new, no path): what a reader who is not sure yet
/// which case is theirs sees, beside the way to check.
pub fn figure_before(locale: Locale) -> Option<Figure> {
    Some(build(locale, &before_sign_up().ok()?, &[], &[]))
}

/// What the static and printed guide shows: every case's end state, each its own figure
/// with only its own "new" marks, in the order the cases are offered.
pub fn static_figures(locale: Locale) -> Vec<(ScenarioId, Figure)> {
    ScenarioId::ALL.into_iter().filter_map(|s| Some((s, figure(locale, s)?))).collect()
}

fn strip(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The figure of `model`, with `path` marked and what is in `new` (and on the path) new.
fn build(locale: Locale, model: &Model, path: &[NodeId], new: &[NodeId]) -> Figure {
    let words = Words { locale, model, path, new };
    let readers = model.users.iter().filter(|u| u.persona.is_reader()).count() as i64;
    // Your organization's directory first in every case, the home the reader knows; what a
    // case changes is marked, not moved to the top.
    let directories = model
        .directories
        .iter()
        .map(|d| {
            // Yours first: the figure is about you (a partition, not a sort: no sort code in the wasm).
            let accounts = model
                .members(d.id)
                .filter(|u| u.persona.is_reader())
                .chain(model.members(d.id).filter(|u| !u.persona.is_reader()))
                .map(|u| Account {
                    node: words.account(u),
                    created: model
                        .subscriptions_in(d.id)
                        .filter(|s| s.owner() == Owner::User(u.id))
                        .map(|s| words.subscription(s.id))
                        .collect(),
                })
                .collect();
            let owned = model
                .subscriptions_in(d.id)
                .filter(|s| s.owner() == Owner::Directory(d.id))
                .map(|s| words.subscription(s.id))
                .collect();
            Directory { node: words.directory(d.id, d.name), accounts, owned }
        })
        .collect();
    Figure {
        person: format(locale, MsgId::FigureYou),
        person_note: format(locale, msg::figure_you_accounts(readers)),
        directories,
    }
}

/// Turns the model's facts into the figure's words.
struct Words<'a> {
    locale: Locale,
    model: &'a Model,
    path: &'a [NodeId],
    new: &'a [NodeId],
}

impl Words<'_> {
    fn t(&self, message: impl Message) -> String {
        format(self.locale, message)
    }

    fn directory_name(&self, name: DirectoryName) -> String {
        self.t(match name {
            DirectoryName::Contoso => MsgId::DirectoryContoso,
            DirectoryName::Personal => MsgId::DirectoryPersonal,
            DirectoryName::Fabrikam => MsgId::DirectoryFabrikam,
        })
    }

    /// "in the Personal directory": each language words this per directory.
    fn place(&self, directory: DirectoryId) -> String {
        let place = match self.model.directory(directory).map(|d| d.name) {
            Some(DirectoryName::Personal) => MsgId::InPersonal,
            Some(DirectoryName::Fabrikam) => MsgId::InFabrikam,
            _ => MsgId::InContoso,
        };
        self.t(place)
    }

    /// The name of the first directory other than `directory` (the organization's, for the personal one).
    fn other(&self, directory: DirectoryId) -> String {
        self.model
            .directories
            .iter()
            .find(|d| d.id != directory)
            .map(|d| self.directory_name(d.name))
            .unwrap_or_default()
    }

    fn user_label(&self, user: &User) -> String {
        self.t(match user.persona {
            Persona::You => MsgId::AccountWork,
            Persona::YouPersonal => MsgId::AccountPersonal,
            Persona::YouOther => MsgId::AccountOther,
            Persona::Alex => MsgId::UserAlex,
        })
    }

    fn names(&self, users: &[crate::domain::UserId]) -> String {
        let names: Vec<String> = users.iter().filter_map(|u| self.model.user(*u)).map(|u| self.user_label(u)).collect();
        format_list(self.locale, &names)
    }

    /// The common parts of a node: new, on the path, related, and the name's "new" suffix.
    fn node(
        &self,
        id: NodeId,
        kind: NodeKind,
        label: String,
        notes: Vec<String>,
        name: String,
        why: Vec<String>,
    ) -> Node {
        let on_path = self.path.contains(&id);
        let is_new = self.new.contains(&id) && on_path;
        let name = if is_new {
            let kind = match kind {
                NodeKind::Directory => msg::NameNewKind::Directory,
                NodeKind::Account { .. } => msg::NameNewKind::Account,
                NodeKind::Subscription => msg::NameNewKind::Subscription,
            };
            self.t(msg::name_new(kind, Arg::Str(&name)))
        } else {
            name
        };
        let mut related: Vec<NodeId> =
            self.model.relations_of(id).into_iter().map(|r| if r.from == id { r.to } else { r.from }).collect();
        if let NodeId::Subscription(s) = id {
            related.extend(self.model.subscription(s).map(|s| NodeId::Directory(s.directory)));
        }
        related.dedup();
        // A subscription's notes are facts its name does not hold; an account's only note
        // (administrator) is in its name already.
        let description = match kind {
            NodeKind::Subscription => strip(notes.join(self.locale.clause_separator())),
            NodeKind::Account { .. } | NodeKind::Directory => String::new(),
        };
        Node { id, kind, label, notes, name: strip(name), description, why, is_new, on_path, related }
    }

    fn directory(&self, id: DirectoryId, name: DirectoryName) -> Node {
        let plain = self.directory_name(name);
        let label = self.t(msg::node_directory(Arg::Str(&plain)));
        let kind = match name {
            DirectoryName::Contoso => msg::WhyDirectoryKind::Organization,
            DirectoryName::Personal => msg::WhyDirectoryKind::Personal,
            DirectoryName::Fabrikam => msg::WhyDirectoryKind::Other,
        };
        let other = self.other(id);
        let why = self.t(msg::why_directory(kind, Arg::Str(&other)));
        self.node(NodeId::Directory(id), NodeKind::Directory, label.clone(), Vec::new(), label, vec![why])
    }

    fn account(&self, user: &User) -> Node {
        let label = self.user_label(user);
        let place = self.place(user.directory);
        let other = self.other(user.directory);
        let mut notes = Vec::new();
        let mut name = label.clone();
        if user.is_admin {
            notes.push(self.t(MsgId::NoteAdmin));
            name = self.t(msg::name_admin(Arg::Str(&label)));
        }
        let name = self.t(msg::name_in(Arg::Str(&name), Arg::Str(&place)));
        let who = match user.persona {
            Persona::You => msg::WhyAccountWho::Work,
            Persona::YouPersonal => msg::WhyAccountWho::Personal,
            Persona::YouOther => msg::WhyAccountWho::Other,
            Persona::Alex => msg::WhyAccountWho::Admin,
        };
        let mut why = vec![self.t(msg::why_account(who, Arg::Str(&place), Arg::Str(&other), Arg::Str(&label)))];
        if self.model.subscriptions.iter().any(|s| s.shared_with.contains(&user.id)) {
            why.push(self.t(msg::why_access(Arg::Str(&label))));
        }
        self.node(
            NodeId::User(user.id),
            NodeKind::Account { reader: user.persona.is_reader() },
            label,
            notes,
            name,
            why,
        )
    }

    fn subscription(&self, id: crate::domain::SubscriptionId) -> Node {
        let node = NodeId::Subscription(id);
        let Some(sub) = self.model.subscription(id) else {
            return self.node(node, NodeKind::Subscription, String::new(), Vec::new(), String::new(), Vec::new());
        };
        let label = self.t(if sub.kind == SubscriptionKind::Azure { MsgId::SubAzure } else { MsgId::SubM365 });
        let place = self.place(sub.directory);
        let other = self.other(sub.directory);
        let mut notes = Vec::new();
        let mut why = Vec::new();
        let name = self.t(msg::name_in(Arg::Str(&label), Arg::Str(&place)));
        match sub.owner() {
            Owner::User(creator) => {
                use msg::{NoteCreatedWho as Note, WhySubscriptionWho as Why};
                let (note, who) = match self.model.user(creator).map(|u| u.persona) {
                    Some(Persona::YouPersonal) => (Note::Personal, Why::Personal),
                    Some(Persona::YouOther) => (Note::Other, Why::Other),
                    _ => (Note::Work, Why::Work),
                };
                notes.push(self.t(msg::note_created(note)));
                // `managers` is read only by the directory's arm.
                why.push(self.t(msg::why_subscription(who, Arg::Str(&place), Arg::Str(&other), Arg::Str(""))));
            }
            Owner::Directory(d) => {
                let managers: Vec<_> = self.model.managers(d).map(|u| u.id).collect();
                let managers = self.names(&managers);
                notes.push(self.t(msg::note_owned_by_directory(Arg::Str(&managers))));
                why.push(self.t(msg::why_subscription(
                    msg::WhySubscriptionWho::Directory,
                    Arg::Str(&place),
                    Arg::Str(&other),
                    Arg::Str(&managers),
                )));
            }
        }
        if !sub.shared_with.is_empty() {
            let names = self.names(&sub.shared_with);
            notes.push(self.t(msg::note_shared(Arg::Str(&names))));
            why.push(self.t(msg::why_access(Arg::Str(&names))));
        }
        self.node(node, NodeKind::Subscription, label, notes, name, why)
    }
}

/// The figure's state: the case on screen and the node whose explanation is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureState {
    /// The case on screen.
    pub scenario: ScenarioId,
    /// The node whose explanation is open, if any.
    pub open: Option<NodeId>,
    /// The reader has picked a case (so a change is announced; the first case is not).
    pub chosen: bool,
    /// The reader is not sure which case is theirs: no case is drawn as theirs (the figure
    /// before signing up, and the way to check), until they pick one.
    pub unsure: bool,
}

/// What the reader does to the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureAction {
    /// Show another case; an open explanation closes (node ids are per case, so a box of
    /// one case is never opened as another's).
    Choose(ScenarioId),
    /// Open a node's explanation, or close it when it is the open one.
    Toggle(NodeId),
    /// Close the open explanation.
    Close,
    /// Draw the reader's own case (their prediction, said where they made it): the case
    /// changes as with `Choose`, without announcing it a second time.
    Follow(ScenarioId),
    /// The reader is not sure of their case: draw none as theirs.
    Unsure,
}

impl FigureState {
    /// `scenario` on screen, not chosen by the reader yet, nothing open.
    pub fn new(scenario: ScenarioId) -> FigureState {
        FigureState { scenario, open: None, chosen: false, unsure: false }
    }

    /// The next state; total, and a node the case does not have is never opened.
    pub fn reduce(self, action: FigureAction) -> FigureState {
        let exists = |scenario: ScenarioId, node: NodeId| play(scenario).is_ok_and(|p| p.model.nodes().contains(&node));
        match action {
            FigureAction::Choose(scenario) if scenario == self.scenario && !self.unsure => {
                FigureState { chosen: true, ..self }
            }
            FigureAction::Choose(scenario) => FigureState { scenario, open: None, chosen: true, unsure: false },
            FigureAction::Toggle(node) if self.open == Some(node) => FigureState { open: None, ..self },
            FigureAction::Toggle(node) if self.unsure => {
                let before = before_sign_up().is_ok_and(|m| m.nodes().contains(&node));
                FigureState { open: before.then_some(node), ..self }
            }
            FigureAction::Toggle(node) if exists(self.scenario, node) => FigureState { open: Some(node), ..self },
            FigureAction::Toggle(_) => self,
            FigureAction::Close => FigureState { open: None, ..self },
            FigureAction::Follow(scenario) if scenario == self.scenario && !self.unsure => self,
            FigureAction::Follow(scenario) => FigureState { scenario, open: None, chosen: false, unsure: false },
            FigureAction::Unsure => FigureState { open: None, chosen: false, unsure: true, ..self },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{SubscriptionId, UserId};

    const CONTOSO: NodeId = NodeId::Directory(DirectoryId(0));
    const M365: NodeId = NodeId::Subscription(SubscriptionId(0));
    /// The Azure subscription each case makes (the work account's, the personal account's
    /// or the Fabrikam account's, one per case).
    const AZURE: NodeId = NodeId::Subscription(SubscriptionId(1));
    const ALEX: NodeId = NodeId::User(UserId(0));
    const YOU: NodeId = NodeId::User(UserId(1));
    const YOU_PERSONAL: NodeId = NodeId::User(UserId(2));
    const PERSONAL: NodeId = NodeId::Directory(DirectoryId(1));

    fn sv(scenario: ScenarioId) -> Figure {
        figure(Locale::SvSe, scenario).expect("plays")
    }

    /// Text as the reader sees it: isolates dropped, no-break spaces as spaces.
    fn plain(text: &str) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "").replace('\u{a0}', " ")
    }

    fn ids(figure: &Figure, keep: impl Fn(&Node) -> bool) -> Vec<NodeId> {
        figure.nodes().filter(|n| keep(n)).map(|n| n.id).collect()
    }

    #[test]
    fn each_case_draws_only_what_happens_in_it() {
        // Signing up with the Microsoft 365 account: one directory, one account, one new
        // Azure subscription beneath it, next to the directory's Microsoft 365 subscription.
        let same = sv(ScenarioId::Recommended);
        assert_eq!(ids(&same, |_| true), [CONTOSO, YOU, AZURE, ALEX, M365]);
        assert_eq!(ids(&same, |n| n.is_new), [AZURE]);
        assert_eq!(same.directories[0].accounts[0].created.iter().map(|n| n.id).collect::<Vec<_>>(), [AZURE]);
        assert_eq!(plain(&same.person), "Du");
        assert_eq!(plain(&same.person_note), "en person, ett konto");
        // Signing up with a personal account: its own directory, drawn first, all of it new.
        let sprawl = sv(ScenarioId::AccountSprawl);
        assert_eq!(ids(&sprawl, |n| n.is_new), [PERSONAL, YOU_PERSONAL, AZURE]);
        assert_eq!(sprawl.directories.iter().map(|d| d.node.id).collect::<Vec<_>>(), [CONTOSO, PERSONAL], "home first");
        assert!(
            sprawl.directories[0].accounts.iter().all(|a| a.created.is_empty()),
            "no Azure subscription in Contoso"
        );
        assert_eq!(plain(&sprawl.person_note), "en person, 2 konton: ett i varje katalog");
        // Sharing makes nothing new but the access; another organization only the subscription.
        assert_eq!(ids(&sv(ScenarioId::ShareSubscription), |n| n.is_new), [], "sharing makes nothing new");
        assert_eq!(plain(&sv(ScenarioId::ShareSubscription).person_note), "en person, ett konto");
        assert_eq!(ids(&sv(ScenarioId::OtherOrganization), |n| n.is_new), [AZURE]);
    }

    #[test]
    fn each_case_marks_its_own_path() {
        assert_eq!(ids(&sv(ScenarioId::Recommended), |n| n.on_path), [CONTOSO, YOU, AZURE]);
        assert_eq!(ids(&sv(ScenarioId::AccountSprawl), |n| n.on_path), [PERSONAL, YOU_PERSONAL, AZURE]);
        assert_eq!(ids(&sv(ScenarioId::AccountSprawl), |n| n.is_new), [PERSONAL, YOU_PERSONAL, AZURE]);
        assert_eq!(ids(&sv(ScenarioId::ShareSubscription), |n| n.on_path), [AZURE, ALEX]);
    }

    #[test]
    fn names_identify_and_descriptions_add_only_new_facts() {
        let figure = sv(ScenarioId::AccountSprawl);
        let name = |id| figure.node(id).expect("node").name.replace('\u{a0}', " ");
        let description = |f: &Figure, id| f.node(id).expect("node").description.replace('\u{a0}', " ");
        assert_eq!(name(AZURE), "Azure-prenumeration, i katalogen Personlig, ny");
        assert_eq!(description(&figure, AZURE), "du skapade den med ditt personliga konto och äger den");
        assert_eq!(name(M365), "Microsoft 365-prenumeration, i katalogen Contoso");
        assert_eq!(description(&figure, M365), "ägs av katalogen, hanteras av Alex");
        // "administratör" is the account's note and in its name: no description repeats it.
        assert_eq!(description(&figure, ALEX), "");
        assert_eq!(name(ALEX), "Alex, administratör, i katalogen Contoso");
        // "konto" is neuter: a new account is "nytt".
        assert_eq!(name(YOU_PERSONAL), "Ditt personliga konto, i katalogen Personlig, nytt");
        assert_eq!(name(PERSONAL), "Katalog: Personlig, ny");
        // Two notes are two clauses: "…och äger den; Alex har också åtkomst (Azure RBAC)".
        let shared = sv(ScenarioId::ShareSubscription);
        assert!(
            description(&shared, AZURE).contains("äger den; Alex har också åtkomst"),
            "{}",
            description(&shared, AZURE)
        );
        for locale in Locale::ALL {
            for scenario in ScenarioId::ALL {
                for node in figure_nodes(*locale, scenario) {
                    let heard = format!("{} {}", node.name, node.description);
                    assert!(!heard.contains(['\u{2068}', '\u{2069}']), "{locale:?} {:?}", node.id);
                    assert!(!node.name.is_empty() && !node.why.is_empty(), "{locale:?} {:?}", node.id);
                    // What a Tab user hears per box stays short (words, or characters in
                    // scripts without spaces).
                    let budget = if heard.contains(' ') {
                        heard.split_whitespace().count() <= 32
                    } else {
                        heard.chars().count() <= 90
                    };
                    assert!(budget, "{locale:?} {:?}: {heard}", node.id);
                }
            }
        }
    }

    fn figure_nodes(locale: Locale, scenario: ScenarioId) -> Vec<Node> {
        figure(locale, scenario).expect("plays").nodes().cloned().collect()
    }

    #[test]
    fn a_selected_node_says_why_it_is_there() {
        let sprawl = sv(ScenarioId::AccountSprawl);
        let why = |f: &Figure, id| plain(&f.node(id).expect("node").why.join(" "));
        assert_eq!(
            why(&sprawl, AZURE),
            "Du skapade den med ditt personliga konto, så den hamnade i katalogen Personlig, åtskild från Contoso och dess Microsoft 365-prenumeration."
        );
        let same = sv(ScenarioId::Recommended);
        assert_eq!(
            why(&same, AZURE),
            "Du skapade den med ditt Microsoft 365-konto, så den hamnade i katalogen Contoso, bredvid Microsoft 365-prenumerationen."
        );
        assert_eq!(why(&sprawl, M365), "Katalogen äger den, och Alex, som är administratör, hanterar den.");
        assert!(why(&sprawl, PERSONAL).contains("Ingen från Contoso finns i den."));
        let shared = sv(ScenarioId::ShareSubscription);
        assert!(why(&shared, ALEX).contains("Alex har också åtkomst till din Azure-prenumeration"));
        assert!(plain(&shared.node(AZURE).expect("azure").notes.join(" ")).contains("Alex har också åtkomst"));
    }

    #[test]
    fn selection_relates_a_subscription_to_its_creator_and_directory() {
        let figure = sv(ScenarioId::AccountSprawl);
        let related = &figure.node(AZURE).expect("node").related;
        assert!(related.contains(&YOU_PERSONAL) && related.contains(&PERSONAL), "{related:?}");
        assert!(!related.contains(&YOU));
    }

    #[test]
    fn another_organization_is_drawn_as_its_own_directory() {
        let figure = sv(ScenarioId::OtherOrganization);
        let names: Vec<String> = figure.directories.iter().map(|d| plain(&d.node.label)).collect();
        assert_eq!(names, ["Katalog: Contoso", "Katalog: Fabrikam"], "home first, in every case");
        let fabrikam = &figure.directories[1];
        assert_eq!(plain(&fabrikam.accounts[0].node.label), "Ditt Fabrikam-konto");
        let azure = &fabrikam.accounts[0].created[0];
        assert!(azure.on_path && azure.is_new);
        assert_eq!(plain(&azure.name), "Azure-prenumeration, i katalogen Fabrikam, ny");
        assert!(plain(&azure.why[0]).contains("en annan organisations katalog"), "{:?}", azure.why);
        assert_eq!(plain(&figure.person_note), "en person, 2 konton: ett i varje katalog");
    }

    #[test]
    fn the_static_form_gives_each_case_its_own_figure() {
        let figures = static_figures(Locale::SvSe);
        assert_eq!(figures.iter().map(|(s, _)| *s).collect::<Vec<_>>(), ScenarioId::ALL);
        for (scenario, figure) in &figures {
            assert_eq!(figure, &sv(*scenario), "{scenario:?}: the same figure as the live one");
        }
    }

    #[test]
    fn the_reducer_opens_closes_and_closes_on_another_case() {
        use FigureAction::*;
        let start = FigureState::new(ScenarioId::AccountSprawl);
        let opened = start.reduce(Toggle(AZURE));
        assert_eq!(opened.open, Some(AZURE));
        assert_eq!(opened.reduce(Toggle(AZURE)).open, None, "a second press closes");
        assert_eq!(opened.reduce(Close).open, None);
        // Another case is another figure: what was open there closes.
        assert_eq!(
            opened.reduce(Choose(ScenarioId::Recommended)),
            FigureState { scenario: ScenarioId::Recommended, open: None, chosen: true, unsure: false }
        );
        assert_eq!(opened.reduce(Follow(ScenarioId::ShareSubscription)).open, None);
        // The same case again keeps it open.
        assert_eq!(opened.reduce(Choose(ScenarioId::AccountSprawl)).open, Some(AZURE));
        assert_eq!(opened.reduce(Follow(ScenarioId::AccountSprawl)), opened);
        // A node the case does not have is never opened.
        let same = FigureState::new(ScenarioId::Recommended);
        assert_eq!(same.reduce(Toggle(PERSONAL)), same);
        // Not sure: no case is drawn as the reader's, until they pick or predict one.
        let unsure = opened.reduce(Unsure);
        assert_eq!((unsure.unsure, unsure.open, unsure.scenario), (true, None, ScenarioId::AccountSprawl));
        assert_eq!(unsure.reduce(Toggle(AZURE)).open, None, "no Azure subscription before signing up");
        assert_eq!(unsure.reduce(Toggle(M365)).open, Some(M365));
        assert!(!unsure.reduce(Choose(ScenarioId::AccountSprawl)).unsure);
        assert!(!unsure.reduce(Follow(ScenarioId::AccountSprawl)).unsure);
    }

    #[test]
    fn before_signing_up_nothing_is_new_or_on_a_path() {
        let before = figure_before(Locale::SvSe).expect("plays");
        assert_eq!(ids(&before, |_| true), [CONTOSO, YOU, ALEX, M365]);
        assert!(before.nodes().all(|n| !n.is_new && !n.on_path));
        assert_eq!(plain(&before.person_note), "en person, ett konto");
    }
}
