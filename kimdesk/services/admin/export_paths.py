"""Where plaintext exports (PDF, CSV) go: the export folder, and whether a folder is synced to a cloud.

An export leaves the encrypted store as plain text. Saved into a folder that a sync client
(OneDrive, Dropbox, Nextcloud, …) mirrors, the personal data would be copied to a provider
the municipality has no agreement with (Art. 28 DSGVO); the app warns before it writes there.
"""

from __future__ import annotations

from pathlib import Path, PurePath

from kimdesk.store.store import Store

# names of folders the common sync clients create (OneDrive for Business: "OneDrive - <Firma>")
CLOUD_FOLDERS = ("OneDrive", "Dropbox", "Nextcloud", "ownCloud", "Google Drive", "GoogleDrive", "My Drive",
                 "iCloudDrive", "iCloud Drive", "MagentaCLOUD", "Seafile", "pCloud Drive", "Box Sync", "Box")


def cloud_service(path: str | PurePath) -> str | None:
    """The cloud whose sync folder holds ``path`` (by the folder names the clients use), or None."""
    for part in PurePath(path).parts:
        name = part.casefold()
        for cloud in CLOUD_FOLDERS:
            c = cloud.casefold()
            if name == c or name.startswith(c + " - "):
                return cloud
    return None


def start_folder(store: Store | None) -> Path:
    """The export folder from the settings if it exists, else the home folder."""
    from kimdesk.services.admin import settings

    folder = settings.EXPORT_FOLDER.get(store) if store is not None else ""
    if folder and Path(folder).expanduser().is_dir():
        return Path(folder).expanduser()
    return Path.home()


def start_path(store: Store | None, suggested: str) -> Path:
    return start_folder(store) / suggested
