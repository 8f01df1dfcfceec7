"""WordPress import benchmark: generate an invented export of the given size
(default 200 MB, about 100,000 comments), import it into a scratch SQLite
database in a child process, and print the child's peak memory and the
comments imported per second.

    python bench/import_bench.py [--megabytes 200]
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "I was diagnosed with relapsing remitting MS in {year} and started on Copaxone soon after.",
    "The fatigue is the hardest part, more than the walking, and the heat makes it worse.",
    "My neurologist wants to switch me to Ocrevus because of two new lesions on the last MRI.",
    "We went to the clinic in {year}; the chemotherapy week was rough but I would do it again.",
    "Thank you for writing about the trial, it gives people like my sister some hope.",
    "Has anyone had Lemtrada? I would like to hear how the first round went for you.",
    "My EDSS went from 6.5 to 5.0 over two years and I can walk to the shops again.",
    "Physiotherapy twice a week has helped my balance more than anything else I tried.",
    "I keep a diary of my symptoms so my MS nurse can see how the month went.",
    "Our support group meets on Thursdays and the tea is always too strong.",
    "It was a long winter but the new wheelchair ramp at the library made a difference.",
    "Reading everyone's stories here helps on the bad days, so thank you all.",
    "The infusion centre staff were kind and the chairs were comfortable enough.",
    "Some weeks are better than others, and this one has been mostly good.",
    "The cost was around $45,000 with flights, which we raised with help from family.",
]


def comment_text(rng: random.Random, length: int) -> str:
    """Invented sentences, none repeated within a text (a repeat reads as spam)."""
    parts: list[str] = []
    for sentence in rng.sample(SENTENCES, len(SENTENCES)):
        if sum(map(len, parts)) >= length:
            break
        parts.append(sentence.format(year=rng.randint(1995, 2023)))
    return " ".join(parts)


def generate(path: Path, megabytes: int) -> int:
    """Write an invented WXR export of about ``megabytes`` MB; return the comment count."""
    rng = random.Random(7)
    target = megabytes * 1024 * 1024
    comments = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                  'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
                  'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n'
                  "<channel><title>Bench</title><wp:wxr_version>1.2</wp:wxr_version>"
                  "<wp:base_site_url>http://bench.example.org</wp:base_site_url>\n")
        post = 0
        while out.tell() < target:
            post += 1
            out.write(f"<item><title>Post {post}</title><dc:creator><![CDATA[writer]]></dc:creator>"
                      f"<content:encoded><![CDATA[<p>{escape(comment_text(rng, 3000))}</p>]]></content:encoded>"
                      f"<wp:post_id>{post}</wp:post_id><wp:post_date_gmt>2016-05-01 09:00:00</wp:post_date_gmt>"
                      f"<wp:comment_status>open</wp:comment_status><wp:post_name>post-{post}</wp:post_name>"
                      "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
                      "<wp:post_password></wp:post_password>\n")
            ids: list[int] = []
            for _ in range(100):
                comments += 1
                parent = rng.choice(ids) if ids and rng.random() < 0.6 else 0
                ids.append(comments)
                out.write(f"<wp:comment><wp:comment_id>{comments}</wp:comment_id>"
                          f"<wp:comment_author><![CDATA[Member {comments % 997}]]></wp:comment_author>"
                          f"<wp:comment_author_email>m{comments % 997}@example.com</wp:comment_author_email>"
                          "<wp:comment_author_url></wp:comment_author_url>"
                          "<wp:comment_author_IP>192.0.2.1</wp:comment_author_IP>"
                          f"<wp:comment_date_gmt>2016-05-02 10:00:00</wp:comment_date_gmt>"
                          f"<wp:comment_content><![CDATA[{comment_text(rng, rng.randint(300, 1500))}]]>"
                          "</wp:comment_content><wp:comment_approved>1</wp:comment_approved>"
                          f"<wp:comment_type></wp:comment_type><wp:comment_parent>{parent}</wp:comment_parent>"
                          "<wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n")
            out.write("</item>\n")
        out.write("</channel></rss>\n")
    return comments


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    options = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="mscommunity-import-"))
    export = workdir / "export.xml"
    started = time.monotonic()
    expected = generate(export, options.megabytes)
    print(f"export: {export.stat().st_size / 1024 / 1024:,.0f} MB, {expected:,} comments "
          f"(generated in {time.monotonic() - started:.0f} s)", flush=True)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "mscommunity.settings", "DJANGO_SECRET_KEY": secrets.token_hex(32),
           "DJANGO_SECURE_HTTPS": "0", "DJANGO_ALLOWED_HOSTS": "localhost",
           "DATABASE_URL": f"sqlite:///{workdir / 'import.sqlite3'}", "DJANGO_LOG_LEVEL": "WARNING"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    started = time.monotonic()
    # The child reports its own peak resident memory after the import.
    program = ("import django, resource, sys; django.setup(); from django.core.management import call_command; "
               "call_command('import_wordpress', sys.argv[1]); "
               "print(f'PEAK_KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}')")
    result = subprocess.run([sys.executable, "-c", program, str(export)], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if result.returncode:
        print(result.stdout[-2000:], result.stderr[-2000:])
        return 1
    lines = result.stdout.strip().splitlines()
    peak_kb = int(next(line for line in lines if line.startswith("PEAK_KB")).split()[1])
    print("\n".join(line for line in lines if not line.startswith("PEAK_KB")))
    print(f"peak memory of the import process: {peak_kb / 1024:,.0f} MB")
    print(f"import time: {elapsed:,.0f} s")
    for path in workdir.iterdir():
        path.unlink()
    workdir.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
