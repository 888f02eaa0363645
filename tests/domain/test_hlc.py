"""Hybrid logical clock: stamps only move forward and refuse stamps > 24 h ahead."""

from hypothesis import given, settings
from hypothesis import strategies as st

from dagpleje_desktop.domain.hlc import MAX_FUTURE_MS, HlcStamp, HybridLogicalClock

DAY_MS = 24 * 60 * 60 * 1000


class FakeClock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_increase_even_when_the_wall_clock_stands_still_or_goes_back():
    wall = FakeClock(1_000_000)
    clock = HybridLogicalClock("device-a", now_ms=wall)
    stamps = [clock.tick()]
    stamps.append(clock.tick())            # same millisecond
    wall.ms = 900_000                      # clock set back (NTP, user)
    stamps.append(clock.tick())
    wall.ms = 2_000_000
    stamps.append(clock.tick())
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert stamps[1] == HlcStamp(1_000_000, 1, "device-a")
    assert stamps[3] == HlcStamp(2_000_000, 0, "device-a")


def test_after_observing_a_newer_remote_stamp_the_next_local_stamp_is_later():
    wall = FakeClock(1_000_000)
    clock = HybridLogicalClock("device-a", now_ms=wall)
    remote = HlcStamp(1_000_000 + 60_000, 7, "device-b")
    assert clock.observe(remote)
    assert clock.tick() > remote
    same_ms = HlcStamp(1_060_000, 9, "device-c")
    assert clock.observe(same_ms)
    assert clock.tick() > same_ms


def test_stamp_more_than_24_hours_ahead_is_refused_and_ignored():
    wall = FakeClock(5_000_000)
    clock = HybridLogicalClock("device-a", now_ms=wall)
    assert MAX_FUTURE_MS == DAY_MS
    assert not clock.observe(HlcStamp(5_000_000 + DAY_MS + 1, 0, "device-b"))
    assert clock.tick() == HlcStamp(5_000_000, 0, "device-a")  # clock not dragged ahead


def test_stamp_exactly_24_hours_ahead_is_accepted():
    wall = FakeClock(5_000_000)
    clock = HybridLogicalClock("device-a", now_ms=wall)
    ahead = HlcStamp(5_000_000 + DAY_MS, 0, "device-b")
    assert clock.observe(ahead)
    assert clock.tick() > ahead


stamps = st.builds(HlcStamp, st.integers(0, 10**14), st.integers(0, 999_999),
                   st.sampled_from(["3f1c-aa", "3f1c-ab", "9e00-01", "b"]))


@settings(deadline=None)  # never a timing assertion
@given(stamps)
def test_encoded_stamp_decodes_to_itself(stamp):
    assert HlcStamp.decode(stamp.encode()) == stamp


@settings(deadline=None)  # never a timing assertion
@given(stamps, stamps)
def test_encoded_stamps_sort_as_text_like_the_stamps(a, b):
    assert (a.encode() < b.encode()) == (a < b)
