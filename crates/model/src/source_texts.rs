//! The archived source articles (`tests/fixtures/sources/`), read once for the quote check.
//! Shared by `build.rs`, the editors' checker and the tests.

use std::path::Path;

/// The archived texts by file name.
pub struct SourceTexts(Vec<(String, String)>);

impl SourceTexts {
    /// Every readable UTF-8 file of `dir`; an unreadable folder gives none (the check then
    /// reports each source's text as missing).
    pub fn read(dir: &Path) -> SourceTexts {
        let texts = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|entry| {
                        let name = entry.file_name().to_string_lossy().into_owned();
                        std::fs::read_to_string(entry.path())
                            .ok()
                            .map(|text| (name, text))
                    })
                    .collect()
            })
            .unwrap_or_default();
        SourceTexts(texts)
    }

    /// The text of the file `name`, for `model::check` and `model::check_quotes`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, text)| text.as_str())
    }
}
