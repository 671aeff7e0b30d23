"""Command line: parse arguments, call the library, render, exit. The only module that exits."""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
import threading
import traceback
import warnings
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Iterator, NoReturn, Sequence

from rich.console import Console

from . import __version__
from .baseline import baseline_from, write_baseline
from .check import check as check_draft
from .check import check_reference_set
from .checks import KINDS, FailOn
from .config import GateConfig, load_config
from .console import (PipeConsole, print_reference_set, print_score, print_warning, progress_bar, say, shown, working,
                      workflow_command)
from .documents import parse_pair, parse_seed
from .errors import ConfigError, EvalkitError
from .evaluation import evaluate
from .formats import BILINGUAL, check_write_back, detect, findings_by_unit, read_translation_file, write_back
from .gate import check
from .metrics import DEFAULT_METRICS, REGISTRY
from .outputs import REFERENCE_FILES, Output, file_output, refuse_overwriting, report_outputs
from .references import ALIGNERS, DEFAULT_ALIGNER, build_reference_set, make_scorer, write_reference_set
from .reports import REPORT_FILES, write_gate_reports
from .reports.check_report import FILES as CHECK_FILES
from .reports.check_report import write_check_reports
from .reports.check_terminal import print_check
from .reports.escape import visible
from .reports.gate_text import render_verdict
from .reports.github import STEP_SUMMARY, CommandGuard, annotations, neutralise, under_actions
from .scoring import score, score_task
from .settings import DEFAULT_SEED, ENGINES, METHODS, Settings, SignificanceSettings
from .textio import dump_json, write_files

EXIT_OK, EXIT_GATE_FAILED, EXIT_BAD_INPUT = 0, 1, 2
# 128 + the signal number, as a shell reports a process ended by that signal.
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE, EXIT_TERMINATED = 130, 141, 143
EXIT_INTERNAL = 70  # a bug in evalkit (sysexits' EX_SOFTWARE)
DEBUG_VAR = "EVALKIT_DEBUG"  # set it to see the traceback of an internal error
META_FILES = ("meta.json", "meta.md")
REPORT_INPUTS = ("summary.json", "segments.jsonl")  # what meta reads of a report


class _UsageError(Exception):
    pass


class _Terminated(BaseException):
    """SIGTERM (timeout, CI cancellation), unwinding like KeyboardInterrupt so every
    `finally` (staging folders, temporary files) runs."""


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
    build.add_argument("seed", nargs="?", help="bilingual seed document (現代英語: / 現代國語: sections), or a "
                                              "translation file (XLIFF, PO, TMX) whose units become the segments")
    build.add_argument("--en", help="English paragraphs, one per line (instead of a seed)")
    build.add_argument("--zh", help="Chinese paragraphs, one per line (instead of a seed)")
    build.add_argument("--out", required=True, help="output directory, e.g. references/NAME")
    build.add_argument("--name", help="reference set name (default: the output directory's name)")
    build.add_argument("--aligner", choices=ALIGNERS, default=DEFAULT_ALIGNER,
                       help="sentence aligner: embedding similarity plus length, or length only (default: %(default)s)")
    build.add_argument("--zh-script", choices=["hant", "hans"],
                       help="the Chinese variant to take from a TMX that holds several (zh-TW/zh-HK vs zh-CN)")
    _add_embedder_options(build)

    refs_check = refs_commands.add_parser("check", help="run the draft checks that need no reference on a reference set")
    refs_check.add_argument("refset", metavar="REFSET", help="reference-set directory, e.g. references/NAME")
    refs_check.add_argument("--lang", help="SRC-TGT: check only the TGT side, as a translation of SRC (default: both sides)")
    _add_check_options(refs_check)

    sc = commands.add_parser("score", help="score candidate translations")
    sc.add_argument("hyps", nargs="+", metavar="HYP", help="candidate file: one segment per line, .jsonl with id/text, "
                                                          "or XLIFF, PO, SRT, WebVTT, DOCX (docs/formats.md)")
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
    sc.add_argument("--empty-targets", action="store_true",
                    help="score XLIFF/PO units without a target as empty translations (default: left out, reported)")
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
    _add_engine_options(sc)
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
    _add_engine_options(gate, default=None)

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

    ck = commands.add_parser("check", help="check a translator's draft: omissions, additions, untranslated text, "
                                           "numbers, terminology, script, weak passages")
    ck.add_argument("draft", metavar="DRAFT", help="the draft: text or Markdown in any segmentation, DOCX, SRT, "
                                                  "WebVTT, or XLIFF/PO (checked against its own source)")
    ck.add_argument("--write-back", metavar="OUT",
                    help="XLIFF/PO draft: write a copy to OUT with each finding attached to its unit (a note, a "
                         "translator comment); the draft itself is never changed")
    ck.add_argument("--mark-fuzzy", action="store_true", help="with --write-back on a PO file: also flag each "
                                                               "entry with findings as fuzzy")
    ck.add_argument("--ref", help="reference-set directory, or a plain file with one segment per line")
    ck.add_argument("--src", help="source file, one segment per line (line-aligned with a plain --ref)")
    ck.add_argument("--lang", help="language pair SRC-TGT, e.g. zh-en (default: told from the texts)")
    ck.add_argument("--zh-script", choices=["hant", "hans"],
                    help="script a Chinese draft must be in (default: the reference's, else the draft's own)")
    _add_check_options(ck)
    _add_embedder_options(ck)
    _add_engine_options(ck)
    return parser


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--glossary", metavar="TSV", help="source term<TAB>target term per line ('|' between variants)")
    parser.add_argument("--out", help=f"write {', '.join(CHECK_FILES)} to this directory")
    parser.add_argument("--fail-on", metavar="KIND[:SEVERITY][,...]",
                        help=f"exit 1 when there are findings of these kinds ({','.join(KINDS)}) of severity high "
                             "or medium; KIND:low counts the advisory low ones too, KIND:high only high ones")


def _add_engine_options(parser: argparse.ArgumentParser, default: str | None = "local") -> None:
    where = "the configuration's [settings] engine, else local" if default is None else default
    parser.add_argument("--engine", choices=ENGINES, default=default,
                        help=f"where the statistics and models run: this machine, or a Ray cluster (default: {where}; "
                             "docs/scaling.md); the numbers do not depend on it")
    parser.add_argument("--ray-address", metavar="ADDRESS",
                        help="Ray cluster for --engine ray, e.g. 10.0.0.5:6379 (default: $RAY_ADDRESS, else a local "
                             "Ray started for the run)")


def _add_embedder_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--embedder", help="embedding model: use-multilingual (bundled, default) or "
                                           "st:<hub name or path> for a sentence-transformers model")
    parser.add_argument("--cache-dir", help="embedding and statistics cache directory "
                                            "(default: $EVALKIT_CACHE_DIR, else $XDG_CACHE_HOME/evalkit)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the embedding and statistics caches")


def _refs_build(args: argparse.Namespace, console: Console) -> int:
    refuse_overwriting([("seed document", args.seed), ("English text", args.en), ("Chinese text", args.zh)],
                       report_outputs(args.out, REFERENCE_FILES))
    if args.seed and (args.en or args.zh):
        raise ConfigError("give either a seed document or --en and --zh, not both")
    if args.seed and detect(args.seed) in BILINGUAL:
        from .embed import DEFAULT_EMBEDDER, shared_embedder
        from .formats.refsets import reference_set_from

        embedder = shared_embedder(args.embedder or DEFAULT_EMBEDDER, args.cache_dir, not args.no_cache)
        reference_set = reference_set_from(args.seed, name=args.name or Path(args.out).name, embedder=embedder,
                                           script=args.zh_script)
        write_reference_set(reference_set, args.out)
        print_reference_set(console, reference_set, args.out)
        return EXIT_OK
    if args.zh_script:
        raise ConfigError("--zh-script picks a TMX's Chinese variant; a seed or --en/--zh has one Chinese side")
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
        print_warning(console, warning)
    print_reference_set(console, reference_set, args.out)
    return EXIT_OK


def _refs(args: argparse.Namespace, console: Console) -> int:
    return _refs_check(args, console) if args.refs_command == "check" else _refs_build(args, console)


def _refs_check(args: argparse.Namespace, console: Console) -> int:
    fail_on = FailOn.parse(args.fail_on)
    if args.out:
        refuse_overwriting([("reference set", args.refset), ("glossary", args.glossary)],
                           report_outputs(args.out, CHECK_FILES, reports=True))
    results = check_reference_set(args.refset, lang=args.lang, glossary=args.glossary)
    return _report_check(results, args.out, console, fail_on)


def _check(args: argparse.Namespace, console: Console) -> int:
    fail_on = FailOn.parse(args.fail_on)
    outputs = report_outputs(args.out, CHECK_FILES, reports=True) if args.out else []
    if args.mark_fuzzy and not args.write_back:
        raise ConfigError("--mark-fuzzy flags entries in the copy --write-back writes; give --write-back OUT")
    if args.write_back:
        check_write_back(args.draft, fuzzy=args.mark_fuzzy)
        outputs.append(file_output(args.write_back, "--write-back"))
    refuse_overwriting([("draft", args.draft), ("reference", args.ref), ("source", args.src),
                        ("glossary", args.glossary)], outputs)
    settings = Settings(zh_script=args.zh_script, embedder=args.embedder, cache_dir=args.cache_dir,
                        use_cache=not args.no_cache, engine=args.engine, ray_address=args.ray_address)
    with progress_bar(PipeConsole(stderr=True), "checking") as hook:
        result = check_draft(args.draft, ref=args.ref, src=args.src, lang=args.lang, glossary=args.glossary,
                             settings=settings, progress=hook)
    code = _report_check([result], args.out, console, fail_on)
    if args.write_back:
        written = write_back(read_translation_file(args.draft), findings_by_unit(result.findings), args.write_back,
                             fuzzy=args.mark_fuzzy)
        say(console, f"Wrote {args.write_back}: {written} note(s) on "
                     f"{len({i for f in result.findings for i in f.ids})} unit(s)")
    return code


def _report_check(results, out: str | None, console: Console, fail_on: FailOn) -> int:
    for result in results:
        for note in result.notes:
            console.print(f"[bold yellow]NOTE[/] {shown(console, note)}", highlight=False)
        print_check(console, result)
    if out:
        write_check_reports(results, out)
        say(console, f"Reports: {out}/ ({', '.join(CHECK_FILES)})")
    findings = [finding for result in results for finding in result.findings]
    failing = sum(1 for finding in findings if fail_on.fails(finding))
    advisory = fail_on.advisory(findings)
    if advisory:
        say(console, f"--fail-on {fail_on}: {len(advisory)} finding(s) of lower severity not counted "
                     "(KIND:low counts the low ones)")
    if failing:
        say(console, f"--fail-on {fail_on}: {failing} finding(s); exit code 1")
        return EXIT_GATE_FAILED
    return EXIT_OK


def _score(args: argparse.Namespace, console: Console) -> int:
    out = Path(args.out or Path("reports") / datetime.now().strftime("%Y%m%d-%H%M%S"))
    refuse_overwriting([*(("candidate", hyp) for hyp in args.hyps), *(("reference", ref) for ref in args.ref or []),
                        ("source", args.src)], report_outputs(out, REPORT_FILES, reports=True))
    if any(not name.strip() for name in args.name or []):
        raise ConfigError("--name cannot be empty")
    settings = _settings(args)
    with progress_bar(PipeConsole(stderr=True), "scoring") as hook:
        result = score(args.hyps, ref=args.ref, src=args.src, lang=args.lang, names=args.name,
                       settings=settings, progress=hook, empty_targets=args.empty_targets)
    evaluation = evaluate(result)
    with working(PipeConsole(stderr=True), f"resampling ({settings.significance.method})"):
        evaluation.write(out)
    print_score(console, result, evaluation.leaderboard)
    say(console, f"Reports: {out}/ ({', '.join(REPORT_FILES)})")
    if result.cache_use:  # on stderr: diagnostics, not results
        use = result.cache_use
        _say(f"statistics: {use.recomputed:,} of {use.total:,} segments recomputed"
             + ("" if use.cached else " (cache off)"))
    return EXIT_OK


def _gate(args: argparse.Namespace, console: Console) -> int:
    if args.update_baseline and (args.junit or args.markdown):
        raise ConfigError("--update-baseline writes the baseline and checks no rule; drop --junit/--markdown")
    config = load_config(args.config)
    target = config.baseline_file if args.update_baseline else None
    refuse_overwriting(_gate_inputs(config, args), _gate_outputs(config, args))
    task = config.load_task(args.hyps, args.name)
    baseline = None if target is not None else config.load_baseline()
    settings = config.settings
    if args.engine or args.ray_address:  # the command line over the configuration's [settings]
        settings = settings.with_options(engine=args.engine or settings.engine,
                                         ray_address=args.ray_address or settings.ray_address)
    with progress_bar(PipeConsole(stderr=True), "scoring") as hook:
        result = score_task(task, settings, progress=hook)
    for warning in result.warnings:
        print_warning(console, warning)
    if target is not None:
        write_baseline(baseline_from(result, target))
        say(console, f"Wrote baseline {target}: {', '.join(s.name for s in result.systems)} on "
                     f"{len(result.ids)} segments, metrics {', '.join(result.metrics)}", soft_wrap=True)
        return EXIT_OK
    verdict = check(result, config.rules, baseline)
    for line in render_verdict(verdict):
        console.print(line, highlight=False, soft_wrap=True)  # long lines stay whole in CI logs
    write_gate_reports(verdict, junit=args.junit, markdown=args.markdown)
    if under_actions():
        for command in annotations(verdict):
            workflow_command(console, command)
    if args.out:
        evaluate(result).write(args.out)
    return verdict.exit_code


def _gate_inputs(config: GateConfig, args: argparse.Namespace) -> list[tuple[str, str | Path | None]]:
    """Every file the gate reads; the baseline only when the rules compare with it."""
    reads_baseline = config.rules.regression is not None and not args.update_baseline
    return [("configuration", config.path), *(("candidate", hyp) for hyp in args.hyps or config.task.candidates),
            *(("reference", ref) for ref in config.task.refs), ("source", config.task.src),
            ("baseline", config.baseline if reads_baseline else None)]


def _gate_outputs(config: GateConfig, args: argparse.Namespace) -> list[Output]:
    if args.update_baseline:
        return [file_output(config.baseline_file, "the baseline (--update-baseline)")]
    outputs = report_outputs(args.out, REPORT_FILES, reports=True) if args.out else []
    outputs += [file_output(path, option) for option, path in (("--junit", args.junit), ("--markdown", args.markdown))
                if path]
    if os.environ.get(STEP_SUMMARY):  # appended to, not replaced, but never an input all the same
        outputs.append(Output(f"${STEP_SUMMARY}", Path(os.environ[STEP_SUMMARY])))
    return outputs


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
        engine=args.engine,
        ray_address=args.ray_address,
        significance=SignificanceSettings(method=args.significance, resamples=args.resamples, seed=args.seed,
                                          baseline=args.baseline),
    )


def _meta(args: argparse.Namespace, console: Console) -> int:
    from .meta import meta
    from .reports.meta import meta_tables, render_meta_markdown

    metrics = [m for m in args.metrics.split(",") if m.strip()] if args.metrics else None
    out = Path(args.out or args.report)
    refuse_overwriting([("human scores", args.human), *(("report", Path(args.report) / name) for name in REPORT_INPUTS)],
                       report_outputs(out, META_FILES))
    with working(PipeConsole(stderr=True), "meta-evaluating"):
        result = meta(args.report, args.human, metrics=metrics, human_lower_is_better=args.human_lower_is_better,
                      resamples=args.resamples, seed=args.seed)
    write_files(out, {"meta.json": dump_json(result.as_json()), "meta.md": render_meta_markdown(result)})
    for warning in result.warnings:
        print_warning(console, warning)
    for table in meta_tables(result):
        console.print(table)
    say(console, f"Wrote {out}/meta.json and meta.md")
    return EXIT_OK


def run(argv: Sequence[str] | None = None, console: Console | None = None) -> int:
    """Run the CLI and return its exit code (tests call this; `main` exits with it).

    Every command's failures end here: one line on stderr and an exit code, never a
    traceback (see the README's exit codes).
    """
    console = console or PipeConsole()
    handlers = {"refs": _refs, "score": _score, "gate": _gate, "meta": _meta, "check": _check}
    with _sigterm_unwinds(), _warnings_as_lines(), _commands_guarded(console):
        try:
            args = _build_parser().parse_args(argv)
            return handlers[args.command](args, console)
        except (EvalkitError, _UsageError) as exc:
            return _fail(f"evalkit: error: {exc}", EXIT_BAD_INPUT)
        except KeyboardInterrupt:
            return _fail("evalkit: interrupted; no file was half-written", EXIT_INTERRUPTED)
        except _Terminated:
            return _fail("evalkit: terminated (SIGTERM); no file was half-written", EXIT_TERMINATED)
        except BrokenPipeError:
            # the reader went away (`evalkit ... | head -1`): end quietly, as Unix filters do
            _silence_stdout()
            return EXIT_BROKEN_PIPE
        except MemoryError:
            return _fail("evalkit: error: out of memory; score fewer or shorter segments at a time", EXIT_BAD_INPUT)
        except OSError as exc:  # the system refused something the library did not expect to fail
            where = f"{exc.filename}: " if exc.filename else ""
            return _fail(f"evalkit: error: {where}{exc.strerror or exc}", EXIT_BAD_INPUT)
        except Exception as exc:
            if os.environ.get(DEBUG_VAR):
                traceback.print_exc()
            detail = (str(exc).splitlines() or [""])[0]
            return _fail(f"evalkit: internal error: {type(exc).__name__}: {detail} (a bug in evalkit; "
                         f"{DEBUG_VAR}=1 shows the traceback)", EXIT_INTERNAL)


def _fail(message: str, code: int) -> int:
    _say(message)
    return code


def _say(message: str) -> None:
    message = visible(message)
    try:
        print(neutralise(message) if under_actions() else message, file=sys.stderr, flush=True)
    except OSError:  # stderr is gone too; the exit code still tells
        pass


@contextmanager
def _commands_guarded(console: Console) -> Iterator[None]:
    """Under GitHub Actions, stdout through a CommandGuard: no line of it becomes a workflow
    command that evalkit did not mean (see reports/github.py)."""
    if not under_actions():
        yield
        return
    original = console.file
    guard = console.file = CommandGuard(original)
    try:
        yield
    finally:
        with suppress(OSError):  # stdout gone: the exit code still tells
            guard.finish()
        console.file = original


@contextmanager
def _warnings_as_lines() -> Iterator[None]:
    """Each warning (a text cut for the embedding model, ...) as one line on stderr."""
    with warnings.catch_warnings():
        warnings.showwarning = lambda message, *_args, **_kwargs: _say(f"evalkit: warning: {message}")
        yield


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (tests capture it)
        pass


@contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the clean-up short
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main() -> None:
    # Text this terminal cannot encode is shown as escapes rather than crashing the run
    # (the console also switches its marks to ASCII then).
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")
    sys.exit(run())
