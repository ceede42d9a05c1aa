"""Shared code of bench/run.py: variants, builds, measurement, tables."""
