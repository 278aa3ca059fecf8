"""KIMdesk: offline-first case management for the Kommunales Integrationsmanagement.

The package is split like Anki's: everything except ``kimdesk.ui`` is Qt-free core
(models, store, services, sync, reports); ``kimdesk.ui`` is the PySide6 shell.
"""

__version__ = "0.1.0"
