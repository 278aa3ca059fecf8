"""The responsibility map (*Zuständigkeitslandkarte*) of a person and the table beside it."""
