"""The hybrid logical clock: stamps that order every change, on one laptop and across devices."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safetyworker.store.hlc import HybridClock, Stamp


class FakeWall:
    """A wall clock the test sets by hand (milliseconds since the epoch)."""

    def __init__(self, millis: int) -> None:
        self.millis = millis

    def __call__(self) -> int:
        return self.millis


def clock(device: str = "laptop", millis: int = 1_700_000_000_000, last: str | None = None):
    wall = FakeWall(millis)
    return HybridClock(device, last=last, wall=wall), wall


def test_stamps_follow_the_wall_clock_when_it_moves_forward():
    hlc, wall = clock()
    first = hlc.now()
    wall.millis += 5
    second = hlc.now()
    assert Stamp.parse(first) == Stamp(1_700_000_000_000, 0, "laptop")
    assert Stamp.parse(second) == Stamp(1_700_000_000_005, 0, "laptop")


def test_stamps_strictly_increase_when_the_wall_clock_stands_still_or_goes_backwards():
    hlc, wall = clock()
    stamps = [hlc.now()]
    for step in (0, 0, -60_000, -3_600_000, 1, 0):  # stuck, then set back an hour (NTP, DST mistakes)
        wall.millis += step
        stamps.append(hlc.now())
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert [Stamp.parse(s) for s in stamps] == sorted(Stamp.parse(s) for s in stamps)
    # The clock never went back to the earlier wall time.
    assert all(Stamp.parse(s).millis >= 1_700_000_000_000 for s in stamps)


def test_a_clock_restarted_from_its_last_stamp_does_not_go_back():
    hlc, _wall = clock(millis=1_700_000_000_000)
    last = hlc.now()
    restarted, _ = clock(millis=1_600_000_000_000, last=last)  # laptop clock reset after a flat battery
    assert restarted.now() > last


def test_observing_a_stamp_from_the_future_moves_the_next_local_stamp_past_it():
    hlc, _wall = clock(device="laptop", millis=1_700_000_000_000)
    hlc.now()
    remote = str(Stamp(1_700_000_900_000, 7, "office"))  # the office clock is 15 minutes ahead
    hlc.observe(remote)
    mine = hlc.now()
    assert mine > remote
    assert Stamp.parse(mine) > Stamp.parse(remote)
    assert Stamp.parse(mine).device == "laptop"


def test_observing_a_stamp_with_the_same_millis_moves_past_its_counter():
    hlc, _wall = clock(device="a", millis=1_000)
    hlc.now()
    remote = str(Stamp(1_000, 40, "b"))
    hlc.observe(remote)
    assert Stamp.parse(hlc.now()) > Stamp.parse(remote)


def test_observing_an_older_stamp_does_not_move_the_clock_back():
    hlc, _wall = clock(millis=1_700_000_000_000)
    before = hlc.now()
    hlc.observe(str(Stamp(1_000, 3, "old-laptop")))
    assert hlc.now() > before


def test_counter_overflow_rolls_to_the_next_millisecond():
    at_limit = str(Stamp(5_000, HybridClock.MAX_COUNTER, "laptop"))
    hlc, _wall = clock(millis=5_000, last=at_limit)
    assert Stamp.parse(hlc.now()) == Stamp(5_001, 0, "laptop")


def test_observing_a_remote_counter_at_its_limit_rolls_to_the_next_millisecond():
    hlc, _wall = clock(millis=5_000)
    hlc.observe(str(Stamp(5_000, HybridClock.MAX_COUNTER, "office")))
    nxt = hlc.now()
    assert Stamp.parse(nxt) > Stamp(5_000, HybridClock.MAX_COUNTER, "office")
    assert Stamp.parse(nxt).millis == 5_001


def test_stamp_text_is_fixed_width_and_parses_back():
    stamp = Stamp(1_700_000_000_123, 42, "01HZXYDEVICE")
    assert str(stamp) == "001700000000123-00042-01HZXYDEVICE"
    assert Stamp.parse(str(stamp)) == stamp


def test_a_device_id_may_itself_contain_dashes():
    stamp = Stamp(1, 2, "3f2a-9c-uuid")
    assert Stamp.parse(str(stamp)) == stamp


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "1700000000000-00001-dev",  # 13-digit millis
        "001700000000000-001-dev",  # short counter
        "001700000000000-00001-",  # no device
        "001700000000000-00001",
        "001700000000000_00001_dev",
        "00170000000000x-00001-dev",
        "00000000000_001-00001-dev",  # int() would take the underscore
        " 00000000000001-00001-dev",  # ... and a leading space
        "+00000000000001-00001-dev",  # ... and a sign
        "000000000000001-0000١-dev",  # ... and an Arabic-Indic digit
    ],
)
def test_parse_rejects_malformed_stamps(text):
    with pytest.raises(ValueError, match="not a clock stamp"):
        Stamp.parse(text)


millis = st.integers(min_value=0, max_value=10**15 - 1)
counters = st.integers(min_value=0, max_value=HybridClock.MAX_COUNTER)
devices = st.text(min_size=1, max_size=12)
stamps = st.builds(Stamp, millis, counters, devices)


@given(stamps, stamps)
def test_string_order_is_stamp_order(a, b):
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)


@given(stamps)
def test_every_stamp_parses_back_to_itself(stamp):
    assert Stamp.parse(str(stamp)) == stamp


@given(st.lists(st.integers(min_value=-10_000, max_value=10_000), max_size=60))
def test_stamps_strictly_increase_whatever_the_wall_clock_does(steps):
    hlc, wall = clock()
    previous = hlc.now()
    for step in steps:
        wall.millis += step
        stamp = hlc.now()
        assert stamp > previous
        previous = stamp
