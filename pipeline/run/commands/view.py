"""``tilmash view``: the linguists' static HTML view of a run."""

from __future__ import annotations

import argparse
import sys
import webbrowser
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """``tilmash view OUT [--open]``."""
    p = subparsers.add_parser(
        "view",
        help="write a static HTML view of a run's outputs to OUT/view/",
        description=(
            "Write OUT/view/: index.html (documents, languages, counts, errors), one page "
            "per record kind and one per document with the English, Kazakh and Russian "
            "front matter side by side, every mention and link, and corrections a linguist "
            "can export as corrections.jsonl (for `tilmash run --corrections`). Works from "
            "file:// with no server and no network."),
    )
    p.add_argument("out", nargs="?", default="outputs", metavar="OUT",
                   help="a run's output folder (default: outputs/)")
    p.add_argument("--open", action="store_true", help="open index.html in a browser")
    p.set_defaults(func=run_view)


def run_view(args: argparse.Namespace) -> int:
    """Write the site; print where it is."""
    from pipeline.view import write_view

    out = Path(args.out)
    if not (out / "documents.json").is_file():
        print(f"tilmash: {out} holds no documents.json: run `tilmash run --out {out}` first",
              file=sys.stderr)
        return 2
    site = write_view(out)
    index = (site / "index.html").resolve()
    print(f"tilmash: view of {out} written to {site}/ (open {index.as_uri()})")
    if args.open:
        webbrowser.open(index.as_uri())
    return 0
