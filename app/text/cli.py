"""``oyla share-check [--json] [--lang kk|ru|en] TEXT...``: what personal data is in each text.

Hook: ``app.text.cli.register(sub)`` on the top-level argparse subparsers. Exit code 0: nothing found in any
text; 1: something was found; 2: a text was refused (over the size limit).
"""

from __future__ import annotations

import argparse
import json
import sys

from app.errors import OylaError
from app.text import share_check
from app.textsafe import terminal_json, terminal_text

LIMITS = (f"Limits: this is a set of patterns, not understanding. It can miss personal data and it can mark "
          f"harmless things; it cannot know who is a public figure, so it marks every name. It never sends anything "
          f"anywhere: the check runs on this computer. Each TEXT may have at most {share_check.MAX_CHARS:,} "
          f"characters.")


def cmd_share_check(args: argparse.Namespace) -> int:
    code = 0
    for text in args.texts:
        try:
            result = share_check.report(text, args.lang)
        except OylaError as exc:
            print(f"oyla: error: {terminal_text(exc)}", file=sys.stderr)
            code = 2
            continue
        if result["found"]:
            code = max(code, 1)
        if args.json:
            print(terminal_json(json.dumps(result, ensure_ascii=False)))
            continue
        print(terminal_text(text))
        if not result["found"]:
            print("  nothing found")
        for f in result["found"]:
            print(terminal_text(f"  {f['kind']:<10} {f['start']}-{f['end']}  {f['text']}"))
        if result["found"]:
            print(terminal_text(f"  safe text: {result['safe_text']}"))
    return code


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``share-check`` to the app's argparse subcommands."""
    parser = subparsers.add_parser(
        "share-check", help="find personal data in text before you send it to a chatbot",
        description="Find personal data (IIN, phone, e-mail, card, birth date, address, names, school, passwords, "
                    "health) in Kazakh, Russian or English text and print a version with placeholders. " + LIMITS)
    parser.add_argument("texts", nargs="+", metavar="TEXT", help="the text to check (quote it)")
    parser.add_argument("--json", action="store_true",
                        help='one JSON object per TEXT per line: {"text", "found": [{"kind", "start", "end", '
                             '"text"}], "safe_text"}; start/end are character offsets into TEXT')
    parser.add_argument("--lang", choices=share_check.LANGS,
                        help="language of the placeholders in the safe text (default: guessed from each TEXT)")
    parser.set_defaults(func=cmd_share_check)
    return parser
