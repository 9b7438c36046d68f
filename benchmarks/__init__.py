"""Benchmark scripts: accuracy against gold JSONL files, throughput, scaling."""
