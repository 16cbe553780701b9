//! The share image: an SVG written from the data (kicker, title, a strip of the days with
//! one dot per event, the dates and the number of events), drawn by resvg with the fonts
//! in `assets/fonts/`, compiled in, so that every build draws the same pixels.

use super::{date_span, event_count, IMAGE_HEIGHT, IMAGE_WIDTH};
use crate::i18n::{strings, typeset};
use crate::model::{Lang, Timeline};
use resvg::{tiny_skia, usvg};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::fmt::Write;

const SERIF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerifCondensed-Bold-latin.ttf");
const SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold-latin.ttf");

// The page's dark scheme (style/tokens.css): a dark card stands out in a light feed and
// keeps its contrast when a network shrinks it to a thumbnail.
const PAPER: &str = "#1d1d1b";
const INK: &str = "#fbfaf7";
const INK_SOFT: &str = "#b4b1a8";
const RULE: &str = "#6b6961";
const ACCENT: &str = "#ff6b7d";

const MARGIN: f32 = 80.0;
const TITLE_TOP: f32 = 160.0;
/// The title's lowest baseline: below it the strip of days needs its room.
const TITLE_BOTTOM: f32 = 420.0;
const AXIS_Y: f32 = 505.0;

/// A drawn share image, and what the build should tell the newsroom about it.
pub struct ShareImage {
    pub png: Vec<u8>,
    /// Characters the fonts cannot draw, left out of the image.
    pub warnings: Vec<String>,
}

/// The share image of one language, as PNG bytes.
pub fn render_png(lang: Lang, timeline: &Timeline) -> Result<ShareImage, String> {
    let mut warnings = Vec::new();
    let svg = svg(lang, timeline, &mut warnings);
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_font_data(SERIF.to_vec());
    fonts.load_font_data(SANS.to_vec());
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| format!("share image: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(IMAGE_WIDTH, IMAGE_HEIGHT)
        .ok_or("share image: cannot allocate the canvas")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let png = pixmap
        .encode_png()
        .map_err(|e| format!("share image: {e}"))?;
    Ok(ShareImage { png, warnings })
}

/// One of the two fonts, measured as resvg will lay it out (kerning aside).
struct Font {
    data: &'static [u8],
    family: &'static str,
}

const TITLE_FONT: Font = Font {
    data: SERIF,
    family: "DejaVu Serif",
};
const UI_FONT: Font = Font {
    data: SANS,
    family: "DejaVu Sans",
};

impl Font {
    fn face(&self) -> Option<FontRef<'static>> {
        FontRef::new(self.data).ok()
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        let Some(face) = self.face() else { return 0.0 };
        let (charmap, metrics) = (
            face.charmap(),
            face.glyph_metrics(Size::new(size), LocationRef::default()),
        );
        text.chars()
            .filter_map(|c| charmap.map(c))
            .filter_map(|glyph| metrics.advance_width(glyph))
            .sum()
    }

    /// The text without what this font cannot draw (reported) nor invisible controls
    /// such as bidi overrides (an SVG line has one direction anyway).
    fn drawable(&self, text: &str, what: &str, warnings: &mut Vec<String>) -> String {
        let charmap = self.face().map(|f| f.charmap());
        let mut missing = String::new();
        let kept = text
            .chars()
            .filter(|c| !c.is_control() && !is_format(*c))
            .filter(|c| {
                let ok = charmap.as_ref().is_some_and(|m| m.map(*c).is_some());
                if !ok && !missing.contains(*c) {
                    missing.push(*c);
                }
                ok
            })
            .collect();
        if !missing.is_empty() {
            warnings.push(format!(
                "share image: the font has no {missing:?} ({what}); the image leaves it out \
                 (crates/site/assets/fonts/README.md says how to add characters)"
            ));
        }
        kept
    }
}

/// Unicode "format" characters that draw nothing: bidi marks and overrides, joiners.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn svg(lang: Lang, timeline: &Timeline, warnings: &mut Vec<String>) -> String {
    let title = typeset(lang, timeline.title.get(lang));
    let title = TITLE_FONT.drawable(&title, "title", warnings);
    let kicker = strings(lang).kicker.to_uppercase();
    let dates = date_span(lang, timeline.window);
    let count = event_count(lang, timeline.events.len());
    let (size, lines) = fit_title(&title);
    let width = IMAGE_WIDTH;
    let height = IMAGE_HEIGHT;
    let right = IMAGE_WIDTH as f32 - MARGIN;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\">\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{PAPER}\"/>\
         <rect width=\"{width}\" height=\"14\" fill=\"{ACCENT}\"/>\
         <text x=\"{MARGIN}\" y=\"112\" font-family=\"{}\" font-weight=\"bold\" font-size=\"30\" \
         letter-spacing=\"3\" fill=\"{ACCENT}\">{}</text>",
        UI_FONT.family,
        xml(&kicker)
    );
    let leading = size * 1.12;
    let first = TITLE_TOP + size * 0.8;
    let _ = write!(
        out,
        "<text font-family=\"{}\" font-stretch=\"condensed\" font-weight=\"bold\" \
         font-size=\"{size}\" fill=\"{INK}\">",
        TITLE_FONT.family
    );
    for (i, line) in lines.iter().enumerate() {
        let y = first + leading * i as f32;
        let _ = write!(
            out,
            "<tspan x=\"{MARGIN}\" y=\"{y:.1}\">{}</tspan>",
            xml(line)
        );
    }
    out.push_str("</text>");
    strip(&mut out, timeline);
    let _ = write!(
        out,
        "<text x=\"{MARGIN}\" y=\"588\" font-family=\"{0}\" font-weight=\"bold\" font-size=\"40\" \
         fill=\"{INK}\">{1}</text>\
         <text x=\"{right}\" y=\"588\" text-anchor=\"end\" font-family=\"{0}\" \
         font-weight=\"bold\" font-size=\"40\" fill=\"{INK_SOFT}\">{2}</text></svg>",
        UI_FONT.family,
        xml(&dates),
        xml(&count)
    );
    out
}

/// The days on an axis, one dot per event on its first day, stacked; the context entries
/// on a dashed stretch before them, as the page sets them apart.
fn strip(out: &mut String, timeline: &Timeline) {
    let (start, end) = (timeline.window.start, timeline.window.end);
    let days = start.days_until(end).max(0) as usize + 1;
    let right = IMAGE_WIDTH as f32 - MARGIN;
    let context_end = MARGIN + 150.0;
    let first_day = context_end + 40.0;
    let step = if days > 1 {
        (right - first_day) / (days - 1) as f32
    } else {
        0.0
    };
    let _ = write!(
        out,
        "<line x1=\"{MARGIN}\" y1=\"{AXIS_Y}\" x2=\"{context_end}\" y2=\"{AXIS_Y}\" \
         stroke=\"{RULE}\" stroke-width=\"4\" stroke-dasharray=\"10 8\"/>\
         <line x1=\"{first_day}\" y1=\"{AXIS_Y}\" x2=\"{right}\" y2=\"{AXIS_Y}\" \
         stroke=\"{RULE}\" stroke-width=\"4\"/>"
    );
    let mut stacks = vec![0usize; days];
    let context = timeline.events.iter().filter(|e| e.context).count();
    for i in 0..context {
        let x = MARGIN + 150.0 * (i as f32 + 0.5) / context as f32;
        let _ = write!(
            out,
            "<circle cx=\"{x:.1}\" cy=\"{AXIS_Y}\" r=\"8\" fill=\"{PAPER}\" stroke=\"{INK_SOFT}\" \
             stroke-width=\"4\"/>"
        );
    }
    for day in 0..days {
        let x = first_day + step * day as f32;
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{}\" stroke=\"{RULE}\" \
             stroke-width=\"4\"/>",
            AXIS_Y - 12.0,
            AXIS_Y + 12.0
        );
    }
    for event in timeline.events.iter().filter(|e| !e.context) {
        let day = start.days_until(event.date.from).clamp(0, days as i64 - 1) as usize;
        let x = first_day + step * day as f32;
        let y = AXIS_Y - 24.0 * stacks[day] as f32;
        stacks[day] += 1;
        // Past three, the dots would reach the title: the fourth and later share the top.
        let y = y.max(AXIS_Y - 48.0);
        let _ = write!(
            out,
            "<circle cx=\"{x:.1}\" cy=\"{y}\" r=\"10\" fill=\"{ACCENT}\" stroke=\"{PAPER}\" \
             stroke-width=\"3\"/>"
        );
    }
}

/// The largest size (84 px down to 44) at which the title fits three lines in its box;
/// at the smallest, what does not fit ends with « … ».
fn fit_title(title: &str) -> (f32, Vec<String>) {
    let max_width = IMAGE_WIDTH as f32 - 2.0 * MARGIN;
    for size in (44..=84).rev().step_by(4) {
        let size = size as f32;
        let lines = wrap(title, |t| TITLE_FONT.width(t, size), max_width);
        let height = size * 0.8 + size * 1.12 * (lines.len().max(1) - 1) as f32;
        if lines.len() <= 3 && TITLE_TOP + height <= TITLE_BOTTOM {
            return (size, balance(title, lines, |t| TITLE_FONT.width(t, size)));
        }
    }
    let size = 44.0;
    let measure = |t: &str| TITLE_FONT.width(t, size);
    let mut lines = wrap(title, measure, max_width);
    if lines.len() > 3 {
        lines.truncate(3);
        let last = &mut lines[2];
        while !last.is_empty() && measure(&format!("{last}…")) > max_width {
            last.pop();
        }
        let trimmed = last.trim_end().to_owned();
        *last = format!("{trimmed}…");
    }
    (size, lines)
}

/// The same number of lines, as even as they can be (CSS's `text-wrap: balance`): a
/// last line of one word looks like a mistake on a card.
fn balance(title: &str, lines: Vec<String>, measure: impl Fn(&str) -> f32) -> Vec<String> {
    let whole = title
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let widest = lines.iter().map(|l| measure(l)).fold(0.0, f32::max);
    let mut best = lines;
    let mut width = widest;
    while width > 0.0 {
        width -= 8.0;
        let narrower = wrap(title, &measure, width);
        // Never at the price of a cut word or of one more line.
        if narrower.len() != best.len() || narrower.join(" ") != whole {
            break;
        }
        best = narrower;
    }
    best
}

/// Greedy line breaking at ordinary spaces (never at the no-break spaces French
/// typesetting put before « : » and inside « »); a word wider than a line is cut.
fn wrap(text: &str, measure: impl Fn(&str) -> f32, max_width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if measure(&candidate) <= max_width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if measure(&line) > max_width && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The fonts resvg is given, for tests: exactly the two compiled in.
#[cfg(test)]
fn font_families() -> Vec<String> {
    let mut options = usvg::Options::default();
    options.fontdb_mut().load_font_data(SERIF.to_vec());
    options.fontdb_mut().load_font_data(SANS.to_vec());
    options
        .fontdb
        .faces()
        .flat_map(|f| f.families.iter().map(|(name, _)| name.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_size(png: &[u8]) -> (u32, u32) {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
        (be(16), be(20))
    }

    #[test]
    fn the_fonts_are_the_ones_the_svg_names() {
        let families = font_families();
        assert!(
            families.iter().any(|f| f == TITLE_FONT.family),
            "{families:?}"
        );
        assert!(families.iter().any(|f| f == UI_FONT.family), "{families:?}");
    }

    #[test]
    fn the_title_wraps_at_spaces_within_the_width() {
        let measure = |t: &str| t.chars().count() as f32;
        assert_eq!(
            wrap("Affaire Pegasus :\u{a0}Paris", measure, 10.0),
            ["Affaire", "Pegasus", ":\u{a0}Paris"]
        );
        assert_eq!(
            wrap("abcdefghij klm", measure, 4.0),
            ["abcd", "efgh", "ij", "klm"]
        );
    }

    #[test]
    fn the_shipped_title_fits_large_on_at_most_three_lines() {
        let timeline = crate::model::read(pegasus_timeline::TIMELINE_JSON).expect("valid data");
        for lang in [Lang::Fr, Lang::En] {
            let (size, lines) = fit_title(&typeset(lang, timeline.title.get(lang)));
            assert!(size >= 64.0 && lines.len() <= 3, "{size} {lines:?}");
            assert!(!lines.concat().contains('…'), "{lines:?}");
        }
    }

    #[test]
    fn the_image_is_a_small_1200_by_630_png_even_for_hostile_text() {
        let mut timeline = crate::model::read(pegasus_timeline::TIMELINE_JSON).expect("valid data");
        let image = render_png(Lang::Fr, &timeline).expect("image");
        assert_eq!(png_size(&image.png), (1200, 630));
        assert!(image.png.len() < 100_000, "{} bytes", image.png.len());
        assert!(image.warnings.is_empty(), "{:?}", image.warnings);
        timeline.title.en = format!("<b>\"&'</b>\u{202E}שלום {} end", "x".repeat(3000));
        let image = render_png(Lang::En, &timeline).expect("image");
        assert_eq!(png_size(&image.png), (1200, 630));
        assert_eq!(image.warnings.len(), 1, "{:?}", image.warnings);
        assert!(image.warnings[0].contains("ש"), "{:?}", image.warnings);
        let svg = svg(Lang::En, &timeline, &mut Vec::new());
        assert!(svg.contains("&lt;b&gt;&quot;&amp;'&lt;/b&gt;") && svg.contains('…'));
    }
}
