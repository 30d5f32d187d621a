"""Store commands: init, doctor, passphrase change, store settings, demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from safetyworker.cli import common, output, prompt
from safetyworker.errors import InvalidInput, KeyringUnavailable, SafetyWorkerError
from safetyworker.i18n import _


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("init", parents=parents, help=_("create a new encrypted store"))
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--office", action="store_true", help=_("an office store (receives workers' bundles)"))
    kind.add_argument("--enrol", metavar="FILE", help=_("a laptop store from the office's enrolment file"))
    p.add_argument("--name", metavar="NAME", help=_("the office's name (with --office)") + common.FROM_STDIN)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("doctor", parents=parents, help=_("check the store and say how well it is protected"))
    p.add_argument(
        "--fix-permissions",
        action="store_true",
        help=_("make the store folder and its files readable and writable by you alone"),
    )
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("passphrase", parents=parents, help=_("passphrase commands"))
    psub = p.add_subparsers(dest="passphrase_command", required=True, metavar="COMMAND")
    c = psub.add_parser("change", parents=parents, help=_("change the passphrase"))
    c.set_defaults(func=cmd_passphrase_change)

    p = sub.add_parser("settings", parents=parents, help=_("store settings (kept in the store)"))
    ssub = p.add_subparsers(dest="settings_command", required=True, metavar="COMMAND")
    c = ssub.add_parser("show", parents=parents, help=_("show the store's settings"))
    c.set_defaults(func=cmd_settings_show)
    c = ssub.add_parser("set", parents=parents, help=_("change a store setting"))
    c.add_argument(
        "name",
        type=_canonical_setting_name,
        help=_(
            "memory-security: wipe SQLite's memory as it is freed (on|off); backup-keep: how many backups to keep "
            "in a folder (1-100); backup-schedule: how often the desktop backs up (off|daily|weekly); backup-folder: "
            "where 'backup' and the desktop write backups (a folder, or 'none'); the others are the "
            "organisation's, set at the office and sent to every laptop (see 'settings show')"
        ),
    ).choices = common.Later(_setting_names)
    c.add_argument("value", metavar="VALUE")
    c.set_defaults(func=cmd_settings_set)

    p = sub.add_parser("demo", parents=parents, help=_("fill a store (made if needed) with a fictional demo caseload"))
    p.set_defaults(func=cmd_demo)


def _setting_names() -> tuple[str, ...]:
    from safetyworker.services import backups, settings

    return (*settings.NAMES, backups.KEEP, backups.SCHEDULE, backups.FOLDER, *settings.ORGANISATION_NAMES)


def _canonical_setting_name(text: str) -> str:
    """``settings show`` lists some names with '-' (memory-security) and some with '_' (retention_years): a
    name typed with either is taken, so a coordinator copying one into a script is not told it does not exist."""
    by_key = {name.replace("-", "_").lower(): name for name in _setting_names()}
    return by_key.get(text.strip().replace("-", "_").lower(), text)


def cmd_init(args: Any) -> int:
    from safetyworker.services import door

    folder = common.store_dir(args)
    if door.store_exists(folder):
        raise SafetyWorkerError(_("A store already exists in {folder}; it was left as it is.").format(folder=folder))
    if args.name and not args.office:
        raise InvalidInput("--name", _("only an office store has a name (use it with --office)"))
    if args.office and not args.name:
        raise InvalidInput("--name", _("give the office a name (it is shown on the workers' laptops)"))
    enrol = door.read_enrolment(Path(args.enrol)) if args.enrol else None
    related = (args.name or "", enrol.office_name, enrol.worker_name) if enrol else (args.name or "",)
    passphrase = prompt.new(related=related)
    choice = common.without_keyring(args)
    try:
        if args.office:
            session = door.create_office(folder, passphrase, args.name, without_keyring=choice)
        elif enrol:
            session = door.create_laptop(folder, passphrase, enrol, without_keyring=choice)
        else:
            session = door.create_store(folder, passphrase, without_keyring=choice)
    except KeyringUnavailable as exc:
        raise common.keyring_hint(exc) from None
    with session:
        result: dict[str, str | None] = {
            "store": str(folder),
            "store_id": session.store_id,
            "role": session.role,
            "protection": session.protection.level,
        }
        if args.office:
            result["office_fingerprint"] = session.unlocked(session.office).fingerprint()
        if enrol:
            result.update(
                office_name=enrol.office_name,
                office_fingerprint=enrol.office_fingerprint,
                device_fingerprint=session.unlocked(session.sync).device_fingerprint(),
                worker_id=enrol.worker_id,
            )
        if args.json:
            output.emit_json(result)
        else:
            print(_("Created an encrypted store in {folder}.").format(folder=folder))
            print(_("Protection: {p}").format(p=session.protection.description))
            if args.office:
                print(_("Office fingerprint: {words}").format(words=result["office_fingerprint"]))
            if enrol:
                print(
                    _("Enrolled with {office}. Check the office shows the same words: {words}").format(
                        office=enrol.office_name, words=enrol.office_fingerprint
                    )
                )
                print(_("This laptop's fingerprint: {words}").format(words=result["device_fingerprint"]))
                print(
                    _(
                        "Read these six words to the office: it takes this laptop's bundles only once it has "
                        "confirmed them."
                    )
                )
    return 0


def cmd_passphrase_change(args: Any) -> int:
    from safetyworker.services import door

    folder = common.store_dir(args)
    old = prompt.existing(_("Current passphrase: "))
    new = prompt.new(_("New passphrase: "), env="SAFETYWORKER_NEW_PASSPHRASE")
    door.change_passphrase(folder, old, new)
    return output.result(args, {"changed": True}, _("The passphrase was changed."))


def cmd_doctor(args: Any) -> int:
    from safetyworker.keys import kdf
    from safetyworker.services import door, settings

    folder = common.store_dir(args)
    report = settings.environment(folder, args.fix_permissions)
    fixed = report.get("permissions_fixed", [])
    loose = report["permissions"] != "ok"
    healthy = False
    try:
        kdf_settings = settings.key_settings(folder)
        if kdf_settings:
            report["kdf"] = kdf_settings
        with common.open_session(args) as session:
            checked = session.unlocked(session.settings).check()
            healthy = checked.pop("healthy")
            report.update(checked)
    except door.DatabaseError as exc:
        report["problem"] = str(door.translate_database_error(exc))
    except SafetyWorkerError as exc:
        report["problem"] = str(exc)
    healthy = healthy and not loose
    report["healthy"] = healthy
    if args.json:
        output.emit_json(report)
    else:
        rows = [
            (_("Store"), report["store"]),
            (_("SQLCipher"), report.get("sqlcipher_version", "-")),
            (_("Encryption check"), _fmt_check(report.get("cipher_integrity_check"))),
            (_("Database check"), _fmt_check(report.get("integrity_check"))),
            (_("Keyring backend"), report["keyring_backend"]),
            (_("Protection"), report.get("protection_detail", "-")),
            (_("Memory wiping"), _fmt_memory_security(report.get("memory_security"))),
            (_("Cases"), report.get("cases", "-")),
            (_("Permissions"), _fmt_check(report["permissions"])),
        ]
        rows += _device_rows(report["device"])
        if fixed:
            rows.append((_("Made private"), _("{n} files and folders").format(n=len(fixed))))
        if report.get("device_words"):
            rows.append((_("This laptop's words"), report["device_words"]))
        if kdf.fast_mode():
            rows.append((_("WARNING"), _("test key settings are on: this store must not hold real data")))
        for bad in report.get("bad_values", []):
            rows.append((_("Value no form accepts"), settings.Problem(**bad).describe()))
        if report.get("enrolment_problem"):
            rows.append((_("Enrolment"), report["enrolment_problem"]))
        if "problem" in report:
            rows.append((_("Problem"), report["problem"]))
        output.pairs(rows)
        if loose:
            print(
                _("Other users of this computer can reach the store. To make it yours alone: {cmd}").format(
                    cmd="safetyworker doctor --fix-permissions"
                )
            )
        print(_("The store is healthy.") if healthy else _("The store has a problem (see above)."))
    return 0 if healthy else 1


def _device_rows(seen: dict[str, str]) -> list[tuple[str, str]]:
    """What doctor can see of the device's own protections (docs/threat-model.md); a warning, never a failure."""
    words = {
        "encrypted": _("encrypted"),
        "not_encrypted": _("NOT encrypted: the service's device policy should encrypt it (docs/threat-model.md)"),
        "cannot_tell": _("cannot tell on this system: check the device policy"),
        "none": _("none"),
        "in_memory": _("compressed in memory (zram), never on disk"),
        "off": _("off"),
        "allowed": _("allowed: a crash could write the caseload in memory to a file"),
    }
    return [
        (_("Swap"), words[seen["swap"]]),
        (_("Disk of the store folder"), words[seen["disk"]]),
        (_("Core dumps"), words[seen["core_dumps"]]),
    ]


def _fmt_memory_security(value: dict | None) -> str:
    if value is None:
        return "-"
    if value["in_force"]:
        return _("on (SQLCipher wipes its own memory; every query is slower)")
    return _("off (the default; locking the app is what protects a laptop left alone)")


def cmd_settings_show(args: Any) -> int:
    from safetyworker.services import settings

    with common.open_session(args) as session:
        service = session.unlocked(session.settings)
        values: dict[str, Any] = {settings.MEMORY_SECURITY: settings.ON if service.memory_security() else settings.OFF}
        values.update(session.unlocked(session.backups).settings())
        values.update(service.organisation())
    if args.json:
        output.emit_json(values)
    else:
        about = settings.organisation_about()
        output.pairs(
            [
                (name, f"{value}  ({about[name]})" if name in about else "-" if value is None else str(value))
                for name, value in values.items()
            ]
        )
    return 0


def _set_backup_setting(args: Any) -> int:
    from safetyworker.services import backups

    with common.open_session(args) as session:
        service = session.unlocked(session.backups)
        if args.name == backups.KEEP:
            service.set_keep(backups.parse_keep(args.value))
            value: object = service.keep()
        elif args.name == backups.FOLDER:
            service.set_folder(None if args.value.strip().lower() == "none" else Path(args.value))
            folder = service.folder()
            value = str(folder) if folder else None
        else:
            service.set_schedule(args.value)
            value = service.schedule()
    return output.result(args, {args.name: value}, f"{args.name}: {value}")


def cmd_settings_set(args: Any) -> int:
    from safetyworker.services import backups, settings

    if args.name in (backups.KEEP, backups.SCHEDULE, backups.FOLDER):
        return _set_backup_setting(args)
    if args.name in settings.ORGANISATION_NAMES:
        with common.open_session(args) as session:
            kept = session.unlocked(session.settings).set_organisation(args.name, args.value)
        if args.json:
            output.emit_json({args.name: kept})
        else:
            print(
                _("{name} is now {value}. Each worker's laptop takes it from its next bundle.").format(
                    name=args.name, value=kept
                )
            )
        return 0
    on = settings.parse_switch(args.name, args.value)
    with common.open_session(args) as session:
        session.unlocked(session.settings).set_memory_security(on)
    if args.json:
        output.emit_json({args.name: settings.ON if on else settings.OFF})
    elif on:
        print(_("Memory wiping is on for this store. Every query will be slower."))
    else:
        print(_("Memory wiping is off for this store from the next time it is opened."))
    return 0


def _fmt_check(value: Any) -> str:
    if value is None:
        return "-"
    if value == "ok":
        return _("ok")
    return "; ".join(map(str, value))


def cmd_demo(args: Any) -> int:
    from safetyworker import demo
    from safetyworker.services import door

    folder = common.store_dir(args)
    demo.load_demo()  # a broken demo file is reported before any store is made
    session = (
        common.open_session(args)
        if door.store_exists(folder)
        else door.create_store(folder, prompt.new(), without_keyring=common.without_keyring(args))
    )
    with session:
        ids = demo.populate_demo(session)
    if args.json:
        output.emit_json([{"id": i} for i in ids])
    else:
        print(_("Added {n} fictional demo cases to {folder}.").format(n=len(ids), folder=folder))
        print(_("Try: safetyworker --store {folder} case list").format(folder=folder))
    return 0
