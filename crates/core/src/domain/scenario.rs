//! The scenarios a reader can play on the diagram, each a list of model events.

use super::model::{
    DirectoryId, DirectoryName, Event, Model, ModelError, NodeId, Persona, Relation, SubscriptionId, SubscriptionKind,
    UserId,
};

/// The three stories the diagram tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScenarioId {
    /// Sign up for Azure with the Microsoft 365 account: one directory.
    Recommended,
    /// Sign up with another (personal) account: a second directory.
    AccountSprawl,
    /// Give a colleague access to the Azure subscription through RBAC.
    ShareSubscription,
}

/// What a scene tells the reader (its caption); the UI turns it into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Caption {
    /// Contoso has a Microsoft 365 subscription, owned by the directory.
    Microsoft365Exists,
    /// You sign up with the same account; the Azure subscription joins Contoso.
    SameAccount,
    /// You sign in with a personal account, which lives in a directory of its own.
    PersonalAccount,
    /// The Azure subscription lands in the personal directory: account sprawl.
    SprawlResult,
    /// You own an Azure subscription in Contoso.
    AzureOwnedByYou,
    /// Alex is given access through role-based access control.
    AccessShared,
}

/// One scene of a scenario: the event that happens (none for the opening) and what it tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scene {
    pub event: Option<Event>,
    pub caption: Caption,
}

/// The reader's state, shared by every scenario: Contoso with Alex (an administrator
/// who bought Microsoft 365) and you (no administrator permissions).
const CONTOSO: DirectoryId = DirectoryId(0);
const ALEX: UserId = UserId(0);
const YOU: UserId = UserId(1);
const YOU_PERSONAL: UserId = UserId(2);

const SETUP: [Event; 3] = [
    Event::CreateDirectory { name: DirectoryName::Contoso, first_user: Persona::Alex, admin: true },
    Event::AddUser { persona: Persona::You, directory: CONTOSO, admin: false },
    Event::SignUp { user: ALEX, kind: SubscriptionKind::Microsoft365 },
];

const RECOMMENDED: [Scene; 2] = [
    Scene { event: None, caption: Caption::Microsoft365Exists },
    Scene { event: Some(Event::SignUp { user: YOU, kind: SubscriptionKind::Azure }), caption: Caption::SameAccount },
];

const SPRAWL: [Scene; 3] = [
    Scene { event: None, caption: Caption::Microsoft365Exists },
    Scene {
        event: Some(Event::CreateDirectory {
            name: DirectoryName::Personal,
            first_user: Persona::YouPersonal,
            admin: false,
        }),
        caption: Caption::PersonalAccount,
    },
    Scene {
        event: Some(Event::SignUp { user: YOU_PERSONAL, kind: SubscriptionKind::Azure }),
        caption: Caption::SprawlResult,
    },
];

const SHARE: [Scene; 2] = [
    Scene {
        event: Some(Event::SignUp { user: YOU, kind: SubscriptionKind::Azure }),
        caption: Caption::AzureOwnedByYou,
    },
    Scene {
        event: Some(Event::GrantAccess { subscription: SubscriptionId(1), user: ALEX }),
        caption: Caption::AccessShared,
    },
];

impl ScenarioId {
    pub const ALL: [ScenarioId; 3] =
        [ScenarioId::Recommended, ScenarioId::AccountSprawl, ScenarioId::ShareSubscription];

    /// The stable name used in attributes and events.
    pub const fn slug(self) -> &'static str {
        match self {
            ScenarioId::Recommended => "recommended",
            ScenarioId::AccountSprawl => "account-sprawl",
            ScenarioId::ShareSubscription => "share",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ScenarioId> {
        ScenarioId::ALL.into_iter().find(|s| s.slug().eq_ignore_ascii_case(slug.trim()))
    }

    /// The scenes, the first being the situation before anything happens.
    pub fn scenes(self) -> &'static [Scene] {
        match self {
            ScenarioId::Recommended => &RECOMMENDED,
            ScenarioId::AccountSprawl => &SPRAWL,
            ScenarioId::ShareSubscription => &SHARE,
        }
    }
}

/// A scenario played up to one of its scenes: the model then, and what that scene changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Played {
    pub model: Model,
    pub caption: Caption,
    /// The scene shown (clamped into range).
    pub scene: usize,
    /// Nodes that this scene added.
    pub new_nodes: Vec<NodeId>,
    /// Relations that this scene added.
    pub new_relations: Vec<Relation>,
}

/// Plays `scenario` from the shared setup up to and including `scene` (clamped).
pub fn play(scenario: ScenarioId, scene: usize) -> Result<Played, ModelError> {
    let scenes = scenario.scenes();
    let scene = scene.min(scenes.len().saturating_sub(1));
    let mut model = SETUP.iter().try_fold(Model::default(), |m, e| m.apply(*e))?;
    let mut before = model.clone();
    for (index, s) in scenes.iter().enumerate().take(scene + 1) {
        if index == scene {
            before = model.clone();
        }
        if let Some(event) = s.event {
            model = model.apply(event)?;
        }
    }
    let old_nodes = before.nodes();
    let old_relations = before.relations();
    let new_nodes = model.nodes().into_iter().filter(|n| !old_nodes.contains(n)).collect();
    let new_relations = model.relations().into_iter().filter(|r| !old_relations.contains(r)).collect();
    Ok(Played { model, caption: scenes[scene].caption, scene, new_nodes, new_relations })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Owner, RelationKind};

    #[test]
    fn every_step_of_every_scenario_plays() {
        for scenario in ScenarioId::ALL {
            for scene in 0..scenario.scenes().len() {
                let played = play(scenario, scene).unwrap_or_else(|e| panic!("{scenario:?} scene {scene}: {e:?}"));
                assert_eq!(played.caption, scenario.scenes()[scene].caption);
            }
        }
    }

    #[test]
    fn recommended_keeps_one_directory_and_shares_users() {
        let played = play(ScenarioId::Recommended, 1).expect("plays");
        let model = &played.model;
        assert_eq!(model.directories.len(), 1);
        let azure = model.subscriptions.iter().find(|s| s.kind == SubscriptionKind::Azure).expect("azure");
        let m365 = model.subscriptions.iter().find(|s| s.kind == SubscriptionKind::Microsoft365).expect("m365");
        assert_eq!(azure.directory, m365.directory);
        assert_eq!(azure.owner(), Owner::User(YOU));
        // You can use both: you own the Azure one and are a member of the directory that owns Microsoft 365.
        assert!(model.users_of(azure).contains(&YOU) && model.users_of(m365).contains(&YOU));
        assert_eq!(played.new_nodes, vec![NodeId::Subscription(SubscriptionId(1))]);
    }

    #[test]
    fn sprawl_makes_a_second_directory_with_no_shared_users() {
        let played = play(ScenarioId::AccountSprawl, 2).expect("plays");
        let model = &played.model;
        assert_eq!(model.directories.len(), 2);
        let azure = model.subscriptions.iter().find(|s| s.kind == SubscriptionKind::Azure).expect("azure");
        assert_eq!(azure.directory, DirectoryId(1));
        assert_eq!(model.users_of(azure), vec![YOU_PERSONAL]);
        let personal: Vec<UserId> = model.members(DirectoryId(1)).map(|u| u.id).collect();
        let contoso: Vec<UserId> = model.members(CONTOSO).map(|u| u.id).collect();
        assert!(personal.iter().all(|u| !contoso.contains(u)));
        let scene1 = play(ScenarioId::AccountSprawl, 1).expect("plays");
        assert_eq!(scene1.new_nodes, vec![NodeId::Directory(DirectoryId(1)), NodeId::User(YOU_PERSONAL)]);
    }

    #[test]
    fn share_gives_alex_access_through_rbac() {
        let played = play(ScenarioId::ShareSubscription, 1).expect("plays");
        let azure = NodeId::Subscription(SubscriptionId(1));
        assert_eq!(
            played.new_relations,
            vec![Relation { from: NodeId::User(ALEX), kind: RelationKind::HasAccess, to: azure }]
        );
        assert!(played.new_nodes.is_empty());
    }

    #[test]
    fn out_of_range_steps_are_clamped() {
        let played = play(ScenarioId::Recommended, usize::MAX).expect("plays");
        assert_eq!(played.scene, 1);
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
