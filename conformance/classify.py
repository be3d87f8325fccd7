"""What happened to one snippet: a failure class, and whose failure it is.

Owners: `generator` (sdkgen's to fix), `prism` (the mock cannot serve a valid request),
`spec` (the spec makes the call impossible) and `excused` (listed, with evidence, in an
excuse file). WrongOperation and PythonReprOnWire are never excused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .readme import Snippet
from .wire import path_matches, repr_on_wire

NEVER_EXCUSED = frozenset({"WrongOperation", "PythonReprOnWire"})
# Prism error types (the fragment of its problem+json `type`) that are Prism's own limits.
_PRISM_OWNED = {
    "NO_RESPONSE_RESPONSE_DEFINED": "NoResponseDefined",
    "NOT_ACCEPTABLE": "PrismNotAcceptable",
    # a 500 VIOLATIONS comes after "The request passed the validation rules": the response
    # Prism built from the spec's examples breaks the spec (request problems are 422s)
    "VIOLATIONS": "PrismResponseInvalid",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    """One snippet's outcome: `klass` is `ok` or a failure class."""

    label: str
    klass: str
    owner: str  # ok | generator | prism | spec | excused | harness
    detail: str

    @property
    def ok(self) -> bool:
        return self.klass == "ok"


def judge(snippet: Snippet, result: dict[str, Any]) -> Verdict:
    """Classify one snippet's run from its error and the requests it sent."""
    klass, detail = _failure(snippet, result)
    owner = "ok" if klass == "ok" else _owner(klass)
    return Verdict(snippet.label, klass, owner, detail)


def _owner(klass: str) -> str:
    if klass in _PRISM_OWNED.values() or klass == "PrismCrashed":
        return "prism"
    return "generator"


def _failure(snippet: Snippet, result: dict[str, Any]) -> tuple[str, str]:
    requests: list[dict[str, Any]] = result["requests"]
    error: dict[str, Any] | None = result["error"]
    for request in requests:
        if request["method"] != snippet.method or not path_matches(snippet.path, request["path"]):
            sent = f"{request['method']} {request['path']}"
            return "WrongOperation", f"documents {snippet.method} {snippet.path}, sent {sent}"
        found = repr_on_wire(request)
        if found:
            return "PythonReprOnWire", found
    if error is None:
        return ("ok", "") if requests else ("NoRequest", "the snippet sent nothing")
    if not requests:
        return _client_side(error)
    last = requests[-1]
    if last["status"] is None:
        if "LocalProtocolError" in error["message"]:  # httpx refused to send it
            return "NotSendable", _message(error)
        if error["type"] in ("RemoteProtocolError", "ApiConnectionError", "ReadError"):
            return "PrismCrashed", _message(error)
        return "NoResponse", _message(error)
    if last["status"] < 300:
        return f"ResponseParsing:{error['type']}", _message(error)
    return _refused(last)


def _client_side(error: dict[str, Any]) -> tuple[str, str]:
    """Failed before sending: a bad example, a bad signature or an encoding gap."""
    kind = error["type"]
    if error["module"].startswith("pydantic"):
        kind = "pydantic." + kind
    return f"BeforeSending:{kind}", _message(error)


def _refused(request: dict[str, Any]) -> tuple[str, str]:
    """An error status: Prism's verdict on the request (its problem+json), or the spec's."""
    status = request["status"]
    body = request.get("response") or ""
    try:
        problem = json.loads(body)
    except ValueError:
        problem = None
    if isinstance(problem, dict) and "stoplight.io/prism/errors#" in str(problem.get("type")):
        kind = str(problem["type"]).rsplit("#", 1)[1]
        if kind in _PRISM_OWNED:
            return _PRISM_OWNED[kind], f"{status}: {problem.get('detail', '')}"[:600]
        if kind == "UNPROCESSABLE_ENTITY":
            return "RequestInvalid", _violations(problem)
        if kind == "NO_PATH_MATCHED_ERROR" or kind == "NO_METHOD_MATCHED_ERROR":
            return "NotRouted", f"{status} {request['method']} {request['path']}"
        if kind in ("UNAUTHORIZED", "FORBIDDEN"):
            return "Unauthorized", f"{status}: {problem.get('detail', '')}"[:600]
        return f"Prism:{kind}", f"{status}: {problem.get('detail', '')}"[:600]
    return f"ErrorStatus:{status}", body[:300]


def _violations(problem: dict[str, Any]) -> str:
    items = problem.get("validation") or []
    shown = [f"{v.get('location')}: {v.get('message')}" for v in items if isinstance(v, dict)]
    return "; ".join(shown)[:600] or str(problem.get("detail", ""))[:600]


def _message(error: dict[str, Any]) -> str:
    return f"{error['type']}: {error['message']}"[:600]


def excuse(verdict: Verdict, reason: str | None, invalid_spec: bool) -> Verdict:
    """The verdict with owner `excused` when an excuse file (or an invalid spec) covers it."""
    if verdict.ok or verdict.klass in NEVER_EXCUSED or verdict.owner != "generator":
        return verdict
    if reason is not None:
        return Verdict(verdict.label, verdict.klass, "excused", f"{verdict.detail} [{reason}]")
    if invalid_spec:
        return Verdict(verdict.label, verdict.klass, "spec", verdict.detail)
    return verdict


def rejudge(verdict: Verdict) -> Verdict:
    """A verdict stored by an earlier harness, under today's rules where its detail
    allows (a LocalProtocolError was once counted as a Prism crash)."""
    if verdict.klass == "PrismCrashed" and "LocalProtocolError" in verdict.detail:
        return Verdict(verdict.label, "NotSendable", "generator", verdict.detail)
    return verdict
