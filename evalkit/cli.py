"""Command line: parse arguments, call the library, render, exit. The only module that exits."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import NoReturn, Sequence

from rich.console import Console
from rich.markup import escape

from . import __version__
from .baseline import baseline_from, write_baseline
from .config import load_config
from .console import print_reference_set, print_score, progress_bar, working
from .documents import parse_pair, parse_seed
from .errors import ConfigError, EvalkitError
from .evaluation import evaluate
from .gate import check
from .metrics import DEFAULT_METRICS, REGISTRY
from .references import ALIGNERS, DEFAULT_ALIGNER, build_reference_set, make_scorer, write_reference_set
from .reports import write_gate_reports
from .reports.gate_text import render_verdict
from .reports.github import annotations
from .scoring import score, score_task
from .settings import DEFAULT_SEED, METHODS, Settings, SignificanceSettings
from .textio import dump_json, write_files

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

    sc = commands.add_parser("score", help="score candidate translations")
    sc.add_argument("hyps", nargs="+", metavar="HYP", help="candidate file: one segment per line, or .jsonl with id/text")
    sc.add_argument("--ref", action="append",
                    help="reference file (repeat for several references) or a reference-set directory; "
                         "without one, give --src and only reference-free metrics run")
    sc.add_argument("--src", help="source file, one segment per line")
    sc.add_argument("--lang", help="language pair SRC-TGT, e.g. zh-en; required with a reference-set directory")
    sc.add_argument("--metrics",
                    help=f"comma-separated, from {', '.join(REGISTRY)} (default: {','.join(DEFAULT_METRICS)}, "
                         "plus embed_src when there is a source; only embed_src without a reference), or plugins: "
                         "comet:MODEL, bertscore:MODEL?layer=N&idf=yes, module:function (docs/metrics.md)")
    sc.add_argument("--tokenize", help="sacrebleu tokenizer for BLEU (default: zh for Chinese targets, else 13a), "
                                       "or 'jieba' for jieba word segmentation")
    sc.add_argument("--lowercase", action="store_true",
                    help="case-insensitive BLEU, chrF and chrF++ (sacrebleu's -lc and --chrf-lowercase); TER ignores "
                         "case anyway, as sacrebleu's does; embedding and neural metrics see the text as it is")
    sc.add_argument("--ter-case-sensitive", action="store_true",
                    help="case-sensitive TER (sacrebleu's --ter-case-sensitive; default: TER ignores case)")
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
    sc.add_argument("--jobs", type=int, metavar="N",
                    help="worker processes for statistics and resampling; results do not depend on it "
                         "(default: all CPUs when the work is large enough)")
    _add_embedder_options(sc)

    gate = commands.add_parser("gate", help="check candidates against quality rules and a stored baseline "
                                            "(exit 1 when a rule fails)")
    gate.add_argument("hyps", nargs="*", metavar="HYP", help="candidate files (default: the config's task.candidates)")
    gate.add_argument("--config", metavar="PATH", help="configuration file (default: evalkit.toml, or [tool.evalkit] in "
                                       "pyproject.toml, in the current directory or the nearest parent)")
    gate.add_argument("--name", action="append", help="system name for each HYP in order (default: file stem)")
    gate.add_argument("--update-baseline", action="store_true",
                      help="score and write the baseline file (atomically) instead of checking the rules")
    gate.add_argument("--junit", metavar="PATH", help="write the verdict as JUnit XML (one test case per rule)")
    gate.add_argument("--markdown", metavar="PATH", help="write the verdict as Markdown for a pull-request comment")
    gate.add_argument("--out", metavar="DIR", help="also write the full reports (as evalkit score does)")

    me = commands.add_parser("meta", help="check metrics of a scored report against human judgments",
                             description="Segment- and system-level agreement of each metric in a report with "
                                         "human scores (as Google's mt-metrics-eval computes it), with bootstrap "
                                         "95% intervals, and which metric agrees better. Writes meta.json and "
                                         "meta.md. See docs/metrics.md.")
    me.add_argument("report", help="report directory written by `evalkit score` (summary.json, segments.jsonl)")
    me.add_argument("human", help="human segment scores: TSV with a header line (system, id, score) or .jsonl rows "
                                  "with those keys; ids as in the report's segments.jsonl; higher is better")
    me.add_argument("--human-lower-is-better", action="store_true",
                    help="the human scores are penalties (e.g. MQM error points): lower is better")
    me.add_argument("--metrics", help="comma-separated metrics of the report to check (default: all of them)")
    me.add_argument("--resamples", type=int, default=1000, metavar="N", help="bootstrap resamples (default: %(default)s)")
    me.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default: %(default)s)")
    me.add_argument("--out", help="directory for meta.json and meta.md (default: the report directory)")
    return parser


def _add_embedder_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--embedder", help="embedding model: use-multilingual (bundled, default) or "
                                           "st:<hub name or path> for a sentence-transformers model")
    parser.add_argument("--cache-dir", help="embedding and statistics cache directory "
                                            "(default: $EVALKIT_CACHE_DIR, else $XDG_CACHE_HOME/evalkit)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the embedding and statistics caches")


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
    for warning in reference_set.warnings:
        console.print(f"[bold red]WARNING[/] {escape(warning)}", highlight=False)
    print_reference_set(console, reference_set, args.out)
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
    evaluation = evaluate(result)
    with working(Console(stderr=True), f"resampling ({settings.significance.method})"):
        evaluation.write(out)
    print_score(console, result, evaluation.leaderboard)
    console.print(f"Reports: {out}/ (summary.json, summary.md, report.html, segments.jsonl, segments.csv)",
                  highlight=False)
    if result.cache_use:  # on stderr: diagnostics, not results
        use = result.cache_use
        print(f"statistics: {use.recomputed:,} of {use.total:,} segments recomputed"
              + ("" if use.cached else " (cache off)"), file=sys.stderr)
    return EXIT_OK


def _gate(args: argparse.Namespace, console: Console) -> int:
    if args.update_baseline and (args.junit or args.markdown):
        raise ConfigError("--update-baseline writes the baseline and checks no rule; drop --junit/--markdown")
    config = load_config(args.config)
    if args.out:
        _check_out(Path(args.out), reports=True)
    task = config.load_task(args.hyps, args.name)
    baseline = None if args.update_baseline else config.load_baseline()
    target = config.baseline_file if args.update_baseline else None
    with progress_bar(Console(stderr=True), "scoring") as hook:
        result = score_task(task, config.settings, progress=hook)
    for warning in result.warnings:
        console.print(f"[bold red]WARNING[/] {warning}", highlight=False)
    if target is not None:
        write_baseline(baseline_from(result, target))
        console.print(f"Wrote baseline {target}: {', '.join(s.name for s in result.systems)} on "
                      f"{len(result.ids)} segments, metrics {', '.join(result.metrics)}", highlight=False, soft_wrap=True)
        return EXIT_OK
    verdict = check(result, config.rules, baseline)
    for line in render_verdict(verdict):
        console.print(line, highlight=False, soft_wrap=True)  # long lines stay whole in CI logs
    write_gate_reports(verdict, junit=args.junit, markdown=args.markdown)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for command in annotations(verdict):
            console.print(command, markup=False, highlight=False, soft_wrap=True)
    if args.out:
        evaluate(result).write(args.out)
    return verdict.exit_code


def _settings(args: argparse.Namespace) -> Settings:
    """The command line as a Settings object, the same one a configuration file or the API builds."""
    return Settings(
        metrics=tuple(args.metrics.split(",")) if args.metrics is not None else None,
        tokenize=args.tokenize,
        lowercase=args.lowercase,
        ter_case_sensitive=args.ter_case_sensitive,
        zh_script=args.zh_script,
        embedder=args.embedder,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        jobs=args.jobs,
        significance=SignificanceSettings(method=args.significance, resamples=args.resamples, seed=args.seed,
                                          baseline=args.baseline),
    )


def _meta(args: argparse.Namespace, console: Console) -> int:
    from .meta import meta
    from .reports.meta import meta_tables, render_meta_markdown

    metrics = [m for m in args.metrics.split(",") if m.strip()] if args.metrics else None
    with working(Console(stderr=True), "meta-evaluating"):
        result = meta(args.report, args.human, metrics=metrics, human_lower_is_better=args.human_lower_is_better,
                      resamples=args.resamples, seed=args.seed)
    out = Path(args.out or args.report)
    write_files(out, {"meta.json": dump_json(result.as_json()), "meta.md": render_meta_markdown(result)})
    for warning in result.warnings:
        console.print(f"[bold red]WARNING[/] {warning}", highlight=False)
    for table in meta_tables(result):
        console.print(table)
    console.print(f"Wrote {out}/meta.json and meta.md", highlight=False)
    return EXIT_OK


def run(argv: Sequence[str] | None = None, console: Console | None = None) -> int:
    """Run the CLI and return its exit code (tests call this; `main` exits with it)."""
    console = console or Console()
    handlers = {"refs": _refs_build, "score": _score, "gate": _gate, "meta": _meta}
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
