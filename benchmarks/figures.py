"""What every bench reports of a set of latencies."""

from collections.abc import Iterable


def p95(values: Iterable[float]) -> float:
    """The 95th percentile, as every figure in results.json gives it: the value at 95% of
    the way through the sorted values (the 57th of 60)."""
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))]
