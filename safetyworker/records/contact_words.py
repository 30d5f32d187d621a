"""The words of the contact log and of planned contacts: what an entry may record, and what a worker may plan.

Plain tuples in a module that imports nothing, so the command line can list them in its help without loading
the record model (``safetyworker --help`` stays quick, issue 18). ``records/model.py`` and
``services/contacts.py`` take them from here.
"""

from __future__ import annotations

# What a contact log entry may record: the services check new entries against these, stored_check old ones.
LOG_CHANNELS = ("phone", "text", "email", "visit", "post", "in_person")
LOG_OUTCOMES = (
    "spoke",
    "no_answer_no_message",
    "someone_else_answered_protocol_used",
    "unsafe_to_talk_call_back",
    "visit_done",
    "left_message",
)
#: Kinds a worker may plan by hand (the timetable plans the programme and release ones).
MANUAL_KINDS = ("ad_hoc", "review")
