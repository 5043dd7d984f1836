"""The command line: ``xinjiang-fta`` and ``python -m xinjiang_fta``; docs/cli.md tells how it behaves."""

import argparse
import contextlib
import functools
import os
import shutil
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Any, get_args

from . import _terminal as fmt
from ._checks import plural, short
from ._labels import ZH_NOTE
from ._layout import paragraph, wrap
from ._version import __version__
from .aggregate import action_counts
from .bundled import bundled_zone
from .errors import DataError, NotFoundError
from .lookup import area, domain, measure, normalize
from .records import Area, Domain, Measure, Zone
from .text_search import HitKind, search
from .texts import LANGUAGES

__all__ = ["main"]

_PROG = "xinjiang-fta"
_EPILOG = """\
examples:
  xinjiang-fta                                       the zone at a glance
  xinjiang-fta show kashgar                          an area in full
  xinjiang-fta search logistics --lang en            English texts on logistics
  xinjiang-fta measures --domain 6 --lang ja         a domain, in Japanese
  xinjiang-fta --zone other.json areas --json        another zone's areas in JSON
  xinjiang-fta export --format csv --output tables   CSV files in tables/
  xinjiang-fta validate other.json                   check a zone file"""
_OPTIONS: dict[str, dict[str, Any]] = {
    "lang": {
        "choices": LANGUAGES,
        "metavar": "LANG",
        "help": "%(choices)s: names and titles in it (default en); search: only it",
    },
    "json": {"action": "store_true", "help": "print JSON instead of text (records as the library's to_dict)"},
    "zone": {"metavar": "FILE", "help": "read this zone file (- for standard input), not the bundled data"},
}
_KINDS: dict[str, Callable[..., Any]] = {"area": area, "measure": measure, "domain": domain}


class _Parser(argparse.ArgumentParser):
    """argparse in *columns* columns, writing as the command line does, suggesting as lookups do."""

    def __init__(self, *, columns: int, **kwargs: Any) -> None:
        formatter = functools.partial(argparse.RawDescriptionHelpFormatter, width=columns)
        super().__init__(formatter_class=formatter, **kwargs)
        self.columns = columns

    def _print_message(self, message: str, file: object = None) -> None:
        if file is not sys.stderr:  # help and version fit the width; a usage error keeps its lines
            lines = []
            for line in message.split("\n"):
                lead = len(line) - len(line.lstrip())  # an indented line goes on 4 columns further in
                lines += wrap(line, self.columns, indent=" " * (lead + 4) if lead else "")
            message = "\n".join(lines)
        fmt.write(message, to_stderr=file is sys.stderr)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            import difflib

            choices = {normalize(str(c)): str(c) for c in action.choices}
            near = " or ".join(repr(choices[c]) for c in difflib.get_close_matches(normalize(value), choices))
            message = f"invalid choice: {short(value)} (choose from {', '.join(choices.values())})"
            raise argparse.ArgumentError(action, message + (near and f"; did you mean {near}?"))


def _text(args: argparse.Namespace, text: str) -> int:
    """Print *text* and, once, the note that Chinese holds names only where it applies."""
    note = paragraph(ZH_NOTE, args.columns) if args.lang == "zh" else []
    return fmt.write(text + "".join(line + "\n" for line in note))


def _say(message: str, laid_out: bool = False) -> None:
    with contextlib.suppress(SystemExit):  # nowhere to say it
        fmt.write(message if laid_out else fmt.escape(f"{_PROG}: {message}") + "\n", to_stderr=True)


def _read(name: str | None) -> Zone:
    """The zone in the file *name* (``-``: standard input), or the bundled one."""
    if name is None:
        return bundled_zone()
    from .files import load_zone, zone_from
    from .serialize import MAX_SIZE

    try:
        if name != "-":
            return load_zone(name)
        with open(0, "rb", closefd=False) as stdin:  # read as bytes, to the same limit as a file
            return zone_from(stdin.read(MAX_SIZE + 1), "standard input")
    except OSError as error:
        sys.exit(f"cannot read {'standard input' if name == '-' else name}: {error.strerror or error}")


def _number(key: str) -> int | str:  # digits as a number, so that a miss says which numbers exist
    return int(key) if key.isdecimal() and len(key) <= 18 else key


def _summary(args: argparse.Namespace) -> int:
    zone = _read(args.zone)
    if not args.json:
        return _text(args, fmt.format_summary(zone, args.lang, args.columns))
    from .serialize import to_dict

    full = to_dict(zone)
    data = {k: full[k] for k in ("id", "name", "source", "data_version")}
    data["total_area_km2"] = str(zone.total_area_km2)
    data["areas"] = [{k: a[k] for k in ("id", "name", "area_km2", "sub_areas")} for a in full["areas"]]
    actions = action_counts(zone=zone)
    data["domains"] = [
        {"number": d.number, "title": d.title, "measure_count": len(d.measures)}
        | {"action_count": actions[d.number]}
        for d in zone.domains
    ]
    return fmt.write_json(data)


def _list(args: argparse.Namespace) -> int:  # the areas, the domains or the measures
    zone, lang, columns, what = _read(args.zone), args.lang, args.columns, args.command
    chosen = None if args.domain is None else domain(_number(args.domain), zone=zone)
    if args.json:
        return fmt.write_json(getattr(chosen or zone, what))
    if what == "measures":
        return _text(args, fmt.format_measures(zone, lang, chosen, columns))
    return _text(args, (fmt.format_areas if what == "areas" else fmt.format_domains)(zone, lang, columns))


def _show(args: argparse.Namespace) -> int:
    zone, key = _read(args.zone), args.key
    if args.kind is None and key in _KINDS:
        args.parser.error(f"the following arguments are required: KEY (show {key} KEY)")
    found: dict[str, Area | Measure | Domain] = {}
    misses: list[NotFoundError] = []
    for kind in [args.kind] if args.kind else _KINDS:
        try:
            found[kind] = _KINDS[kind](key if kind == "area" else _number(key), zone=zone)
        except NotFoundError as miss:
            misses.append(miss)
    if len(found) > 1:
        kinds, which = " and ".join(f"a {k}" for k in found), " or ".join(f"show {k} {key}" for k in found)
        args.parser.error(f"{short(key)} names {kinds}; say which: {which}")
    if not found:
        near = [s for miss in misses for s in miss.suggestions][:3]
        raise misses[0] if len(misses) == 1 else NotFoundError("area, measure or domain", key, near)
    [record] = found.values()
    if args.json:
        return fmt.write_json(record)
    if isinstance(record, Area):
        return _text(args, fmt.format_area(zone, record, args.lang, args.columns))
    if isinstance(record, Measure):
        return _text(args, fmt.format_measure(zone, record, args.lang, args.columns))
    return _text(args, fmt.format_measures(zone, args.lang, record, args.columns))


def _search(args: argparse.Namespace) -> int:
    zone = _read(args.zone)  # outside the try: a bad file is no usage error
    try:
        hits = search(args.query, lang=args.search_lang, kind=args.kind, zone=zone)
    except ValueError as error:  # a query that is blank once normalised
        args.parser.error(str(error))
    keys = ("kind", "key", "field", "index", "lang", "text")
    if hits and args.json:
        return fmt.write_json([{k: getattr(h, k) for k in keys} for h in hits])
    if hits:
        return fmt.write(fmt.format_hits(hits, args.query, args.columns), args.bold)
    where = "" if args.search_lang is None else f" in {args.search_lang}"
    where += "" if args.kind is None else f" in {args.kind} texts"
    if args.json:
        fmt.write_json([])
    sys.exit(f"nothing found for {short(args.query)}{where}")


def _export(args: argparse.Namespace) -> int:
    from .export.csv_files import dump_csv
    from .export.datapackage import dump_datapackage
    from .files import dump_zone
    from .serialize import to_json

    zone, target, kind = _read(args.zone), args.output, args.format
    if target == "-" and kind != "json":
        args.parser.error(f"--output - (standard output) is for --format json; --format {kind} writes files")
    if target == "-":
        return fmt.write_json(zone, to_json(zone))
    if kind == "json" and os.path.isdir(target):
        sys.exit(f"{target} is a directory; name the file, such as {os.path.join(target, 'zone.json')}")
    if kind == "json" and target.endswith(("/", os.sep)):  # no directory (yet): say so, not that it is one
        name = target.rstrip("/" + os.sep)
        sys.exit(f"{target} ends with {target[-1]} but --format json writes a file: name it, such as {name}")
    if kind != "json" and os.path.lexists(target) and not os.path.isdir(target):
        sys.exit(f"{target} is not a directory, which --format {kind} writes: name one (made if missing)")
    try:
        dump = {"json": dump_zone, "csv": dump_csv, "datapackage": dump_datapackage}[kind]
        written = dump(zone, target, overwrite=args.overwrite)
    except OSError as error:
        refused = isinstance(error, FileExistsError) and not args.overwrite
        advice = "" if os.path.isdir(os.path.dirname(target) or ".") else "; make its directory first"
        message = f"refusing to overwrite {error.filename}; pass --overwrite to replace it"
        sys.exit(message if refused else f"cannot write {target}: {error.strerror}{advice}")
    paths = written if isinstance(written, list) else [written]
    return fmt.write("".join(fmt.escape(str(path)) + "\n" for path in paths))


def _validate(args: argparse.Namespace) -> int:
    try:
        zone = _read(args.file)
    except DataError as error:
        if not args.json:
            return 1 + fmt.write(fmt.format_problems(error, args.columns))
        problems = [{"location": where, "message": what} for where, what in error.problems]
        return 1 + fmt.write_json({"file": args.file, "valid": False, "problems": problems})
    if args.json:
        return fmt.write_json({"file": args.file, "valid": True, "problems": []})
    counts = ", ".join(plural(len(getattr(zone, k)), k[:-1]) for k in ("areas", "domains", "measures"))
    name = fmt.escape("standard input" if args.file == "-" else args.file)
    return fmt.write(f"{name}: a valid zone file ({counts})\n")


_ALL = tuple(_OPTIONS)
_COMMANDS = {  # each command: what runs it, the shared options it takes (no other), what it does
    "summary": (_summary, _ALL, "the zone at a glance: areas, sizes, parts, domains"),
    "areas": (_list, _ALL, "the areas with their sizes and shares"),
    "domains": (_list, _ALL, "the domains with their numbers of measures, actions"),
    "measures": (_list, _ALL, "the measures, of every domain or of one"),
    "show": (_show, _ALL, "one area, measure or domain in full"),
    "search": (_search, _ALL, "every text that contains QUERY (case, width, accents ignored)"),
    "export": (_export, ("zone",), "write the zone as a zone file, CSV files or a data package"),
    "validate": (_validate, ("json",), "check a zone file and list every problem"),
}


def _parser(columns: int) -> argparse.ArgumentParser:
    about = "The China (Xinjiang) Pilot Free Trade Zone: its areas, sizes and measures."
    parser = _Parser(columns=columns, prog=_PROG, description=about, epilog=_EPILOG)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    for option, settings in _OPTIONS.items():  # before the command, or after it (below)
        parser.add_argument(f"--{option}", **settings)
    parser.set_defaults(run=_summary, parser=parser, takes=_ALL, domain=None)
    commands = parser.add_subparsers(metavar="COMMAND", title="commands (default: summary)")
    add = {}
    for name, (run, takes, help_) in _COMMANDS.items():
        command = commands.add_parser(name, columns=columns, help=help_, description=help_)
        command.set_defaults(run=run, parser=command, takes=takes, command=name)
        for option in takes:  # not to undo what was given before the command
            command.add_argument(f"--{option}", default=argparse.SUPPRESS, **_OPTIONS[option])
        add[name] = command.add_argument
    add["measures"]("--domain", metavar="N", help="only the measures of this domain (number or title)")
    add["show"]("kind", nargs="?", choices=_KINDS, metavar="KIND", help="%(choices)s: if KEY names several")
    add["show"]("key", metavar="KEY", help="an area's id, name or alias, or a number or title")
    add["search"]("query", metavar="QUERY", help="the text to find; after -- if it begins with -")
    add["search"]("--kind", choices=get_args(HitKind), metavar="KIND", help="%(choices)s: only its texts")
    kinds = "json: a zone file; csv: a directory of CSV files; datapackage: CSV and datapackage.json"
    formats = ("json", "csv", "datapackage")
    add["export"]("--format", required=True, choices=formats, metavar="FORMAT", help=kinds)
    add["export"]("--output", required=True, metavar="PATH", help="a file (json, - for stdout) or directory")
    add["export"]("--overwrite", action="store_true", help="replace existing files")
    add["validate"]("file", metavar="FILE", help="a zone file, or - for standard input")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status (docs/cli.md)."""
    previous: dict[int, Any] = {}
    for stop in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError):  # not in the main thread: signals are left alone
            if signal.getsignal(stop) is not signal.SIG_IGN:
                previous[stop] = signal.signal(stop, lambda number, frame: sys.exit(128 + number))
    tty = sys.stdout is not None and sys.stdout.isatty()
    columns = min(max(shutil.get_terminal_size().columns if tty or "COLUMNS" in os.environ else 80, 40), 1000)
    try:
        args = _parser(columns).parse_args(argv)
        if given := [o for o in _ALL if o not in args.takes and getattr(args, o) not in (None, False)]:
            args.parser.error(f"this command takes no --{given[0]}")  # given before the command
        args.columns, args.search_lang, args.lang = columns, args.lang, args.lang or "en"
        args.bold = tty and os.environ.get("TERM") != "dumb" and not os.environ.get("NO_COLOR")
        return int(args.run(args))
    except SystemExit as exit_:  # after argparse's help or usage error, a signal, or a failure to tell
        if isinstance(exit_.code, str):
            _say(exit_.code)
        return exit_.code if isinstance(exit_.code, int) else 1
    except DataError as error:
        _say(fmt.format_problems(error, columns, f"{_PROG}: "), laid_out=True)
    except NotFoundError as error:
        _say(str(error))
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler or signal.SIG_DFL)
    return 1
