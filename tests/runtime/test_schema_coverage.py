"""The SDK of `tests/specs/wire/schema_coverage.yaml`, used as users would: tuples,
readOnly/writeOnly fields, defaults of every kind, durations and a field named `fields`,
type-checked with `mypy --strict` and sent to and parsed from a loopback server.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import Config
from tests.support.imports import generate_into, imported_package

from .loopback import LoopbackServer, Reply

SPEC = Path(__file__).resolve().parents[1] / "specs" / "wire" / "schema_coverage.yaml"
PACKAGE = "sc_sdk"

# What a user writes; mypy --strict must accept every line of it.
USAGE = """\
from __future__ import annotations

import datetime as dt

from sc_sdk import Sc
from sc_sdk.models import Colour, Widget

client = Sc(base_url="http://127.0.0.1:9")
widget: Widget = client.widgets.create_widget(
    name="w",
    secret="s3cret",
    location=(1.5, -2.0),
    labelled=("a", 1),
    timeout=dt.timedelta(minutes=5),
    colours=["red", Colour.BLUE],
    settings={"level": 1},
    since="2024-02-01",
    fields=["a", "b"],
)
where: tuple[float, float] | None = widget.location
timeout: dt.timedelta | None = widget.timeout
colours: list[Colour] = widget.colours
since: dt.date = widget.since
listed: list[str] | None = widget.fields
client.shapes.add_shape(shapes=[{"shape_type": "circle", "radius": 1.5}])
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("schema_coverage")
    generate_into(out, SPEC, Config(package_name=PACKAGE, client_class="Sc"))
    return out


@pytest.fixture(scope="module")
def sdk(project: Path) -> Iterator[ModuleType]:
    with imported_package(project, PACKAGE) as package:
        yield package


@pytest.fixture
def client(sdk: ModuleType, server: LoopbackServer) -> Iterator[Any]:
    made = sdk.Sc(base_url=server.url, max_retries=0)
    yield made
    made.close()


STORED = {
    "id": "w1",
    "name": "w",
    "created_at": "2024-05-01T12:00:00Z",
    "location": [1.5, -2.0],
    "timeout": "PT5M",
    "fields": ["a"],
}


@pytest.mark.e2e
def test_the_sdk_and_a_users_script_pass_mypy_strict(project: Path) -> None:
    (project / "usage.py").write_text(USAGE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(project / ".mypy"),
         PACKAGE, "usage.py"],
        cwd=project, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout


def test_read_only_required_fields_are_not_needed_to_send(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/widgets", Reply(201, STORED))
    client.widgets.create_widget(
        name="w",
        secret="s3cret",
        location=(1.5, -2.0),
        timeout=dt.timedelta(minutes=5),
        fields=["a"],
    )
    assert server.last.json() == {
        "name": "w",
        "secret": "s3cret",
        "location": [1.5, -2.0],
        "timeout": "PT5M",
        "fields": ["a"],
    }


def test_responses_without_write_only_fields_parse_with_every_default(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets", Reply(201, STORED))
    widget = client.widgets.create_widget(name="w", secret="s3cret")
    models = sys.modules[PACKAGE + ".models"]
    assert widget.secret is None
    assert widget.id == "w1"
    assert widget.location == (1.5, -2.0)
    assert widget.timeout == dt.timedelta(minutes=5)
    assert widget.fields == ["a"]
    assert widget.since == dt.date(2024, 1, 31)
    assert widget.at == dt.datetime(2024, 1, 31, 12, tzinfo=dt.timezone.utc)
    assert widget.ref_id == uuid.UUID("6f1d4b7e-3a52-4c1e-9a5b-0d6e2f1a7c39")
    assert widget.size == "large"
    assert widget.settings == models.Settings(level=3, label="low")
    assert widget.colours == [models.Colour.RED, models.Colour.BLUE]
    # defaults are what the server would assume: never sent back as if the user set them
    assert widget.to_dict() == STORED


def test_a_tuple_of_the_wrong_length_is_refused_before_sending(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    with pytest.raises(sdk.EncodingError, match=r"^body: location: Tuple should have at most 2"):
        client.widgets.create_widget(name="w", secret="s", location=(1.0, 2.0, 3.0))
    assert server.to("/widgets") == []


def test_union_members_given_as_dicts_may_name_the_tag_either_way(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/shapes", Reply(200, {"shapes": []}))
    client.shapes.add_shape(
        shapes=[
            {"shape_type": "circle", "radius": 1.5},  # the TypedDict's Python names
            {"shapeType": "square", "side": 2},  # the wire names
        ]
    )
    assert server.last.json() == {
        "shapes": [{"shapeType": "circle", "radius": 1.5}, {"shapeType": "square", "side": 2}]
    }
