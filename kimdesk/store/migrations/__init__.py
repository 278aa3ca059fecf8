"""The schema's migrations (Alembic scripts in ``versions``)."""

#: the newest migration. Spelled here rather than read from the scripts at every start (48 files opened
#: and searched by the lean first read and again by the store's open: 2 ms of CPU each, and on Windows
#: the virus scanner looks at every file opened); ``tests/test_store.py`` keeps it equal to Alembic's head.
HEAD = "0048"
