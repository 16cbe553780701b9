//! Calendar dates without a time zone: the timeline only ever speaks of whole days.
//!
//! Hand-written rather than `chrono`/`time` because the app needs five operations on
//! proleptic Gregorian dates and every kilobyte of wasm is paid by the reader.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day in the Gregorian calendar, ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

/// Why a `YYYY-MM-DD` string is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Format(String),
    Impossible(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(f, "« {s} » is not a date in the form YYYY-MM-DD"),
            DateError::Impossible(s) => write!(f, "« {s} » does not exist in the calendar"),
        }
    }
}

impl std::error::Error for DateError {}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A checked constructor: `None` for 31 April or 29 February 2021.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses exactly `YYYY-MM-DD`, the form of HTML's `<time datetime>`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !well_formed {
            return Err(DateError::Format(text.to_owned()));
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<i32>().unwrap_or(0);
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        let month = u8::try_from(month).unwrap_or(0);
        let day = u8::try_from(day).unwrap_or(0);
        Date::new(year, month, day).ok_or_else(|| DateError::Impossible(text.to_owned()))
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::to_days`].
    pub fn from_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Self {
        Date::from_days(self.to_days() + days)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.to_days() + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// Every day from `self` to `last`, both included; empty when `last` is earlier.
    pub fn days_through(self, last: Date) -> impl Iterator<Item = Date> {
        let start = self.to_days();
        (start..=last.to_days()).map(Date::from_days)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Date::parse(&text).map_err(de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar day, YYYY-MM-DD.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).expect("test date")
    }

    #[test]
    fn the_window_days_have_their_real_weekdays() {
        assert_eq!(date("2021-07-20").weekday(), Weekday::Tuesday);
        assert_eq!(date("2021-07-22").weekday(), Weekday::Thursday);
        assert_eq!(date("2021-07-28").weekday(), Weekday::Wednesday);
        assert_eq!(date("2021-07-29").weekday(), Weekday::Thursday);
        assert_eq!(date("1970-01-01").weekday(), Weekday::Thursday);
        assert_eq!(date("2000-02-29").weekday(), Weekday::Tuesday);
    }

    #[test]
    fn impossible_days_are_rejected() {
        assert!(matches!(
            Date::parse("2021-02-29"),
            Err(DateError::Impossible(_))
        ));
        assert!(matches!(
            Date::parse("2021-04-31"),
            Err(DateError::Impossible(_))
        ));
        assert!(matches!(
            Date::parse("2021-13-01"),
            Err(DateError::Impossible(_))
        ));
        assert!(matches!(
            Date::parse("2021-07-00"),
            Err(DateError::Impossible(_))
        ));
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("1900-02-29").is_err());
    }

    #[test]
    fn malformed_dates_are_rejected() {
        for text in [
            "2021-7-20",
            "20/07/2021",
            "2021-07-20T00:00",
            "",
            "２０２１-07-20",
            "+021-07-20",
        ] {
            assert!(
                matches!(Date::parse(text), Err(DateError::Format(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn days_round_trip_across_months_and_years() {
        let start = date("2020-12-25");
        for offset in 0..800 {
            let day = start.add_days(offset);
            assert_eq!(Date::from_days(day.to_days()), day);
            assert_eq!(Date::parse(&day.to_string()), Ok(day));
            assert_eq!(start.days_until(day), offset);
        }
        assert_eq!(date("2021-07-31").add_days(1), date("2021-08-01"));
    }

    #[test]
    fn the_window_has_nine_days() {
        let days: Vec<Date> = date("2021-07-20")
            .days_through(date("2021-07-28"))
            .collect();
        assert_eq!(days.len(), 9);
        assert_eq!(days.last(), Some(&date("2021-07-28")));
        assert_eq!(
            date("2021-07-28").days_through(date("2021-07-20")).count(),
            0
        );
    }
}
