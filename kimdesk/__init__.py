"""KIMdesk: offline-first case management for the Kommunales Integrationsmanagement.

The package is split like Anki's: everything except ``kimdesk.ui`` is Qt-free core
(models, store, figures, reports, sync, services); ``kimdesk.ui`` is the PySide6 shell. The floors
between them are checked by ``.importlinter`` (see README, "The floor plan").
"""

__version__ = "0.1.0"
