"""The `redline` command: a thin click layer over the library.

Exit status: 0 done; 1 a finding at or above --fail-on; 2 usage or input error.
"""

from __future__ import annotations

import gc
import json
import os
import sys

import click

from . import __version__
from .errors import InputError, RulesetError


class _DefaultGroup(click.Group):
    """`redline VENDOR.docx ...` runs the review; `redline NAME ...` runs a subcommand."""

    default_command = "review"

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = [self.default_command, *args]
        elif not args:
            args = ["--help"]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx, formatter):
        formatter.write_usage("redline", "VENDOR.docx [OPTIONS] | COMMAND [ARGS]...")


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="redline")
def cli():
    """Review a vendor's letter of intent (LOI) against a PME-friendly reference.

    \b
      redline VENDOR.docx            mark up the vendor's LOI (see `redline review --help`)
      redline outline FILE.docx      the sections we see in a document
      redline compare OLD NEW        a blackline of two versions
      redline rules                  the rules of a ruleset
    """


@cli.command("outline")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the sections as a JSON list.")
def outline_cmd(path, as_json):
    """Print the outline of FILE.docx: number, title, words per section."""
    from .read import read
    from .structure import sections

    doc = read(path)
    secs = sections(doc)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "id": s.id,
                        "number": s.number,
                        "title": s.title,
                        "level": s.level,
                        "kind": s.kind,
                        "words": s.words,
                        "label": s.heading.label if s.heading else None,
                        "heading": s.heading.id if s.heading else None,
                    }
                    for s in secs
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for s in secs:
        indent = "  " * max(s.level - 1, 0)
        num = f"{s.number} " if s.number else ""
        tag = "" if s.kind == "clause" else f"  [{s.kind}]"
        click.echo(f"{indent}{num}{s.title}  ({s.words} mots){tag}")


SEVERITY_CHOICE = click.Choice(["info", "low", "medium", "high", "critical"])


@cli.command("review")
@click.argument("vendor", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    help="Redlined DOCX to write (default: VENDOR.redline.docx beside it).",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the JSON report here ('-' for stdout).",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False),
    help="Write a readable report (.md or .html).",
)
@click.option(
    "--reference",
    type=click.Path(dir_okay=False),
    help="Your own reference LOI (.docx) instead of the ruleset's.",
)
@click.option(
    "--ruleset",
    help="Ruleset id or path to a ruleset.toml (default: pme-ia-fr, pme-ia-en for an LOI in English).",
)
@click.option(
    "--author",
    default="loi-redline",
    show_default=True,
    help="Author of the tracked changes and comments.",
)
@click.option("--date", "date", help="Date of the revisions (ISO 8601) for reproducible output.")
@click.option(
    "--threshold",
    type=SEVERITY_CHOICE,
    default="medium",
    show_default=True,
    help="Lowest severity that becomes a tracked change (below: comment only).",
)
@click.option(
    "--fail-on",
    type=SEVERITY_CHOICE,
    help="Exit with status 1 when a finding reaches this severity.",
)
@click.option("--comments-only", is_flag=True, help="Comments only, no text changes.")
@click.option(
    "--lang",
    type=click.Choice(["fr", "en"]),
    default="fr",
    show_default=True,
    help="Language of the messages.",
)
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def review_cmd(**options):
    """Review VENDOR.docx: a redlined copy with a comment on every issue, and a report."""
    from .review import review_cli

    return review_cli(**options)


@cli.command("compare")
@click.argument("old", type=click.Path(dir_okay=False))
@click.argument("new", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    help="Blackline to write (default: OLD.vs.NEW.docx beside OLD).",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the list of changes as JSON here ('-' for stdout).",
)
@click.option("--author", default="loi-redline", show_default=True, help="Author of the revisions.")
@click.option("--date", "date", help="Date of the revisions (ISO 8601) for reproducible output.")
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
def compare_cmd(old, new, output, json_path, author, date, force):
    """A blackline of OLD.docx against NEW.docx: OLD's document with tracked changes."""
    from pathlib import Path

    from .compare import compare_files

    if json_path and json_path != "-" and Path(json_path).exists() and not force:
        raise InputError(json_path, "already exists (use --force to overwrite)")

    def note(msg):
        click.echo(f"redline: note: {msg}", err=True)

    res = compare_files(old, new, output, author=author, date=date, force=force, warn=note)
    if json_path:
        from .package import write_atomic

        data = json.dumps(res.as_dict(), ensure_ascii=False, indent=2) + "\n"
        if json_path == "-":
            click.echo(data, nl=False)
        else:
            write_atomic(Path(json_path), data.encode("utf-8"), force=force)
    if json_path != "-":
        click.echo(
            f"{res.insertions} insertion(s), {res.deletions} deletion(s), {res.moves} move(s): "
            f"{res.output}"
        )
    return 0


@cli.command("batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o", "--output", "outdir", required=True, type=click.Path(file_okay=False), help="Folder."
)
@click.option("-j", "--jobs", type=click.IntRange(1, 256), help="Worker processes (all cores).")
@click.option("--reference", type=click.Path(dir_okay=False), help="Your own reference LOI.")
@click.option("--ruleset", help="Ruleset id or path (default: by each LOI's language).")
@click.option("--author", default="loi-redline", show_default=True, help="Revision author.")
@click.option("--date", "date", help="Date of the revisions (ISO 8601) for reproducible output.")
@click.option("--threshold", type=SEVERITY_CHOICE, default="medium", show_default=True)
@click.option("--fail-on", type=SEVERITY_CHOICE, help="Exit 1 when a finding reaches this.")
@click.option("--comments-only", is_flag=True, help="Comments only, no text changes.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def batch_cmd(inputs, outdir, jobs, fail_on, force, quiet, **options):
    """Review every .docx in FILES_OR_DIRS in parallel; one table to compare them."""
    from .batch import Options, run_batch

    res = run_batch(
        list(inputs),
        outdir,
        jobs=jobs,
        options=Options(**options),
        fail_on=fail_on,
        force=force,
        quiet=quiet,
    )
    if not quiet:
        if sys.stdout.isatty():  # the ranking first, least risky on top
            for i, r in enumerate(res.rows, 1):
                score = f"{r['risk_score']:g}/100" if r["status"] == "ok" else "—"
                click.echo(f"{i:>3}. {score:>9}  {r['name']}")
        for p in res.written:
            click.echo(str(p))
    failed = [r for r in res.rows if r["status"] != "ok"]
    for r in failed:
        err = r["error"] if r["file"] in (r["error"] or "") else f"{r['file']}: {r['error']}"
        click.echo(f"redline: error: {err}", err=True)
    return res.exit_code


@cli.command("rules")
@click.option("--ruleset", default="pme-ia-fr", show_default=True, help="Ruleset id or path.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the rules as a JSON list.")
def rules_cmd(ruleset, lang, as_json):
    """List the rules of a ruleset: id, type, topic, severity, message."""
    from .ruleset import load_ruleset

    rs = load_ruleset(ruleset, compile_all=True)  # listing the rules also checks them all
    rows = [
        {
            "id": r.id,
            "type": r.type,
            "topic": r.topic,
            "severity": r.severity,
            "message": r.text("message", lang),
        }
        for r in rs.rules
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    click.echo(f"{rs.id} {rs.version} ({len(rows)} rules) — {rs.path}")
    for row in rows:
        click.echo(
            f"{row['id']:<34} {row['type']:<8} {row['topic'] or '-':<16} "
            f"{row['severity']:<8} {row['message']}"
        )
    return 0


def main(argv=None):
    """Entry point: every expected failure becomes one line on stderr and exit status 2."""
    debug = bool(os.environ.get("LOI_REDLINE_DEBUG"))
    try:
        rv = cli.main(args=argv, prog_name="redline", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("redline: aborted", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"redline: error: {exc.format_message()}", err=True)
        return 2
    except (InputError, RulesetError) as exc:
        click.echo(f"redline: error: {exc}", err=True)
        return 2
    except MemoryError:
        click.echo("redline: error: out of memory while reading the input", err=True)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug of ours must still not spill a traceback on a user
        if debug:
            raise
        click.echo(
            f"redline: internal error: {type(exc).__name__}: {exc} "
            "(set LOI_REDLINE_DEBUG=1 for details)".replace("\n", " ")[:400],
            err=True,
        )
        return 2
    return rv if isinstance(rv, int) else 0


def run():  # pragma: no cover - console entry
    status = main()
    # The process ends here: the collector's last full pass at exit would walk every
    # object still alive (the ruleset, the documents, the compiled patterns) for nothing,
    # about 14 ms of a 4-page review. Frozen, they are left to the exit's plain freeing.
    gc.freeze()
    sys.exit(status)
