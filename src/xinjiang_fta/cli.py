"""The command line: ``xinjiang-fta`` and ``python -m xinjiang_fta``.

Commands: ``summary`` (the default), ``areas``, ``domains``, ``measures``,
``show``, ``search``, ``export`` and ``validate``; ``xinjiang-fta --help`` lists
them with examples. Data goes to stdout and messages to stderr. The exit status
is 0 on success, 1 when a lookup or a search finds nothing, a file is invalid or
unreadable, or an export would overwrite a file, and 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, get_args

from ._layout import pad
from ._version import __version__
from .errors import DataError, NotFoundError
from .text_search import HitKind
from .texts import LANGUAGES

if TYPE_CHECKING:
    from .records import Zone
    from .text_search import Hit
    from .texts import Lang

__all__ = ["main"]

_PROG = "xinjiang-fta"
_EXAMPLES = "\n".join(
    [
        "examples:",
        *(
            f"  {_PROG} {pad(command, 30)}  {what}".rstrip()
            for command, what in (
                ("", "the zone at a glance"),
                ("show area kashgar", "an area, its parts and focus"),
                ("search logistics --lang en", "English texts on logistics"),
                ("search 物流 --kind measure", "measures that mention 物流"),
                ("measures --domain 6 --lang ja", "domain 6's measures, in Japanese"),
                ("show measure 17", "a measure and its actions"),
                ("areas --json", "the areas as JSON, for programs"),
                ("--zone other.json areas", "the areas of another zone file"),
                ("export --format csv --output tables", "CSV files in tables/"),
                ("validate other.json", "check a zone file"),
            )
        ),
        "",
        "Names and titles are in English unless --lang says otherwise, and in Japanese",
        "where a text has no translation. Exit status: 0 success; 1 nothing found, an",
        "invalid or unreadable file, or an export that would overwrite a file; 2 usage",
        "error.",
    ]
)


class _Failure(Exception):
    """A user error: its message goes to stderr and the exit status is 1."""


class _Result(NamedTuple):
    """What a command prints on stdout, its exit status and a message for stderr."""

    out: str
    status: int = 0
    err: str = ""


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _lang(args: argparse.Namespace) -> Lang:
    lang: Lang = args.lang or "en"
    return lang


def _read_zone(path: str) -> Zone:
    """The zone file at *path*; :class:`_Failure` if it cannot be read (a bad content raises DataError)."""
    from .files import load_zone

    try:
        return load_zone(path)
    except OSError as error:
        raise _Failure(f"cannot read {path}: {error.strerror or error}") from None


def _zone(args: argparse.Namespace) -> Zone:
    """The zone of ``--zone FILE``, or the bundled one."""
    if args.zone is None:
        from .bundled import bundled_zone

        return bundled_zone()
    try:
        return _read_zone(args.zone)
    except DataError as error:
        raise _Failure(str(error)) from None


def _to_dicts(records: Sequence[object]) -> list[Any]:
    from .serialize import to_dict

    return [to_dict(r) for r in records]


def _number_key(key: str) -> int | str:
    """A key of digits as a number (so a miss says which numbers exist), any other key as it is."""
    return int(key) if key.isdecimal() and len(key) <= 18 else key


def _summary(args: argparse.Namespace) -> _Result:
    zone = _zone(args)
    if not args.json:
        from ._terminal import format_summary

        return _Result(format_summary(zone, _lang(args)))
    from .serialize import to_dict

    areas = [{k: to_dict(a)[k] for k in ("id", "name", "area_km2", "sub_areas")} for a in zone.areas]
    domains = [
        {
            "number": d.number,
            "title": to_dict(d.title),
            "measure_count": len(d.measures),
            "action_count": sum(len(m.actions) for m in d.measures),
        }
        for d in zone.domains
    ]
    data = {
        "id": zone.id,
        "name": to_dict(zone.name),
        "source": to_dict(zone.source),
        "data_version": to_dict(zone.data_version),
        "total_area_km2": str(zone.total_area_km2),
        "areas": areas,
        "domains": domains,
    }
    return _Result(_json(data))


def _areas(args: argparse.Namespace) -> _Result:
    from ._terminal import format_areas

    zone = _zone(args)
    return _Result(_json(_to_dicts(zone.areas)) if args.json else format_areas(zone, _lang(args)))


def _domains(args: argparse.Namespace) -> _Result:
    from ._terminal import format_domains

    zone = _zone(args)
    return _Result(_json(_to_dicts(zone.domains)) if args.json else format_domains(zone, _lang(args)))


def _measures(args: argparse.Namespace) -> _Result:
    from ._terminal import format_measures
    from .lookup import domain

    zone = _zone(args)
    chosen = None if args.domain is None else domain(_number_key(args.domain), zone=zone)
    if args.json:
        return _Result(_json(_to_dicts(zone.measures if chosen is None else chosen.measures)))
    return _Result(format_measures(zone, _lang(args), chosen))


def _show(args: argparse.Namespace) -> _Result:
    from . import _terminal as fmt
    from .lookup import area, domain, measure

    zone, lang = _zone(args), _lang(args)
    record: object
    if args.kind == "area":
        record = found_area = area(args.key, zone=zone)
        text = fmt.format_area(zone, found_area, lang)
    elif args.kind == "measure":
        record = found_measure = measure(_number_key(args.key), zone=zone)
        text = fmt.format_measure(zone, found_measure, lang)
    else:
        record = found_domain = domain(_number_key(args.key), zone=zone)
        text = fmt.format_domain(found_domain, lang)
    return _Result(_json(_to_dicts([record])[0]) if args.json else text)


def _hit_data(hit: Hit) -> dict[str, Any]:
    key = list(hit.key) if isinstance(hit.key, tuple) else hit.key
    return {
        "kind": hit.kind,
        "key": key,
        "field": hit.field,
        "index": hit.index,
        "lang": hit.lang,
        "text": hit.text,
    }


def _search(args: argparse.Namespace) -> _Result:
    from ._terminal import format_hits
    from .text_search import search

    zone = _zone(args)
    try:
        hits = search(args.query, lang=args.lang, zone=zone)
    except ValueError as error:  # a query that is blank once normalised
        raise _Failure(str(error)) from None
    hits = tuple(h for h in hits if args.kind in (None, h.kind))
    if not hits:
        where = "" if args.lang is None else f" in {args.lang}"
        where += "" if args.kind is None else f" in {args.kind} texts"
        return _Result("[]\n" if args.json else "", 1, f"nothing found for {args.query!r}{where}")
    if args.json:
        return _Result(_json([_hit_data(h) for h in hits]))
    bold = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return _Result(format_hits(hits, args.query, bold=bold))


def _export(args: argparse.Namespace) -> _Result:
    from .export.csv_files import dump_csv
    from .export.datapackage import dump_datapackage
    from .files import dump_zone

    zone = _zone(args)
    try:
        if args.format == "json":
            paths = [dump_zone(zone, args.output, overwrite=args.overwrite)]
        else:
            dump = dump_csv if args.format == "csv" else dump_datapackage
            paths = dump(zone, args.output, overwrite=args.overwrite)
    except FileExistsError as error:
        raise _Failure(f"refusing to overwrite {error.filename}; pass --overwrite to replace it") from None
    except OSError as error:
        raise _Failure(f"cannot write {args.output}: {error.strerror or error}") from None
    return _Result("".join(f"{path}\n" for path in paths))


def _validate(args: argparse.Namespace) -> _Result:
    from ._terminal import format_problems

    try:
        zone = _read_zone(args.file)
    except DataError as error:
        if args.json:
            problems = [{"location": where, "message": what} for where, what in error.problems]
            return _Result(_json({"file": args.file, "valid": False, "problems": problems}), 1)
        return _Result(format_problems(str(error).splitlines()[0], error.problems), 1)
    if args.json:
        return _Result(_json({"file": args.file, "valid": True, "problems": []}))
    counts = f"{len(zone.areas)} areas, {len(zone.domains)} domains, {len(zone.measures)} measures"
    return _Result(f"{args.file}: a valid zone file ({counts})\n")


_Command = Callable[[argparse.Namespace], _Result]


_SHARED_OPTIONS: dict[str, tuple[object, dict[str, Any]]] = {
    "lang": (
        None,
        {
            "choices": LANGUAGES,
            "help": "language of names and titles (default: en, or ja where a text has no translation); "
            "search looks in this language only",
        },
    ),
    "json": (False, {"action": "store_true", "help": "print JSON (the library's to_dict) instead of text"}),
    "zone": (None, {"metavar": "FILE", "help": "read this zone file instead of the bundled data"}),
}
"""The options shared by several commands: each one's default and its other argparse settings."""


def _add_options(parser: argparse.ArgumentParser, names: Sequence[str], *, top: bool = False) -> None:
    """Add the shared options *names* to *parser*.

    The main parser (*top*) gives their defaults; a command's copy (default
    SUPPRESS) sets a value only when given, so an option works before or after
    the command's name.
    """
    for name in names:
        default, settings = _SHARED_OPTIONS[name]
        parser.add_argument(f"--{name}", default=default if top else argparse.SUPPRESS, **settings)


def _parser() -> tuple[argparse.ArgumentParser, dict[str, _Command]]:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="The China (Xinjiang) Pilot Free Trade Zone: its areas, sizes and measures.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    read = tuple(_SHARED_OPTIONS)  # the options of the commands that read a zone: all of them
    _add_options(parser, read, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands (default: summary)")
    commands: dict[str, _Command] = {}

    def command(
        name: str, function: _Command, help_: str, options: Sequence[str] = read
    ) -> argparse.ArgumentParser:
        commands[name] = function
        subparser = sub.add_parser(name, help=help_, description=help_)
        _add_options(subparser, options)
        return subparser

    command("summary", _summary, "the zone at a glance: areas, sizes, parts, domains")
    command("areas", _areas, "the areas with their sizes and shares")
    command("domains", _domains, "the policy domains with their numbers of measures and actions")
    measures = command("measures", _measures, "the measures, of every domain or of one")
    measures.add_argument("--domain", metavar="N", help="only the measures of this domain (number or title)")
    show = command("show", _show, "one area, measure or domain in full")
    show.add_argument("kind", choices=("area", "measure", "domain"), help="the kind of record")
    show.add_argument("key", help="an area's id, name or alias; a measure's or domain's number or title")
    search = command("search", _search, "every text that contains QUERY (case, width, accents ignored)")
    search.add_argument("query", metavar="QUERY", help="the text to find; after -- if it begins with -")
    search.add_argument("--kind", choices=get_args(HitKind), help="only the texts of this kind of record")
    export = command(
        "export", _export, "write the zone as a zone file, CSV files or a data package", ["zone"]
    )
    export.add_argument("--format", required=True, choices=("json", "csv", "datapackage"))
    export.add_argument(
        "--output", required=True, metavar="PATH", help="a file for json, a directory otherwise"
    )
    export.add_argument("--overwrite", action="store_true", help="replace existing files")
    validate = command("validate", _validate, "check a zone file and list every problem", ["json"])
    validate.add_argument("file", metavar="FILE")
    return parser, commands


def _quiet_stdout() -> None:
    """After the reader of stdout has gone (``| head``), send what is left to nowhere so exiting is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # pragma: no cover - a stdout without a file descriptor
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status.

    A usage error prints argparse's message and returns 2; ``--help`` and
    ``--version`` print and return 0.
    """
    parser, commands = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        result = commands[args.command or "summary"](args)
        sys.stdout.write(result.out)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return 1
    except (_Failure, NotFoundError) as error:
        print(f"{_PROG}: {error}", file=sys.stderr)
        return 1
    if result.err:
        print(f"{_PROG}: {result.err}", file=sys.stderr)
    return result.status
