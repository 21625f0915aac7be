//! Interactive guide to signing up for Azure with a Microsoft 365 account: a Yew
//! widget that documentation pages embed.
//!
//! `domain`, `walkthrough` and `i18n` are pure Rust and know nothing of Yew or the
//! browser; `ui` draws them with Yew; `embed` is the only code that reads the host page.

pub mod domain;
pub mod i18n;
pub mod ui;
pub mod walkthrough;

#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::{mount, report_failure, styles, GuideHandle};
