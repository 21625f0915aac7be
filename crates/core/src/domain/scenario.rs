//! The cases the diagram shows, each the shared setup plus a list of model events.

use super::model::{
    DirectoryId, DirectoryName, Event, Model, ModelError, NodeId, Persona, SubscriptionId, SubscriptionKind, UserId,
};

/// The four stories the diagram tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScenarioId {
    /// Sign up for Azure with the Microsoft 365 account: one directory.
    Recommended,
    /// Sign up with another (personal) account: a second directory.
    AccountSprawl,
    /// Give a colleague access to the Azure subscription through RBAC.
    ShareSubscription,
    /// Sign up with a work account of another organization: its directory, not yours.
    OtherOrganization,
}

/// What a case tells the reader (its caption); the UI turns it into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Caption {
    /// Signed up with the Microsoft 365 account: the Azure subscription joins Contoso.
    SameAccount,
    /// Signed up with a personal account: the subscription lands in a new directory.
    SprawlResult,
    /// Alex is given access through role-based access control.
    AccessShared,
    /// Signed up with another organization's account: the subscription lands in its directory.
    OtherResult,
}

/// The reader's state, shared by every case: Contoso with Alex (an administrator who
/// bought Microsoft 365) and you (no administrator permissions).
const CONTOSO: DirectoryId = DirectoryId(0);
const ALEX: UserId = UserId(0);
const YOU: UserId = UserId(1);
const YOU_PERSONAL: UserId = UserId(2);
/// In the other-organization case, the third user is your account at Fabrikam.
const YOU_OTHER: UserId = UserId(2);

const SETUP: [Event; 3] = [
    Event::CreateDirectory { name: DirectoryName::Contoso, first_user: Persona::Alex, admin: true },
    Event::AddUser { persona: Persona::You, directory: CONTOSO, admin: false },
    Event::SignUp { user: ALEX, kind: SubscriptionKind::Microsoft365 },
];

/// You sign up with your Microsoft 365 account: the subscription joins Contoso.
const SAME_ACCOUNT: [Event; 1] = [Event::SignUp { user: YOU, kind: SubscriptionKind::Azure }];

/// You sign up with a personal account instead, which brings a directory of its own. Each
/// case plays only what happens in it: the figure draws nothing that did not happen.
const PERSONAL_ACCOUNT: [Event; 2] = [
    Event::CreateDirectory { name: DirectoryName::Personal, first_user: Persona::YouPersonal, admin: false },
    Event::SignUp { user: YOU_PERSONAL, kind: SubscriptionKind::Azure },
];

/// Fabrikam, another organization, already has you as a member (part of this case's setup:
/// nothing about it is new)...
const FABRIKAM: [Event; 1] =
    [Event::CreateDirectory { name: DirectoryName::Fabrikam, first_user: Persona::YouOther, admin: false }];
/// ...and you sign up with that account.
const OTHER_ORGANIZATION: [Event; 1] = [Event::SignUp { user: YOU_OTHER, kind: SubscriptionKind::Azure }];

/// You share the subscription you already made with your Microsoft 365 account (the
/// recommended case is this case's setup) with Alex: nothing new is made, access is given.
const SHARED: [Event; 1] = [Event::GrantAccess { subscription: SubscriptionId(1), user: ALEX }];

impl ScenarioId {
    /// Every case, in the order the diagram offers them.
    pub const ALL: [ScenarioId; 4] = [
        ScenarioId::Recommended,
        ScenarioId::AccountSprawl,
        ScenarioId::OtherOrganization,
        ScenarioId::ShareSubscription,
    ];

    /// The stable name used in attributes and events.
    pub const fn slug(self) -> &'static str {
        match self {
            ScenarioId::Recommended => "recommended",
            ScenarioId::AccountSprawl => "account-sprawl",
            ScenarioId::ShareSubscription => "share",
            ScenarioId::OtherOrganization => "other-organization",
        }
    }

    /// The case a [`slug`](ScenarioId::slug) names (any letter case, surrounding spaces
    /// ignored), if any.
    pub fn from_slug(slug: &str) -> Option<ScenarioId> {
        ScenarioId::ALL.into_iter().find(|s| s.slug().eq_ignore_ascii_case(slug.trim()))
    }

    /// What happens after the shared setup.
    const fn events(self) -> &'static [Event] {
        match self {
            ScenarioId::Recommended => &SAME_ACCOUNT,
            ScenarioId::AccountSprawl => &PERSONAL_ACCOUNT,
            ScenarioId::ShareSubscription => &SHARED,
            ScenarioId::OtherOrganization => &OTHER_ORGANIZATION,
        }
    }

    /// What is already there in this case, after the shared setup.
    const fn setup(self) -> &'static [Event] {
        match self {
            ScenarioId::OtherOrganization => &FABRIKAM,
            ScenarioId::ShareSubscription => &SAME_ACCOUNT,
            _ => &[],
        }
    }

    /// What the case's figure says.
    pub const fn caption(self) -> Caption {
        match self {
            ScenarioId::Recommended => Caption::SameAccount,
            ScenarioId::AccountSprawl => Caption::SprawlResult,
            ScenarioId::ShareSubscription => Caption::AccessShared,
            ScenarioId::OtherOrganization => Caption::OtherResult,
        }
    }
}

/// A case played out: the model at its end, the path it follows, and what it added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Played {
    /// The model once the case's events are applied.
    pub model: Model,
    /// What the case's figure says.
    pub caption: Caption,
    /// The nodes the case is about, in the order the eye should follow them: the account
    /// that signs up, the directory, the subscription that landed there (or the shared
    /// subscription and who it is shared with).
    pub path: Vec<NodeId>,
    /// Nodes the case added to the shared setup.
    pub new_nodes: Vec<NodeId>,
}

/// Before any case: the shared setup only (Contoso with Alex, you and Microsoft 365); the
/// figure for a reader who cannot tell yet which case is theirs. A model, not a `Played`:
/// no case was played, so there is no caption, path or anything new.
pub fn before_sign_up() -> Result<Model, ModelError> {
    SETUP.iter().try_fold(Model::default(), |m, e| m.apply(*e))
}

/// Plays `scenario` from the shared setup to its end.
pub fn play(scenario: ScenarioId) -> Result<Played, ModelError> {
    let setup = SETUP.iter().chain(scenario.setup()).try_fold(Model::default(), |m, e| m.apply(*e))?;
    let model = scenario.events().iter().try_fold(setup.clone(), |m, e| m.apply(*e))?;
    let path = match scenario {
        ScenarioId::Recommended | ScenarioId::AccountSprawl | ScenarioId::OtherOrganization => {
            let account = match scenario {
                ScenarioId::Recommended => YOU,
                ScenarioId::AccountSprawl => YOU_PERSONAL,
                _ => YOU_OTHER,
            };
            // The rule at work: the subscription's directory is whatever the model put it in.
            model
                .subscriptions
                .iter()
                .filter(|s| s.created_by == account && s.kind == SubscriptionKind::Azure)
                .flat_map(|s| [NodeId::User(account), NodeId::Directory(s.directory), NodeId::Subscription(s.id)])
                .collect()
        }
        ScenarioId::ShareSubscription => model
            .subscriptions
            .iter()
            .filter(|s| !s.shared_with.is_empty())
            .flat_map(|s| {
                std::iter::once(NodeId::Subscription(s.id)).chain(s.shared_with.iter().map(|u| NodeId::User(*u)))
            })
            .collect(),
    };
    let old_nodes = setup.nodes();
    let new_nodes = model.nodes().into_iter().filter(|n| !old_nodes.contains(n)).collect();
    Ok(Played { model, caption: scenario.caption(), path, new_nodes })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Owner, Relation, RelationKind};

    #[test]
    fn another_organizations_account_lands_in_its_directory() {
        let played = play(ScenarioId::OtherOrganization).expect("plays");
        let model = &played.model;
        let azure = model.subscriptions.iter().find(|s| s.kind == SubscriptionKind::Azure).expect("azure");
        let fabrikam = model.directories.iter().find(|d| d.name == DirectoryName::Fabrikam).expect("fabrikam");
        // The rule, not a special case: the creator's directory.
        assert_eq!(azure.created_by, YOU_OTHER);
        assert_eq!(azure.directory, fabrikam.id);
        assert_ne!(azure.directory, CONTOSO);
        assert_eq!(
            played.path,
            vec![NodeId::User(YOU_OTHER), NodeId::Directory(fabrikam.id), NodeId::Subscription(azure.id)]
        );
        assert_eq!(played.caption, Caption::OtherResult);
        // Fabrikam and your account there were there before: only the subscription is new.
        assert_eq!(played.new_nodes, vec![NodeId::Subscription(azure.id)]);
    }

    #[test]
    fn every_case_plays() {
        for scenario in ScenarioId::ALL {
            let played = play(scenario).unwrap_or_else(|e| panic!("{scenario:?}: {e:?}"));
            assert_eq!(played.caption, scenario.caption());
            assert!(!played.path.is_empty(), "{scenario:?} has a path");
        }
    }

    #[test]
    fn each_sign_up_case_holds_only_what_happens_in_it() {
        let same = play(ScenarioId::Recommended).expect("plays");
        let model = &same.model;
        assert_eq!(model.directories.len(), 1, "signing up with the Microsoft 365 account makes no directory");
        let azure: Vec<_> = model.subscriptions.iter().filter(|s| s.kind == SubscriptionKind::Azure).collect();
        let m365 = model.subscriptions.iter().find(|s| s.kind == SubscriptionKind::Microsoft365).expect("m365");
        assert_eq!(azure.len(), 1, "one Azure subscription, not one per future");
        // Next to the Microsoft 365 subscription, owned by you, used by the same account.
        assert_eq!((azure[0].created_by, azure[0].directory), (YOU, m365.directory));
        assert_eq!(azure[0].owner(), Owner::User(YOU));
        assert!(model.users_of(azure[0]).contains(&YOU) && model.users_of(m365).contains(&YOU));
        assert_eq!(same.new_nodes, vec![NodeId::Subscription(SubscriptionId(1))]);
        assert_eq!(
            same.path,
            vec![NodeId::User(YOU), NodeId::Directory(CONTOSO), NodeId::Subscription(SubscriptionId(1))]
        );

        let sprawl = play(ScenarioId::AccountSprawl).expect("plays");
        let model = &sprawl.model;
        let azure: Vec<_> = model.subscriptions.iter().filter(|s| s.kind == SubscriptionKind::Azure).collect();
        assert_eq!(azure.len(), 1);
        // In the personal account's own directory, which no one from Contoso is in.
        assert_eq!((azure[0].created_by, azure[0].directory), (YOU_PERSONAL, DirectoryId(1)));
        assert_eq!(model.users_of(azure[0]), vec![YOU_PERSONAL]);
        let contoso: Vec<UserId> = model.members(CONTOSO).map(|u| u.id).collect();
        assert!(model.members(DirectoryId(1)).all(|u| !contoso.contains(&u.id)));
        let added = [NodeId::Directory(DirectoryId(1)), NodeId::User(YOU_PERSONAL), NodeId::Subscription(azure[0].id)];
        assert_eq!(sprawl.new_nodes, added);
        assert_eq!(sprawl.path, vec![added[1], added[0], added[2]]);
    }

    #[test]
    fn before_sign_up_nothing_is_new() {
        let before = before_sign_up().expect("plays");
        assert_eq!(before.directories.len(), 1);
        assert!(before.subscriptions.iter().all(|s| s.kind == SubscriptionKind::Microsoft365));
        // Every case starts from it: what a case adds is what it has beyond this.
        for scenario in [ScenarioId::Recommended, ScenarioId::AccountSprawl, ScenarioId::ShareSubscription] {
            let played = play(scenario).expect("plays");
            assert!(before.nodes().iter().all(|n| played.model.nodes().contains(n)), "{scenario:?}");
            assert!(played.new_nodes.iter().all(|n| !before.nodes().contains(n)), "{scenario:?}");
        }
    }

    #[test]
    fn share_gives_alex_access_through_rbac() {
        let played = play(ScenarioId::ShareSubscription).expect("plays");
        let azure = NodeId::Subscription(SubscriptionId(1));
        let access = Relation { from: NodeId::User(ALEX), kind: RelationKind::HasAccess, to: azure };
        assert!(played.model.relations().contains(&access));
        assert!(!before_sign_up().expect("plays").relations().contains(&access), "sharing gave it");
        assert_eq!(played.new_nodes, vec![], "the subscription was there before it was shared");
        assert_eq!(played.path, vec![azure, NodeId::User(ALEX)]);
    }

    #[test]
    fn scenarios_are_found_by_slug() {
        for s in ScenarioId::ALL {
            assert_eq!(ScenarioId::from_slug(s.slug()), Some(s));
        }
        assert_eq!(ScenarioId::from_slug("<b>"), None);
        assert_eq!(ScenarioId::from_slug(""), None);
    }
}
