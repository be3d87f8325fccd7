"""The script that runs README snippets inside the SDK's venv, recording every request.

It needs only the standard library, httpx and the SDK. Every request any httpx client
sends is recorded at `send` (method, raw path, headers, body) with the response's status,
content type and `sl-violations` header (the request rules Prism found broken, also when
it answers with an error response the spec declares) and, for an error, its body: the
harness judges from that record which operation a snippet called and what it sent.
"""

from __future__ import annotations

RUNNER = r"""
import asyncio, json, linecache, signal, sys, traceback
import httpx

job_path, results_path = sys.argv[1:3]
with open(job_path, encoding="utf-8") as handle:
    job = json.load(handle)
records = []
BODY_LIMIT = 20000


def _body(request):
    try:
        data = request.content
    except Exception:  # a stream not read yet
        return None
    return data[:BODY_LIMIT].decode("utf-8", "replace")


def _record(request):
    entry = {
        "method": request.method,
        "path": request.url.raw_path.decode("ascii", "replace"),
        "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in request.headers.raw],
        "body": _body(request),
        "status": None,
        "response": None,
        "violations": None,
        "response_type": None,
    }
    records.append(entry)
    return entry


def _note(entry, response):
    entry["status"] = response.status_code
    entry["violations"] = response.headers.get("sl-violations")
    entry["response_type"] = response.headers.get("content-type")
    if response.status_code >= 300:
        try:
            entry["response"] = response.read()[:4000].decode("utf-8", "replace")
        except Exception:
            pass


_send = httpx.Client.send
_asend = httpx.AsyncClient.send


def send(self, request, **kwargs):
    try:
        request.read()
    except Exception:
        pass
    entry = _record(request)
    response = _send(self, request, **kwargs)
    _note(entry, response)
    return response


async def asend(self, request, **kwargs):
    try:
        await request.aread()
    except Exception:
        pass
    entry = _record(request)
    response = await _asend(self, request, **kwargs)
    try:
        await response.aread()
    except Exception:
        pass
    _note(entry, response)
    return response


httpx.Client.send = send
httpx.AsyncClient.send = asend


class SnippetTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise SnippetTimeout(f"no result within {job['timeout']} s")


signal.signal(signal.SIGALRM, _alarm)


def run(label, code):
    filename = f"<{label}>"
    source = job["prelude"] + code
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"__name__": "__snippet__"}
    del records[:]
    signal.alarm(job["timeout"])
    try:
        exec(compile(source, filename, "exec"), namespace)
        error = None
    except BaseException as exc:
        error = {
            "type": type(exc).__name__,
            "module": type(exc).__module__,
            "message": str(exc)[:1500],
            "status": getattr(exc, "status", None),
            "traceback": traceback.format_exc(limit=-6)[-3000:],
        }
    finally:
        signal.alarm(0)
    return {"label": label, "error": error, "requests": list(records)}


results = [run(s["label"], s["code"]) for s in job["snippets"]]
with open(results_path, "w", encoding="utf-8") as out:
    json.dump(results, out, default=repr)
"""
