"""Balanced automatic assignment of applications to the committee's evaluators.

Each application should get `per_application` evaluators; nobody gets an application they are in
conflict with (a conflict declared with its lead or a Tuscan partner, or on the application itself).
Applications with the fewest possible evaluators are served first, and each takes the evaluators
with the lightest load so far, so loads differ by at most one when conflicts allow it. The plan is
deterministic: the same inputs give the same plan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class AssignmentPlan:
    # New (application id, evaluator id) pairs, in the order they were chosen.
    pairs: tuple[tuple[int, int], ...]
    # Applications that could not get enough evaluators: id → how many are missing.
    short: Mapping[int, int] = field(default_factory=dict)
    # Final number of active forms per evaluator (existing plus new).
    load: Mapping[int, int] = field(default_factory=dict)


def plan_assignments(
    applications: Sequence[int],
    evaluators: Sequence[int],
    per_application: int,
    existing: Mapping[int, Collection[int]] | None = None,
    blocked: Collection[tuple[int, int]] = (),
) -> AssignmentPlan:
    """Complete every application to `per_application` evaluators.

    `existing` maps an application to the evaluators already holding an active form on it (they
    count toward the quota and toward the load); `blocked` holds (application, evaluator) pairs that
    must not be made: declared conflicts, and forms refused for a conflict.
    """
    existing = existing or {}
    blocked_set = set(blocked)
    load: Counter[int] = Counter({e: 0 for e in evaluators})
    for holders in existing.values():
        for evaluator in holders:
            if evaluator in load:
                load[evaluator] += 1
    order = {e: i for i, e in enumerate(evaluators)}

    def candidates(app: int) -> list[int]:
        held = set(existing.get(app, ()))
        return [e for e in evaluators if e not in held and (app, e) not in blocked_set]

    def needed(app: int) -> int:
        held = sum(1 for e in existing.get(app, ()) if e in order)
        return max(0, per_application - held)

    place = {a: i for i, a in enumerate(applications)}
    todo = [a for a in applications if needed(a) > 0]
    # The most constrained first: fewest free evaluators relative to what they still need.
    todo.sort(key=lambda a: (len(candidates(a)) - needed(a), place[a]))
    pairs: list[tuple[int, int]] = []
    short: dict[int, int] = {}
    for app in todo:
        want = needed(app)
        chosen = sorted(candidates(app), key=lambda e: (load[e], order[e]))[:want]
        for evaluator in chosen:
            load[evaluator] += 1
            pairs.append((app, evaluator))
        if len(chosen) < want:
            short[app] = want - len(chosen)
    return AssignmentPlan(tuple(pairs), short, dict(load))
