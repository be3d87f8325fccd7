"""Importing the SDK and building a client loads neither models nor pydantic's model
machinery: a large API (GitHub's has thousands of models) must import as fast as a small
one. Each check runs in a fresh interpreter, since this process has imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.support.paths import REPO

SVIX = REPO / "generated" / "svix"

PROBE = """
import json, sys
from svix_python_sdk import Svix
client = Svix(access_token="x")
loaded = sorted(m for m in sys.modules if m.startswith(("svix_python_sdk", "pydantic")))
import svix_python_sdk
unknown = svix_python_sdk.UnknownVariant.__name__
client.application  # a namespace loads its resource module and the models it names
after = sorted(m for m in sys.modules if m.startswith("svix_python_sdk"))
print(json.dumps({"loaded": loaded, "unknown": unknown, "after": after}))
"""


def _probe() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=SVIX, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_client_import_loads_no_models_and_no_pydantic_model_machinery() -> None:
    result = _probe()
    loaded = result["loaded"]
    assert isinstance(loaded, list)
    ours = [m for m in loaded if m.startswith("svix_python_sdk")]
    assert not [m for m in ours if ".models" in m or ".resources." in m], ours
    assert "svix_python_sdk._models" not in ours
    assert "pydantic.main" not in loaded  # BaseModel: tens of milliseconds to import


def test_lazily_loaded_names_are_still_reachable() -> None:
    result = _probe()
    assert result["unknown"] == "UnknownVariant"
    after = result["after"]
    assert isinstance(after, list)
    assert "svix_python_sdk.resources.application" in after
    assert "svix_python_sdk.models.application_out" in after
