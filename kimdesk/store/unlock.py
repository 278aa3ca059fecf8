"""Unlocking a locked store in place, so every view that holds it can go on using it.

``Store.lock()`` closes every connection and forgets the key. Unlocking opens the profile
again (passphrase, or the key in the OS keyring) and hands the new engine to the same
``Store`` object; a wrong passphrase raises ``WrongPassphrase`` and changes nothing.
"""

from __future__ import annotations

from kimdesk.errors import StoreError, WrongPassphrase
from kimdesk.i18n import translate
from kimdesk.store import secrets
from kimdesk.store.keyfile import KeyFile
from kimdesk.store.profile import Profile, keyring_name, open_profile
from kimdesk.store.store import Store


def keyring_holds_key(profile: Profile) -> bool:
    try:
        return secrets.get(keyring_name(KeyFile.load(profile.key_path).profile_id)) is not None
    except (StoreError, OSError):
        return False


def unlock(store: Store, profile: Profile, passphrase: str | None = None) -> None:
    """Reopen ``store`` with ``passphrase``, or with the keyring when it is None."""
    if store.is_open:
        return
    if passphrase is None and not keyring_holds_key(profile):
        raise WrongPassphrase(translate("Store", "Bitte die Passphrase eingeben."))
    fresh = open_profile(profile, passphrase=passphrase, use_keyring=passphrase is None)
    if fresh.device_id != store.device_id:
        fresh.close()
        raise StoreError(translate("Store", "Das ist nicht das Profil, das gesperrt wurde."))
    store.reopen(fresh)
