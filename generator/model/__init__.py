"""Stage 2, the model: the spec's schemas, operations, security and webhooks
normalized into the IR (`generator.ir`).
"""
