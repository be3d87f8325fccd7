"""Benchmarks: sdkgen against its peers, measured side by side in the same run.

`python -m bench.run` (or `make bench`) runs every figure and prints one table;
`--smoke` runs each script in a tiny mode that only checks that it works.
"""
