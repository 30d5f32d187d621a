"""Sync commands: ``office`` (enrol, confirm, workers, assign, revoke), ``bundle`` (export, import, status) and
``conflicts`` (list, resolve). See docs/sync.md."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from safetyworker import safejson
from safetyworker.cli import common, output, probation_commands, visit_commands
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _, _n


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("office", parents=parents, help=_("office commands: enrol workers, assign cases"))
    osub = p.add_subparsers(dest="office_command", required=True, metavar="COMMAND")
    c = osub.add_parser("enrol", parents=parents, help=_("write an enrolment file for a worker's laptop"))
    c.add_argument("--worker", required=True, metavar="NAME", help=_("the worker's name") + common.FROM_STDIN)
    c.add_argument("-o", "--output", required=True, metavar="FILE")
    c.add_argument(
        "--force", action="store_true", help=_("replace FILE if it is already there (never in a store folder)")
    )
    c.set_defaults(func=cmd_enrol)
    c = osub.add_parser(
        "confirm",
        parents=parents,
        help=_("confirm a laptop: type the six words the worker reads to you from their own screen"),
    )
    c.add_argument("worker_id", metavar="WORKER_ID")
    c.add_argument("words", nargs="+", metavar="WORD", help=_("the six words, in order"))
    c.set_defaults(func=cmd_confirm)
    c = osub.add_parser("workers", parents=parents, help=_("the enrolled workers and their sync state"))
    c.set_defaults(func=cmd_workers)
    c = osub.add_parser("assign", parents=parents, help=_("give a case to a worker (or move it to another)"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("worker_id", metavar="WORKER_ID")
    c.set_defaults(func=cmd_assign)
    c = osub.add_parser("revoke", parents=parents, help=_("withdraw a lost laptop: its bundles are refused"))
    c.add_argument("worker_id", metavar="WORKER_ID")
    c.set_defaults(func=cmd_revoke)
    c = osub.add_parser(
        "helplines", parents=parents, help=_("the helpline numbers printed on plans: show them, or send corrected ones")
    )
    c.add_argument("file", nargs="?", metavar="FILE", help=_("office: a corrected list (JSON, as resources/reference)"))
    c.set_defaults(func=cmd_helplines)
    c = osub.add_parser("erase", parents=parents, help=_("erase a case everywhere, for good (cannot be undone)"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--yes", action="store_true", help=_("confirm: this cannot be undone"))
    c.set_defaults(func=cmd_erase)
    probation_commands.register_office(osub, parents)
    visit_commands.register_office(osub, parents)

    p = sub.add_parser("bundle", parents=parents, help=_("sync bundles between a laptop and the office"))
    bsub = p.add_subparsers(dest="bundle_command", required=True, metavar="COMMAND")
    c = bsub.add_parser("export", parents=parents, help=_("write a bundle (laptop: for the office)"))
    c.add_argument(
        "-o",
        "--output",
        metavar="FILE|DIR/",
        help=_("a new file, or a folder (ending in /) for a neutral name there; default: a neutral name here"),
    )
    c.add_argument("--to", metavar="WORKER_ID", help=_("office: the worker the bundle is for"))
    c.add_argument(
        "--force", action="store_true", help=_("replace FILE if it is already there (never in a store folder)")
    )
    c.set_defaults(func=cmd_export)
    c = bsub.add_parser("import", parents=parents, help=_("apply a bundle: all of it or nothing"))
    c.add_argument("file", metavar="FILE")
    c.set_defaults(func=cmd_import)
    c = bsub.add_parser("status", parents=parents, help=_("what was sent, acknowledged and is waiting"))
    c.set_defaults(func=cmd_status)

    p = sub.add_parser("conflicts", parents=parents, help=_("changes made on two devices at once"))
    csub = p.add_subparsers(dest="conflicts_command", required=True, metavar="COMMAND")
    c = csub.add_parser("list", parents=parents, help=_("the open conflicts, with both values"))
    c.set_defaults(func=cmd_conflicts_list)
    c = csub.add_parser("resolve", parents=parents, help=_("choose the value to keep"))
    c.add_argument("conflict_id", metavar="CONFLICT_ID")
    how = c.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", metavar="DEVICE_ID", help=_("keep the value from this device"))
    how.add_argument(
        "--value", metavar="JSON", help=_('write this value instead (JSON: "text", 3, null)') + common.FROM_STDIN
    )
    c.set_defaults(func=cmd_conflicts_resolve)


def cmd_enrol(args: Any) -> int:
    from safetyworker.sync import files

    target = files.new_file(Path(args.output), force=args.force)  # said before the passphrase is asked
    with common.open_session(args) as session:
        result = session.unlocked(session.office).enrol_to_file(args.worker, target, force=args.force)
        fingerprint = session.unlocked(session.office).fingerprint()
    if args.json:
        output.emit_json({"worker_id": result.worker_id, "file": str(target), "office_fingerprint": fingerprint})
    else:
        print(result.worker_id)
        print(_("Enrolment file for {name}: {path}").format(name=result.worker_name, path=target))
        print(_("Office fingerprint (check the laptop shows the same): {words}").format(words=fingerprint))
        print(_("Hand the file over in person and delete it once the laptop is set up."))
        print(
            _(
                "Then confirm the laptop: safetyworker office confirm {id} followed by the six words the worker "
                "reads to you from their laptop."
            ).format(id=result.worker_id)
        )
    return 0


def cmd_confirm(args: Any) -> int:
    with common.open_session(args) as session:
        result = session.unlocked(session.sync).confirm(args.worker_id, args.words)
    if args.json:
        output.emit_json(result)
    elif not result["changed"]:
        print(_("{name}'s laptop was already confirmed with these words.").format(name=result["name"]))
    elif result["waiting_bundle"]:
        print(_("Confirmed {name}'s laptop. Import its bundle again to apply it.").format(name=result["name"]))
    else:
        print(
            _("Confirmed: the office will take {name}'s first bundle only from the laptop showing these words.").format(
                name=result["name"]
            )
        )
    return 0


def _print_alerts(alerts: list[dict[str, Any]]) -> None:
    for alert in alerts:
        print(_("ALERT: {message}").format(message=alert["message"]))


def cmd_workers(args: Any) -> int:
    with common.open_session(args) as session:
        rows = session.unlocked(session.office).workers()
        alerts = session.unlocked(session.sync).alerts()
    if args.json:
        output.emit_json(rows)
    else:
        output.table(
            [_("Worker id"), _("Name"), _("Status"), _("Cases"), _("Last bundle in"), _("Gaps"), _("Refused")],
            [
                (
                    w["worker_id"],
                    w["name"],
                    w["status"],
                    w["cases"],
                    w["last_received_at"] or "-",
                    _gaps(w["gaps"]),
                    w["bundles_refused"] or "-",
                )
                for w in rows
            ],
        )
        _print_alerts(alerts)
    return 0


def _gaps(gaps: list[int]) -> str:
    return ", ".join(map(str, gaps)) if gaps else "-"


def cmd_assign(args: Any) -> int:
    with common.open_session(args) as session:
        result = session.unlocked(session.office).assign(args.case_id, args.worker_id)
    if args.json:
        output.emit_json(result)
    elif result["changed"]:
        print(_("Assigned: the next bundle for that worker carries the case."))
    else:
        print(_("That worker already holds this case."))
    return 0


def cmd_revoke(args: Any) -> int:
    with common.open_session(args) as session:
        result = session.unlocked(session.office).revoke(args.worker_id)
    return output.result(
        args, result, _("{name}'s laptop is withdrawn: its bundles will be refused.").format(name=result["name"])
    )


def cmd_helplines(args: Any) -> int:
    from safetyworker.printing.strings import helplines

    with common.open_session(args) as session:
        if args.file:
            lines = session.unlocked(session.reference).set_helplines(common.read_json(args.file), Path(args.file))
            source = _("set here; each worker's next bundle carries it")
        else:
            held = session.unlocked(session.reference).helplines()
            lines = held or helplines()
            source = _("from the office") if held else _("the list shipped with the app")
    if args.json:
        output.emit_json(
            {
                "source": source,
                "last_checked": lines.last_checked,
                "entries": [
                    {"id": h.id, "name": h.name, "number": h.number, "personal_copy": h.personal_copy, "card": h.card}
                    for h in lines.entries
                ],
            }
        )
        return 0
    print(_("Helplines ({source}; last checked {when})").format(source=source, when=lines.last_checked))
    output.table(
        [_("Number"), _("Name"), _("Person's copy"), _("Card")],
        [(h.number, h.name, _yes(h.personal_copy), _yes(h.card)) for h in lines.entries],
    )
    return 0


def _yes(flag: bool) -> str:
    return _("yes") if flag else _("no")


def cmd_erase(args: Any) -> int:
    if not args.yes:
        raise InvalidInput("--yes", _("erasing a case cannot be undone; add --yes to confirm"))
    with common.open_session(args) as session:
        session.unlocked(session.office).erase(args.case_id)
    return output.result(
        args, {"erased": args.case_id}, _("Erased. Each laptop drops the case with its next bundle from the office.")
    )


def cmd_export(args: Any) -> int:
    from safetyworker.services.sync import SyncService
    from safetyworker.sync import files
    from safetyworker.sync.confirmation import NOTICE_KIND

    target = files.output_file(args.output, SyncService.default_name(), force=args.force)
    with common.open_session(args) as session:
        if session.role == "office" and not args.to:
            raise InvalidInput("--to", _("say which worker the bundle is for (see 'office workers')"))
        if session.role != "office" and args.to:
            raise InvalidInput("--to", _("a laptop sends its bundles to its office only"))
        result = session.unlocked(session.sync).export(target, to=args.to)
    if args.json:
        output.emit_json(result.to_json())
    elif result.kind == NOTICE_KIND:
        print(
            _(
                "Wrote {path}: a notice for the laptops that presented this enrolment. It tells the worker's laptop "
                "its enrolment may have been copied and to call the office. It holds no case data."
            ).format(path=result.path)
        )
    else:
        print(
            _n(
                "Wrote {path}: bundle {seq}, {n} change, {kb} KB.",
                "Wrote {path}: bundle {seq}, {n} changes, {kb} KB.",
                sum(result.counts.values()),
            ).format(
                path=result.path, seq=result.sequence, n=sum(result.counts.values()), kb=max(1, result.size // 1024)
            )
        )
    return 0


def cmd_import(args: Any) -> int:
    from safetyworker.services.audit import peer_problem_text

    with common.open_session(args) as session:
        result = session.unlocked(session.sync).import_bundle(Path(args.file))
    if args.json:
        output.emit_json(result.to_json())
    elif result.status == "duplicate":
        print(
            _("Bundle {seq} from {sender} was already imported ({when}); nothing to do.").format(
                seq=result.sequence, sender=result.sender, when=result.imported_at
            )
        )
    else:
        print(
            _n(
                "Imported bundle {seq} from {sender}: {n} change applied.",
                "Imported bundle {seq} from {sender}: {n} changes applied.",
                sum(result.counts.values()),
            ).format(seq=result.sequence, sender=result.sender, n=sum(result.counts.values()))
        )
        if result.conflicts:
            print(
                _n(
                    "{n} new conflict to look at: safetyworker conflicts list",
                    "{n} new conflicts to look at: safetyworker conflicts list",
                    result.conflicts,
                ).format(n=result.conflicts)
            )
        if result.dropped_erased:
            print(
                _n(
                    "{n} change to a removed record was dropped.",
                    "{n} changes to removed records were dropped.",
                    result.dropped_erased,
                ).format(n=result.dropped_erased)
            )
        if result.gaps:
            print(
                _("Still missing from {sender}: bundles {gaps}.").format(sender=result.sender, gaps=_gaps(result.gaps))
            )
        if result.audit_problem:
            print(
                _(
                    "WARNING: the bundle from {sender}'s laptop shows a problem with its audit trail. {problem} The "
                    "changes were imported and what the office saw before is kept: safetyworker audit list "
                    "--worker-trail ID"
                ).format(sender=result.sender, problem=peer_problem_text(result.audit_problem)),
                file=sys.stderr,
            )
        if result.purged_cases:
            print(
                _n(
                    "{n} case the office holds was taken off this laptop.",
                    "{n} cases the office holds were taken off this laptop.",
                    result.purged_cases,
                ).format(n=result.purged_cases)
            )
    return 0


def cmd_status(args: Any) -> int:
    with common.open_session(args) as session:
        report = session.unlocked(session.sync).status()
    if args.json:
        output.emit_json(report)
        return 0
    if report["role"] == "office":
        print(_("Office: {name}  ({words})").format(name=report["office_name"], words=report["fingerprint"]))
        print(_("Open conflicts: {n}").format(n=report["open_conflicts"]))
        _print_alerts(report["alerts"])
        for w in report["waiting_for_words"]:
            print(_("Waiting for the office to confirm {name}'s laptop's words.").format(name=w["name"]))
        for w in report["workers"]:
            gaps = _("; missing bundles {gaps}").format(gaps=_gaps(w["gaps"])) if w["gaps"] else ""
            cases = _n("{n} case", "{n} cases", w["cases"]).format(n=w["cases"])
            print(f"  {w['name']}: {w['status']}, {cases}{gaps}")
    elif not report["enrolled"]:
        print(_("This laptop is not enrolled with an office."))
    else:
        if report["enrolment_problem"]:
            print(report["enrolment_problem"])
        days = report["days_since_sent"]
        if days is None:
            sent = _("never sent")
        else:
            sent = _n("last sent {n} day ago", "last sent {n} days ago", days).format(n=days)
        output.pairs(
            [
                (_("Office"), f"{report['office_name']}  ({report['office_fingerprint']})"),
                (_("This laptop"), report["device_fingerprint"]),
                (_("Bundles"), sent),
                (_("Acknowledged"), report["last_acknowledged"]),
                (_("Not sent yet"), report["unsent_changes"]),
                (_("Sent, not yet confirmed"), max(0, report["pending_changes"] - report["unsent_changes"])),
                (_("Missing from office"), _gaps(report["gaps"])),
            ]
        )
    return 0


def cmd_conflicts_list(args: Any) -> int:
    with common.open_session(args) as session:
        rows = session.unlocked(session.conflicts).list()
    if args.json:
        output.emit_json(rows)
        return 0
    if not rows:
        print(_("No open conflicts."))
    for c in rows:
        print(f"{c['id']}  {c['case_name']}  {c['record']}.{c['field']}")
        for v in c["values"]:
            print(
                f"    {v['device_id']}  {v['from']:<16} {v['written_at']}  {json.dumps(v['value'], ensure_ascii=False)}"
            )
    return 0


def cmd_conflicts_resolve(args: Any) -> int:
    value = None
    if args.value is not None:
        try:
            value = safejson.loads(args.value)
        except ValueError:
            raise InvalidInput("--value", _('write the value as JSON, for example "Oak Lane" in quotes')) from None
    with common.open_session(args) as session:
        result = session.unlocked(session.conflicts).resolve(args.conflict_id, device=args.keep, value=value)
    return output.result(args, result, _("Resolved: the chosen value goes to every laptop with the next bundles."))
