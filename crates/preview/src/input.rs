//! What the preview accepts as a data file or a source text, decided before anything is
//! parsed: the size first (from the file's metadata, so a 20 MB file is never read), then
//! whether the bytes are text at all.

use crate::model::Lang;

/// The largest file the preview reads. The shipped data file is about 30 kB; 5,000 events
/// are about 5 MB.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// How many source texts the preview keeps at once, and their total size: a story's
/// articles are a few, of some 10 to 50 kB each. At the cap the quote check takes about
/// 0.1 s natively (docs/editing.md).
pub const MAX_SOURCE_TEXTS: usize = 50;
pub const MAX_SOURCE_TEXT_BYTES: u64 = 5 * 1024 * 1024;

/// Why a file (or a paste) was not checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    TooLarge {
        bytes: u64,
    },
    Empty,
    /// Not text: `kind` names the format when its signature is known.
    Binary {
        kind: Option<&'static str>,
    },
    NotUtf8,
    /// The browser could not read it (moved, deleted, or changed since it was picked).
    Unreadable,
    /// A source text beyond [`MAX_SOURCE_TEXTS`].
    TooManySourceTexts,
    /// A source text that would take the texts past [`MAX_SOURCE_TEXT_BYTES`] together.
    SourceTextsTooLarge {
        total: u64,
    },
}

/// Refuses a file by its size alone.
pub fn refuse_size(bytes: u64) -> Option<Refusal> {
    (bytes > MAX_FILE_BYTES).then_some(Refusal::TooLarge { bytes })
}

/// Refuses one more source text of `bytes` beside those `kept` (name and size), by its
/// size alone, before it is read. A text of a name already kept replaces it.
pub fn refuse_source_text(kept: &[(String, u64)], name: &str, bytes: u64) -> Option<Refusal> {
    let others: Vec<u64> = kept
        .iter()
        .filter(|(kept, _)| kept != name)
        .map(|(_, size)| *size)
        .collect();
    let total = others.iter().sum::<u64>() + bytes;
    if others.len() >= MAX_SOURCE_TEXTS {
        Some(Refusal::TooManySourceTexts)
    } else if total > MAX_SOURCE_TEXT_BYTES {
        Some(Refusal::SourceTextsTooLarge { total })
    } else {
        None
    }
}

/// The file's text, without a byte-order mark, or why it is not one.
pub fn decode(bytes: &[u8]) -> Result<String, Refusal> {
    if let Some(refusal) = refuse_size(bytes.len() as u64) {
        return Err(refusal);
    }
    // UTF-16 (Windows Notepad's « Unicode »): text, in an encoding the build does not read.
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(Refusal::NotUtf8);
    }
    if let Some(kind) = known_binary(bytes) {
        return Err(Refusal::Binary { kind: Some(kind) });
    }
    // Text files never hold NUL; images, archives and office documents do, early on.
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(Refusal::Binary { kind: None });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Refusal::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    Ok(text.to_owned())
}

/// Formats that editors are likely to pick by mistake, by their first bytes.
fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 7] = [
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\xff\xd8\xff", "JPEG"),
        (b"GIF8", "GIF"),
        (b"%PDF", "PDF"),
        (b"PK\x03\x04", "ZIP"),
        (b"RIFF", "WebP"),
        (b"\x1f\x8b", "gzip"),
    ];
    SIGNATURES
        .iter()
        .find(|(signature, _)| bytes.starts_with(signature))
        .map(|(_, kind)| *kind)
}

/// « 20,0 Mo » / "20.0 MB": sizes as the editor's file manager shows them.
pub fn format_size(lang: Lang, bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let (value, unit) = if bytes as f64 >= KB * KB {
        (bytes as f64 / (KB * KB), ["Mo", "MB"])
    } else {
        (bytes as f64 / KB, ["Ko", "kB"])
    };
    match lang {
        Lang::Fr => format!("{value:.1}\u{a0}{}", unit[0]).replace('.', ","),
        Lang::En => format!("{value:.1} {}", unit[1]),
    }
}

/// The message for a refused input, naming it (a file name, or the pasted text).
pub fn refusal_text(lang: Lang, refusal: &Refusal, name: &str) -> String {
    let limit = format_size(lang, MAX_FILE_BYTES);
    match (lang, refusal) {
        (Lang::Fr, Refusal::TooLarge { bytes }) => format!(
            "{name} fait {}, plus que la limite de {limit}\u{a0}: ce n’est pas un fichier de chronologie (le nôtre fait environ 30\u{a0}Ko). Rien n’a été lu.",
            format_size(lang, *bytes)
        ),
        (Lang::En, Refusal::TooLarge { bytes }) => format!(
            "{name} is {}, more than the {limit} limit: this is not a timeline file (ours is about 30 kB). Nothing was read.",
            format_size(lang, *bytes)
        ),
        (Lang::Fr, Refusal::Empty) => format!("{name} est vide."),
        (Lang::En, Refusal::Empty) => format!("{name} is empty."),
        (Lang::Fr, Refusal::Binary { kind: Some(kind) }) => format!(
            "{name} n’est pas du texte mais un fichier {kind}\u{a0}: choisissez le fichier timeline.json."
        ),
        (Lang::En, Refusal::Binary { kind: Some(kind) }) => {
            format!("{name} is not text but a {kind} file: choose the timeline.json file.")
        }
        (Lang::Fr, Refusal::Binary { kind: None }) => format!(
            "{name} n’est pas un fichier texte\u{a0}: choisissez le fichier timeline.json."
        ),
        (Lang::En, Refusal::Binary { kind: None }) => {
            format!("{name} is not a text file: choose the timeline.json file.")
        }
        (Lang::Fr, Refusal::NotUtf8) => format!(
            "{name} n’est pas encodé en UTF-8\u{a0}: enregistrez-le en UTF-8 depuis votre éditeur."
        ),
        (Lang::En, Refusal::NotUtf8) => {
            format!("{name} is not encoded as UTF-8: save it as UTF-8 from your editor.")
        }
        (Lang::Fr, Refusal::Unreadable) => format!(
            "{name} n’a pas pu être lu (déplacé ou modifié depuis qu’il a été choisi\u{202f}?)\u{a0}: choisissez-le à nouveau."
        ),
        (Lang::En, Refusal::Unreadable) => format!(
            "{name} could not be read (moved or changed since it was chosen?): choose it again."
        ),
        (Lang::Fr, Refusal::TooManySourceTexts) => format!(
            "{name} n’a pas été lu\u{a0}: l’aperçu garde {MAX_SOURCE_TEXTS}\u{a0}textes sources au plus. Rechargez la page pour repartir de zéro."
        ),
        (Lang::En, Refusal::TooManySourceTexts) => format!(
            "{name} was not read: the preview keeps at most {MAX_SOURCE_TEXTS} source texts. Reload the page to start again."
        ),
        (Lang::Fr, Refusal::SourceTextsTooLarge { total }) => format!(
            "{name} n’a pas été lu\u{a0}: avec lui, les textes sources feraient {}, plus que la limite de {} (un article fait de 10 à 50\u{a0}Ko).",
            format_size(lang, *total),
            format_size(lang, MAX_SOURCE_TEXT_BYTES)
        ),
        (Lang::En, Refusal::SourceTextsTooLarge { total }) => format!(
            "{name} was not read: with it, the source texts would take {}, more than the {} limit (an article is 10 to 50 kB).",
            format_size(lang, *total),
            format_size(lang, MAX_SOURCE_TEXT_BYTES)
        ),
    }
}

/// Whether a dropped file looks like a data file.
pub fn is_data_file_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".json")
}

/// Whether a dropped file looks like an archived source text.
pub fn is_source_text_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".txt")
}

/// The passage selected in a source's text, cut from the text itself. The selection's
/// ends are the browser's: UTF-16 code units into the text as a text box holds it, where a
/// CRLF (or a lone CR) is one LF. Without the spaces and line breaks a selection picks up
/// at its ends: what is left is in the text as it is, character for character.
pub fn selected_passage(text: &str, start: u32, end: u32) -> Option<String> {
    let (start, end) = (start.min(end) as usize, start.max(end) as usize);
    let mut units = 0;
    let (mut from, mut to) = (None, None);
    let mut chars = text.char_indices().peekable();
    loop {
        let at = chars.peek().map_or(text.len(), |(at, _)| *at);
        if units >= start && from.is_none() {
            from = Some(at);
        }
        if units >= end {
            to = Some(at);
            break;
        }
        let Some((_, c)) = chars.next() else { break };
        let joined_to_lf = c == '\r' && chars.peek().is_some_and(|(_, next)| *next == '\n');
        if !joined_to_lf {
            units += c.len_utf16();
        }
    }
    // A selection's end past the text (it never is, but the browser's numbers are not ours)
    // ends with the text.
    let passage = text.get(from?..to.unwrap_or(text.len()))?.trim();
    (!passage.is_empty()).then(|| passage.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selected_passage_is_cut_from_the_text_by_its_utf16_ends_without_outer_spaces() {
        let text = "Il a dit «\u{a0}au sérieux\u{a0}» 𝄞 hier.";
        // « Il a dit » is 9 units; the passage starts at the guillemet.
        let start = "Il a dit ".encode_utf16().count() as u32;
        let end = "Il a dit «\u{a0}au sérieux\u{a0}» 𝄞".encode_utf16().count() as u32;
        assert_eq!(
            selected_passage(text, start, end).as_deref(),
            Some("«\u{a0}au sérieux\u{a0}» 𝄞")
        );
        assert_eq!(
            selected_passage(text, end, start - 1).as_deref(),
            Some("«\u{a0}au sérieux\u{a0}» 𝄞"),
            "a selection made backwards, with the space before it"
        );
        assert_eq!(selected_passage(text, 3, 3), None);
        // A text with Windows line ends: the text box counts each as one character, and the
        // passage keeps the file's own.
        let crlf = "Premier.\r\nIsraël «\u{a0}prend\u{a0}» l’affaire.\r\nFin.";
        let boxed = crlf.replace("\r\n", "\n");
        let from = boxed
            .find("Israël")
            .map(|b| boxed[..b].encode_utf16().count())
            .unwrap_or(0) as u32;
        let to = boxed
            .find("Fin")
            .map(|b| boxed[..b].encode_utf16().count())
            .unwrap_or(0) as u32
            + 3;
        assert_eq!(
            selected_passage(crlf, from, to).as_deref(),
            Some("Israël «\u{a0}prend\u{a0}» l’affaire.\r\nFin")
        );
        assert_eq!(selected_passage(text, 0, 999).as_deref(), Some(text));
    }

    #[test]
    fn source_texts_past_the_count_or_the_total_size_are_refused_and_a_same_name_replaces() {
        let kept: Vec<(String, u64)> = (0..MAX_SOURCE_TEXTS)
            .map(|i| (format!("{i}.txt"), 1000))
            .collect();
        assert_eq!(
            refuse_source_text(&kept, "new.txt", 10),
            Some(Refusal::TooManySourceTexts)
        );
        assert_eq!(
            refuse_source_text(&kept, "3.txt", 10),
            None,
            "a replacement"
        );
        let big = vec![("a.txt".to_owned(), MAX_SOURCE_TEXT_BYTES - 100)];
        assert_eq!(refuse_source_text(&big, "b.txt", 100), None);
        assert_eq!(
            refuse_source_text(&big, "b.txt", 101),
            Some(Refusal::SourceTextsTooLarge {
                total: MAX_SOURCE_TEXT_BYTES + 1
            })
        );
        let message = refusal_text(
            Lang::En,
            &Refusal::SourceTextsTooLarge { total: 6 << 20 },
            "b.txt",
        );
        assert!(
            message.contains("6.0 MB") && message.contains("5.0 MB"),
            "{message}"
        );
    }

    #[test]
    fn a_twenty_megabyte_file_is_refused_by_its_size_with_the_limit() {
        let refusal = refuse_size(20 * 1024 * 1024).expect("refused");
        assert_eq!(
            refusal_text(Lang::Fr, &refusal, "« gros.json »"),
            "« gros.json » fait 20,0\u{a0}Mo, plus que la limite de 10,0\u{a0}Mo\u{a0}: ce n’est pas un fichier de chronologie (le nôtre fait environ 30\u{a0}Ko). Rien n’a été lu."
        );
        assert!(refusal_text(Lang::En, &refusal, "big.json")
            .contains("20.0 MB, more than the 10.0 MB limit"));
        assert_eq!(refuse_size(MAX_FILE_BYTES), None);
    }

    #[test]
    fn images_empty_files_and_other_encodings_are_told_apart() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(Refusal::Binary { kind: Some("PNG") })
        );
        assert_eq!(decode(b"\x00\x01abc"), Err(Refusal::Binary { kind: None }));
        assert_eq!(decode(b""), Err(Refusal::Empty));
        assert_eq!(decode(b" \n\t"), Err(Refusal::Empty));
        assert_eq!(decode(b"{\"a\": \"caf\xe9\"}"), Err(Refusal::NotUtf8));
        assert_eq!(decode("\u{feff}{}".as_bytes()), Ok("{}".to_owned()));
        assert_eq!(decode(b"\xff\xfe{\0\"\0"), Err(Refusal::NotUtf8));
    }

    #[test]
    fn data_files_are_known_by_their_extension() {
        assert!(is_data_file_name("Timeline.JSON"));
        assert!(!is_data_file_name("001_63dc68f2ca8f1435.txt"));
        assert!(is_source_text_name("001_63dc68f2ca8f1435.txt"));
    }
}
