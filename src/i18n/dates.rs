//! Dates in words, in both languages: the day headings, the cards' dates, the day
//! navigator's abbreviations.

use super::strings;
use crate::model::{Date, EventDate, Lang, Precision, Weekday, Window};

pub fn month_name(lang: Lang, month: u8) -> &'static str {
    const FR_MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let index = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::Fr => FR_MONTHS[index],
        Lang::En => EN_MONTHS[index],
    }
}

/// The abbreviations the French press uses (« juil. », « sept. »), English's three letters.
fn month_abbr(lang: Lang, month: u8) -> &'static str {
    const FR_ABBR: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    const EN_ABBR: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let index = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::Fr => FR_ABBR[index],
        Lang::En => EN_ABBR[index],
    }
}

pub fn weekday_name(lang: Lang, weekday: Weekday) -> &'static str {
    use Weekday::*;
    match (lang, weekday) {
        (Lang::Fr, Monday) => "lundi",
        (Lang::Fr, Tuesday) => "mardi",
        (Lang::Fr, Wednesday) => "mercredi",
        (Lang::Fr, Thursday) => "jeudi",
        (Lang::Fr, Friday) => "vendredi",
        (Lang::Fr, Saturday) => "samedi",
        (Lang::Fr, Sunday) => "dimanche",
        (Lang::En, Monday) => "Monday",
        (Lang::En, Tuesday) => "Tuesday",
        (Lang::En, Wednesday) => "Wednesday",
        (Lang::En, Thursday) => "Thursday",
        (Lang::En, Friday) => "Friday",
        (Lang::En, Saturday) => "Saturday",
        (Lang::En, Sunday) => "Sunday",
    }
}

/// The day of the month as written: French writes the first « 1er ».
fn day_of_month(lang: Lang, date: Date) -> String {
    match (lang, date.day()) {
        (Lang::Fr, 1) => "1er".to_owned(),
        (_, d) => d.to_string(),
    }
}

/// « 20 juillet » / « 20 July ».
fn day_month(lang: Lang, date: Date) -> String {
    format!(
        "{} {}",
        day_of_month(lang, date),
        month_name(lang, date.month())
    )
}

/// « 20 juillet 2021 » / « 20 July 2021 », without the weekday.
pub fn day_month_year(lang: Lang, date: Date) -> String {
    format!("{} {}", day_month(lang, date), date.year())
}

/// The heading of the day-by-day axis, from the data file's window: « Jour par jour, du 20
/// au 28 juillet 2021 ».
pub fn days_heading(lang: Lang, window: Window) -> String {
    let (start, end) = (window.start, window.end);
    let last = day_month_year(lang, end);
    // Say the month and the year once when both days share them.
    let first = if start.year() != end.year() {
        day_month_year(lang, start)
    } else if start.month() != end.month() {
        day_month(lang, start)
    } else {
        day_of_month(lang, start)
    };
    match lang {
        Lang::Fr if start == end => format!("Jour par jour, le {last}"),
        Lang::En if start == end => format!("Day by day, {last}"),
        Lang::Fr => format!("Jour par jour, du {first} au {last}"),
        Lang::En => format!("Day by day, {first} to {last}"),
    }
}

/// The line under the context heading: the days before the window's first day.
pub fn context_intro(lang: Lang, window: Window) -> String {
    let first = day_month_year(lang, window.start);
    match lang {
        Lang::Fr => format!("Ce qu’il faut savoir des jours qui précèdent le {first}."),
        Lang::En => format!("What to know about the days before {first}."),
    }
}

/// « mardi 27 juillet 2021 » / « Tuesday 27 July 2021 »; French writes the first of the month « 1er ».
pub fn long_date(lang: Lang, date: Date) -> String {
    format!(
        "{} {}",
        weekday_name(lang, date.weekday()),
        day_month_year(lang, date)
    )
}

/// « 20 juil. » / « 20 Jul », kept on one line: a card's own date under the heading that
/// has just said the day in full, so the card still says its day when read alone (a deep
/// link, a printout) without saying it twice.
pub fn short_date(lang: Lang, date: Date) -> String {
    format!(
        "{}\u{a0}{}",
        day_of_month(lang, date),
        month_abbr(lang, date.month())
    )
}

/// The event's date in words, with its precision when it is not one exact day.
pub fn event_date(lang: Lang, date: &EventDate) -> String {
    let (from, to) = (date.from, date.last());
    let same_month = from.month() == to.month() && from.year() == to.year();
    let span = |lang: Lang| -> String {
        match (lang, same_month) {
            (Lang::Fr, true) => format!(
                "du {} au {} {} {}",
                long_weekday_day(lang, from),
                long_weekday_day(lang, to),
                month_name(lang, to.month()),
                to.year()
            ),
            (Lang::Fr, false) => format!("du {} au {}", long_date(lang, from), long_date(lang, to)),
            (Lang::En, true) => format!(
                "{} to {} {} {}",
                long_weekday_day(lang, from),
                long_weekday_day(lang, to),
                month_name(lang, to.month()),
                to.year()
            ),
            (Lang::En, false) => format!("{} to {}", long_date(lang, from), long_date(lang, to)),
        }
    };
    match date.precision {
        _ if from == to => long_date(lang, from),
        Precision::Day | Precision::Range => span(lang),
        Precision::Week => match lang {
            Lang::Fr => format!(
                "entre le {} et le {} {} {}",
                long_weekday_day(lang, from),
                long_weekday_day(lang, to),
                month_name(lang, to.month()),
                to.year()
            ),
            Lang::En => format!("sometime {}", span(lang)),
        },
    }
}

fn long_weekday_day(lang: Lang, date: Date) -> String {
    format!(
        "{} {}",
        weekday_name(lang, date.weekday()),
        day_of_month(lang, date)
    )
}

/// « mar. » / « Tue », for the compact day navigator.
pub fn weekday_abbr(lang: Lang, date: Date) -> String {
    let name = weekday_name(lang, date.weekday());
    match lang {
        Lang::Fr => format!("{}.", name.chars().take(3).collect::<String>()),
        Lang::En => name.chars().take(3).collect(),
    }
}

/// The label for a date that is not one exact day.
pub fn precision_label(lang: Lang, precision: Precision) -> Option<&'static str> {
    match precision {
        Precision::Day => None,
        Precision::Range => Some(strings(lang).precision_range),
        Precision::Week => Some(strings(lang).precision_week),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Localized;

    #[test]
    fn the_axis_heading_follows_the_window() {
        let window = |start: &str, end: &str| Window {
            start: Date::parse(start).expect("day"),
            end: Date::parse(end).expect("day"),
        };
        let july = window("2021-07-20", "2021-07-28");
        assert_eq!(
            days_heading(Lang::Fr, july),
            "Jour par jour, du 20 au 28 juillet 2021"
        );
        assert_eq!(
            days_heading(Lang::En, july),
            "Day by day, 20 to 28 July 2021"
        );
        assert_eq!(
            days_heading(Lang::Fr, window("2021-07-01", "2021-08-02")),
            "Jour par jour, du 1er juillet au 2 août 2021"
        );
        assert_eq!(
            days_heading(Lang::En, window("2020-12-30", "2021-01-02")),
            "Day by day, 30 December 2020 to 2 January 2021"
        );
        assert_eq!(
            context_intro(Lang::Fr, july),
            "Ce qu’il faut savoir des jours qui précèdent le 20 juillet 2021."
        );
    }

    fn date(text: &str) -> Date {
        Date::parse(text).expect("test date")
    }

    fn event_date_of(precision: Precision, from: &str, to: Option<&str>) -> EventDate {
        EventDate {
            precision,
            from: date(from),
            to: to.map(date),
            reasoning: Localized {
                fr: "x".into(),
                en: "x".into(),
            },
        }
    }

    #[test]
    fn a_day_reads_as_weekday_day_month_year() {
        assert_eq!(
            long_date(Lang::Fr, date("2021-07-27")),
            "mardi 27 juillet 2021"
        );
        assert_eq!(
            long_date(Lang::En, date("2021-07-27")),
            "Tuesday 27 July 2021"
        );
        assert_eq!(
            long_date(Lang::Fr, date("2021-08-01")),
            "dimanche 1er août 2021"
        );
    }

    #[test]
    fn a_range_reads_as_from_to() {
        let range = event_date_of(Precision::Range, "2021-07-27", Some("2021-07-28"));
        assert_eq!(
            event_date(Lang::Fr, &range),
            "du mardi 27 au mercredi 28 juillet 2021"
        );
        assert_eq!(
            event_date(Lang::En, &range),
            "Tuesday 27 to Wednesday 28 July 2021"
        );
    }

    #[test]
    fn an_undated_event_reads_as_between() {
        let week = event_date_of(Precision::Week, "2021-07-20", Some("2021-07-25"));
        assert_eq!(
            event_date(Lang::Fr, &week),
            "entre le mardi 20 et le dimanche 25 juillet 2021"
        );
        assert_eq!(
            event_date(Lang::En, &week),
            "sometime Tuesday 20 to Sunday 25 July 2021"
        );
    }

    #[test]
    fn a_range_across_months_names_both_months() {
        let range = event_date_of(Precision::Range, "2021-07-31", Some("2021-08-01"));
        assert_eq!(
            event_date(Lang::Fr, &range),
            "du samedi 31 juillet 2021 au dimanche 1er août 2021"
        );
    }

    #[test]
    fn a_short_date_abbreviates_the_month_and_drops_weekday_and_year() {
        assert_eq!(short_date(Lang::Fr, date("2021-07-20")), "20\u{a0}juil.");
        assert_eq!(short_date(Lang::En, date("2021-07-20")), "20\u{a0}Jul");
        assert_eq!(short_date(Lang::Fr, date("2021-08-01")), "1er\u{a0}août");
    }

    #[test]
    fn weekdays_abbreviate_per_language() {
        assert_eq!(weekday_abbr(Lang::Fr, date("2021-07-27")), "mar.");
        assert_eq!(weekday_abbr(Lang::En, date("2021-07-27")), "Tue");
    }
}
