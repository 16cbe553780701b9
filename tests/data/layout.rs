//! The modules of each crate import one another in one direction only: each crate's modules
//! are listed here from the top (what the reader or the tool sees) to the bottom (the data),
//! and a module may import only from modules below it. Read from the sources as text: every
//! `crate::…` and, in a file of the crate's first level, `super::…`, with names the crate
//! root re-exports (`pub use module::{…}`) traced to their module. Test code is left out
//! (it may reach anything it tests).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// (the crate's `src/`, its modules from the top down). A name outside the list (the crate
/// root's own items) is the root, which every module may use.
const CRATES: [(&str, &[&str]); 4] = [
    (
        "src",
        &[
            "app",
            "components",
            "hooks",
            "state",
            "story_text",
            "i18n",
            "pages",
            "compiled",
            "model",
        ],
    ),
    (
        "crates/model/src",
        &[
            "problem_text",
            "editing",
            "check",
            "parse",
            "validate",
            "outline",
            "error",
            "url",
            "timeline",
            "date",
            "source_texts",
        ],
    ),
    (
        "crates/preview/src",
        &[
            "components",
            "state",
            "report",
            "saving",
            "files",
            "input",
            "edit_strings",
            "strings",
            "model",
        ],
    ),
    (
        "crates/site/src",
        &[
            "prerender",
            "share",
            "static_server",
            "i18n",
            "pages",
            "model",
        ],
    ),
];

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The code of a file without its test module (`#[cfg(test)]` and what follows).
fn without_tests(text: &str) -> &str {
    let cut = ["#[cfg(test)]", "#[cfg(all(test"]
        .iter()
        .filter_map(|marker| text.find(marker))
        .min();
    &text[..cut.unwrap_or(text.len())]
}

/// What the crate root re-exports, by name: `pub use module::{A, B};` → A, B → module.
fn reexports(root: &str) -> HashMap<String, String> {
    let mut names = HashMap::new();
    let code = without_tests(root);
    for statement in code.split(';') {
        let statement = statement.trim();
        let Some(path) = statement
            .lines()
            .find(|line| line.trim_start().starts_with("pub use "))
            .and(statement.split("pub use ").nth(1))
        else {
            continue;
        };
        let Some((module, items)) = path.split_once("::") else {
            continue;
        };
        let items = items.trim().trim_start_matches('{').trim_end_matches('}');
        for item in items.split(',') {
            let name = item.trim();
            if !name.is_empty() && name != "*" {
                names.insert(name.to_owned(), module.trim().to_owned());
            }
        }
    }
    names
}

/// The first path segments after every `prefix` in `code`: `crate::a::b` → a,
/// `crate::{A, b::C}` → A, b.
fn imported(code: &str, prefix: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        // `pegasus_model::…` or `$crate::…` are not this crate's own paths.
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let first = item.trim().split("::").next().unwrap_or("").trim();
                if !first.is_empty() {
                    found.push(first.to_owned());
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.push(name);
            }
        }
    }
    found
}

#[test]
fn every_crates_modules_import_only_from_the_modules_below_them() {
    let mut upward = Vec::new();
    let mut edges = 0;
    for (src, layers) in CRATES {
        let dir = crate::support::project_file(src);
        let root_file = ["lib.rs", "main.rs"]
            .iter()
            .map(|name| dir.join(name))
            .find(|path| path.is_file())
            .expect("a crate root");
        let names = reexports(&std::fs::read_to_string(&root_file).expect("the crate root"));
        let rank = |module: &str| layers.iter().position(|m| *m == module);
        let mut files = Vec::new();
        rust_files(&dir, &mut files);
        for file in files {
            let relative = file.strip_prefix(&dir).expect("inside src");
            let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
            let module = parts[0].trim_end_matches(".rs").to_owned();
            if parts.last().is_some_and(|name| name == "tests.rs") {
                continue;
            }
            let Some(own) = rank(&module) else {
                continue;
            };
            let text = std::fs::read_to_string(&file).expect("a source file");
            let code = without_tests(&text);
            let mut targets = imported(code, "crate::");
            if parts.len() == 1 {
                targets.extend(imported(code, "super::"));
            }
            for target in targets {
                let target = names.get(&target).cloned().unwrap_or(target);
                let Some(theirs) = rank(&target) else {
                    continue;
                };
                edges += 1;
                if theirs < own {
                    upward.push(format!("{}: {module} imports {target}", file.display()));
                }
            }
        }
    }
    assert!(edges > 40, "only {edges} imports read: the reading broke");
    assert!(
        upward.is_empty(),
        "imports that run back up:\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_layout_check_sees_an_import_that_runs_back_up() {
    let code =
        "use crate::app::App;\nfn f() { super::components::x(); }\n#[cfg(test)]\nuse crate::hooks;";
    assert_eq!(imported(without_tests(code), "crate::"), ["app"]);
    assert_eq!(imported(code, "super::"), ["components"]);
    let names = reexports("pub use check::{check, inspect};\npub use date::Date;");
    assert_eq!(names.get("inspect").map(String::as_str), Some("check"));
    assert_eq!(names.get("Date").map(String::as_str), Some("date"));
}
