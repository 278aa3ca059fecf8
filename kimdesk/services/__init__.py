"""The use cases of KIMdesk, Qt-free: what pages and commands call.

One transaction convention (checked by ``tests/test_transaction_convention.py``):

- A **use case** takes the ``Store`` and opens exactly one unit of work on it —
  ``store.session()`` for ORM work, ``store.connection(write=…)`` for bulk reads and sync
  bookkeeping — so the row, its change record and its audit entry commit together or not at all.
- A **building block** (a query or step that use cases compose) takes the unit of work it runs
  in as its *first* parameter, ``conn: Connection`` or ``session: Session``, and never opens
  one itself.
- No public function takes both a ``Store`` and a unit of work. Helpers private to a module
  (``_name``) are free, as are classes (the state machines of the wizards).

The few functions that do not follow it yet are listed, each with why, in that test.
"""
