"""Stage 3, Python: the Python spelling of IR types and the contexts the SDK
code templates receive.
"""
