//! The readers' wasm: hydrates the prerendered page (`pegasus_timeline::hydrate`).
//! The allocator stays Rust's default (dlmalloc): lol_alloc's free list measured 1.1 kB
//! gzip smaller and 4 MB lighter at 5,000 events, but 1.5–1.8× slower to expand every card
//! there (docs/performance.md, "Size").

fn main() {
    #[cfg(target_arch = "wasm32")]
    pegasus_timeline::hydrate();
}
