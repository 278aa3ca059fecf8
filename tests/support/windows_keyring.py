"""A keyring backend that follows the Windows Credential Manager's rules (no Windows here).

Named ``WinVaultKeyring`` like keyring's own Windows backend, with its ``persist`` attribute
defaulting to enterprise persistence; errors are raised as ``pywintypes.error`` is (an
``Exception`` with ``winerror``, not a ``KeyringError``): 1783 "The stub received bad data"
for a blob over CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512 bytes, UTF-16), and, when
``KIMDESK_TEST_KEYRING_WINERROR`` is set, that error for every call (1312: "A specified logon
session does not exist", as in scheduled tasks and remote sessions).
"""

from __future__ import annotations

import os

from tests.support.file_keyring import FileKeyring


class error(Exception):  # noqa: N801 - named like pywintypes.error
    def __init__(self, winerror: int, funcname: str, strerror: str):
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


WRITES: list[tuple[str, int]] = []  # (name, blob bytes) of every accepted write, for the tests


class WinVaultKeyring(FileKeyring):
    persist = "enterprise"  # keyring's default: CRED_PERSIST_ENTERPRISE (roams with the user)

    def _fail(self, func: str) -> None:
        code = os.environ.get("KIMDESK_TEST_KEYRING_WINERROR")
        if code:
            raise error(int(code), func, "Eine angegebene Anmeldesitzung ist nicht vorhanden.")

    def get_password(self, service: str, username: str) -> str | None:
        self._fail("CredRead")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._fail("CredWrite")
        size = len(password.encode("utf-16-le"))
        if size > 5 * 512:
            raise error(1783, "CredWrite", "The stub received bad data.")
        WRITES.append((username, size))
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._fail("CredDelete")
        super().delete_password(service, username)
