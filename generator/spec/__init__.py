"""Stage 1, the spec: read it (file, URL, stdin), bundle its `$ref`s, convert
Swagger 2.0, find lines for messages, and validate it.
"""
