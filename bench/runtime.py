"""Figure: the runtime under load and against servers that drifted from their spec,
sdkgen (`generated/svix`) beside `openai` and `svix` from PyPI, same run, same server.

Scenarios (issue 14): 16 threads making 2,000 calls with 5 % 503s on one client;
1,000 concurrent async calls on one client; one async client used from two
`asyncio.run()` loops, then closed; peak memory of a 20 MiB list response against plain
`json.loads` of the same body; a required field left out; a string where an integer is
documented and a null where none is allowed; new keys and a new nested object.

Each SDK runs each scenario in a fresh process (`runtime_driver.py`) in a venv under
.cache/bench with openai, svix, httpx and pydantic; the server (`runtime_server.py`)
runs in its own process. The three-column table goes to stderr and to
.cache/bench/runtime.md; rows for `bench.run` to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from .common import CACHE, ROOT, Row, emit, scratch

HERE = Path(__file__).resolve().parent
VENV = CACHE / "runtime-venv"
PACKAGES = ["openai", "svix", "httpx<1", "pydantic>=2.6", "anyio", "typing_extensions"]
SDKS = ("sdkgen", "openai", "svix")

SCENARIOS = {
    # name: (row label, server config)
    "threads": ("16 threads, 2,000 calls, 5 % 503s, one client", {"fail_every": 20}),
    "gather": ("1,000 concurrent async calls (asyncio.gather) on one client", {"delay": 0.05}),
    "loops": ("one client used from two asyncio.run() loops, then aclose()", {}),
    "memory": (
        "20 MiB JSON list, peak RSS vs plain json.loads of the same body",
        {"shape": "big"},
    ),
    "missing": ("server drops a field the spec marks required", {"shape": "missing"}),
    "types": (
        "string where an integer was documented; null where non-nullable",
        {"shape": "types"},
    ),
    "extra": ("new keys and a new nested object", {"shape": "extra"}),
}
SMOKE = ("loops", "missing", "types", "extra")


def runtime_venv() -> Path:
    """The venv's python, with openai and svix installed on first use."""
    python = VENV / "bin" / "python"
    stamp = VENV / ".bench-installed"
    wanted = " ".join(PACKAGES)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted and python.exists():
        return python
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, *PACKAGES], check=True)
    stamp.write_text(wanted, encoding="utf-8")
    return python


def drive(python: Path, sdk: str, scenario: str, url: str, body: Path | None) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "svix")}
    args = [str(python), str(HERE / "runtime_driver.py"), sdk, scenario, url]
    done = subprocess.run(
        [*args, *([str(body)] if body else [])], env=env, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    if done.returncode != 0:
        return {"ok": False, "detail": f"crashed: {done.stderr.strip().splitlines()[-1:]}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(
    scenarios: tuple[str, ...], sdks: tuple[str, ...], python: Path
) -> list[dict[str, Any]]:
    """One result per (scenario, SDK): {"scenario", "sdk", "ok", "detail", ...}."""
    results = []
    with scratch("runtime") as folder:
        big = "memory" in scenarios
        server = subprocess.Popen(
            [sys.executable, str(HERE / "runtime_server.py"), *([str(folder)] if big else [])],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            for scenario in scenarios:
                base = {"shape": "ok", "delay": 0.0, "fail_every": 0}
                config = {**base, **SCENARIOS[scenario][1]}
                baselines = {}
                if scenario == "memory":
                    for api in ("svix", "openai"):
                        body = folder / f"{api}.json"
                        baselines[api] = drive(python, "json", scenario, url, body)
                for sdk in sdks:
                    httpx.post(url + "/__config", json=config)
                    body = folder / ("openai.json" if sdk == "openai" else "svix.json")
                    result = drive(python, sdk, scenario, url, body if big else None)
                    if scenario == "memory" and "peak_mib" in result:
                        plain = baselines["openai" if sdk == "openai" else "svix"]["peak_mib"]
                        result["ratio"] = result["peak_mib"] / plain
                        result["ok"] = result["ratio"] <= 1.3
                        result["detail"] = (
                            f"{result['ratio']:.2f}x ({result['peak_mib']:.0f} vs "
                            f"{plain:.0f} MiB)"
                        )
                    results.append({"scenario": scenario, "sdk": sdk, **result})
        finally:
            server.kill()
            server.wait()
    return results


def markdown(results: list[dict[str, Any]], sdks: tuple[str, ...]) -> str:
    lines = ["| scenario | " + " | ".join(sdks) + " |", "|---|" + "---|" * len(sdks)]
    for scenario in dict.fromkeys(r["scenario"] for r in results):
        cells = []
        for sdk in sdks:
            found = next(r for r in results if r["scenario"] == scenario and r["sdk"] == sdk)
            verdict = "pass" if found["ok"] else "**fail**" if sdk == "sdkgen" else "fail"
            seconds = found.get("seconds") or 0.0
            timing = f", {seconds:.1f} s" if scenario in ("threads", "gather") else ""
            cells.append(f"{verdict}: {found['detail']}{timing}")
        lines.append(f"| {SCENARIOS[scenario][0]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def rows(results: list[dict[str, Any]], sdks: tuple[str, ...]) -> list[Row]:
    out = []
    for scenario in dict.fromkeys(r["scenario"] for r in results):
        found = {r["sdk"]: r for r in results if r["scenario"] == scenario}
        ours, peer = found["sdkgen"], found.get("openai")
        value = "ratio" if scenario == "memory" else "seconds"
        unit = "x json.loads" if scenario == "memory" else "s"
        note = "; ".join(
            f"{sdk} {'pass' if found[sdk]['ok'] else 'FAIL'}" for sdk in sdks if sdk in found
        )
        out.append(
            Row(
                "runtime",
                SCENARIOS[scenario][0],
                float(ours.get(value) or 0.0),
                unit,
                float(peer.get(value) or 0.0) if peer and peer.get(value) else None,
                "openai" if peer else "",
                note=note,
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1, help="(one run: pass/fail rows)")
    parser.add_argument("--smoke", action="store_true", help="sdkgen only, quick scenarios")
    parser.add_argument("--only", nargs="*", default=None, help="some scenarios")
    args = parser.parse_args()
    if args.smoke:
        scenarios, sdks, python = SMOKE, ("sdkgen",), Path(sys.executable)
    else:
        scenarios, sdks, python = tuple(SCENARIOS), SDKS, runtime_venv()
    if args.only:
        scenarios = tuple(s for s in scenarios if s in args.only)
    results = measure(scenarios, sdks, python)
    table = markdown(results, sdks)
    print(table, file=sys.stderr)
    if not args.smoke:
        (CACHE / "runtime.md").write_text(table + "\n", encoding="utf-8")
    emit(rows(results, sdks))


if __name__ == "__main__":
    main()
