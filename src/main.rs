fn main() {
    #[cfg(target_arch = "wasm32")]
    pegasus_timeline::hydrate();
}
