"""The pipeline's Dask executor: the same declared stages, run as tasks on a Dask cluster.

    from dask.distributed import Client
    from storyline.distributed import DaskExecutor
    from storyline.pipeline import ingest
    report = ingest(["corpus/"], store, executor=DaskExecutor(Client("tcp://scheduler:8786")))

Reading, the batch stages, storing and the corpus refresh run in the calling process (they need
the chunk or the store; a LocalCluster's workers, on this machine, run the refresh's independent
stages at once: `DaskExecutor.run_beside`); each run of per-document stages is mapped over the workers as tasks of a
few documents; each worker loads the spaCy model once, lazily, and keeps it. The per-document time
budget is an alarm only a process's main thread can set, so on Dask it does not apply (Dask's own
worker memory and lifetime limits are the guard there).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.errors import ConfigError, MissingExtraError
from storyline.settings import Settings, load_settings

if TYPE_CHECKING:
    from storyline.pipeline.pool import Task
    from storyline.pipeline.writer import IngestReport
    from storyline.stage import StageResult
    from storyline.store import Store

#: documents per task, as on the local pool: at 32, 90 documents made 3 tasks that two workers split
#: 64/26 (the Dask run took 1.26-1.6x the single process); at 16 they split 48/42
TASK_SIZE = 16


def client_module() -> Any:
    """`distributed`, or MissingExtraError naming the extra to install."""
    try:
        import distributed
    except ImportError:
        raise MissingExtraError("distributed", "distributed") from None
    return distributed


#: Dask settings of the local cluster (its scheduler and nannies run in this process; its workers get the
#: config they start with). On two cores every second of background CPU is taken from the two workers'
#: tasks (issue 16), so the periodic callbacks that serve no one here run rarely:
#: - no statistical profiler: it samples each worker's running task every 10 ms for the dashboard's
#:   profile page, and the cluster runs no dashboard (idle worker CPU 0.029-0.033 -> 0.017-0.020 s a
#:   second, 4 runs each, load 10);
#: - the event loop's health check (`admin.tick`) every 1 s instead of 20 ms, in the scheduler, each
#:   nanny and each worker: it only times the loop to warn of a blocked one (after 3 s);
#: - the system monitor (psutil CPU, memory, network and disk counters for the dashboard) every 5 s
#:   instead of 0.5 s;
#: - the memory checks (a nanny kills its worker past 95 % of its memory limit, a worker pauses past
#:   80 %) every 1 s instead of 0.1 s: the guard stays, a runaway is stopped within a second.
#: An idle cluster of 2 workers spent 0.055 s of CPU a second in all (scheduler, nannies and client
#: 0.023-0.026, workers 0.030-0.031) and 0.012 with these (0.0067 and 0.0053; `admin.tick` alone
#: 0.030, with the system monitor 0.027): psutil over 15 s, 1-3 runs of each, load 10.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False,
                        "distributed.admin.tick.interval": "1s",
                        "distributed.admin.system-monitor.interval": "5s",
                        "distributed.worker.memory.monitor-interval": "1s"}


def local_client(workers: int = 2) -> Any:
    """A Dask client on a local cluster of `workers` single-threaded worker processes."""
    import dask

    distributed = client_module()
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
    return distributed.Client(cluster)


def connect(scheduler: str) -> Any:
    """A client for `scheduler`: 'local' for a local cluster, else a scheduler address."""
    if scheduler == "local":
        return local_client()
    try:
        return client_module().Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}",
                          fix="start one (`dask scheduler`) and give its address (tcp://host:8786), or use 'local'") from None


def _run_task(task: Task, settings: Mapping[str, Any]) -> tuple[list[StageResult], list[int]]:
    from storyline.pipeline.document import run_shipped

    return run_shipped(task.specs, task.articles, task.batch, settings)


@dataclass(slots=True)
class DaskExecutor:
    """Runs the runner's tasks on a Dask `client`'s workers."""

    client: Any
    settings: Mapping[str, Any] | None = None
    task_size: int = TASK_SIZE

    @property
    def parallelism(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def run(self, tasks: Sequence[Task], on_done: Callable[[int], None] | None = None,
            on_result: Callable[[int, list[StageResult]], None] | None = None,
            idle: Callable[[], bool] | None = None) -> list[list[StageResult]]:
        """The tasks' results in order; `on_done(n)` and `on_result(i, results)` as each completes
        and then `idle()` until it says nothing more is waiting (every task is submitted at once, so
        the workers go on meanwhile).
        Articles cross without the `raw` page where the stages do not read it, and come back
        without it (`document.shipped`, `run_shipped`)."""
        from storyline.pipeline.document import restored, shipped

        settings = dict(self.settings or load_settings().values)
        slim = [replace(t, articles=shipped(t.specs, t.articles)) for t in tasks]
        futures = self.client.map(_run_task, slim, settings=settings, pure=False)
        index = {future.key: i for i, future in enumerate(futures)}
        results: list[list[StageResult]] = [[] for _ in tasks]
        for future in client_module().as_completed(futures):
            i = index[future.key]
            done, changed = future.result()
            results[i] = restored(done, changed, tasks[i].articles)
            if on_done:
                on_done(len(results[i]))
            if on_result:
                on_result(i, results[i])
            while idle is not None and idle():
                pass
        return results

    def run_beside(self, calls: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]]) -> list[Any]:
        """Independent calls at once on the workers when they run on this machine (a LocalCluster
        this client started: they can open the same store files), else here one after another (a
        remote worker may not reach the store: a SQLite path names a file on this machine)."""
        if getattr(self.client, "cluster", None) is None:
            return [fn(*args) for fn, args in calls]
        futures = [self.client.submit(fn, *args, pure=False) for fn, args in calls]
        client_module().wait(futures)  # every call ended before the first failure is raised
        return list(self.client.gather(futures))

    def close(self) -> None:
        pass  # the client belongs to the caller


def ingest_on_dask(paths: Sequence[str | Path], store: Store, settings: Settings | None = None,
                   client: Any = None, progress: Any = None) -> IngestReport:
    """`storyline.pipeline.ingest` with the per-document stages on Dask (a local cluster if no client)."""
    from storyline.pipeline.runner import ingest

    settings = settings or load_settings()
    executor = DaskExecutor(client or local_client(), dict(settings.values))
    return ingest(paths, store, settings, progress=progress, executor=executor)
