"""Running an audit's partitions on Dask, or in this process, in plan order.

Dask distributed does the distribution: placing partitions on workers, work
stealing, re-running a partition whose worker died. By default the client
starts a :class:`~distributed.LocalCluster` in-process (worker processes with
one thread each on the loopback interface, no dashboard); ``scheduler`` may
instead be the address of a running cluster, whose workers need wirelint
installed and the archive at the same paths.

Partitions are submitted a bounded window ahead of the results consumed, and
results are handed on in plan order: client memory stays flat however large
the archive, and every output is identical whatever the number of workers.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from wirelint.audit.outputs import FindingsWriter
from wirelint.audit.sources import Part
from wirelint.audit.summary import AuditSummary
from wirelint.audit.worker import AuditJob, PartitionResult, audit_partition

if TYPE_CHECKING:
    from distributed import Client, Future

LOCAL = "local"
SYNCHRONOUS = "synchronous"
"""Run in this process without a cluster (for small archives and debugging)."""


@contextmanager
def dask_client(scheduler: str, workers: int) -> Iterator[Client]:
    """A client of a new local cluster, or of the cluster at ``scheduler``; closed on exit."""
    import dask.config
    from distributed import Client, LocalCluster

    if scheduler != LOCAL:
        with Client(scheduler) as client:
            yield client
        return
    with (
        # Dask's statistical profiler samples every worker's stack and keeps an hour of call trees
        # for its dashboard, which a local cluster does not start: about 1 KB per article audited.
        dask.config.set({"distributed.worker.profile.enabled": False}),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # The scheduler still serves health routes: on a free loopback port, clashing with nothing.
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def on_dask(
    client: Client, parts: Iterable[Part], job: AuditJob, window: int | None = None
) -> Iterator[tuple[Part, PartitionResult]]:
    """Results of ``parts`` computed on the cluster, in the order of ``parts``."""
    window = window or 2 * sum(client.nthreads().values()) + 2
    [shared_job] = client.scatter([job], broadcast=True)
    remaining = iter(parts)
    pending: deque[tuple[Part, Future]] = deque()

    def top_up() -> None:
        while len(pending) < window:
            part = next(remaining, None)
            if part is None:
                return
            pending.append((part, client.submit(audit_partition, part, shared_job, pure=False)))

    top_up()
    while pending:
        part, future = pending.popleft()
        result = future.result()
        future.release()
        top_up()
        yield part, result


def audit_results(
    parts: Iterable[Part], job: AuditJob, scheduler: str = LOCAL, workers: int = 2
) -> Iterator[tuple[Part, PartitionResult]]:
    """Results in plan order, from the chosen scheduler (the cluster closes when iteration ends)."""
    if scheduler == SYNCHRONOUS:
        for part in parts:
            yield part, audit_partition(part, job)
        return
    with dask_client(scheduler, workers) as client:
        yield from on_dask(client, parts, job)


def run_audit(
    parts: Sequence[Part],
    job: AuditJob,
    summary: AuditSummary,
    *,
    scheduler: str = LOCAL,
    workers: int = 2,
    writer: FindingsWriter | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> AuditSummary:
    """Audit planned partitions: rows to ``writer``, totals to ``summary``."""
    if not parts:
        return summary
    for part, result in audit_results(parts, job, scheduler, workers):
        if writer is not None:
            writer.write(result["rows"])
        summary.add(result)
        if on_progress is not None:
            on_progress(part.size)
    return summary
