"""The exchange benchmark's check that the streamed import writes the same data as the whole-document one.

A full run at 100,000 people once failed it because its two imports ran on either side of midnight:
the deadline rules an import runs date their follow-up tasks by the day. Across two days the
tasks are set aside, and nothing else."""

from benchmarks.bench_exchange import same_data


def export(tasks: str, clients: str = '[{"id": 1}]') -> bytes:
    return (f'{{"clients": {clients}, "conferences": [], "tasks": {tasks}, "appointments": []}}').encode()


def test_one_day_compares_every_byte():
    assert same_data(export('[{"due": "2026-12-07"}]'), export('[{"due": "2026-12-07"}]'), whole=True, one_day=True) \
        == (True, "the whole-document import's")
    same, _what = same_data(export('[{"due": "2026-12-08"}]'), export('[{"due": "2026-12-07"}]'),
                            whole=True, one_day=True)
    assert not same


def test_two_days_set_the_tasks_aside_and_nothing_else():
    same, what = same_data(export('[{"due": "2026-12-08"}]'), export('[{"due": "2026-12-07"}]'),
                           whole=True, one_day=False)
    assert same and "tasks set aside" in what and "two days" in what
    same, _what = same_data(export("[]", '[{"id": 2}]'), export("[]"), whole=True, one_day=False)
    assert not same


def test_against_the_source_the_tasks_are_always_set_aside():
    same, what = same_data(export('[{"due": "2026-12-07"}]'), export("[]"), whole=False, one_day=True)
    assert same and "deadline rules" in what
    same, _what = same_data(export("[]", '[{"id": 2}]'), export("[]"), whole=False, one_day=True)
    assert not same
