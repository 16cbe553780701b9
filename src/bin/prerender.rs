//! `prerender DIST`: writes the four prerendered pages into DIST (trunk's output), using
//! DIST/index.html for the asset tags. Run by the build hook (`scripts/post-build.sh`).

use pegasus_timeline::model::{read, validate};
use pegasus_timeline::prerender::{render_pages, AssetTags};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender DIST");
        return ExitCode::from(2);
    };
    let template = match std::fs::read_to_string(dist.join("index.html")) {
        Ok(html) => html,
        Err(error) => {
            eprintln!("prerender: cannot read {}: {error}", dist.join("index.html").display());
            return ExitCode::FAILURE;
        }
    };
    let assets = AssetTags::from_html(&template);
    if !assets.has_start_script() {
        eprintln!("prerender: no start-up script in {}", dist.join("index.html").display());
        return ExitCode::FAILURE;
    }
    let timeline = match read(pegasus_timeline::TIMELINE_JSON) {
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
