"""End-to-end tests: generated SDKs installed with pip into fresh venvs, called over HTTP."""
