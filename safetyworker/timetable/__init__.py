"""The contact timetable: programme templates and the planned contacts made from them (no Qt)."""
