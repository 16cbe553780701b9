//! Interface strings and language-aware formatting (dates, counts, French spacing). No
//! Leptos here. The data file's problems are worded by the model (`problem_text`).

use crate::model::Lang;

mod dates;
mod strings;

pub use dates::{
    context_intro, day_month_year, days_heading, event_date, long_date, month_name,
    precision_label, short_date, weekday_abbr, weekday_name,
};
pub use strings::{live_strings, strings, LiveStrings, Strings};

/// « 12 événements sur 17 » / « 12 of 17 events ». Made at run time in the readers' wasm,
/// so without `format!` (whose machinery each call site instantiates).
pub fn shown_count(lang: Lang, shown: usize, total: usize) -> String {
    let all = shown == total;
    let (shown, s, total) = (&decimal(shown), plural(shown), &decimal(total));
    match (lang, all) {
        (Lang::Fr, true) => [total, "\u{a0}événements affichés"].concat(),
        (Lang::Fr, false) => [shown, "\u{a0}événement", s, " sur ", total, " affiché", s].concat(),
        (Lang::En, true) => ["All ", total, " events shown"].concat(),
        (Lang::En, false) => [shown, " of ", total, " events shown"].concat(),
    }
}

/// `n` in decimal digits, for the readers' run-time strings (no `core::fmt`).
pub fn decimal(mut n: usize) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

fn plural(n: usize) -> &'static str {
    if n > 1 {
        "s"
    } else {
        ""
    }
}

/// French typography for editorial text: no-break spaces before « : » and thin no-break
/// spaces before « ; ? ! » and inside guillemets, so punctuation never starts a line.
/// Never applied to quotes, which stay exactly as published.
pub fn french_spacing(text: &str) -> String {
    const NBSP: char = '\u{A0}';
    const NNBSP: char = '\u{202F}';
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        if c == ' ' {
            match next {
                Some(':') => out.push(NBSP),
                Some(';' | '?' | '!' | '»') => out.push(NNBSP),
                _ if prev == Some('«') => out.push(NNBSP),
                _ => out.push(' '),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Editorial text as it should be set in `lang`.
pub fn typeset(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => french_spacing(text),
        Lang::En => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_writes_every_digit_of_zero_one_and_large_numbers() {
        assert_eq!(decimal(0), "0");
        assert_eq!(decimal(7), "7");
        assert_eq!(decimal(5_000), "5000");
        assert_eq!(decimal(usize::MAX), usize::MAX.to_string());
    }

    #[test]
    fn counts_read_naturally_in_both_languages() {
        assert_eq!(shown_count(Lang::Fr, 17, 17), "17\u{a0}événements affichés");
        assert_eq!(
            shown_count(Lang::Fr, 1, 17),
            "1\u{a0}événement sur 17 affiché"
        );
        assert_eq!(
            shown_count(Lang::Fr, 5, 17),
            "5\u{a0}événements sur 17 affichés"
        );
        assert_eq!(shown_count(Lang::En, 5, 17), "5 of 17 events shown");
        assert_eq!(shown_count(Lang::En, 17, 17), "All 17 events shown");
    }

    #[test]
    fn french_punctuation_gets_no_break_spaces() {
        assert_eq!(
            french_spacing("Affaire Pegasus : « au sérieux » ; vraiment ? oui !"),
            "Affaire Pegasus\u{A0}: «\u{202F}au sérieux\u{202F}»\u{202F}; vraiment\u{202F}? oui\u{202F}!"
        );
        assert_eq!(typeset(Lang::En, "a : b"), "a : b");
    }
}
