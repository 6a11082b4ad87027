"""Balanced automatic assignment (domain/assignment_plan): quotas, conflicts, existing forms, balance,
shortages and determinism."""

from __future__ import annotations

from collections import Counter

from coop_desktop.domain.assignment_plan import AssignmentPlan, plan_assignments

EVALUATORS = [11, 12, 13, 14]


def _per_app(plan: AssignmentPlan) -> dict[int, list[int]]:
    result: dict[int, list[int]] = {}
    for app, evaluator in plan.pairs:
        result.setdefault(app, []).append(evaluator)
    return result


def test_every_application_gets_its_evaluators_with_balanced_loads() -> None:
    applications = list(range(1, 11))
    plan = plan_assignments(applications, EVALUATORS, 3)
    per_app = _per_app(plan)
    assert set(per_app) == set(applications)
    assert all(len(chosen) == 3 and len(set(chosen)) == 3 for chosen in per_app.values())
    assert plan.short == {}
    assert sorted(plan.load.values()) == [7, 7, 8, 8]
    assert plan.load == dict(Counter(e for _, e in plan.pairs))
    assert len(plan.pairs) == 30


def test_loads_differ_by_at_most_one_for_any_size_without_conflicts() -> None:
    for apps in range(0, 13):
        for per_application in range(1, 5):
            plan = plan_assignments(list(range(apps)), [1, 2, 3, 4, 5], per_application)
            loads = plan.load.values()
            assert max(loads) - min(loads) <= 1, (apps, per_application)


def test_equal_loads_go_to_the_evaluators_in_the_given_order() -> None:
    plan = plan_assignments([1], [30, 10, 20], 2)
    assert plan.pairs == ((1, 30), (1, 10))
    assert plan.load == {30: 1, 10: 1, 20: 0}


def test_blocked_pairs_are_never_made() -> None:
    blocked = {(1, 11), (1, 12), (2, 13), (3, 11), (3, 14)}
    plan = plan_assignments([1, 2, 3], EVALUATORS, 2, blocked=blocked)
    assert not set(plan.pairs) & blocked
    assert sorted(_per_app(plan)[1]) == [13, 14]
    assert sorted(_per_app(plan)[3]) == [12, 13]
    assert plan.short == {}


def test_the_most_constrained_application_is_served_first() -> None:
    # 2 can only go to 11; served first it takes 11 and 1 goes to 12. Served in list order, 1 would take 11
    # too, leaving 11 with two forms and 12 with none.
    plan = plan_assignments([1, 2], [11, 12], 1, blocked={(2, 12)})
    assert plan.pairs == ((2, 11), (1, 12))
    assert plan.load == {11: 1, 12: 1}


def test_existing_forms_count_toward_quota_and_load() -> None:
    # 1 already has 11: it needs one more. 11 is the busiest, so 2 gets the two others left.
    plan = plan_assignments([1, 2], EVALUATORS, 2, existing={1: [11]})
    assert plan.pairs == ((1, 12), (2, 13), (2, 14))
    assert plan.load == {11: 1, 12: 1, 13: 1, 14: 1}
    assert plan.short == {}


def test_an_application_with_its_quota_gets_nothing_new() -> None:
    plan = plan_assignments([1], EVALUATORS, 2, existing={1: [11, 12, 13]})
    assert plan.pairs == ()
    assert plan.short == {}
    assert plan.load == {11: 1, 12: 1, 13: 1, 14: 0}


def test_forms_on_other_applications_weigh_on_the_load() -> None:
    # 11, 12 and 13 hold forms on applications outside this round: 14 is chosen first.
    plan = plan_assignments([1], EVALUATORS, 1, existing={90: [11, 12], 91: [13]})
    assert plan.pairs == ((1, 14),)
    assert plan.load == {11: 1, 12: 1, 13: 1, 14: 1}


def test_holders_are_never_chosen_again_for_the_same_application() -> None:
    plan = plan_assignments([1, 2], EVALUATORS, 4, existing={1: [11, 13], 2: [12]})
    per_app = _per_app(plan)
    assert sorted(per_app[1]) == [12, 14]
    assert sorted(per_app[2]) == [11, 13, 14]
    assert len(set(plan.pairs)) == len(plan.pairs)


def test_a_former_member_holding_a_form_counts_neither_for_quota_nor_load() -> None:
    plan = plan_assignments([1], [11, 12], 2, existing={1: [99]})
    assert sorted(_per_app(plan)[1]) == [11, 12]
    assert plan.load == {11: 1, 12: 1}


def test_short_says_how_many_evaluators_are_missing() -> None:
    blocked = {(1, 11), (1, 12), (2, 11), (2, 12), (2, 13), (2, 14)}
    plan = plan_assignments([1, 2, 3], EVALUATORS, 3, existing={3: [11]}, blocked=blocked)
    assert plan.short == {1: 1, 2: 3}
    per_app = _per_app(plan)
    assert sorted(per_app[1]) == [13, 14]
    assert 2 not in per_app
    # 3 already has 11 and needs two more: the lightest after the others were served.
    assert per_app[3] == [12, 13]


def test_more_evaluators_wanted_than_the_committee_has() -> None:
    plan = plan_assignments([1, 2], [11, 12], 3)
    assert plan.short == {1: 1, 2: 1}
    assert plan.load == {11: 2, 12: 2}


def test_no_evaluators_at_all() -> None:
    plan = plan_assignments([1, 2], [], 2)
    assert plan.pairs == ()
    assert plan.short == {1: 2, 2: 2}
    assert plan.load == {}


def test_nothing_to_assign() -> None:
    plan = plan_assignments([], EVALUATORS, 3)
    assert plan == AssignmentPlan((), {}, dict.fromkeys(EVALUATORS, 0))
    assert plan_assignments([1, 2], EVALUATORS, 0).pairs == ()


def test_the_plan_is_deterministic() -> None:
    applications = [7, 3, 9, 1, 5, 2]
    blocked = {(3, 12), (9, 11), (1, 14), (5, 13)}
    existing = {2: [12], 7: [14]}
    first = plan_assignments(applications, EVALUATORS, 2, existing, blocked)
    for _ in range(5):
        assert plan_assignments(applications, EVALUATORS, 2, existing, blocked) == first
    # A set or a list of blocked pairs, a tuple or a set of holders: same plan.
    assert plan_assignments(applications, EVALUATORS, 2, {2: (12,), 7: {14}}, sorted(blocked)) == first
