"""The child process that reads one PDF (JSON on stdin):
``python -m pipeline.stages.ingest.pdf.worker``.

It caps its own address space before pdfium sees the file, so a PDF bomb ends
this process, not the run; the parent (``isolate.py``) caps its wall time.
"""

from __future__ import annotations

import json
import resource
import sys

from pipeline.doc.errors import InputError
from pipeline.stages.ingest.pdf.reader import PdfConfig, extract


def main() -> None:
    """Read the request, extract the PDF, write the text or the error as JSON."""
    request = json.loads(sys.stdin.buffer.read())
    config = PdfConfig(**{**request["config"], "isolate": False})
    if config.max_memory:
        resource.setrlimit(resource.RLIMIT_DATA, (config.max_memory, config.max_memory))
    try:
        result = extract(request["path"], config)
        out: dict = {"text": result.text, "pages": result.pages}
    except InputError as e:
        out = {"error": {"code": e.code, "reason": e.reason}}
    except MemoryError:
        out = {"error": {"code": "too-large", "reason": "reading it needs more memory than "
                         f"{config.max_memory} bytes (PdfConfig.max_memory)"}}
    sys.stdout.buffer.write(json.dumps(out, ensure_ascii=False).encode())


if __name__ == "__main__":
    main()
