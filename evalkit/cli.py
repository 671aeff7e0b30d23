"""Command line: parse arguments, call the library, render, exit. The only module that exits."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import NoReturn, Sequence

from rich.console import Console

from . import __version__
from .analysis import analyse
from .check import check, check_reference_set
from .checks import KINDS
from .console import print_reference_set, print_score, progress_bar, working
from .documents import parse_pair, parse_seed
from .errors import ConfigError, EvalkitError
from .metrics import DEFAULT_METRICS, REGISTRY
from .references import ALIGNERS, DEFAULT_ALIGNER, build_reference_set, make_scorer, write_reference_set
from .reports import write_reports
from .reports.check_report import FILES as CHECK_FILES
from .reports.check_report import write_check_reports
from .reports.check_terminal import print_check
from .scoring import score
from .settings import DEFAULT_SEED, METHODS, Settings, SignificanceSettings
from .significance import build_leaderboard

EXIT_OK, EXIT_GATE_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line as one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{message} (see `{self.prog} --help`)")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="evalkit", description="Translation-quality evaluation harness.")
    parser.add_argument("--version", action="version", version=f"evalkit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    refs = commands.add_parser("refs", help="build reference sets from bilingual documents")
    refs_commands = refs.add_subparsers(dest="refs_command", required=True, metavar="ACTION")
    build = refs_commands.add_parser("build", help="split, align and write a reference set")
    build.add_argument("seed", nargs="?", help="bilingual seed document (現代英語: / 現代國語: sections)")
    build.add_argument("--en", help="English paragraphs, one per line (instead of a seed)")
    build.add_argument("--zh", help="Chinese paragraphs, one per line (instead of a seed)")
    build.add_argument("--out", required=True, help="output directory, e.g. references/NAME")
    build.add_argument("--name", help="reference set name (default: the output directory's name)")
    build.add_argument("--aligner", choices=ALIGNERS, default=DEFAULT_ALIGNER,
                       help="sentence aligner: embedding similarity plus length, or length only (default: %(default)s)")
    _add_embedder_options(build)
    refs_check = refs_commands.add_parser("check", help="run the draft checks that need no reference on a reference set")
    refs_check.add_argument("refset", metavar="REFSET", help="reference-set directory, e.g. references/NAME")
    refs_check.add_argument("--lang", help="SRC-TGT: check only the TGT side, as a translation of SRC (default: both sides)")
    _add_check_options(refs_check)

    sc = commands.add_parser("score", help="score candidate translations")
    sc.add_argument("hyps", nargs="+", metavar="HYP", help="candidate file: one segment per line, or .jsonl with id/text")
    sc.add_argument("--ref", action="append",
                    help="reference file (repeat for several references) or a reference-set directory; "
                         "without one, give --src and only reference-free metrics run")
    sc.add_argument("--src", help="source file, one segment per line")
    sc.add_argument("--lang", help="language pair SRC-TGT, e.g. zh-en; required with a reference-set directory")
    sc.add_argument("--metrics",
                    help=f"comma-separated, from {', '.join(REGISTRY)} (default: {','.join(DEFAULT_METRICS)}, "
                         "plus embed_src when there is a source; only embed_src without a reference)")
    sc.add_argument("--tokenize", help="sacrebleu tokenizer for BLEU (default: zh for Chinese targets, else 13a), "
                                       "or 'jieba' for jieba word segmentation")
    sc.add_argument("--lowercase", action="store_true", help="case-insensitive scores")
    sc.add_argument("--zh-script", choices=["hant", "hans"],
                    help="convert Chinese on both sides to Traditional (hant) or Simplified (hans) before scoring")
    sc.add_argument("--name", action="append", help="system name for each HYP in order (default: file stem)")
    sc.add_argument("--out", help="report directory (default: reports/<timestamp>)")
    sig = sc.add_argument_group("leaderboard and significance")
    sig.add_argument("--baseline", metavar="NAME", help="system the others are tested against (default: the first)")
    sig.add_argument("--significance", choices=METHODS, default="bootstrap",
                     help="paired bootstrap, approximate randomization, or none (default: %(default)s)")
    sig.add_argument("--resamples", type=int, metavar="N",
                     help="bootstrap resamples (default 1000) or AR trials (default 10000)")
    sig.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed for resampling (default: %(default)s)")
    sig.add_argument("--jobs", type=int, metavar="N",
                     help="worker processes for resampling (default: all CPUs when the comparison is large)")
    _add_embedder_options(sc)

    ck = commands.add_parser("check", help="check a translator's draft: omissions, additions, untranslated text, "
                                           "numbers, terminology, script, weak passages")
    ck.add_argument("draft", metavar="DRAFT", help="the draft: text or Markdown in any segmentation")
    ck.add_argument("--ref", help="reference-set directory, or a plain file with one segment per line")
    ck.add_argument("--src", help="source file, one segment per line (line-aligned with a plain --ref)")
    ck.add_argument("--lang", help="language pair SRC-TGT, e.g. zh-en (default: told from the texts)")
    ck.add_argument("--zh-script", choices=["hant", "hans"],
                    help="script a Chinese draft must be in (default: the reference's, else the draft's own)")
    _add_check_options(ck)
    _add_embedder_options(ck)
    return parser


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--glossary", metavar="TSV", help="source term<TAB>target term per line ('|' between variants)")
    parser.add_argument("--out", help=f"write {', '.join(CHECK_FILES)} to this directory")
    parser.add_argument("--fail-on", metavar="KIND[,KIND]",
                        help=f"exit 1 when there are findings of these kinds ({','.join(KINDS)})")


def _add_embedder_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--embedder", help="embedding model: use-multilingual (bundled, default) or "
                                           "st:<hub name or path> for a sentence-transformers model")
    parser.add_argument("--cache-dir", help="embedding cache directory "
                                            "(default: $EVALKIT_CACHE_DIR, else $XDG_CACHE_HOME/evalkit)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the embedding cache")


def _refs_build(args: argparse.Namespace, console: Console) -> int:
    _check_out(Path(args.out), reports=False)
    if args.seed and (args.en or args.zh):
        raise ConfigError("give either a seed document or --en and --zh, not both")
    if args.seed:
        document = parse_seed(args.seed)
        sources = {"seed": args.seed}
    elif args.en and args.zh:
        document = parse_pair(args.en, args.zh)
        sources = {"en": args.en, "zh": args.zh}
    else:
        raise ConfigError("give a seed document, or both --en and --zh")
    name = args.name or Path(args.out).name
    if args.embedder and args.aligner != "embedding":
        raise ConfigError(f"--embedder is used by the embedding aligner only, not by --aligner {args.aligner}")
    scorer = make_scorer(args.aligner, embedder=args.embedder, cache_dir=args.cache_dir, use_cache=not args.no_cache)
    reference_set = build_reference_set(document, name=name, scorer=scorer, sources=sources)
    write_reference_set(reference_set, args.out)
    print_reference_set(console, reference_set, args.out)
    return EXIT_OK


def _refs(args: argparse.Namespace, console: Console) -> int:
    return _refs_check(args, console) if args.refs_command == "check" else _refs_build(args, console)


def _refs_check(args: argparse.Namespace, console: Console) -> int:
    fail_on = _fail_on(args.fail_on)
    if args.out:
        _check_out(Path(args.out), reports=True)
    results = check_reference_set(args.refset, lang=args.lang, glossary=args.glossary)
    return _report_check(results, args.out, console, fail_on)


def _check(args: argparse.Namespace, console: Console) -> int:
    fail_on = _fail_on(args.fail_on)
    if args.out:
        _check_out(Path(args.out), reports=True)
    settings = Settings(zh_script=args.zh_script, embedder=args.embedder, cache_dir=args.cache_dir,
                        use_cache=not args.no_cache)
    with progress_bar(Console(stderr=True), "checking") as hook:
        result = check(args.draft, ref=args.ref, src=args.src, lang=args.lang, glossary=args.glossary,
                       settings=settings, progress=hook)
    return _report_check([result], args.out, console, fail_on)


def _fail_on(spec: str | None) -> tuple[str, ...]:
    kinds = tuple(kind.strip() for kind in (spec or "").split(",") if kind.strip())
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise ConfigError(f"--fail-on: unknown kind(s) {', '.join(unknown)}; choose from {', '.join(KINDS)}")
    return kinds


def _report_check(results, out: str | None, console: Console, fail_on: tuple[str, ...]) -> int:
    for result in results:
        print_check(console, result)
    if out:
        write_check_reports(results, out)
        console.print(f"Reports: {out}/ ({', '.join(CHECK_FILES)})", highlight=False)
    failing = sum(1 for result in results for finding in result.findings if finding.kind in fail_on)
    if failing:
        console.print(f"--fail-on {','.join(fail_on)}: {failing} finding(s); exit code 1", highlight=False)
        return EXIT_GATE_FAILED
    return EXIT_OK


def _check_out(out: Path, *, reports: bool) -> None:
    """Refuse an output directory that would fail or be clobbered, before any work is done."""
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out} exists and is not a directory")
    if reports and (out / "manifest.json").exists():
        raise ConfigError(f"--out {out} holds a reference set; write reports to another directory")


def _score(args: argparse.Namespace, console: Console) -> int:
    out = Path(args.out or Path("reports") / datetime.now().strftime("%Y%m%d-%H%M%S"))
    _check_out(out, reports=True)
    settings = _settings(args)
    with progress_bar(Console(stderr=True), "scoring") as hook:
        result = score(args.hyps, ref=args.ref, src=args.src, lang=args.lang, names=args.name,
                       settings=settings, progress=hook)
    with working(Console(stderr=True), f"resampling ({settings.significance.method})"):
        board = build_leaderboard(result, settings.significance)
        write_reports(result, out, leaderboard=board, analysis=analyse(result, baseline=board.baseline))
    print_score(console, result, board)
    console.print(f"Reports: {out}/ (summary.json, summary.md, report.html, segments.jsonl, segments.csv)",
                  highlight=False)
    return EXIT_OK


def _settings(args: argparse.Namespace) -> Settings:
    """The command line as a Settings object, the same one a configuration file or the API builds."""
    return Settings(
        metrics=tuple(args.metrics.split(",")) if args.metrics is not None else None,
        tokenize=args.tokenize,
        lowercase=args.lowercase,
        zh_script=args.zh_script,
        embedder=args.embedder,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        significance=SignificanceSettings(method=args.significance, resamples=args.resamples, seed=args.seed,
                                          baseline=args.baseline, jobs=args.jobs),
    )


def run(argv: Sequence[str] | None = None, console: Console | None = None) -> int:
    """Run the CLI and return its exit code (tests call this; `main` exits with it)."""
    console = console or Console()
    handlers = {"refs": _refs, "score": _score, "check": _check}
    try:
        args = _build_parser().parse_args(argv)
        return handlers[args.command](args, console)
    except (EvalkitError, _UsageError) as exc:
        print(f"evalkit: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("evalkit: interrupted; no file was half-written", file=sys.stderr)
        return 130


def main() -> None:
    sys.exit(run())
