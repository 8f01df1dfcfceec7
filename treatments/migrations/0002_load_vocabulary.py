"""Load the canonical treatments from treatments/vocabulary.py (the one vocabulary).

Adds missing treatments only: rows staff have edited are left alone, so the
migration can run on a database that already has the directory.
"""

from django.db import migrations


def load(apps, schema_editor):
    from treatments.vocabulary import BRANDS, TREATMENTS

    Treatment = apps.get_model("treatments", "Treatment")
    existing = set(Treatment.objects.values_list("slug", flat=True))
    Treatment.objects.bulk_create([
        Treatment(
            slug=term.slug, name=term.name, kind=term.kind, description=term.description,
            ms_types=list(term.ms_types), synonyms="\n".join(term.synonyms),
            known_as=", ".join(BRANDS.get(term.slug, ())),
        )
        for term in TREATMENTS
        if term.slug not in existing
    ])


def unload(apps, schema_editor):
    from treatments.vocabulary import TREATMENTS

    Treatment = apps.get_model("treatments", "Treatment")
    Treatment.objects.filter(slug__in=[t.slug for t in TREATMENTS], reports__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("treatments", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
