"""Case conferences in the desktop app: list, editor, consent override, printing."""
