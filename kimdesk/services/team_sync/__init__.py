"""Team and sync: deciding the conflicts a merge recorded."""
