"""Administration: backup, doctor, settings, about, the first run, demo data, the export folder."""
