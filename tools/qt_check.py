"""Check that Qt's xcb platform plugin can load its libraries; fix or explain if not.

Minimal Debian/Ubuntu systems lack a few X libraries PySide6 needs ("Could not load the Qt
platform plugin xcb"). Run as root with --fix, this installs them with apt-get; otherwise it
prints the one line that does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

NEEDED = {  # library soname -> Debian package
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def missing_packages() -> list[str]:
    if not sys.platform.startswith("linux") or not shutil.which("ldconfig"):
        return []
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    missing = {pkg for lib, pkg in NEEDED.items() if lib not in listing}
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if plugin.exists() and shutil.which("ldd"):
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line:
                lib = line.split()[0]
                missing.add(NEEDED.get(lib, lib.split(".so")[0].replace("lib", "lib", 1)))
    return sorted(missing)


def main() -> int:
    fix = "--fix" in sys.argv
    missing = missing_packages()
    if not missing:
        return 0
    line = "apt-get install -y " + " ".join(missing)
    if fix and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Qt needs: {' '.join(missing)} — installing")
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        return subprocess.run(line.split(), check=False).returncode
    print("KIMdesk's window needs X libraries that are missing here. Install them with:")
    print(f"    sudo {line}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
