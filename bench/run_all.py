"""`make bench`: run every benchmark script in turn and print its figures."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["threads_bench.py", "treatments_bench.py", "scrub_bench.py", "assess_bench.py", "pipeline_bench.py"]

failed = 0
for name in SCRIPTS:
    script = HERE / name
    if not script.exists():
        continue
    print(f"\n===== {name}", flush=True)
    failed |= subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
sys.exit(failed)
