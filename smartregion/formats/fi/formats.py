# As Finnish is written in running text and on public sector sites: 1.2.2027 (Django's "fi" spells the month).
DATE_FORMAT = "j.n.Y"
