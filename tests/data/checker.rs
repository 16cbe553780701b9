//! The editors' checker: every mistake at once, with id, field, and line for syntax; the
//! JSON Schema shipped to editors is the one the Rust types generate.

use pegasus_model::source_texts::SourceTexts;
use pegasus_model::{check, DataError};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn check_file(path: &Path) -> Vec<String> {
    let json = std::fs::read_to_string(path).expect("fixture");
    let texts = SourceTexts::read(&crate::support::sources_dir());
    check(&json, |name| texts.get(name))
        .iter()
        .map(DataError::to_string)
        .collect()
}

#[test]
fn the_shipped_schema_is_the_one_the_types_generate() {
    let shipped =
        std::fs::read_to_string(root().join("public/timeline.schema.json")).expect("schema");
    assert!(
        shipped == pegasus_model::timeline_schema(),
        "public/timeline.schema.json is stale: run `cargo run --bin check-timeline -- --write-schema`"
    );
}

#[test]
fn the_data_file_points_editors_to_its_schema() {
    let data: serde_json::Value =
        serde_json::from_str(pegasus_timeline::TIMELINE_JSON).expect("json");
    assert_eq!(data["$schema"], "./timeline.schema.json");
}

#[test]
fn a_file_with_many_mistakes_reports_every_one_with_its_event_and_field() {
    let errors = check_file(&root().join("tests/fixtures/invalid/many-mistakes.json"));
    let expected = [
        "event `reponse-de-bennett`, field `date.from`: « 2021-02-30 » does not exist",
        "event `plaintes-du-maroc`, field `sumary`: unknown field `sumary`",
        "event `licences-cyber`: missing field `headline`",
        "`ledesk`, field `url`: « javascript:alert(1) » is not an https: or http: address",
        "`reaction-elysee`, field `summary.en`: the text is empty",
        "event `commission-israelienne`, field `quotes[0].source`: unknown source id `le-monde`",
        "event `appel-macron-bennett`, field `id`: the id is used more than once",
        "event `appel-revele`, field `date.from`: 2021-08-02 is outside the window",
        "event `parly-annonce-ses-questions`, field `actors[3]`: unknown actor id `russie`",
        "event `gantz-a-paris`, field `date.from`: comes before `visite-des-locaux-de-nso`",
        "event `reaction-elysee`, field `quotes[0].text`: the quote is not found verbatim",
    ];
    for needle in expected {
        assert!(
            errors.iter().any(|e| e.contains(needle)),
            "missing «{needle}» in:\n{}",
            errors.join("\n")
        );
    }
}

#[test]
fn a_syntax_error_is_reported_with_its_line_and_column() {
    let errors = check_file(&root().join("tests/fixtures/invalid/syntax-error.json"));
    assert_eq!(
        errors,
        vec!["line 11, column 14: key must be a string".to_owned()]
    );
}

#[test]
fn the_checker_command_fails_on_mistakes_and_passes_the_shipped_file() {
    let checker = crate::support::site_tool("check-timeline");
    let good = Command::new(&checker)
        .current_dir(root())
        .output()
        .expect("run");
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stdout)
    );
    let bad = Command::new(checker)
        .current_dir(root())
        .arg("tests/fixtures/invalid/many-mistakes.json")
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(1));
    let out = String::from_utf8_lossy(&bad.stdout);
    assert!(out.contains("problem(s):"), "{out}");
    assert!(
        out.lines().filter(|l| l.starts_with("  - ")).count() >= 11,
        "{out}"
    );
}
