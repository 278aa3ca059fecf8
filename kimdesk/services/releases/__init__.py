"""Releases and disclosure: consents, who receives which copy, content marks, Art. 15 access."""
