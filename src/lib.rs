//! Interactive guide to signing up for Azure with a Microsoft 365 account: a Yew
//! widget that documentation pages embed.
//!
//! `domain`, `walkthrough` and `i18n` come from the core crate (`crates/core`), which has
//! no Yew or browser dependency at all; `ui` draws them with Yew; `embed` is the only code
//! that reads the host page.

pub use azure_signup_guide_core::{domain, i18n, scene, walkthrough};
pub mod ui;

#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::{add_catalog, catalog_needed, mount, report_failure, styles, GuideHandle};

/// The wasm's allocator: Talc, in place of Rust's default dlmalloc, for a smaller module
/// (measured with `scripts/size-report`; figures in docs/performance.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
