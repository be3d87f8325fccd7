"""Stage 5, format: black's style written without black (`layout`), black only
on the statements the layout engine cannot place.
"""
