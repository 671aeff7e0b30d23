"""The gate's configuration file: `evalkit.toml`, or `[tool.evalkit]` in `pyproject.toml`.

Found from the current directory upwards, like other Python tools. It holds what is
scored (`[task]`), how (`[settings]`: the same `Settings` the CLI and the API
build), the `[rules]` and the `baseline` file. Paths are relative to the file.
Every key is validated; a mistake is one ConfigError naming the file, the key and
the reason. The format is documented in docs/gating.md.
"""

from __future__ import annotations

import difflib
import errno
import glob
import os
import tomllib
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from .baseline import Baseline, load_baseline
from .candidates import ScoringTask, load_task, parse_lang_pair
from .errors import ConfigError, InputError
from .gate import NUMBERS_AGAINST, Regression, Rules, Threshold
from .metrics import default_metrics, parse_metric_names
from .settings import Settings, SignificanceSettings
from .textio import read_text

CONFIG_FILE = "evalkit.toml"
PYPROJECT = "pyproject.toml"
TOP_KEYS = ("baseline", "task", "settings", "rules")
TASK_KEYS = ("ref", "src", "lang", "candidates")
RULES_KEYS = ("floors", "regression", "segments")
REGRESSION_KEYS = ("metrics", "margin", "alpha")
SEGMENT_KEYS = ("floors", "empty", "numbers", "script")
PATH_SETTINGS = ("cache_dir",)  # settings that are paths, relative to the file like the task's
_NUMBER = (int, float)


class _Error(ConfigError):
    """A mistake at a key; the file is prefixed where it is known."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"{key}: {reason}" if key else reason)


@dataclass(frozen=True)
class TaskSpec:
    refs: tuple[str, ...]
    src: str | None
    lang: str | None
    candidates: tuple[str, ...]  # files, globs expanded


@dataclass(frozen=True)
class GateConfig:
    path: Path
    task: TaskSpec
    settings: Settings
    rules: Rules
    baseline: Path | None

    def load_task(self, candidates: list[str] | None = None, names: list[str] | None = None) -> ScoringTask:
        """The task to score: the configured candidates, or those given (on the command line)."""
        hyps = candidates or list(self.task.candidates)
        if not hyps:
            raise ConfigError(f"{self.path}: task.candidates: not set, and no candidate file given")
        return load_task(list(self.task.refs), hyps, src=self.task.src, lang=self.task.lang, names=names)

    @property
    def baseline_file(self) -> Path:
        if self.baseline is None:
            raise ConfigError(f"{self.path}: baseline: not set; name the file that keeps the baseline")
        return self.baseline

    def load_baseline(self) -> Baseline | None:
        """The stored baseline, when the regression rule needs one."""
        if self.rules.regression is None:
            return None
        try:
            return load_baseline(self.baseline_file)
        except InputError as exc:
            raise ConfigError(f"{self.path}: baseline: {exc}") from None


def find_config(start: str | Path | None = None) -> Path:
    """The nearest evalkit.toml, or pyproject.toml with [tool.evalkit], from `start` (cwd) upwards."""
    here = Path(start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        if (directory / CONFIG_FILE).is_file():
            return directory / CONFIG_FILE
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and "evalkit" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    raise ConfigError(f"no {CONFIG_FILE} (or [tool.evalkit] in {PYPROJECT}) in {here} or any parent; "
                      "pass --config PATH")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(read_text(path, max_line=None))
    except InputError as exc:  # missing, unreadable, a device, invalid UTF-8
        raise ConfigError(str(exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def load_config(path: str | Path | None = None) -> GateConfig:
    """Read and validate a configuration file (found from the cwd upwards when `path` is None)."""
    path = Path(path) if path is not None else find_config()
    data = _read_toml(path)
    prefix = ""
    if path.name == PYPROJECT:
        if not isinstance(data.get("tool"), dict) or "evalkit" not in data["tool"]:
            raise ConfigError(f"{path}: no [tool.evalkit] table")
        data, prefix = data["tool"]["evalkit"], "tool.evalkit."
    try:
        return _parse(data, path, prefix)
    except _Error as exc:
        raise ConfigError(f"{path}: {prefix}{exc}") from None


def _parse(data: Any, path: Path, prefix: str) -> GateConfig:
    root = path.parent
    _table(data, "", TOP_KEYS)
    task = _task(data.get("task"), root)
    settings = parse_settings(data.get("settings", {}), root)
    rules = parse_rules(_table(data.get("rules"), "rules", RULES_KEYS, required=True))
    has_source = task.src is not None or _is_reference_set(task.refs)
    metrics = settings.metrics or default_metrics(has_reference=bool(task.refs), has_source=has_source)
    try:
        rules.validate(metrics, settings, has_reference=bool(task.refs), has_source=has_source)
    except ConfigError as exc:
        raise _Error("", str(exc)) from None
    baseline = None
    if "baseline" in data:
        baseline = Path(_path(root, _string(data["baseline"], "baseline")))
    elif rules.regression is not None:
        raise _Error("baseline", "not set; the regression rule compares with a baseline file (name it here)")
    return GateConfig(path=path, task=task, settings=settings, rules=rules, baseline=baseline)


def _is_reference_set(refs: tuple[str, ...]) -> bool:
    return len(refs) == 1 and Path(refs[0]).is_dir()


def _close(key: str, allowed: tuple[str, ...]) -> str:
    match = difflib.get_close_matches(key, allowed, n=1)
    return f" (did you mean {match[0]!r}?)" if match else ""


def _table(value: Any, key: str, allowed: tuple[str, ...], *, required: bool = False) -> dict[str, Any]:
    if value is None:
        if required:
            raise _Error(key, "missing; the gate needs at least one rule")
        return {}
    if not isinstance(value, dict):
        raise _Error(key, f"expected a table, not {_kind(value)}")
    for name in value:
        if name not in allowed:
            where = f"{key}.{name}" if key else name
            raise _Error(where, f"unknown key{_close(name, allowed)}; allowed: {', '.join(allowed)}")
    return value


def _kind(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "an array",
             dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _string(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Error(key, f"expected a non-empty string, not {_kind(value)}")
    return value


def _strings(value: Any, key: str) -> list[str]:
    """A string or an array of strings."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise _Error(key, f"expected a string or a non-empty array of strings, not {_kind(value)}")
    return [_string(item, key) for item in items]


def _path(root: Path, value: str) -> str:
    """Relative to the file; shown relative to the cwd where it lies below it."""
    try:
        path = (root / value).resolve()
    except (RuntimeError, OSError):  # a symbolic link loop (RuntimeError before Python 3.13)
        raise InputError(f"{root / value}: cannot read ({os.strerror(errno.ELOOP)})") from None
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _existing(root: Path, value: str, key: str) -> str:
    path = _path(root, value)
    if not Path(path).exists():
        raise _Error(key, f"{path}: no such file or directory")
    return path


def _task(value: Any, root: Path) -> TaskSpec:
    table = _table(value, "task", TASK_KEYS)
    refs = tuple(_existing(root, r, "task.ref") for r in _strings(table["ref"], "task.ref")) if "ref" in table else ()
    src = _existing(root, _string(table["src"], "task.src"), "task.src") if "src" in table else None
    if not refs and src is None:
        raise _Error("task.ref", "missing; give the reference (a reference-set directory or files), or task.src")
    candidates: list[str] = []
    for pattern in _strings(table["candidates"], "task.candidates") if "candidates" in table else []:
        if glob.has_magic(pattern):
            matches = sorted(glob.glob(_path(root, pattern), recursive=True))
            if not matches:
                raise _Error("task.candidates", f"{pattern!r} matches no file in {root}")
            candidates += matches
        else:
            candidates.append(_existing(root, pattern, "task.candidates"))
    lang = _string(table["lang"], "task.lang") if "lang" in table else None
    try:
        parse_lang_pair(lang)
    except ConfigError as exc:
        raise _Error("task.lang", str(exc)) from None
    return TaskSpec(refs=refs, src=src, lang=lang, candidates=tuple(dict.fromkeys(candidates)))


def parse_settings(value: Any, root: Path | None = None, key: str = "settings") -> Settings:
    """A [settings] table as the `Settings` object; keys are its field names."""
    hints = typing.get_type_hints(Settings)
    table = _table(value, key, tuple(hints))
    options: dict[str, Any] = {}
    for name, item in table.items():
        if name == "significance":
            sig_hints = typing.get_type_hints(SignificanceSettings)
            for sig_name, sig_item in _table(item, f"{key}.significance", tuple(sig_hints)).items():
                options[sig_name] = (f"{key}.significance.{sig_name}", _typed(sig_item, sig_hints[sig_name],
                                                                               f"{key}.significance.{sig_name}"))
            continue
        typed = _typed(item, hints[name], f"{key}.{name}")
        if name in PATH_SETTINGS and root is not None:
            typed = _path(root, typed)
        options[name] = (f"{key}.{name}", typed)
    settings = Settings()
    for name, (where, typed) in options.items():  # one at a time, so an error names its key
        try:
            settings = settings.with_options(**{name: typed})
        except ConfigError as exc:
            raise _Error(where, str(exc)) from None
    return settings


def _typed(value: Any, hint: Any, key: str) -> Any:
    """`value` checked against a Settings field's type (TOML has no null, so None never comes)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    base = args[0] if typing.get_origin(hint) in (typing.Union, types.UnionType) and args else hint
    if typing.get_origin(base) is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _Error(key, f"expected an array of strings, not {_kind(value)}")
        return tuple(value)
    if base is bool and not isinstance(value, bool):
        raise _Error(key, f"expected true or false, not {_kind(value)}")
    if base is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise _Error(key, f"expected an integer, not {_kind(value)}")
    if base is float and (isinstance(value, bool) or not isinstance(value, _NUMBER)):
        raise _Error(key, f"expected a number, not {_kind(value)}")
    if base is str and not isinstance(value, str):
        raise _Error(key, f"expected a string, not {_kind(value)}")
    return value


def _threshold(metric: str, value: Any, key: str) -> Threshold:
    if not isinstance(value, str):
        raise _Error(key, f"expected a comparison such as \">= 55\", not {_kind(value)}")
    parts = value.split()
    if len(parts) == 1:  # ">=55"
        op = parts[0].rstrip("0123456789.-+")
        parts = [op, parts[0][len(op):]] if op else parts
    if len(parts) != 2:
        raise _Error(key, f"{value!r} is not an operator and a number, e.g. \">= 55\"")
    op, number = parts
    try:
        limit = float(number)
    except ValueError:
        raise _Error(key, f"{number!r} in {value!r} is not a number") from None
    try:
        return Threshold(metric, op, limit)
    except ConfigError as exc:
        raise _Error(key, str(exc)) from None


def _thresholds(value: Any, key: str) -> tuple[Threshold, ...]:
    if not isinstance(value, dict):
        raise _Error(key, f"expected a table of metric = \"op number\", not {_kind(value)}")
    return tuple(_threshold(metric, item, f"{key}.{metric}") for metric, item in value.items())


def _number(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, _NUMBER):
        raise _Error(key, f"expected a number, not {_kind(value)}")
    return float(value)


def _metric(name: str, key: str) -> str:
    try:
        parse_metric_names([name])
    except ConfigError as exc:
        raise _Error(key, str(exc)) from None
    return name


def _regression(value: Any) -> Regression:
    table = _table(value, "rules.regression", REGRESSION_KEYS)
    options: dict[str, Any] = {}
    if "metrics" in table:
        options["metrics"] = tuple(_metric(m, "rules.regression.metrics")
                                   for m in _strings(table["metrics"], "rules.regression.metrics"))
    if "alpha" in table:
        options["alpha"] = _number(table["alpha"], "rules.regression.alpha")
    margin = table.get("margin")
    if isinstance(margin, dict):
        options["margins"] = {_metric(m, f"rules.regression.margin.{m}"): _number(v, f"rules.regression.margin.{m}")
                              for m, v in margin.items()}
    elif margin is not None:
        options["margin"] = _number(margin, "rules.regression.margin")
    try:
        return Regression(**options)
    except ConfigError as exc:
        raise _Error("rules.regression", str(exc)) from None


def parse_rules(value: Mapping[str, Any]) -> Rules:
    """A [rules] table (or the same shape as a dict) as `Rules`."""
    table = _table(dict(value), "rules", RULES_KEYS)
    segments = _table(table.get("segments"), "rules.segments", SEGMENT_KEYS)
    options: dict[str, Any] = {}
    if "floors" in table:
        options["floors"] = _thresholds(table["floors"], "rules.floors")
    if "regression" in table:
        options["regression"] = _regression(table["regression"])
    if "floors" in segments:
        options["segment_floors"] = _thresholds(segments["floors"], "rules.segments.floors")
    for flag in ("empty", "script"):
        if flag in segments:
            if not isinstance(segments[flag], bool):
                raise _Error(f"rules.segments.{flag}", f"expected true or false, not {_kind(segments[flag])}")
            options[flag] = segments[flag]
    if "numbers" in segments:
        numbers = segments["numbers"]
        if numbers is True:
            numbers = "reference"
        elif numbers is False:
            numbers = None
        elif numbers not in NUMBERS_AGAINST:
            raise _Error("rules.segments.numbers", f"expected true, false, \"reference\" or \"source\", not {numbers!r}")
        options["numbers"] = numbers
    try:
        return Rules(**options)
    except ConfigError as exc:
        raise _Error("rules", str(exc)) from None


__all__ = ["GateConfig", "TaskSpec", "find_config", "load_config", "parse_rules", "parse_settings"]
