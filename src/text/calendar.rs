//! The names of days and months, which dates are written with: a word that is one of
//! them dates what is around it rather than naming anything ("in Cairo Tuesday", "Ben
//! Wallace Oct. 23"). Lower case; compare ignoring ASCII case.

/// The days of the week.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The months.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The months as abbreviated with a stop ("Nov. 6"); without the stop some are names
/// ("Mar").
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Whether `word` is a day of the week or a month, ignoring ASCII case.
pub fn is_weekday_or_month(word: &str) -> bool {
    is_one_of(word, WEEKDAYS) || is_one_of(word, MONTHS)
}

/// Whether `word` is one of `list`, ignoring ASCII case.
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}
