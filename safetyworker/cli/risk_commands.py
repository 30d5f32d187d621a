"""Risk assessment commands: templates, add, show, history, refer, heard, referral (the MARAC referral PDF),
publish (office: send a checklist to every laptop)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from safetyworker.cli import common, output
from safetyworker.i18n import _
from safetyworker.records import dates as date_words

ANSWER_WORDS = {"yes": _("yes"), "no": _("no"), "dont_know": _("don't know"), "not_asked": _("not asked")}


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("risk", parents=parents, help=_("risk assessments, their history and MARAC referrals"))
    rsub = p.add_subparsers(dest="risk_command", required=True, metavar="COMMAND")

    c = rsub.add_parser("templates", parents=parents, help=_("list the risk checklists"))
    c.set_defaults(func=cmd_templates)

    c = rsub.add_parser("add", parents=parents, help=_("add a risk assessment from a JSON file (- for standard input)"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("file", metavar="FILE")
    c.add_argument("--author", default="", metavar="NAME", help=_("who completed it") + common.FROM_STDIN)
    c.set_defaults(func=cmd_add)

    c = rsub.add_parser("show", parents=parents, help=_("show a case's risk assessment (the latest by default)"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--version", type=int, default=None, metavar="N", help=_("an earlier one (1 is the first)"))
    c.set_defaults(func=cmd_show)

    c = rsub.add_parser("history", parents=parents, help=_("a case's risk assessments, oldest first"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.set_defaults(func=cmd_history)

    c = rsub.add_parser("refer", parents=parents, help=_("record a referral to a MARAC from a JSON file"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("file", metavar="FILE")
    c.set_defaults(func=cmd_refer)

    c = rsub.add_parser("heard", parents=parents, help=_("add the date a MARAC heard the case"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("referral_id", metavar="REFERRAL_ID")
    c.add_argument("date", metavar="YYYY-MM-DD")
    c.set_defaults(func=cmd_heard)

    c = rsub.add_parser("referral", parents=parents, help=_("save the MARAC referral (worker copy) as a PDF file"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the PDF file to write"))
    c.add_argument(
        "--details",
        default=None,
        metavar="FILE",
        help=_("JSON with marac, consent, consent_reason, wishes (default: the case's latest referral)"),
    )
    c.add_argument(
        "--force", action="store_true", help=_("replace FILE if it is already there (never in a store folder)")
    )
    c.set_defaults(func=cmd_referral)

    c = rsub.add_parser("publish", parents=parents, help=_("office: send a risk checklist file to every laptop"))
    c.add_argument("file", metavar="FILE")
    c.set_defaults(func=cmd_publish)


def cmd_templates(args: Any) -> int:
    """The shipped checklists and the organisation's own in the store folder need no passphrase; those the office
    sent are inside the store, so they are listed when the store is named (--store) or the passphrase is set."""
    from safetyworker.risk.templates import load_templates

    folder = common.store_dir(args)
    if folder.is_dir() and (args.store or os.environ.get("SAFETYWORKER_PASSPHRASE")):
        with common.open_session(args) as session:
            templates = session.unlocked(session.risk).templates()
    else:
        templates = list(load_templates(folder if folder.is_dir() else None).values())
    if args.json:
        output.emit_json([t.summary_json() for t in templates])
        return 0
    output.table(
        [_("ID"), _("Checklist"), _("Version"), _("Questions"), _("Levels")],
        [
            (
                t.id,
                t.name,
                t.version,
                len(t.questions),
                ", ".join(
                    f"{lvl.name} ({lvl.min_score}+)"
                    if lvl.min_score is not None
                    else _("{level} (by judgement)").format(level=lvl.name)
                    for lvl in t.levels
                ),
            )
            for t in templates
        ],
    )
    return 0


def cmd_add(args: Any) -> int:
    data = common.read_json(args.file)
    with common.open_session(args) as session:
        saved = session.unlocked(session.risk).add(args.case_id, data, assessor=args.author)
    if args.json:
        output.emit_json({"id": saved.id, "score": saved.score, "level": saved.level})
        return 0
    print(_("Saved: score {score}, level {level}.").format(score=saved.score, level=saved.level_label))
    if saved.repeat:
        print(_("Heard at a MARAC in the last months, with a new incident: refer again (a repeat referral)."))
    elif saved.refer:
        print(_("This level calls for a MARAC referral: see `safetyworker risk referral`."))
    return 0


def cmd_show(args: Any) -> int:
    with common.open_session(args) as session:
        service = session.unlocked(session.risk)
        found = service.show(args.case_id, args.version)
        count = len(service.assessments(args.case_id))
        prompt = service.review_prompt(args.case_id)
    if args.json:
        output.emit_json({**found.to_json(), "review_prompt": prompt} if found else None)
        return 0
    if prompt:  # what the Risk tab asks: the CLI says it too
        print(_("Something changed: review the risk assessment? ({why})").format(why=prompt))
    if found is None:
        print(_("This case has no risk assessment yet."))
        return 0
    judgement = found.judgement
    done = date_words.stored_moment_text(found.assessed_at, session.timezone)  # as the desktop shows it
    output.pairs(
        [
            (_("Assessment"), _("{n} of {total}").format(n=found.version, total=count)),
            (
                _("Done"),
                _("{when} by {assessor}").format(when=done, assessor=found.assessor) if found.assessor else done,
            ),
            (_("Checklist"), _("{checklist} (version {v})").format(checklist=found.template, v=found.template_version)),
            (_("Score"), str(found.score)),
            (_("Level"), found.level_label),
            (_("Judgement"), f"{judgement['level']}: {judgement['reason']}" if judgement else _("none")),
            (
                _("Seen alone and safely"),
                {True: _("yes"), False: _("no"), None: _("not recorded")}[found.seen_alone],
            ),
            (_("Next review"), date_words.day_text(found.next_review) or _("none set")),
            (_("What has changed"), found.what_changed or "-"),
        ]
    )
    print()
    for q in found.questions:
        word = ANSWER_WORDS.get(found.answers.get(q["id"], "not_asked"), "")
        print(f"  [{word}] {q['text']}")
        if found.notes.get(q["id"]):
            print(f"      {found.notes[q['id']]}")
    if found.refer:
        print()
        print(_("This assessment calls for a MARAC referral."))
    return 0


def cmd_history(args: Any) -> int:
    with common.open_session(args) as session:
        rows = session.unlocked(session.risk).history(args.case_id)
    if args.json:
        output.emit_json([{k: r[k] for k in ("id", "assessed_at", "score", "level")} for r in rows])
        return 0
    if not rows:
        print(_("This case has no risk assessment yet."))
        return 0
    output.table(
        [_("No."), _("Done"), _("Score"), _("Level")],
        [
            (r["version"], date_words.stored_moment_text(r["assessed_at"], session.timezone), r["score"], r["level"])
            for r in rows
        ],
    )
    return 0


def cmd_refer(args: Any) -> int:
    data = common.read_json(args.file)
    with common.open_session(args) as session:
        referral = session.unlocked(session.risk).refer(args.case_id, data)
    if args.json:
        output.emit_json(referral.to_json())
    else:
        print(_("Referral recorded: {id}").format(id=referral.id))
    return 0


def cmd_heard(args: Any) -> int:
    with common.open_session(args) as session:
        referral = session.unlocked(session.risk).heard(args.case_id, args.referral_id, args.date)
    if args.json:
        output.emit_json(referral.to_json())
    else:
        print(_("Heard at the MARAC on {d}.").format(d=referral.heard_on))
    return 0


def cmd_referral(args: Any) -> int:
    from safetyworker.sync import files

    target = common.output_target(args.output, args.force)
    details = common.read_json(args.details) if args.details else None
    with common.open_session(args) as session:
        service = session.unlocked(session.risk)
        if details is None:
            referrals = service.referrals(args.case_id)
            last = referrals[-1] if referrals else None
            details = (
                {k: getattr(last, k) for k in ("marac", "consent", "consent_reason", "wishes", "referred_on")}
                if last
                else {"marac": "-"}
            )
        pdf = service.render_referral(args.case_id, details, "risk.referral_save_pdf")
    files.write_private(target, pdf)  # never in a store folder, whole or not there, this user's only
    if args.json:
        output.emit_json({"case_id": args.case_id, "file": str(target)})
    else:
        print(_("Saved the referral to {name}. Send it securely, then delete it.").format(name=target))
    return 0


def cmd_publish(args: Any) -> int:
    with common.open_session(args) as session:
        template = session.unlocked(session.risk).publish_template(Path(args.file))
    if args.json:
        output.emit_json(template.summary_json())
    else:
        print(_("The checklist '{id}' goes to every laptop with its next bundle.").format(id=template.id))
    return 0
