//! The readers' wasm: hydrates the prerendered page (`pegasus_timeline::hydrate`).

// lol_alloc's free list instead of Rust's default dlmalloc: smaller code, and the readers'
// wasm allocates little beyond the view's state (README, "Size": bytes and memory measured).
// SAFETY: this wasm has one thread (no atomics, no workers), as `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(target_arch = "wasm32")]
    pegasus_timeline::hydrate();
}
