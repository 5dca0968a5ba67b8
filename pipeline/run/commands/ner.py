"""``tilmash train`` and ``tilmash evaluate``: build and score the project's NER models."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.ner.datasets import REPO

MODELS = REPO / "models"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """``tilmash train`` and ``tilmash evaluate``, also spelt ``tilmash ner train|evaluate``."""
    _add_commands(subparsers)
    group = subparsers.add_parser("ner", help="the same train / evaluate commands, grouped",
                                  description="NER model commands: train, evaluate.")
    _add_commands(group.add_subparsers(dest="ner_command", metavar="COMMAND", required=True))


def _add_commands(subparsers: argparse._SubParsersAction) -> None:
    """``train`` (here) and ``evaluate`` under ``subparsers``."""
    t = subparsers.add_parser(
        "train",
        help="train the NER pipeline of a language from ../shared/datasets",
        description=(
            "Build training and development DocBins for LANG from the open datasets "
            "(see pipeline/ner/train.py for which splits), train spaCy with "
            "models/configs/LANG.cfg and install the best checkpoint at --out. Test splits "
            "are never used for training."),
    )
    t.add_argument("lang", metavar="LANG", help="language: kk, ru or en")
    t.add_argument("--out", metavar="DIR", help="where to install the model (default: models/LANG)")
    t.add_argument("--max-minutes", type=float, metavar="N",
                   help="stop training after N minutes, keeping the best checkpoint so far")
    t.add_argument("--variant", metavar="NAME",
                   help="an experimental data mix from pipeline/ner/train.py VARIANTS "
                        "(e.g. kk --variant nerel: KazNERD plus Russian NEREL train)")
    t.add_argument("--corrections", metavar="FILE",
                   help="add the sentences a linguist corrected in `tilmash view` "
                        "(corrections.jsonl) to the training data")
    t.set_defaults(func=run_train)
    _add_evaluate(subparsers)


def _add_evaluate(subparsers: argparse._SubParsersAction) -> None:
    e = subparsers.add_parser(
        "evaluate",
        help="score a NER pipeline on a dataset split (P/R/F1 per label, words/s)",
        description=(
            "Run the NER pipeline of LANG (--model, default models/LANG) over a dataset split "
            "and print precision, recall and F1 per unified label as a markdown table."),
    )
    e.add_argument("lang", metavar="LANG", nargs="?",
                   help="language: kk, ru or en (with --gold-from-corrections: all if omitted)")
    e.add_argument("--data", metavar="NAME_OR_PATH",
                   help="dataset name (kaznerd, nerel, factrueval, uner_ewt, conll2003, "
                        "re_docred, crossner_<domain>) or an IOB2 file with unified labels")
    e.add_argument("--split", default="test", help="dataset split (default: test)")
    e.add_argument("--limit", type=int, metavar="N", help="score only the first N texts")
    e.add_argument("--model", metavar="DIR", help="pipeline folder (default: models/LANG)")
    e.add_argument("--gold-from-corrections", metavar="FILE",
                   help="instead of a dataset: score the run in --run against the spans "
                        "linguists confirmed, added or rejected in corrections.jsonl")
    e.add_argument("--run", default="outputs", metavar="OUT",
                   help="the run scored by --gold-from-corrections (default: outputs/)")
    e.set_defaults(func=run_evaluate)


def run_train(args: argparse.Namespace) -> int:
    """Train and install a model; print where it went."""
    from pipeline.ner.train import train

    out = Path(args.out) if args.out else MODELS / args.lang
    try:
        corrections = _read_corrections(args.corrections) if args.corrections else []
        path = train(args.lang, out, args.max_minutes, variant=args.variant,
                     corrections=corrections)
    except (KeyError, OSError) as e:
        print(f"tilmash: {e}", file=sys.stderr)
        return 2
    print(f"tilmash: {args.lang} model installed at {path}")
    return 0


def _read_corrections(path: str) -> list:
    from pipeline.corrections import read_corrections

    found, warnings = read_corrections(Path(path))
    for w in warnings:
        print(f"tilmash: warning: {w}", file=sys.stderr)
    return found


def run_gold_from_corrections(args: argparse.Namespace) -> int:
    """Score a run against the linguists' corrections and print the table."""
    from pipeline.corrections.gold import score_run
    from pipeline.doc.records import LANGS
    from pipeline.ner.evaluate import table

    out = Path(args.run)
    try:
        corrections = _read_corrections(args.gold_from_corrections)
        langs = [args.lang] if args.lang else list(LANGS)
        report, extra = score_run(out, corrections, langs)
    except (OSError, ValueError) as e:
        print(f"tilmash: {e}", file=sys.stderr)
        return 2
    print(f"{out} on {report.data}: {extra['documents']} documents scored, "
          f"{extra['changed']} changed since corrected (not scored), {extra['missing']} not in "
          f"the run, {extra['unjudged']} predictions unjudged; "
          f"F1 {100 * report.overall.f1:.1f}\n")
    print(table(report))
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    """Evaluate a model on a dataset and print the table."""
    from pipeline.ner.evaluate import evaluate, spacy_tagger, summary, table

    if args.gold_from_corrections:
        return run_gold_from_corrections(args)
    if not args.lang or not args.data:
        print("tilmash: evaluate needs LANG and --data (or --gold-from-corrections FILE)",
              file=sys.stderr)
        return 2

    model = Path(args.model) if args.model else MODELS / args.lang
    if not (model / "config.cfg").is_file():
        print(f"tilmash: no model at {model}: run `tilmash train {args.lang}`", file=sys.stderr)
        return 2
    try:
        report = evaluate(spacy_tagger(model), args.data, args.split, args.limit)
    except (KeyError, FileNotFoundError) as e:
        print(f"tilmash: {e}", file=sys.stderr)
        return 2
    print(f"{args.lang} model {model} on {summary(report)}\n")
    print(table(report))
    return 0
