"""Hybrid logical clock: milliseconds + counter + device id.

Stamps are fixed-width strings so they compare correctly as text in any database.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

MAX_FUTURE_MS = 24 * 60 * 60 * 1000


@dataclass(frozen=True, order=True)
class HlcStamp:
    millis: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.millis:015d}-{self.counter:06d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> "HlcStamp":
        millis, counter, device = text.split("-", 2)
        return cls(int(millis), int(counter), device)


class HybridLogicalClock:
    def __init__(self, device: str, now_ms=None) -> None:
        self._device = device
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        self._last = HlcStamp(0, 0, device)
        self._lock = threading.Lock()

    def tick(self) -> HlcStamp:
        with self._lock:
            now = self._now_ms()
            if now > self._last.millis:
                self._last = HlcStamp(now, 0, self._device)
            else:
                self._last = HlcStamp(self._last.millis, self._last.counter + 1, self._device)
            return self._last

    def observe(self, remote: HlcStamp) -> bool:
        """Advance past a received stamp; False when it is too far in the future."""
        with self._lock:
            now = self._now_ms()
            if remote.millis - now > MAX_FUTURE_MS:
                return False
            if remote.millis > self._last.millis:
                self._last = HlcStamp(remote.millis, remote.counter, self._device)
            elif remote.millis == self._last.millis:
                self._last = HlcStamp(self._last.millis,
                                      max(self._last.counter, remote.counter), self._device)
            return True
