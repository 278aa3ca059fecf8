"""The reports view: committee report and school-entry overview with charts and tables."""
