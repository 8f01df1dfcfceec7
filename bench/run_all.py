"""`make bench`: run every benchmark script in turn and print its figures.

The WordPress import benchmark generates a 200 MB export and takes several
minutes; IMPORT_BENCH_MB=20 makes it quicker (and its figures smaller).
"""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    ["threads_bench.py"], ["search_bench.py"], ["treatments_bench.py"], ["scrub_bench.py"], ["assess_bench.py"],
    ["pipeline_bench.py"], ["blind_bench.py"], ["review_bench.py"],
    ["import_bench.py", "--megabytes", os.environ.get("IMPORT_BENCH_MB", "200")],
]

failed = 0
for name, *args in SCRIPTS:
    print(f"\n===== {name} {' '.join(args)}".rstrip(), flush=True)
    failed |= subprocess.call([sys.executable, str(HERE / name), *args], cwd=HERE.parent)
sys.exit(failed)
