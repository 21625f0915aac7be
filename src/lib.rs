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
pub use embed::{add_catalog, catalog_needed, follow_link, mount, report_failure, GuideHandle};

/// The wasm's allocator: Talc, in place of Rust's default dlmalloc, for a smaller module
/// (measured with `scripts/size-report`; figures in docs/performance.md), behind
/// [`Wiping`], so nothing freed keeps what it held.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: Wiping<talc::wasm::WasmDynamicTalc> = Wiping(talc::wasm::new_wasm_dynamic_allocator());

/// An allocator that zeroes every block before it frees it. A reader's typed address, the
/// domains read from it and the verdict that names them live in ordinary `String`s, in
/// Yew's state and in its virtual DOM; when the fields are cleared or the guide is removed
/// those are freed, and this wipes them, so the wasm's memory holds none of it afterwards
/// (`tests/e2e/case.test.mjs` searches the memory). Growing a block goes through `alloc`
/// and `dealloc` (`GlobalAlloc`'s own `realloc`), so a moved block is wiped too.
#[cfg(target_arch = "wasm32")]
struct Wiping<A>(A);

#[cfg(target_arch = "wasm32")]
unsafe impl<A: std::alloc::GlobalAlloc> std::alloc::GlobalAlloc for Wiping<A> {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: `ptr` is a live block of `layout.size()` bytes (the caller's contract),
        // and `black_box` keeps the zeroing from being dropped as a store no one reads.
        unsafe {
            std::ptr::write_bytes(ptr, 0, layout.size());
            std::hint::black_box(ptr);
            self.0.dealloc(ptr, layout);
        }
    }
}
