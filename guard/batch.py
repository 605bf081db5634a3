"""The same Guard on Apache Spark, for scans bigger than one machine: `guard spark-scan IN OUT`.

Input is JSONL (one message a line, as `guard scan` reads it) or Parquet (one message a row, the
same fields as columns). Lines are numbered in input order, grouped by conversation_id (each
conversation's lines in one partition, in order) and read through `guard.scan.prepare_lines`,
so a message carries the same earlier turns as in `guard scan`; lines without a conversation
spread over all partitions. The output, in input order, is each line's verdict with its
violation drafts (no raw value: masked excerpts, keyed fingerprints), or its error record.

The policy is loaded and checked once on the driver and broadcast, as Presidio's Spark sample
broadcasts its engines; a Guard does not pickle (it holds jieba and spaCy), so each executor's
Python worker builds its Guard from the broadcast policy once and keeps it for every task.

PySpark is an optional extra (`pip install 'guard[spark]'`), imported only when a job runs.
"""
from __future__ import annotations

import dataclasses
import json
import os
import sys
import types
import typing
from dataclasses import asdict
from typing import Any, Iterable, Iterator

from guard.message import DEFAULT_MAX_CHARS
from guard.scan import conversation_of, prepare_lines
from guard.verdict import Verdict

FORMATS = ("jsonl", "parquet")
DEFAULT_MASTER = "local[*]"  # what Spark itself uses when nothing names a master
APP_NAME = "guard spark-scan"
# Python types of the verdict's dataclass fields and their Spark SQL types; a dict (a violation's
# trace) is kept as its JSON text.
_SQL_TYPES = {str: "STRING", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN", dict: "STRING"}


def add_spark_scan_parser(sub) -> None:
    p = sub.add_parser(
        "spark-scan", help="inspect JSONL or Parquet messages on Apache Spark (pip install 'guard[spark]')",
        description="Inspect messages on Spark: local mode by default, any cluster by --master. Writes a "
                    "directory of part files; read in name order they hold one record a message, in input "
                    "order: the verdict and its violation drafts, or the line's error.")
    p.add_argument("input", help="a JSONL file or a Parquet file or directory (any path Spark reads)")
    p.add_argument("output", help="output directory (must not exist)")
    p.add_argument("--master",
                   help="Spark master URL, e.g. spark://host:7077, yarn, k8s://… (default: the one spark-submit "
                        f"gives, else {DEFAULT_MASTER})")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--input-format", choices=FORMATS,
                   help="input format (default: parquet for a path ending in .parquet, otherwise jsonl)")
    p.set_defaults(run=_spark_scan)


def _spark_scan(args) -> int:
    from guard.cli import EXIT_FAILED_LINES, EXIT_OK, EXIT_USAGE
    from guard.policy import load_policy

    try:
        from pyspark.errors import AnalysisException
    except ImportError:
        print("guard: spark-scan needs PySpark: pip install 'guard[spark]'", file=sys.stderr)
        return EXIT_USAGE

    policy = load_policy(args.policy)
    input_format = args.input_format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl")
    spark = session(args.master)
    try:
        failed = scan_files(spark, policy, args.input, args.output, input_format, args.format)
    except AnalysisException as exc:  # e.g. Parquet without the columns read: names only, no data
        print(f"guard: {exc.getMessage() if hasattr(exc, 'getMessage') else exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        spark.stop()
    if failed:
        print(f"guard: {failed} line(s) could not be inspected; see their error fields", file=sys.stderr)
    return EXIT_FAILED_LINES if failed else EXIT_OK


def session(master: str | None = None, **conf: str):
    """A SparkSession on `master`, or on the master spark-submit was given (local mode when this
    process starts Spark itself). In local mode the Python workers run this interpreter (the one
    guard is installed in); on a cluster, the job's own settings say which Python runs."""
    from pyspark.sql import SparkSession

    under_spark_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    if (master or "").startswith("local") or (master is None and not under_spark_submit):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(APP_NAME)
    if master:
        builder = builder.master(master)
    for key, value in conf.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def scan_files(spark, policy, source: str, target: str, input_format: str = "jsonl",
               output_format: str = "jsonl", max_chars: int = DEFAULT_MAX_CHARS) -> int:
    """Scan `source` into the directory `target`; returns how many lines could not be inspected."""
    from pyspark import StorageLevel

    _check_paths(spark, source, target)
    numbered = read_numbered(spark, source, input_format)
    policy_broadcast = spark.sparkContext.broadcast(policy)
    records = scan_numbered(numbered, policy_broadcast, max_chars)
    frame = spark.createDataFrame(records, "line BIGINT, failed BOOLEAN, record STRING")
    frame.persist(StorageLevel.MEMORY_AND_DISK)  # inspected once, then written and counted
    try:
        write_records(frame, target, output_format)
        return frame.filter("failed").count()
    finally:
        frame.unpersist()
        policy_broadcast.destroy()


def _check_paths(spark, source: str, target: str) -> None:
    """Before any work: Spark would find a missing input only when a job runs, and an existing
    output only once the input has been scanned (ordering the output samples it). Through
    Hadoop's file system, so hdfs:// or s3a:// paths and input globs work too."""
    context = spark.sparkContext
    conf = context._jsc.hadoopConfiguration()

    def path_and_fs(name: str):
        path = context._jvm.org.apache.hadoop.fs.Path(name)
        return path, path.getFileSystem(conf)

    path, fs = path_and_fs(source)
    if not fs.globStatus(path):
        raise FileNotFoundError(f"input {source} does not exist")
    path, fs = path_and_fs(target)
    if fs.exists(path):
        raise FileExistsError(f"output {target} already exists")


def read_numbered(spark, source: str, input_format: str):
    """(line number from 1, raw JSON text) for every input line or row, blank lines included so that
    numbers match the file's."""
    if input_format == "parquet":
        rows = spark.read.parquet(source).rdd.map(_row_json)
    else:
        rows = spark.sparkContext.textFile(source)
    return rows.zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0]))


def _row_json(row) -> str:
    """A Parquet row as the JSON line `guard scan` would read; null columns are left out, as a
    missing field is."""
    data = {k: v for k, v in row.asDict(recursive=True).items() if v is not None}
    return json.dumps(data, ensure_ascii=False, default=str)


def scan_numbered(numbered, policy_broadcast, max_chars: int):
    """(line, failed, record JSON) for every non-blank line, in no particular order."""
    def key(pair: tuple[int, str]):
        number, raw = pair
        conversation = conversation_of(raw, max_chars)
        return (conversation is not None, conversation or "", number), pair

    grouped = numbered.map(key).repartitionAndSortWithinPartitions(
        numbered.getNumPartitions() or None, partitionFunc=_partition_of)
    return grouped.mapPartitions(
        lambda rows: _scan_partition((pair for _, pair in rows), policy_broadcast.value, max_chars))


def _partition_of(key: tuple[bool, str, int]) -> int:
    """A conversation's lines share a partition; a line without one goes by its number."""
    from pyspark.rdd import portable_hash

    has_conversation, conversation, number = key
    return portable_hash(conversation) if has_conversation else number


def _scan_partition(numbered: Iterable[tuple[int, str]], policy, max_chars: int) -> Iterator[tuple[int, bool, str]]:
    guard = _executor_guard(policy, max_chars)
    for number, item in prepare_lines(numbered, max_chars):
        record = item if isinstance(item, dict) else verdict_record(guard.inspect(item))
        yield number, "error" in record, json.dumps(record, ensure_ascii=False)


def verdict_record(verdict: Verdict) -> dict[str, Any]:
    """The verdict as `guard scan` writes it, with the violation drafts the service would store."""
    return {**verdict.to_dict(), "violations": [asdict(draft) for draft in verdict.violations]}


_built: tuple[Any, Any] | None = None  # (policy, its Guard) in this executor process


def _executor_guard(policy, max_chars: int):
    """One Guard per Python worker process, built on its first task; Spark reuses the worker
    (spark.python.worker.reuse, on by default) and its deserialised broadcast for later tasks."""
    from guard.engine import Guard

    global _built
    if _built is None or _built[0] is not policy:
        _built = (policy, Guard(policy, max_chars=max_chars))
    return _built[1]


def write_records(frame, target: str, output_format: str) -> None:
    """Part files in input order (a range partitioning on the line number): JSONL records as
    written, or Parquet with the verdict's fields as typed columns and `line` first."""
    from pyspark.sql.functions import col, from_json

    ordered = frame.orderBy("line")
    if output_format == "jsonl":
        ordered.select("record").write.text(target)
    else:
        parsed = ordered.select("line", from_json(col("record"), record_schema()).alias("r")).select("line", "r.*")
        parsed.write.parquet(target)


def record_schema() -> str:
    """The Spark SQL schema of a record, derived from the verdict's dataclasses, plus `error`."""
    fields = [f"`{name}` {_sql_type(kind)}" for name, kind in _fields(Verdict)]
    return ", ".join(fields + ["`error` STRING"])


def _fields(cls) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(cls)
    return [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]


def _sql_type(kind) -> str:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):  # Optional[X]: Spark columns are nullable
        [kind] = [a for a in args if a is not type(None)]
        return _sql_type(kind)
    if origin is list:
        return f"ARRAY<{_sql_type(args[0])}>"
    if dataclasses.is_dataclass(kind):
        return "STRUCT<" + ", ".join(f"`{name}`: {_sql_type(k)}" for name, k in _fields(kind)) + ">"
    return _SQL_TYPES[origin or kind]
