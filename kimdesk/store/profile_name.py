"""Whether a ``--profile`` name can be a folder on Windows: checked before anything is opened.

Apart from ``store.profile`` so the command line can check the name without importing the
database layer (the desktop app paints its first screen before SQLAlchemy is loaded).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from kimdesk.errors import BadInput
from kimdesk.i18n import translate

# Windows' rules for a file or folder name ("Naming Files, Paths, and Namespaces", Microsoft
# Learn): these device names are reserved with any extension, in any case; a name may not end
# in a dot or a space, nor hold < > : " / \\ | ? * or a control character; and names differing
# only in case are the same folder on NTFS.
RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_INVALID_CHARS = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


def check_profile_name(name: str, data_dir: Path) -> None:
    """Refuse a ``--profile`` name that Windows cannot hold as a folder, or that clashes in case."""
    problem = None
    if not name or len(name) > 64:
        problem = translate("Store", "er muss 1 bis 64 Zeichen lang sein")
    elif any(ch in _INVALID_CHARS or unicodedata.category(ch) in ("Cc", "Cf") for ch in name):  # incl. bidi overrides
        problem = translate("Store", "er darf keines der Zeichen < > : \" / \\ | ? * und keine Steuerzeichen enthalten")
    elif name.endswith((".", " ")) or name.startswith(" "):
        problem = translate("Store", "er darf nicht mit einem Punkt oder Leerzeichen enden")
    elif name in (".", "..") or name.split(".")[0].rstrip(" ").upper() in RESERVED_NAMES:
        problem = translate("Store", "der Name ist unter Windows für Geräte reserviert")
    if problem:
        raise BadInput(translate("Store", "Ungültiger Profilname „{name}“: {why}.").format(name=name[:64], why=problem))
    if data_dir.is_dir():
        for other in data_dir.iterdir():
            if other.name != name and other.name.casefold() == name.casefold() and other.is_dir():
                raise BadInput(translate("Store", "Es gibt schon das Profil „{other}“; Profilnamen, die sich nur in "
                                                  "Groß-/Kleinschreibung unterscheiden, sind unter Windows dasselbe.")
                               .format(other=other.name))
