"""Benchmark harness: a large synthetic database and timed measurements of the app on it.

Run with `python -m coop_desktop.bench`; see docs/performance.md for targets and figures.
"""
