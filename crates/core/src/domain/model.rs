//! Directories, users and subscriptions, and the article's rules between them.
//!
//! The rules, as the article states them:
//! - a subscription is created under a directory;
//! - users belong to directories;
//! - a subscription lands in the directory of the user who creates it;
//! - Azure subscriptions are owned by individual users of the directory;
//! - Microsoft 365 subscriptions are owned by the directory itself, and users with
//!   the right permissions in it manage them.

/// Who a directory is, for labels: the organization's or one made for a personal account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DirectoryName {
    /// Contoso, the reader's organization (the one with Microsoft 365).
    Contoso,
    /// The directory made when the reader signs up with a personal account.
    Personal,
    /// Another organization's directory, where the reader also has a work account.
    Fabrikam,
}

/// Who a user is, for labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Persona {
    /// The reader, with the work (Microsoft 365) account.
    You,
    /// A colleague in the same organization, with administrator permissions.
    Alex,
    /// The reader again, signed up with a different, personal account.
    YouPersonal,
    /// The reader again, with a work account of another organization (Fabrikam).
    YouOther,
}

impl Persona {
    /// True for the reader, with either of their accounts: the text then says "you".
    pub const fn is_reader(self) -> bool {
        matches!(self, Persona::You | Persona::YouPersonal | Persona::YouOther)
    }
}

/// The two kinds of subscription the article compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SubscriptionKind {
    /// An Azure subscription: owned by the user who created it.
    Azure,
    /// A Microsoft 365 subscription: owned by the directory.
    Microsoft365,
}

/// A directory's place in [`Model::directories`]: 0 for the first one created.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DirectoryId(pub usize);
/// A user's place in [`Model::users`]: 0 for the first one added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(pub usize);
/// A subscription's place in [`Model::subscriptions`]: 0 for the first one signed up for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SubscriptionId(pub usize);

/// An Azure AD tenant: the container for users and subscriptions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directory {
    /// Which directory this is.
    pub id: DirectoryId,
    /// Whose directory it is, for its label.
    pub name: DirectoryName,
}

/// A user account; it belongs to exactly one directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    /// Which user this is.
    pub id: UserId,
    /// Who the account stands for, for its label.
    pub persona: Persona,
    /// The directory the account belongs to.
    pub directory: DirectoryId,
    /// Has the permissions in the directory to manage its Microsoft 365 subscriptions.
    pub is_admin: bool,
}

/// Who owns a subscription: a user (Azure) or the directory itself (Microsoft 365).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Owner {
    /// The user who created it (an Azure subscription).
    User(UserId),
    /// The directory it was created under (a Microsoft 365 subscription).
    Directory(DirectoryId),
}

/// A subscription, created under the directory of the user who created it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subscription {
    /// Which subscription this is.
    pub id: SubscriptionId,
    /// Azure or Microsoft 365, which decides who owns it.
    pub kind: SubscriptionKind,
    /// The directory it was created under: its creator's.
    pub directory: DirectoryId,
    /// The user who signed up for it.
    pub created_by: UserId,
    /// Users given access through role-based access control.
    pub shared_with: Vec<UserId>,
}

impl Subscription {
    /// The owner, by the article's rule for this kind.
    pub fn owner(&self) -> Owner {
        match self.kind {
            SubscriptionKind::Azure => Owner::User(self.created_by),
            SubscriptionKind::Microsoft365 => Owner::Directory(self.directory),
        }
    }
}

/// A change to the model; scenarios are lists of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A new directory with a first user in it.
    CreateDirectory {
        /// Whose directory it is.
        name: DirectoryName,
        /// Who the first user is.
        first_user: Persona,
        /// Whether the first user is an administrator of the directory.
        admin: bool,
    },
    /// Another user joins an existing directory.
    AddUser {
        /// Who the new user is.
        persona: Persona,
        /// The directory they join.
        directory: DirectoryId,
        /// Whether they are an administrator of it.
        admin: bool,
    },
    /// `user` signs up for a subscription with their own account.
    SignUp {
        /// Who signs up; the subscription lands in their directory.
        user: UserId,
        /// Which kind of subscription.
        kind: SubscriptionKind,
    },
    /// The owner of an Azure subscription gives `user` access through RBAC.
    GrantAccess {
        /// The Azure subscription shared.
        subscription: SubscriptionId,
        /// Who is given access.
        user: UserId,
    },
}

/// Why an event could not be applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// No directory has this id.
    UnknownDirectory(DirectoryId),
    /// No user has this id.
    UnknownUser(UserId),
    /// No subscription has this id.
    UnknownSubscription(SubscriptionId),
    /// Access is shared with people of the subscription's own directory only.
    NotInDirectory {
        /// The user from another directory.
        user: UserId,
        /// The subscription they were to be given.
        subscription: SubscriptionId,
    },
    /// Microsoft 365 access is managed in the directory, not granted per subscription.
    NotAnAzureSubscription(SubscriptionId),
    /// The user can already use the subscription (its owner, or shared with before).
    AlreadyHasAccess {
        /// The user who already has access.
        user: UserId,
        /// The subscription they can use.
        subscription: SubscriptionId,
    },
}

/// The kinds of relation the diagram draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RelationKind {
    /// A user belongs to a directory.
    MemberOf,
    /// A user (Azure) or a directory (Microsoft 365) owns a subscription.
    Owns,
    /// A directory's administrator manages its Microsoft 365 subscription.
    Manages,
    /// A user was given access to an Azure subscription through RBAC.
    HasAccess,
}

/// Anything the diagram draws as a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeId {
    /// A directory's box.
    Directory(DirectoryId),
    /// A user's box.
    User(UserId),
    /// A subscription's box.
    Subscription(SubscriptionId),
}

impl NodeId {
    /// A stable name such as `user-1`, for the DOM and tests.
    pub fn key(self) -> String {
        match self {
            NodeId::Directory(DirectoryId(i)) => format!("directory-{i}"),
            NodeId::User(UserId(i)) => format!("user-{i}"),
            NodeId::Subscription(SubscriptionId(i)) => format!("subscription-{i}"),
        }
    }
}

/// A labelled edge of the diagram: `from` relates to `to` as `kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Relation {
    /// The node the relation starts at.
    pub from: NodeId,
    /// How `from` relates to `to`.
    pub kind: RelationKind,
    /// The node the relation points to.
    pub to: NodeId,
}

/// Directories, users and subscriptions at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Model {
    /// Every directory, in the order created.
    pub directories: Vec<Directory>,
    /// Every user, in the order added.
    pub users: Vec<User>,
    /// Every subscription, in the order signed up for.
    pub subscriptions: Vec<Subscription>,
}

impl Model {
    /// The directory with this id, if there is one.
    pub fn directory(&self, id: DirectoryId) -> Option<&Directory> {
        self.directories.iter().find(|d| d.id == id)
    }

    /// The user with this id, if there is one.
    pub fn user(&self, id: UserId) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }

    /// The subscription with this id, if there is one.
    pub fn subscription(&self, id: SubscriptionId) -> Option<&Subscription> {
        self.subscriptions.iter().find(|s| s.id == id)
    }

    /// The users of a directory, in the order they joined.
    pub fn members(&self, directory: DirectoryId) -> impl Iterator<Item = &User> {
        self.users.iter().filter(move |u| u.directory == directory)
    }

    /// The subscriptions created under a directory.
    pub fn subscriptions_in(&self, directory: DirectoryId) -> impl Iterator<Item = &Subscription> {
        self.subscriptions.iter().filter(move |s| s.directory == directory)
    }

    /// Who manages a directory's Microsoft 365 subscriptions: its administrators (the
    /// article's "users with the right permissions in the directory").
    pub fn managers(&self, directory: DirectoryId) -> impl Iterator<Item = &User> {
        self.members(directory).filter(|u| u.is_admin)
    }

    /// Users who can use a subscription: its owner or managers, and those it is shared with.
    pub fn users_of(&self, subscription: &Subscription) -> Vec<UserId> {
        let mut users: Vec<UserId> = match subscription.owner() {
            Owner::User(u) => vec![u],
            Owner::Directory(d) => self.members(d).map(|u| u.id).collect(),
        };
        users.extend(subscription.shared_with.iter().copied().filter(|u| !users.contains(u)).collect::<Vec<_>>());
        users
    }

    /// Every node, directories first, then users, then subscriptions.
    pub fn nodes(&self) -> Vec<NodeId> {
        let dirs = self.directories.iter().map(|d| NodeId::Directory(d.id));
        let users = self.users.iter().map(|u| NodeId::User(u.id));
        let subs = self.subscriptions.iter().map(|s| NodeId::Subscription(s.id));
        dirs.chain(users).chain(subs).collect()
    }

    /// Every relation the rules imply, in a stable order.
    pub fn relations(&self) -> Vec<Relation> {
        let mut out = Vec::new();
        for user in &self.users {
            out.push(Relation {
                from: NodeId::User(user.id),
                kind: RelationKind::MemberOf,
                to: NodeId::Directory(user.directory),
            });
        }
        for sub in &self.subscriptions {
            let to = NodeId::Subscription(sub.id);
            match sub.owner() {
                Owner::User(u) => out.push(Relation { from: NodeId::User(u), kind: RelationKind::Owns, to }),
                Owner::Directory(d) => {
                    out.push(Relation { from: NodeId::Directory(d), kind: RelationKind::Owns, to });
                    for admin in self.managers(d) {
                        out.push(Relation { from: NodeId::User(admin.id), kind: RelationKind::Manages, to });
                    }
                }
            }
            for user in &sub.shared_with {
                out.push(Relation { from: NodeId::User(*user), kind: RelationKind::HasAccess, to });
            }
        }
        out
    }

    /// The relations that touch `node`.
    pub fn relations_of(&self, node: NodeId) -> Vec<Relation> {
        self.relations().into_iter().filter(|r| r.from == node || r.to == node).collect()
    }

    /// Applies one event, or says why it cannot happen.
    pub fn apply(&self, event: Event) -> Result<Model, ModelError> {
        let mut next = self.clone();
        match event {
            Event::CreateDirectory { name, first_user, admin } => {
                let directory = DirectoryId(self.directories.len());
                next.directories.push(Directory { id: directory, name });
                next.users.push(User { id: UserId(self.users.len()), persona: first_user, directory, is_admin: admin });
            }
            Event::AddUser { persona, directory, admin } => {
                self.directory(directory).ok_or(ModelError::UnknownDirectory(directory))?;
                next.users.push(User { id: UserId(self.users.len()), persona, directory, is_admin: admin });
            }
            Event::SignUp { user, kind } => {
                // The rule the article turns on: the subscription lands in the creator's directory.
                let creator = self.user(user).ok_or(ModelError::UnknownUser(user))?;
                next.subscriptions.push(Subscription {
                    id: SubscriptionId(self.subscriptions.len()),
                    kind,
                    directory: creator.directory,
                    created_by: user,
                    shared_with: Vec::new(),
                });
            }
            Event::GrantAccess { subscription, user } => {
                let sub = self.subscription(subscription).ok_or(ModelError::UnknownSubscription(subscription))?;
                let grantee = self.user(user).ok_or(ModelError::UnknownUser(user))?;
                if sub.kind != SubscriptionKind::Azure {
                    return Err(ModelError::NotAnAzureSubscription(subscription));
                }
                if grantee.directory != sub.directory {
                    return Err(ModelError::NotInDirectory { user, subscription });
                }
                if self.users_of(sub).contains(&user) {
                    return Err(ModelError::AlreadyHasAccess { user, subscription });
                }
                if let Some(s) = next.subscriptions.iter_mut().find(|s| s.id == subscription) {
                    s.shared_with.push(user);
                }
            }
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Contoso with the reader (no admin rights) and Alex (admin), and a Microsoft 365 subscription.
    fn contoso() -> Model {
        Model::default()
            .apply(Event::CreateDirectory { name: DirectoryName::Contoso, first_user: Persona::Alex, admin: true })
            .and_then(|m| m.apply(Event::AddUser { persona: Persona::You, directory: DirectoryId(0), admin: false }))
            .and_then(|m| m.apply(Event::SignUp { user: UserId(0), kind: SubscriptionKind::Microsoft365 }))
            .expect("valid events")
    }

    #[test]
    fn a_subscription_lands_in_the_creators_directory() {
        let model = contoso()
            .apply(Event::CreateDirectory {
                name: DirectoryName::Personal,
                first_user: Persona::YouPersonal,
                admin: false,
            })
            .and_then(|m| m.apply(Event::SignUp { user: UserId(2), kind: SubscriptionKind::Azure }))
            .expect("valid events");
        assert_eq!(model.subscription(SubscriptionId(1)).map(|s| s.directory), Some(DirectoryId(1)));
        assert_eq!(model.subscription(SubscriptionId(0)).map(|s| s.directory), Some(DirectoryId(0)));
    }

    #[test]
    fn azure_is_owned_by_a_user_and_microsoft_365_by_the_directory() {
        let model = contoso().apply(Event::SignUp { user: UserId(1), kind: SubscriptionKind::Azure }).expect("valid");
        let m365 = model.subscription(SubscriptionId(0)).expect("exists");
        let azure = model.subscription(SubscriptionId(1)).expect("exists");
        assert_eq!(m365.owner(), Owner::Directory(DirectoryId(0)));
        assert_eq!(azure.owner(), Owner::User(UserId(1)));
        // Alex created the Microsoft 365 subscription, yet the directory owns it.
        assert_eq!(m365.created_by, UserId(0));
    }

    #[test]
    fn relations_follow_the_rules() {
        let model = contoso().apply(Event::SignUp { user: UserId(1), kind: SubscriptionKind::Azure }).expect("valid");
        let (dir, alex, you) = (NodeId::Directory(DirectoryId(0)), NodeId::User(UserId(0)), NodeId::User(UserId(1)));
        let (m365, azure) = (NodeId::Subscription(SubscriptionId(0)), NodeId::Subscription(SubscriptionId(1)));
        let r = |from, kind, to| Relation { from, kind, to };
        assert_eq!(
            model.relations(),
            vec![
                r(alex, RelationKind::MemberOf, dir),
                r(you, RelationKind::MemberOf, dir),
                r(dir, RelationKind::Owns, m365),
                r(alex, RelationKind::Manages, m365),
                r(you, RelationKind::Owns, azure),
            ]
        );
        assert_eq!(model.relations_of(azure), vec![r(you, RelationKind::Owns, azure)]);
    }

    #[test]
    fn users_of_a_subscription() {
        let model = contoso().apply(Event::SignUp { user: UserId(1), kind: SubscriptionKind::Azure }).expect("valid");
        let m365 = model.subscription(SubscriptionId(0)).expect("exists");
        let azure = model.subscription(SubscriptionId(1)).expect("exists");
        assert_eq!(model.users_of(m365), vec![UserId(0), UserId(1)]);
        assert_eq!(model.users_of(azure), vec![UserId(1)]);
        let shared =
            model.apply(Event::GrantAccess { subscription: SubscriptionId(1), user: UserId(0) }).expect("valid");
        let azure = shared.subscription(SubscriptionId(1)).expect("exists");
        assert_eq!(shared.users_of(azure), vec![UserId(1), UserId(0)]);
    }

    #[test]
    fn impossible_events_are_errors_not_panics() {
        let model = contoso()
            .apply(Event::SignUp { user: UserId(1), kind: SubscriptionKind::Azure })
            .and_then(|m| {
                m.apply(Event::CreateDirectory {
                    name: DirectoryName::Personal,
                    first_user: Persona::YouPersonal,
                    admin: false,
                })
            })
            .expect("valid");
        let cases = [
            (Event::SignUp { user: UserId(9), kind: SubscriptionKind::Azure }, ModelError::UnknownUser(UserId(9))),
            (
                Event::AddUser { persona: Persona::Alex, directory: DirectoryId(7), admin: false },
                ModelError::UnknownDirectory(DirectoryId(7)),
            ),
            (
                Event::GrantAccess { subscription: SubscriptionId(5), user: UserId(0) },
                ModelError::UnknownSubscription(SubscriptionId(5)),
            ),
            (
                Event::GrantAccess { subscription: SubscriptionId(0), user: UserId(1) },
                ModelError::NotAnAzureSubscription(SubscriptionId(0)),
            ),
            (
                Event::GrantAccess { subscription: SubscriptionId(1), user: UserId(2) },
                ModelError::NotInDirectory { user: UserId(2), subscription: SubscriptionId(1) },
            ),
            (
                Event::GrantAccess { subscription: SubscriptionId(1), user: UserId(1) },
                ModelError::AlreadyHasAccess { user: UserId(1), subscription: SubscriptionId(1) },
            ),
        ];
        for (event, expected) in cases {
            assert_eq!(model.apply(event), Err(expected), "{event:?}");
        }
    }
}
