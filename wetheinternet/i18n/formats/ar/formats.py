# Django's Arabic formats have no date-time format, so dates with a time fell back to
# the English "N j, Y, P" ("نوفمبر 21, 2026, ظهراً"). Schedules read best in 24 hours.
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y H:i"
TIME_FORMAT = "H:i"
