"""UK phone numbers: validated with ``phonenumbers`` (region GB), stored E.164, shown in national format.

Ofcom reserves some ranges for drama and fiction (for example 07700 900000-900999). ``phonenumbers`` calls
them invalid; they are accepted so the demo caseload and training stores can use numbers that ring nobody.

``phonenumbers`` is imported by the functions that use it: almost every module imports this one (through the
record model), and the library's metadata takes 20 ms to load, which the main window need not wait for before
it first paints, nor ``safetyworker --help`` (issue 18).
"""

from __future__ import annotations

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _

# Ofcom's numbers for drama (E.164 prefixes with the number of digits after the prefix).
_DRAMA_RANGES = (
    ("+447700900", 3),
    ("+441632960", 3),
    ("+442079460", 3),
    ("+441134960", 3),
    ("+441144960", 3),
    ("+441314960", 3),
    ("+441154960", 3),
    ("+441164960", 3),
    ("+441174960", 3),
    ("+441184960", 3),
    ("+441214960", 3),
    ("+441914980", 3),
    ("+441414960", 3),
    ("+441514960", 3),
    ("+441614960", 3),
    ("+442890180", 3),
    ("+442920180", 3),
    ("+443069990", 3),
    ("+448081570", 3),
    ("+449098790", 3),
)


def is_drama_number(e164: str) -> bool:
    return any(e164.startswith(p) and len(e164) == len(p) + n and e164[1:].isdigit() for p, n in _DRAMA_RANGES)


def normalise(value: str, where: str = "value") -> str:
    """E.164 form of a UK (or international, with +) phone number; InvalidInput when it is not one."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        raise InvalidInput(where, _("'{value}' is not a phone number").format(value=value)) from None
    if number.extension:
        raise InvalidInput(
            where,
            _("'{value}' has an extension; write the number without it and put the extension in the notes").format(
                value=value
            ),
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not (phonenumbers.is_valid_number(number) or is_drama_number(e164)):
        raise InvalidInput(where, _("'{value}' is not a valid phone number (check the digits)").format(value=value))
    return e164


def display(e164: str) -> str:
    """National format for UK numbers ("07700 900123"), international format for others."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "GB")
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 44
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def search_key(query: str) -> str | None:
    """E.164 form of a typed search, or None when it is not a phone number."""
    import phonenumbers

    digits = "".join(ch for ch in query if ch.isdigit() or ch == "+")
    if len(digits.lstrip("+")) < 6:
        return None
    try:
        number = phonenumbers.parse(digits, "GB")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
