//! `prerender DIST --stylesheet FILE --integrity SRI --script FILE [--embed-script FILE]`:
//! writes the four prerendered pages into DIST (trunk's output), loading the assets by
//! the names given (the embed script in the embed copies only), and the two share images; with `--preview`, the editors' two preview pages instead.
//! `PEGASUS_PUBLIC_URL`, the address `dist/` will be published at, makes the pages'
//! canonical, language and share links absolute (docs/hosting.md).
//! Run by `scripts/build.sh`. The timeline is the one compiled in by `build.rs`, the very
//! one the wasm hydrates with; `--timeline FILE` reads it at run time instead (checked
//! against `--sources DIR`, `tests/fixtures/sources` by default, as `build.rs` checks it),
//! so that a build from another data file (the hostile-data tests' `PEGASUS_TIMELINE`)
//! needs no second native build of the tools.

fn main() -> std::process::ExitCode {
    use pegasus_site::prerender::{render_pages, render_preview_pages, Assets};
    use pegasus_site::share::{self, PublicUrl};
    use pegasus_timeline::model::Lang;
    use pegasus_timeline::{compiled_timeline, DATA_ERRORS};
    use std::path::PathBuf;
    use std::process::ExitCode;

    let mut dist = None;
    let mut preview = false;
    let mut data_file = String::new();
    let mut sources = "tests/fixtures/sources".to_owned();
    let mut assets = Assets::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let field = match arg.as_str() {
            "--stylesheet" => &mut assets.stylesheet,
            "--integrity" => &mut assets.stylesheet_integrity,
            "--script" => &mut assets.start_script,
            "--embed-script" => &mut assets.embed_script,
            "--timeline" => &mut data_file,
            "--sources" => &mut sources,
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
            "usage: prerender DIST [--preview] --stylesheet FILE --integrity SRI --script FILE [--embed-script FILE] [--timeline FILE [--sources DIR]]"
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
    let (timeline, errors) = if data_file.is_empty() {
        let errors: Vec<String> = DATA_ERRORS.iter().map(|e| (*e).to_owned()).collect();
        (compiled_timeline(), errors)
    } else {
        match read_timeline(&PathBuf::from(&data_file), &PathBuf::from(&sources)) {
            Ok(read) => read,
            Err(error) => {
                eprintln!("prerender: {error}");
                return ExitCode::FAILURE;
            }
        }
    };
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

/// The data file and its problems, as `build.rs` finds them for the wasm: the same check,
/// the same words, so the error notice drawn here is the one the wasm hydrates.
fn read_timeline(
    file: &std::path::Path,
    sources: &std::path::Path,
) -> Result<(pegasus_model::Timeline, Vec<String>), String> {
    let json = std::fs::read_to_string(file)
        .map_err(|error| format!("cannot read {}: {error}", file.display()))?;
    let texts = pegasus_model::source_texts::SourceTexts::read(sources);
    let errors = pegasus_model::check(&json, |name| texts.get(name))
        .iter()
        .map(ToString::to_string)
        .collect();
    let timeline =
        pegasus_model::read(&json).map_err(|error| format!("{}: {error}", file.display()))?;
    Ok((timeline, errors))
}

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
