# The site writes English dates the British way ("31 December 2026"), as the other
# languages do, rather than Django's American default ("Dec. 31, 2026").
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
