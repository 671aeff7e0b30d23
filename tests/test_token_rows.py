"""The bundled encoder's table of per-token rows: always the rows `compute` gives, the least
recently used evicted first, never a row a batch still holds, a batch that does not fit
computed apart, and safe under threads."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from evalkit.embed.token_rows import TokenRows

VOCABULARY = 40


class Rows:
    """compute: a token's row is (token, 2 token, 3 token); records what it was asked."""

    def __init__(self) -> None:
        self.asked: list[list[int]] = []

    def __call__(self, tokens: np.ndarray) -> np.ndarray:
        self.asked.append(tokens.tolist())
        return np.outer(tokens, [1, 2, 3]).astype(np.float32)


def table(capacity: int) -> tuple[TokenRows, Rows]:
    compute = Rows()
    return TokenRows(compute, VOCABULARY, 3, capacity), compute


def check(rows: TokenRows, tokens: list[int]) -> None:
    ids = np.array(tokens)
    with rows.rows(ids) as (data, at):
        assert np.array_equal(data[at[:-1]], np.outer(ids, [1, 2, 3]))
        assert not data[at[-1]].any()  # the zero row beyond a sentence bound


def test_rows_are_computed_once_and_kept():
    rows, compute = table(4)
    check(rows, [3, 7])
    check(rows, [7, 9])
    check(rows, [3, 7, 9])
    assert compute.asked == [[3, 7], [9]] and rows.computed == 3


def test_the_least_recently_used_row_goes_first():
    rows, compute = table(4)
    check(rows, [1, 2])
    check(rows, [3, 4])
    check(rows, [1])  # 2 is now the least recently used
    check(rows, [5])
    check(rows, [1, 3, 4, 5])
    assert compute.asked[-1] == [5]
    check(rows, [2])
    assert compute.asked[-1] == [2]


@pytest.mark.parametrize("held, missing, apart", [
    (2, 2, False),  # exactly as many free slots as missing tokens: kept in the table
    (2, 3, True),  # one more: computed apart, the table untouched
    (0, 4, False),  # the whole table
    (0, 5, True),  # more than the table holds
])
def test_held_rows_stay_and_a_batch_that_does_not_fit_is_computed_apart(held, missing, apart):
    rows, compute = table(4)
    check(rows, [30, 31, 32, 33])  # fills the table: nothing free but what no batch holds
    first = np.array([30, 31][:held], dtype=np.int64)
    with rows.rows(first) as (data, at):
        before = data[at].copy()
        check(rows, list(range(missing)))
        assert np.array_equal(data[at], before)  # the held rows were not evicted
    assert (rows.computed == 4 + missing) and compute.asked[-1] == list(range(missing))
    after = rows.computed
    check(rows, list(range(missing)))
    assert (rows.computed > after) == apart  # computed apart: not kept


def test_a_failed_computation_leaves_the_table_as_it_was():
    compute = Rows()
    failing = TokenRows(lambda tokens: 1 / 0, VOCABULARY, 3, 4)
    with pytest.raises(ZeroDivisionError), failing.rows(np.array([5])):
        pass
    assert not failing._holders.any()
    failing._compute = compute
    check(failing, [5, 6, 7, 8])  # all four slots free
    check(failing, [5, 6, 7, 8])
    assert failing.computed == 4  # kept the first time


def test_threads_never_read_rows_evicted_under_them():
    rows, _ = table(12)
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        rng = np.random.default_rng(seed)
        try:
            for _ in range(300):
                ids = np.unique(rng.integers(0, VOCABULARY, rng.integers(1, 8)))
                with rows.rows(ids) as (data, at):
                    time.sleep(0)  # let another thread evict and compute meanwhile
                    assert np.array_equal(data[at[:-1]], np.outer(ids, [1, 2, 3]))
        except BaseException as error:  # noqa: BLE001 (reported by the main thread)
            errors.append(error)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert not rows._holders.any()
