"""The anonymous reports: the committee report's figures, its texts, producing PDF and CSV."""
