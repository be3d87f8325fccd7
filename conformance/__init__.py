"""`make conformance`: generated SDKs run against Prism mocking the spec they came from.

For each spec (the peer generators' test specs in ../shared/peer-specs, and a reproducible
sample of the APIs.guru corpus) the harness generates an SDK, installs it with pip, checks
it with mypy --strict and ruff, then runs every README usage snippet against Prism with
request validation on, recording each request to check that the snippet called the
operation its section documents and sent no Python repr.

A failure is the generator's unless the record shows otherwise: Prism's own problem+json
for something it cannot serve, an error response the spec gives a request that passed
validation (no `sl-violations` header), or an excuse with evidence in
`conformance/peer-excused.json` (merged over ../shared/peer-specs/manifest.json) or
`conformance/corpus-excused.json`, pinned to the failure class it explains (`excuses.py`).
"""
