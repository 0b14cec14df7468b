"""Rewards and penalties (獎懲) and their net points (SPEC R14; 細則 §16, 考績法 §12).

A record is a kind and a count (its date, reason and document number are kept by storage).
In units of 嘉獎 the kinds weigh 1, 3 and 9, penalties negative; rewards and penalties
offset each other and the net is the 獎懲增減分數 added to the item score.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from hrplanner.domain.appraisal.vocabulary import RewardKind
from hrplanner.i18n import _


@dataclass(frozen=True)
class RewardEntry:
    """One 獎懲 record as the rules see it: a kind given ``count`` times (count ≥ 1)."""

    kind: RewardKind
    count: int = 1

    def __post_init__(self) -> None:
        if not isinstance(self.kind, RewardKind):
            # A plain string that names a kind is accepted (it is what storage holds).
            try:
                object.__setattr__(self, "kind", RewardKind(self.kind))
            except ValueError:
                raise ValueError(
                    _(
                        "獎懲種類「{value}」無法辨識，只能是嘉獎、記功、記大功、申誡、記過或記大過"
                    ).format(value=self.kind)
                ) from None
        if isinstance(self.count, bool) or not isinstance(self.count, int) or self.count < 1:
            raise ValueError(
                _("獎懲次數須為 1 以上的整數（收到 {value}）").format(value=self.count)
            )

    @property
    def points(self) -> int:
        """Signed points in units of 嘉獎."""
        return self.kind.weight * self.count


@dataclass(frozen=True)
class RewardTally:
    """A person's year of 獎懲: points of rewards and of penalties (both ≥ 0), how many
    times each kind was given, and the net after offsetting."""

    reward_points: int
    penalty_points: int
    times: Mapping[RewardKind, int] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def net(self) -> int:
        """The 獎懲增減分數 (細則 §16): rewards and penalties offset each other."""
        return self.reward_points - self.penalty_points

    def count(self, kind: RewardKind) -> int:
        """How many times ``kind`` was given (0 when never)."""
        return self.times.get(kind, 0)


def tally(entries: Iterable[RewardEntry]) -> RewardTally:
    """Add up a person's 獎懲 records of one year."""
    rewards = penalties = 0
    times: dict[RewardKind, int] = {}
    for entry in entries:
        if entry.points > 0:
            rewards += entry.points
        else:
            penalties -= entry.points
        times[entry.kind] = times.get(entry.kind, 0) + entry.count
    ordered = {kind: times[kind] for kind in RewardKind if kind in times}
    return RewardTally(rewards, penalties, MappingProxyType(ordered))


def net_points(entries: Iterable[RewardEntry]) -> int:
    """The net 獎懲 points of ``entries`` (positive: rewards outweigh penalties)."""
    return tally(entries).net
