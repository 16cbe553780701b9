//! The readers' wasm: hydrates the prerendered page (`pegasus_timeline::hydrate`).
//! The allocator stays Rust's default (dlmalloc): lol_alloc's free list measured 1.1 kB
//! gzip smaller and 4 MB lighter at 5,000 events, but 1.5–1.8× slower to expand every card
//! there (docs/performance.md, "Size").

fn main() {
    #[cfg(target_arch = "wasm32")]
    pegasus_timeline::hydrate();
    // `cargo run` in the root lands here natively: say where the page is built and served.
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!(
            "pegasus-timeline is the readers' WebAssembly entry point: it runs in the browser.\n\
             To build the page and see it:   ./scripts/serve.sh   (http://127.0.0.1:8080/)\n\
             To edit it with a rebuild loop: ./scripts/dev.sh\n\
             The native tools:               cargo run -p pegasus-site --bin check-timeline | serve | prerender"
        );
        std::process::exit(2);
    }
}
