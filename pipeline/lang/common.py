"""Typography of no one language: quote marks and dashes, shared by every language's text."""

# Quote pairs a name can be printed in (opening, closing); ASCII quotes open and close alike.
QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ("„", "”"), ('"', '"'), ("‘", "’"), ("”", "”"))
# Every quote mark, to strip from a name's ends.
QUOTE_MARKS = "\"'«»“”„‟‘’`"
# Hyphens, dashes and the minus sign: "Samruk−Kazyna" is printed with a minus as often as
# with a hyphen.
DASHES = "-‐‑‒–—−"
