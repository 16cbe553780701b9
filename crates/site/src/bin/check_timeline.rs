//! The editors' check: `cargo run --bin check-timeline [-- FILE]` lists every problem in the
//! data file (default `public/timeline.json`) at once; exit status 1 when there is any.
//! `--write-schema` regenerates `public/timeline.schema.json` from the Rust types.

fn main() {
    use std::path::Path;
    let mut file = "public/timeline.json".to_owned();
    let mut sources = "tests/fixtures/sources".to_owned();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--write-schema" => {
                let path = "public/timeline.schema.json";
                match std::fs::write(path, pegasus_model::timeline_schema()) {
                    Ok(()) => println!("wrote {path}"),
                    Err(error) => {
                        eprintln!("error: cannot write {path}: {error}");
                        std::process::exit(2);
                    }
                }
                return;
            }
            "--sources" => sources = args.next().unwrap_or(sources),
            other => file = other.to_owned(),
        }
    }
    let json = match std::fs::read_to_string(&file) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("error: cannot read {file}: {error}");
            std::process::exit(2);
        }
    };
    let texts = pegasus_model::source_texts::SourceTexts::read(Path::new(&sources));
    let errors = pegasus_model::check(&json, |name| texts.get(name));
    if errors.is_empty() {
        println!("{file}: no problem found.");
    } else {
        println!("{file}: {} problem(s):", errors.len());
        for error in &errors {
            println!("  - {error}");
        }
        std::process::exit(1);
    }
}
