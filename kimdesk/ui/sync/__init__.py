"""The sync page and the controller that syncs in the background (PySide6 only here)."""
