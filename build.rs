//! Compiles the timeline into the app, after checking it with the model's own rules: an
//! editor's mistake stops `trunk build` with the event id, the field and what is wrong.
//! `PEGASUS_TIMELINE` names another data file (the hostile-data tests use one);
//! `PEGASUS_ALLOW_INVALID=1` turns the errors into warnings, for those tests only, and
//! `PEGASUS_TEST_HOOKS=1` compiles in the test-only panic trigger (`?panic-test`).

#[allow(dead_code, unused_imports)]
#[path = "src/model/mod.rs"]
mod model;

#[path = "src/source_texts.rs"]
mod source_texts;

use std::path::PathBuf;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-env-changed=PEGASUS_TIMELINE");
    println!("cargo:rerun-if-env-changed=PEGASUS_ALLOW_INVALID");
    println!("cargo:rerun-if-env-changed=PEGASUS_TEST_HOOKS");
    println!("cargo::rustc-check-cfg=cfg(pegasus_test_hooks)");
    // Test-only behaviour (a deliberate panic on request) exists only in test builds.
    if env::var("PEGASUS_TEST_HOOKS").as_deref() == Ok("1") {
        println!("cargo:rustc-cfg=pegasus_test_hooks");
    }
    println!("cargo:rerun-if-changed=src/model");
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let data = env::var("PEGASUS_TIMELINE")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("public/timeline.json"));
    let data = if data.is_absolute() {
        data
    } else {
        root.join(data)
    };
    println!("cargo:rerun-if-changed={}", data.display());
    let sources = root.join("tests/fixtures/sources");
    println!("cargo:rerun-if-changed={}", sources.display());

    let json = match fs::read_to_string(&data) {
        Ok(json) => json,
        Err(error) => fail(&format!("cannot read {}: {error}", data.display())),
    };
    let texts = source_texts::SourceTexts::read(&sources);
    let errors = model::check(&json, |file| texts.get(file));
    if !errors.is_empty() {
        let list: String = errors.iter().map(|e| format!("\n  - {e}")).collect();
        let message = format!("{} problem(s) in {}:{list}", errors.len(), data.display());
        if env::var("PEGASUS_ALLOW_INVALID").as_deref() == Ok("1") {
            for line in message.lines() {
                println!("cargo:warning={line}");
            }
        } else {
            fail(&message);
        }
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    if let Err(error) = fs::write(out.join("timeline.json"), json) {
        fail(&format!("cannot write the compiled-in timeline: {error}"));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("\nerror: the timeline data has mistakes; fix them and build again.\n{message}\n");
    std::process::exit(1);
}
