"""The `TreeNode` model."""

from __future__ import annotations

from .._models import SdkModel


class TreeNode(SdkModel):
    id: str
    children: list[TreeNode] | None = None
    parent: TreeNode | None = None


TreeNode.model_rebuild()
