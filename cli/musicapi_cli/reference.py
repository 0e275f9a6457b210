"""Every `musicapi` command and option as Markdown, read from the command's own parser (which builds the commands
from the spec): `python -m musicapi_cli.reference OUT.md`. `make generate` writes generated/commands.md with it,
and `make check-generated` keeps that file so."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from .parser import PROG, build

HEAD = f"""# The `{PROG}` command: every command and option

Written by `make generate` from the command's own parser (cli/musicapi_cli/reference.py), which builds its
commands from `openapi/musicapi.yaml`; `make check-generated` keeps it so. Do not edit. Costs, operations and
families: [musicapi_spec/reference.md](musicapi_spec/reference.md); how the command behaves:
[docs/cli.md](../docs/cli.md).
"""


def commands(parser: argparse.ArgumentParser, path: list[str]) -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    """(the words that name it, its parser) for every command with no subcommands of its own, in order."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        yield path, parser
        return
    for name, child in groups[0].choices.items():
        yield from commands(child, [*path, name])


def text(value: str | None) -> str:
    return " ".join((value or "").split()).replace("|", "\\|")


def option_rows(parser: argparse.ArgumentParser) -> list[str]:
    rows = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._HelpAction):
            continue
        metavar = action.metavar if isinstance(action.metavar, str) else None
        if action.option_strings:
            takes = action.nargs != 0 and not isinstance(action, argparse.BooleanOptionalAction)
            shown = ", ".join(action.option_strings) + (f" {metavar or action.dest.upper()}" if takes else "")
        else:
            shown = metavar or action.dest
        if isinstance(action, argparse._SubParsersAction):
            continue
        help_text = text(action.help % {**vars(action), "prog": parser.prog} if action.help else "")
        if parser.formatter_class is argparse.ArgumentDefaultsHelpFormatter and action.default not in (None, False):
            help_text += f" (default: {text(str(action.default))})"
        rows.append(f"| `{shown}` | {help_text} |")
    return rows


def render() -> str:
    from musicapi_sandbox.server import parser as sandbox_parser  # `musicapi sandbox` passes its options on

    root = build()
    lines = [HEAD, f"## {PROG}", "", text(root.description), "", "| option | what |", "|---|---|", *option_rows(root)]
    lines.append("")
    for path, parser in commands(root, [PROG]):
        if path[1:] == ["sandbox"]:
            parser = sandbox_parser(f"{PROG} sandbox")
        lines += [f"## {' '.join(path)}", "", text(parser.description), ""]
        rows = option_rows(parser)
        if rows:
            lines += ["| argument or option | what |", "|---|---|", *rows, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m musicapi_cli.reference OUT.md", file=sys.stderr)
        return 2
    Path(argv[0]).write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
