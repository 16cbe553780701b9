//! `prerender DIST [--data FILE]`: writes the four prerendered pages into DIST (trunk's
//! output), using DIST/index.html for the asset tags. Run by the build hook
//! (`scripts/finish-dist.mjs`) with the data file compiled in; the benchmark passes
//! `--data` to render generated timelines, which must pass the editors' check first.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use pegasus_timeline::model::{check, read, validate};
    use pegasus_timeline::prerender::{render_pages, AssetTags};
    use pegasus_timeline::source_texts::SourceTexts;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    let mut dist = None;
    let mut data = None;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--data" {
            data = args.next().map(PathBuf::from);
        } else {
            dist = Some(PathBuf::from(arg));
        }
    }
    let Some(dist) = dist else {
        eprintln!("usage: prerender DIST [--data FILE]");
        return ExitCode::from(2);
    };
    let template = match std::fs::read_to_string(dist.join("index.html")) {
        Ok(html) => html,
        Err(error) => {
            eprintln!(
                "prerender: cannot read {}: {error}",
                dist.join("index.html").display()
            );
            return ExitCode::FAILURE;
        }
    };
    let assets = AssetTags::from_html(&template);
    if !assets.has_start_script() {
        eprintln!(
            "prerender: no start-up script in {}",
            dist.join("index.html").display()
        );
        return ExitCode::FAILURE;
    }
    let json = match &data {
        None => pegasus_timeline::TIMELINE_JSON.to_owned(),
        Some(file) => {
            let json = match std::fs::read_to_string(file) {
                Ok(json) => json,
                Err(error) => {
                    eprintln!("prerender: cannot read {}: {error}", file.display());
                    return ExitCode::FAILURE;
                }
            };
            let texts = SourceTexts::read(Path::new("tests/fixtures/sources"));
            let problems = check(&json, |name| texts.get(name));
            if !problems.is_empty() {
                for problem in &problems {
                    eprintln!("prerender: {}: {problem}", file.display());
                }
                return ExitCode::FAILURE;
            }
            json
        }
    };
    let timeline = match read(&json) {
        Ok(timeline) => timeline,
        Err(error) => {
            eprintln!("prerender: {error}");
            return ExitCode::FAILURE;
        }
    };
    // build.rs has refused invalid data already unless PEGASUS_ALLOW_INVALID=1 (tests).
    let errors: Vec<String> = validate(&timeline).iter().map(|e| e.to_string()).collect();
    for page in render_pages(&timeline, &errors, &assets) {
        let path = dist.join(page.name);
        if let Err(error) = std::fs::write(&path, &page.html) {
            eprintln!("prerender: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("prerender: {} ({} bytes)", path.display(), page.html.len());
    }
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
