"""Figure tables and disclosure control: the pure building blocks of every statistic.

Below both ``kimdesk.services`` (which counts) and ``kimdesk.reports`` (which lays out), so
a report can print a table without importing the services that filled it.
"""
