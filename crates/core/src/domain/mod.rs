//! Directories, users and subscriptions, the article's rules between them, the
//! cases built on those rules, the article's links, and text fitting for drawings.
//! Pure Rust: nothing here knows Yew, web-sys or the DOM.

pub mod links;
pub mod model;
pub mod prediction;
pub mod scenario;
pub mod text_fit;

pub use links::Link;
pub use model::{
    Directory, DirectoryId, DirectoryName, Event, Model, ModelError, NodeId, Owner, Persona, Relation, RelationKind,
    Subscription, SubscriptionId, SubscriptionKind, User, UserId,
};
pub use prediction::{predict, Case, Prediction};
pub use scenario::{before_sign_up, play, Caption, Played, ScenarioId};
