//! `prerender DIST --stylesheet FILE --integrity SRI --script FILE [--embed-script FILE]`:
//! writes the four prerendered pages into DIST (trunk's output), loading the assets by
//! the names given (the embed script in the embed copies only), and the two share images; with `--preview`, the editors' two preview pages instead.
//! `PEGASUS_PUBLIC_URL`, the address `dist/` will be published at, makes the pages'
//! canonical, language and share links absolute (README, Hosting).
//! Run by the build hook (`scripts/finish-dist.mjs`). The timeline is the one compiled in
//! by `build.rs`, the very one the wasm hydrates with (`PEGASUS_TIMELINE` picks another
//! data file for both).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use pegasus_site::prerender::{render_pages, render_preview_pages, Assets};
    use pegasus_site::share::{self, PublicUrl};
    use pegasus_timeline::model::Lang;
    use pegasus_timeline::{compiled_timeline, DATA_ERRORS};
    use std::path::PathBuf;
    use std::process::ExitCode;

    let mut dist = None;
    let mut preview = false;
    let mut assets = Assets::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let field = match arg.as_str() {
            "--stylesheet" => &mut assets.stylesheet,
            "--integrity" => &mut assets.stylesheet_integrity,
            "--script" => &mut assets.start_script,
            "--embed-script" => &mut assets.embed_script,
            "--preview" => {
                preview = true;
                continue;
            }
            _ => {
                dist = Some(PathBuf::from(arg));
                continue;
            }
        };
        *field = args.next().unwrap_or_default();
    }
    let (Some(dist), false, false) = (
        dist,
        assets.stylesheet.is_empty(),
        assets.start_script.is_empty(),
    ) else {
        eprintln!(
            "usage: prerender DIST [--preview] --stylesheet FILE --integrity SRI --script FILE [--embed-script FILE]"
        );
        return ExitCode::from(2);
    };
    if preview {
        return write_files(
            &dist,
            render_preview_pages(&assets)
                .into_iter()
                .map(|page| (page.name, page.html.into_bytes())),
        );
    }
    assets.public_url = match PublicUrl::from_env() {
        Ok(url) => url,
        Err(error) => {
            eprintln!("prerender: {error}");
            return ExitCode::from(2);
        }
    };
    if assets.public_url.is_none() {
        println!("{}", share::NO_PUBLIC_URL);
    }
    // build.rs has refused invalid data already unless PEGASUS_ALLOW_INVALID=1 (tests).
    let errors: Vec<String> = DATA_ERRORS.iter().map(|e| (*e).to_owned()).collect();
    let timeline = compiled_timeline();
    let mut files = Vec::new();
    for page in render_pages(&timeline, &errors, &assets) {
        files.push((page.name, page.html.into_bytes()));
    }
    // Drawn even without the address, so that the newsroom can look at them before
    // publishing; only an absolute address lets the pages name them.
    for lang in [Lang::Fr, Lang::En] {
        match share::render_png(lang, &timeline) {
            Ok(image) => {
                for warning in image.warnings {
                    eprintln!("prerender: warning: {warning}");
                }
                files.push((share::image_file(lang), image.png));
            }
            Err(error) => {
                eprintln!("prerender: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    write_files(&dist, files)
}

#[cfg(not(target_arch = "wasm32"))]
fn write_files(
    dist: &std::path::Path,
    files: impl IntoIterator<Item = (&'static str, Vec<u8>)>,
) -> std::process::ExitCode {
    for (name, bytes) in files {
        let path = dist.join(name);
        if let Err(error) = std::fs::write(&path, &bytes) {
            eprintln!("prerender: cannot write {}: {error}", path.display());
            return std::process::ExitCode::FAILURE;
        }
        println!("prerender: {} ({} bytes)", path.display(), bytes.len());
    }
    std::process::ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
