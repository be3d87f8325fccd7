"""Collection settings for the whole suite."""

from __future__ import annotations

# The golden snapshots are generated SDK projects with their own smoke tests; those run
# (with their package importable) in the golden and end-to-end tests, not collected here.
collect_ignore = ["golden"]
