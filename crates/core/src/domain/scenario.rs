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

/// What a scenario step tells the reader; the UI turns it into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Beat {
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

/// One step of a scenario: the event that happens (none for the opening) and what it tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScenarioStep {
    pub event: Option<Event>,
    pub beat: Beat,
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

const RECOMMENDED: [ScenarioStep; 2] = [
    ScenarioStep { event: None, beat: Beat::Microsoft365Exists },
    ScenarioStep { event: Some(Event::SignUp { user: YOU, kind: SubscriptionKind::Azure }), beat: Beat::SameAccount },
];

const SPRAWL: [ScenarioStep; 3] = [
    ScenarioStep { event: None, beat: Beat::Microsoft365Exists },
    ScenarioStep {
        event: Some(Event::CreateDirectory {
            name: DirectoryName::Personal,
            first_user: Persona::YouPersonal,
            admin: false,
        }),
        beat: Beat::PersonalAccount,
    },
    ScenarioStep {
        event: Some(Event::SignUp { user: YOU_PERSONAL, kind: SubscriptionKind::Azure }),
        beat: Beat::SprawlResult,
    },
];

const SHARE: [ScenarioStep; 2] = [
    ScenarioStep {
        event: Some(Event::SignUp { user: YOU, kind: SubscriptionKind::Azure }),
        beat: Beat::AzureOwnedByYou,
    },
    ScenarioStep {
        event: Some(Event::GrantAccess { subscription: SubscriptionId(1), user: ALEX }),
        beat: Beat::AccessShared,
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

    /// The steps, the first being the situation before anything happens.
    pub fn steps(self) -> &'static [ScenarioStep] {
        match self {
            ScenarioId::Recommended => &RECOMMENDED,
            ScenarioId::AccountSprawl => &SPRAWL,
            ScenarioId::ShareSubscription => &SHARE,
        }
    }
}

/// A scenario played up to one of its steps: the model then, and what that step changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Played {
    pub model: Model,
    pub beat: Beat,
    /// The step shown (clamped into range).
    pub step: usize,
    /// Nodes that this step added.
    pub new_nodes: Vec<NodeId>,
    /// Relations that this step added.
    pub new_relations: Vec<Relation>,
}

/// Plays `scenario` from the shared setup up to and including `step` (clamped).
pub fn play(scenario: ScenarioId, step: usize) -> Result<Played, ModelError> {
    let steps = scenario.steps();
    let step = step.min(steps.len().saturating_sub(1));
    let mut model = SETUP.iter().try_fold(Model::default(), |m, e| m.apply(*e))?;
    let mut before = model.clone();
    for (index, s) in steps.iter().enumerate().take(step + 1) {
        if index == step {
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
    Ok(Played { model, beat: steps[step].beat, step, new_nodes, new_relations })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Owner, RelationKind};

    #[test]
    fn every_step_of_every_scenario_plays() {
        for scenario in ScenarioId::ALL {
            for step in 0..scenario.steps().len() {
                let played = play(scenario, step).unwrap_or_else(|e| panic!("{scenario:?} step {step}: {e:?}"));
                assert_eq!(played.beat, scenario.steps()[step].beat);
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
        let step1 = play(ScenarioId::AccountSprawl, 1).expect("plays");
        assert_eq!(step1.new_nodes, vec![NodeId::Directory(DirectoryId(1)), NodeId::User(YOU_PERSONAL)]);
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
        assert_eq!(played.step, 1);
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
