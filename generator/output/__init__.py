"""Stage 6, output: the generated tree written safely, user edits kept,
provenance recorded, and the cached `check`.
"""
