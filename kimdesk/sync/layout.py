"""Where things lie on the share. Names carry ids and numbers only, never personal data.

```
<target>/kimdesk-sync.info                     team id + format version (sealed)
<target>/devices/<device-id>/000000000042      segment 42 of that device
<target>/devices/<device-id>/000000000040.snapshot   its latest snapshot (covers its seq 40)
<target>/devices/<device-id>/cursors.state     what it has applied, and its snapshot's coverage
<target>/devices/<device-id>/*.tmp-<random>    being written (renamed when complete)
```
Each device writes only below its own folder; the info file is written once, by the first
round on an empty folder.
"""

from __future__ import annotations

import re
import uuid

INFO = "kimdesk-sync.info"
DEVICES = "devices"
CURSORS = "cursors.state"
SNAPSHOT_SUFFIX = ".snapshot"
TEMP_MARK = ".tmp-"
#: files larger than this are not read at all (anyone can drop a huge file into the share)
MAX_FILE = 1 << 30  # segments and snapshots
# snapshots: a database snapshot is about 7.4 KB a person (738 MB at 100,000 people, 1,484 MB at
# 200,000: refused by every reader when this was 1 GiB); streamed to disk, never whole in memory.
# The writer never writes a larger one (``publish``): its segments stay instead
MAX_SNAPSHOT = 4 << 30
MAX_STATE = 16 << 20  # cursors.state
MAX_INFO = 16 << 20  # the info file (team, revoked devices, the files a rotation vouched for)
_SEGMENT = re.compile(r"^\d{12}$")
_SNAPSHOT = re.compile(r"^(\d{12})\.snapshot$")


def device_dir(device: str) -> str:
    return f"{DEVICES}/{device}"


def segment_name(seq: int) -> str:
    return f"{seq:012d}"


def segment_path(device: str, seq: int) -> str:
    return f"{device_dir(device)}/{segment_name(seq)}"


def snapshot_path(device: str, seq: int) -> str:
    return f"{device_dir(device)}/{segment_name(seq)}{SNAPSHOT_SUFFIX}"


def cursors_path(device: str) -> str:
    return f"{device_dir(device)}/{CURSORS}"


def temp_name(path: str) -> str:
    return f"{path}{TEMP_MARK}{uuid.uuid4().hex[:12]}"


def is_info_temp(name: str) -> bool:
    """A temp file of the info file, left when a first round failed half-way (ours to remove)."""
    return name.startswith(INFO + TEMP_MARK)


def parse_segment(name: str) -> int | None:
    return int(name) if _SEGMENT.match(name) else None


def parse_snapshot(name: str) -> int | None:
    m = _SNAPSHOT.match(name)
    return int(m.group(1)) if m else None


def is_device_id(name: str) -> bool:
    try:
        return str(uuid.UUID(name)) == name
    except ValueError:
        return False
