"""No code path writes member text except through the ingest pipeline.

Member text lives in fields named here. The only modules allowed to set them
are the services that pass the pipeline's prepared text to the database.
A new module that writes one of these fields fails this test: route it
through ``pipeline.submit`` (or ``pipeline.prepare`` + ``pipeline.record_many``).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ["mscommunity", "threads", "treatments"]
# model name -> fields holding member text
MEMBER_TEXT = {"Comment": {"body", "body_html"}, "ExperienceReport": {"story", "story_html"},
               "Appeal": {"note", "note_html"}}
# appeals.py stores the pipeline's prepared note; data_rights.py only empties notes when a member leaves.
ALLOWED = {"threads/services.py", "treatments/services.py", "mscommunity/moderation/appeals.py",
           "mscommunity/moderation/data_rights.py"}


def _names_in(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
    }


def writes_of_member_text(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            models = _names_in(node.func) & MEMBER_TEXT.keys()
            for model in models:
                for keyword in node.keywords:
                    if keyword.arg in MEMBER_TEXT[model]:
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno} {model}(... {keyword.arg}=)")
        elif isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr in {"body_html", "story_html"}:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{target.attr} =")
    return found


def test_only_the_services_write_member_text():
    offenders = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = str(path.relative_to(ROOT))
            if "/migrations/" in relative or relative in ALLOWED:
                continue
            offenders += writes_of_member_text(path)
    assert offenders == []


def test_the_scan_finds_a_write_when_there_is_one(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("Comment.objects.filter(pk=1).update(body='raw text')\nc.body_html = '<p>x</p>'\n")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        assert len(writes_of_member_text(sneaky)) == 2
    finally:
        ROOT = saved


def test_the_allowed_services_do_write_through_the_pipeline():
    services = (ROOT / "threads/services.py").read_text()
    assert writes_of_member_text(ROOT / "threads/services.py"), "the scan must see the real writes"
    assert services.count("pipeline.submit(") >= 1 and "pipeline.record_many(" in services
    reports = (ROOT / "treatments/services.py").read_text()
    assert writes_of_member_text(ROOT / "treatments/services.py")
    assert "pipeline.submit(" in reports
