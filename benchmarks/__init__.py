"""Benchmarks against bare baselines (DESIGN §6). Run all: `python -m benchmarks` (or `make bench`)."""
