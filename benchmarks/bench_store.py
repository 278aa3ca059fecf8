"""Store benchmark: SQLCipher beside plain SQLite in the same run.

At ``n`` demo clients (``KIMDESK_BENCH_PEOPLE``, default 10,000 and 100,000):

- the stores: a SQLCipher store of ``n - k`` demo people written through the real services (the
  demo generator: ORM, change capture, audit chain, search-key triggers; seed 11), built once per
  size and kept in the fixture cache (``fixture_cache``: at 200,000 people the generator takes the
  better part of an hour); its plain twin is the same database decrypted (``sqlcipher_export``);
- insert throughput through the same services: the last ``k`` people (``min(5,000, n / 10)``,
  ``KIMDESK_BENCH_STORE_SLICE``; seed 12, their ids after the stored ones as a team's new people's
  are) inserted into each of the two, timed with the generator's closing deadline evaluation: the
  rate of a store of about ``n`` people, not the average of building it from empty;
- on the two stores of ``n`` people then: search latency (median, p95) over realistic queries,
  the time to open the database, the audit chain's verification, and the disk per person: the
  file after a VACUUM divided by the people, split per table with ``dbstat`` (on the plain store:
  SQLCipher is built without it; both hold the same rows) into the change journal, the audit
  chain and the live data;
- the migrations 0046, 0045, 0043, 0042, 0040 and 0036 down and up on the SQLCipher store, after its disk
  figure (a store that went down and up is not what a laptop holds), at sizes up to 10,000 people only
  (``KIMDESK_BENCH_MIGRATIONS_MAX``; about a minute at 10,000, growing with the journal).

The plain-SQLite store uses the identical code path with no key; only the page encryption
differs. A closing line says where the module's time went.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
import uuid

from benchmarks.common import percentile, scratch_dir
from benchmarks.common import record
from benchmarks.demo_store import SLICE_ENV, base, insert_slice, slice_of  # noqa: F401 - SLICE_ENV: the tests
from kimdesk.services.clients_intake import search
from kimdesk.store import migrate
from kimdesk.store.profile import Profile, _store, engine_for, init_profile, open_profile

PASS = "benchmark passphrase"
MIGRATIONS_ENV = "KIMDESK_BENCH_MIGRATIONS_MAX"  # the largest size whose migrations are timed


def plain_store(profile: Profile):
    """The same schema and settings without encryption (baseline only)."""
    profile.dir.mkdir(parents=True)
    engine = engine_for(profile.db_path, None)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        for key, value in (("device_id", str(uuid.uuid4())), ("case_counter", 0)):
            conn.exec_driver_sql("INSERT INTO setting(key, value) VALUES (?, ?)", (key, f'"{value}"'
                                 if isinstance(value, str) else str(value)))
    return _store(engine, profile)


def queries(store, n: int, rng: random.Random) -> list[str]:
    with store.connection() as conn:
        # drawn with the caller's seeded generator (SQLite's random() is unseeded: every run, and the
        # ranking test, would see other queries)
        ids = conn.exec_driver_sql("SELECT id FROM client ORDER BY id").scalars().all()
        picked = sorted(rng.sample(range(len(ids)), min(n, len(ids))))
        rows = [conn.exec_driver_sql("SELECT given_name, family_name, native_name FROM client WHERE id = ?",
                                     (ids[i],)).one() for i in picked]
        rng.shuffle(rows)
    out = []
    for given, family, native in rows:
        kind = rng.random()
        if kind < 0.3:
            out.append(family)
        elif kind < 0.5:
            out.append(f"{given} {family}")
        elif kind < 0.7:
            out.append(family[: max(3, len(family) // 2)])  # typing, prefix
        elif kind < 0.85 and native:
            out.append(native.split()[0])
        else:
            out.append(given.replace("ü", "ue").replace("o", "ou", 1))  # another transliteration
    return out


def plain_twin(store, profile: Profile):
    """The same database decrypted into a plain SQLite file (``sqlcipher_export``: every table,
    index and row; baseline only), opened with the identical code path and no key."""
    profile.dir.mkdir(parents=True)
    raw = store.engine.raw_connection()
    try:
        db = raw.driver_connection
        db.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(profile.db_path),))
        db.execute("SELECT sqlcipher_export('plaintext')")
        version = db.execute("PRAGMA main.user_version").fetchone()[0]
        db.execute(f"PRAGMA plaintext.user_version = {int(version)}")
        db.execute("DETACH DATABASE plaintext")
    finally:
        raw.close()
    return _store(engine_for(profile.db_path, None), profile)


def search_latency(stores: dict[str, object], qs: list[str], rounds: int) -> dict[str, list[float]]:
    """Each query on both stores, back to back (the order alternating), ``rounds`` times.

    Interleaved, a burst of load from another tenant of this shared machine hits both stores
    alike instead of whichever happened to be measured at that minute. Both page caches are
    warmed with every query first, as in a running app.
    """
    for store in stores.values():
        for q in qs:
            search.search(store, q)
    lat: dict[str, list[float]] = {kind: [] for kind in stores}
    order = list(stores)
    for _ in range(rounds):
        for q in qs:
            order.reverse()
            for kind in order:
                t0 = time.perf_counter()
                search.search(stores[kind], q)
                lat[kind].append(time.perf_counter() - t0)
    return lat


def open_times(kind: str, profile: Profile) -> tuple[float, float]:
    """(open with the raw key, open with the passphrase incl. Argon2id); plain SQLite has no passphrase."""
    t0 = time.perf_counter()
    if kind == "sqlcipher":
        s = open_profile(profile, passphrase=PASS)
        open_pass = time.perf_counter() - t0
        s.close()
        from kimdesk.store.keyfile import KeyFile
        from kimdesk.store.profile import _connect

        key = KeyFile.load(profile.key_path).unwrap(PASS)
        t0 = time.perf_counter()
        s = _store(_connect(profile.db_path, key), profile)
        open_key = time.perf_counter() - t0
        s.close()
    else:
        s = _store(engine_for(profile.db_path, None), profile)
        with s.connection() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
        open_key = time.perf_counter() - t0
        open_pass = float("nan")
        s.close()
    return open_key, open_pass


def vacuum(kind: str, profile: Profile) -> int:
    """VACUUM the closed profile's database (checkpointing its WAL) and return the file's size in bytes."""
    if kind == "sqlcipher":
        engine = open_profile(profile, passphrase=PASS).engine
    else:
        engine = engine_for(profile.db_path, None)
    raw = engine.raw_connection()  # the driver connection is in autocommit; the engine's "begin" hook is not
    try:
        raw.driver_connection.execute("VACUUM")
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    engine.dispose()
    return profile.db_path.stat().st_size


JOURNAL_TABLES = {"change": "journal", "journal_name": "journal", "audit": "audit"}


def split(path) -> dict[str, int]:
    """Bytes of each part (journal, audit, live data) of a plain SQLite file, tables with their indexes;
    the journal's own objects (its table, indexes, the codes' table) also one by one, as "journal:NAME"."""
    with sqlite3.connect(path) as db:
        owner = dict(db.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"))
        parts: dict[str, int] = {"journal": 0, "audit": 0, "live": 0}
        for name, size in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            part = JOURNAL_TABLES.get(owner.get(name, name), "live")
            parts[part] += size
            if part == "journal":
                parts[f"journal:{name}"] = size
    return parts


def objects(path) -> list[tuple[str, str, int, int, int]]:
    """Every table and index of a plain SQLite file, largest first: (name, its table, bytes on its
    pages, payload bytes, unused bytes), from ``dbstat``."""
    with sqlite3.connect(path) as db:
        owner = dict(db.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"))
        rows = db.execute("SELECT name, sum(pgsize), sum(payload), sum(unused) FROM dbstat GROUP BY name "
                          "ORDER BY 2 DESC, 1").fetchall()
    return [(name, owner.get(name, name), size, payload, unused) for name, size, payload, unused in rows]


def synced_journal(path) -> dict[str, int]:
    """The journal's objects (bytes) of this file as on a synced laptop, where every change but the
    seeded catalogue's has gone out in a segment (the store benchmark writes and never syncs;
    ``ix_change_unsent`` holds only unsent changes, migration 0042): measured on a vacuumed copy."""
    import shutil

    from kimdesk.sync.merge import GENESIS

    copy = path.with_name("synced-copy.db")
    shutil.copy(path, copy)
    try:
        with sqlite3.connect(copy) as db:
            db.execute("UPDATE change SET segment = 1 + seq / 20000 WHERE segment IS NULL AND device_code IS NOT "
                       "(SELECT code FROM journal_name WHERE name = ?)", (GENESIS,))
        with sqlite3.connect(copy) as db:
            db.execute("VACUUM")
        return {k: v for k, v in split(copy).items() if k.startswith("journal")}
    finally:
        copy.unlink()


_UUID_GLOB = "-".join("[0-9a-f]" * k for k in (8, 4, 4, 4, 12))


def what_if(path) -> dict[str, float]:
    """The journal's values in their stored form (store.journal_values; format 2 where local writes
    or the idle packing deflated them) beside the JSON text they were before migration 0040 and
    format 1, with the CPU of decoding one change and of packing it (``pack``: format 2, else 1);
    and two further encodings, estimated (nothing is stored so): format 1 deflated against a
    32 KB dictionary sampled from this team's own values (not possible frozen: the values are
    people's data; every 7th value measured, scaled to all) beyond what format 2 saves, and every canonical
    UUID still stored as text in a live table's cell or index entry as 16 bytes, not 36 characters
    (the ids migrations 0041, 0043, 0044 and 0046 converted are stored so already: ``stored_ids`` counts their cells;
    ``still_text`` names the columns whose UUID text, in cells and index entries, is the most)."""
    import json
    import zlib

    from kimdesk.store.journal_values import decode, encode, pack, plain

    to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with sqlite3.connect(path) as db:
        zdict = b"".join(plain(r[0]) for r in db.execute(
            "SELECT data FROM change WHERE seq % 97 = 0 ORDER BY seq LIMIT 2000"))[-32_768:]

        def deflated(value: bytes) -> int:
            z = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, zdict)
            return len(z.compress(value) + z.flush())

        # every 7th value (streamed in batches: 2 million at 100,000 people), scaled to all
        total = db.execute("SELECT count(*) FROM change").fetchone()[0]
        measured = stored = as_text = saved = format_1 = deflated_rows = 0
        cpu = [0.0, 0.0]  # decode, encode
        cursor = db.execute("SELECT data FROM change WHERE seq % 7 = 0")
        while batch := cursor.fetchmany(2000):
            blobs = [r[0] for r in batch]
            c0 = time.process_time()
            values = [decode(v) for v in blobs]
            c1 = time.process_time()
            for v in values:
                pack(v)
            cpu[0] += c1 - c0
            cpu[1] += time.process_time() - c1
            measured += len(blobs)
            stored += sum(len(v) for v in blobs)
            format_1 += sum(len(encode(v)) for v in values)
            deflated_rows += sum(isinstance(v, bytes) and v[:1] == b"\x02" for v in blobs)
            as_text += sum(len(to_json(v).encode("utf-8")) for v in values)
            saved += sum(len(v) - min(len(v), deflated(plain(v)) + 1) for v in blobs[::4]) * 4
        scale = total / max(1, measured)
        decode_cpu, encode_cpu = (c / max(1, measured) for c in cpu)
        stored, as_text, journal = stored * scale, as_text * scale, int(saved * scale)
        format_1, deflated_share = format_1 * scale, deflated_rows / max(1, measured)
        cells = stored_cells = 0
        still_text: dict[str, int] = {}
        tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            "AND name NOT IN ('change', 'audit', 'journal_name')").fetchall()
        for (table,) in tables:
            columns = [c[1] for c in db.execute(f"PRAGMA table_info('{table}')")]
            counts = {c: db.execute(f'SELECT count(*) FROM "{table}" WHERE "{c}" GLOB ?', (_UUID_GLOB,)).fetchone()[0]
                      for c in columns}
            blobs = {c: db.execute(f'SELECT count(*) FROM "{table}" WHERE typeof("{c}") = \'blob\' '
                                   f'AND length("{c}") = 16').fetchone()[0] for c in columns}
            cells += sum(counts.values())
            stored_cells += sum(blobs.values())
            for c, k in counts.items():
                if k:
                    still_text[f"{table}.{c}"] = still_text.get(f"{table}.{c}", 0) + k
            for (index,) in db.execute(f"SELECT name FROM pragma_index_list('{table}')").fetchall():
                named = [r[0] for r in db.execute(f"SELECT name FROM pragma_index_info('{index}')")]
                cells += sum(counts.get(c, 0) for c in named)
                stored_cells += sum(blobs.get(c, 0) for c in named)
                for c in named:
                    if counts.get(c):
                        still_text[f"{table}.{c}"] += counts[c]
    return {"journal_deflate": journal, "uuid_bytes": cells * 20, "stored_ids": stored_cells,
            "still_text": sorted(still_text.items(), key=lambda kv: -kv[1]),
            "values_stored": stored, "values_json": as_text, "values_format_1": format_1,
            "deflated_share": deflated_share,
            "encode_us": encode_cpu * 1e6, "decode_us": decode_cpu * 1e6}


def migration_0036(store, below: str = "0034") -> dict[str, float]:
    """The compact journal's migration on this store's journal: down to the text form and up again
    (set-based SQL), wall and CPU seconds, and the journal rows it converted. ``below="0039"``:
    migration 0040 alone (the values' stored form, a Python function per row), with 0042 above it;
    ``below="0040"``: migration 0042 (the journal's indexes); ``below="0042"``: migration 0043 alone
    (every person's id as 16 bytes); ``below="0045"``: migration 0046 (every other team-data id as 16 bytes)
    with 0047 (the steps index by need) above it. A run down to an earlier revision runs every later one down and up with it."""
    from alembic import command

    engine = store.engine
    with store.connection() as conn:
        rows = conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one()
    t0, c0 = time.perf_counter(), time.process_time()
    with engine.connect() as conn, conn.begin():
        command.downgrade(migrate.config(conn), below)
    down = (time.perf_counter() - t0, time.process_time() - c0)
    t0, c0 = time.perf_counter(), time.process_time()
    migrate.upgrade(engine)
    up = (time.perf_counter() - t0, time.process_time() - c0)
    return {"rows": rows, "down_wall": down[0], "down_cpu": down[1], "up_wall": up[0], "up_cpu": up[1]}


def measure(n: int, folder, rounds: int) -> dict[str, dict]:
    """The figures at ``n`` people: the base store of ``n - k`` (cache) and its plain twin each get
    the same slice of ``k`` people inserted, timed; search, verify, open and disk are then measured on the two stores of ``n`` people."""
    k = slice_of(n)
    phases: dict[str, tuple[float, float]] = {}
    clock = [time.perf_counter(), time.process_time()]

    def phase(name: str) -> None:
        now = [time.perf_counter(), time.process_time()]
        phases[name] = (now[0] - clock[0], now[1] - clock[1])
        clock[:] = now

    results: dict[str, dict] = {"sqlite": {}, "sqlcipher": {}}
    stores: dict[str, object] = {}
    stores["sqlcipher"], _ = base(n - k, folder) if n > k else (init_profile(Profile(folder, "sqlcipher"), PASS,
                                                                          remember=False), None)
    results["sqlcipher"]["profile"] = Profile(folder, "sqlcipher")
    results["sqlite"]["profile"] = Profile(folder, "sqlite")
    stores["sqlite"] = plain_twin(stores["sqlcipher"], results["sqlite"]["profile"]) if n > k else \
        plain_store(results["sqlite"]["profile"])
    phase("base store (cache) and its plain twin")
    for kind in ("sqlite", "sqlcipher"):
        results[kind].update(insert_slice(stores[kind], k))
        results[kind]["slice"] = k
    phase(f"insert of {k:,} people, both stores")
    qs = queries(stores["sqlite"], 300, random.Random(5))
    for kind, lat in search_latency(stores, qs, rounds).items():
        results[kind]["lat"] = lat
    phase("search")
    with stores["sqlcipher"].connection() as conn:  # walks the chain and, where it can, the journal
        from kimdesk.store import audit

        t0, c0 = time.perf_counter(), time.process_time()
        verified = audit.verify(conn)
        results["sqlcipher"]["verify"] = (time.perf_counter() - t0, time.process_time() - c0, verified.entries)
    phase("audit verify")
    for kind, store in stores.items():
        store.close()
        r = results[kind]
        r["open_key"], r["open_pass"] = open_times(kind, r["profile"])
        r["size_mb"] = sum(f.stat().st_size for f in r["profile"].dir.rglob("*") if f.is_file()) / 1e6
        r["vacuumed"] = vacuum(kind, r["profile"])
    phase("open and VACUUM")
    if n <= int(os.environ.get(MIGRATIONS_ENV) or 10_000):
        # after the disk figure: 0045's way down writes the journal's values back in format 1, and the
        # way up leaves them so (the idle packing would pack them later), which VACUUM keeps; the disk
        # figure is the store as a laptop has it, not one that went down and up
        migrated = open_profile(results["sqlcipher"]["profile"], passphrase=PASS)
        try:  # each down to the revision below and up again (a downgrade passes every later revision too)
            for key, below in (("migration_0046", "0045"), ("migration_0045", "0044"), ("migration_0043", "0042"),
                               ("migration_0042", "0040"), ("migration_0040", "0039"), ("migration", "0034")):
                results["sqlcipher"][key] = migration_0036(migrated, below)
        finally:
            migrated.close()
        phase("migrations 0046, 0045, 0043, 0042, 0040, 0036 down and up")
    results["sqlite"]["split"] = split(results["sqlite"]["profile"].db_path)
    results["sqlite"]["objects"] = objects(results["sqlite"]["profile"].db_path)
    phase("dbstat")
    results["sqlite"]["what_if"] = what_if(results["sqlite"]["profile"].db_path)
    phase("estimates")
    results["sqlite"]["synced"] = synced_journal(results["sqlite"]["profile"].db_path)
    phase("synced journal")
    results["phases"] = phases
    return results


def print_disk(n: int, results: dict[str, dict]) -> None:
    wall, cpu, entries = results["sqlcipher"]["verify"]
    print(f"   audit verify (SQLCipher): {entries:,} entries, {wall:.2f} s wall, {cpu:.2f} s CPU")
    parts = results["sqlite"]["split"]
    print(f"   disk per person after VACUUM: SQLCipher {results['sqlcipher']['vacuumed'] / n / 1024:.1f} KB, "
          f"SQLite {results['sqlite']['vacuumed'] / n / 1024:.1f} KB (target <= 10 KB)")
    total = parts["live"] + parts["journal"] + parts["audit"]
    print("   split (dbstat, plain file, tables with their indexes): " + ", ".join(
        f"{name} {size / n / 1024:.2f} KB ({100 * size / total:.1f} %)"
        for name, size in (("live data", parts["live"]), ("change journal", parts["journal"]),
                           ("audit", parts["audit"]))))
    print("   change journal by object: " + ", ".join(
        f"{name.split(':', 1)[1]} {size / n / 1024:.2f} KB" for name, size in
        sorted(parts.items(), key=lambda kv: -kv[1]) if name.startswith("journal:")))
    synced = results["sqlite"]["synced"]
    print(f"   change journal on a synced laptop (every change sent): {synced['journal'] / n / 1024:.2f} KB: "
          + ", ".join(
        f"{name.split(':', 1)[1]} {size / n / 1024:.2f} KB" for name, size in
        sorted(synced.items(), key=lambda kv: -kv[1]) if name.startswith("journal:")))
    print("   every table and index (dbstat, plain file), KB per person: pages = payload + unused + headers")
    small = [0, 0]
    for name, table, size, payload, unused in results["sqlite"]["objects"]:
        if size / n < 10:  # under 0.01 KB a person: summed in one line
            small[0] += 1
            small[1] += size
            continue
        part = JOURNAL_TABLES.get(table, "live")
        print(f"     {name:<42} {part:<7} {size / n / 1024:5.2f}  payload {payload / n / 1024:5.2f}  "
              f"unused {unused / n / 1024:4.2f}" + ("" if table == name else f"  (index of {table})"))
    print(f"     {small[0]} smaller objects together {small[1] / n / 1024:.2f} KB")
    w = results["sqlite"]["what_if"]
    print(f"   journal values (store.journal_values): {w['values_stored'] / n / 1024:.2f} KB stored "
          f"({w['deflated_share'] * 100:.0f} % of the changes format 2), {w['values_format_1'] / n / 1024:.2f} KB "
          f"as format 1, {w['values_json'] / n / 1024:.2f} KB as JSON text; CPU per change: pack (format 2) "
          f"{w['encode_us']:.1f} µs, decode {w['decode_us']:.1f} µs")
    print(f"   ids stored as 16 bytes (models.types.StoredId, migrations 0041, 0043, 0044, 0046): {w['stored_ids'] / n:.1f} cells and "
          f"index entries a person, {w['stored_ids'] * 20 / n / 1024:.2f} KB less than as text")
    print(f"   estimates, not stored: the journal values deflated with a dictionary sampled from the team's own "
          f"values (people's data: cannot be frozen) would save a further "
          f"{w['journal_deflate'] / n / 1024:.2f} KB; the UUIDs still text in live tables and indexes, as 16 bytes, "
          f"save {w['uuid_bytes'] / n / 1024:.2f} KB (most: " + (", ".join(
              f"{name} {k * 20 / n / 1024:.2f}" for name, k in w["still_text"][:6]) or "none") + ")")
    if "migration" not in results["sqlcipher"]:
        print(f"   migrations 0046, 0045, 0043, 0042, 0040, 0036: timed at sizes up to "
              f"{int(os.environ.get(MIGRATIONS_ENV) or 10_000):,} people only ({MIGRATIONS_ENV})")
    else:
        for key, what in (("migration_0046", "every other team-data id (plans, goals, meetings, agenda items, "
                                             "findings, tasks …) and the columns holding them as 16 bytes; "
                                             "and 0047, the steps index by need"),
                          ("migration_0045", "the journal's format-2 values back to format 1 down; up changes "
                                             "nothing; and 0046–0047"),
                          ("migration_0043", "0043–0046: every person's, need's, request's and office's id as 16 "
                                             "bytes, 0045, 0046 and 0047"),
                          ("migration_0042", "the journal's indexes, and every later one"),
                          ("migration_0040", "a Python function per row, and every later one"),
                          ("migration", "set-based, and every later one")):
            m = results["sqlcipher"][key]
            name = "0036" if key == "migration" else key[-4:]
            print(f"   migration {name} (SQLCipher, {m['rows']:,} journal rows, {what}): up {m['up_wall']:.2f} s wall "
                  f"{m['up_cpu']:.2f} s CPU, down {m['down_wall']:.2f} s wall {m['down_cpu']:.2f} s CPU")

    print("   where the module's time went: " + ", ".join(
        f"{name} {wall:.0f} s wall {cpu:.0f} s CPU" for name, (wall, cpu) in results["phases"].items()))


def main(quick: bool = False) -> None:
    people = os.environ.get("KIMDESK_BENCH_PEOPLE")
    sizes = [500] if quick else [int(x) for x in people.split(",")] if people else [10_000, 100_000]
    rounds = 1 if quick else 3
    for n in sizes:
        with scratch_dir("store") as folder:
            results = measure(n, folder, rounds)
        plain, cipher = results["sqlite"], results["sqlcipher"]
        print(f"-- {n:,} clients --")
        for name, r in (("SQLite   ", plain), ("SQLCipher", cipher)):
            lat_ms = [x * 1000 for x in r["lat"]]
            print(f"   {name} insert {r['clients_per_s']:8.0f} clients/s ({r['rows_per_s']:8.0f} rows/s, "
                  f"{r['insert_s']:6.1f} s wall {r['insert_cpu']:6.1f} s CPU for the last {r['slice']:,})  search median {percentile(lat_ms, 50):6.2f} ms "
                  f"p95 {percentile(lat_ms, 95):6.2f} ms  open {r['open_key'] * 1000:6.1f} ms  "
                  f"size {r['size_mb']:6.1f} MB")
        print(f"   search: {len(plain['lat'])} searches per store, the two stores interleaved query by query")
        print(f"   open with passphrase (Argon2id 64 MiB + key): {cipher['open_pass'] * 1000:.0f} ms")
        ratio_insert = plain["clients_per_s"] / cipher["clients_per_s"]
        ratio_search = percentile(cipher["lat"], 95) / percentile(plain["lat"], 95)
        print(f"   ratio SQLCipher/SQLite: insert time {ratio_insert:.2f}x, search p95 {ratio_search:.2f}x "
              f"(target <= 1.3x); search p95 {percentile(cipher['lat'], 95) * 1000:.1f} ms (target < 50 ms)")
        print_disk(n, results)
        per_person = {k: results[k]["vacuumed"] / n / 1024 for k in ("sqlite", "sqlcipher")}
        record("disk per person ≤ 10 KB after VACUUM (baseline: plain SQLite)", per_person["sqlite"],
               per_person["sqlcipher"], "KB", per_person["sqlcipher"] <= 10, size=n)


if __name__ == "__main__":
    main()
