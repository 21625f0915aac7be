//! The guide's pure core: what the article says (directories, users, subscriptions and
//! the rules between them), the walkthrough as a state machine, and the localized
//! messages with locale negotiation. No Yew, no browser types: it builds and is tested
//! on the host, and the widget crate (`azure-signup-guide`) draws it.

pub mod domain;
pub mod i18n;
pub mod scene;
pub mod walkthrough;
