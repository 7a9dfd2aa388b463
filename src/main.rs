//! Entry point of the browser bundle: mounts the app, nothing else.

/// The allocator of the browser bundle. talc takes a few KB less of the download than Rust's
/// default for wasm (dlmalloc); the app is single-threaded, which its wasm allocator relies on.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kyc_onboarding::App);
}
