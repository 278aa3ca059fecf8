"""Benchmarks: each ``bench_*.py`` measures a figure beside a baseline taken in the same run.

Run all with ``make bench`` (``python -m benchmarks``); one with ``python -m benchmarks store``;
``--quick`` uses small sizes (a smoke run, used by the test suite to keep the scripts working).
"""
