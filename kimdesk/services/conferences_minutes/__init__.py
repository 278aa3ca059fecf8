"""Case conferences: editing, reading and printing their minutes."""
