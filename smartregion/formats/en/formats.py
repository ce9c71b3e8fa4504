# British English, as the portal writes: 1 February 2027 (Django's "en" writes Feb. 1, 2027).
DATE_FORMAT = "j F Y"
