"""The pipeline reads the one treatment vocabulary staff edit, through the registry.

A synonym staff add to a ``Treatment`` row changes the assessment of the next
post (no restart: the save bumps the cached vocabulary's version) and is never
removed from a post as a person's name.
"""

from __future__ import annotations

import pytest

from mscommunity.moderation import pipeline, registry
from mscommunity.moderation.vocabulary import EMPTY_VOCABULARY, TreatmentTerm, Vocabulary
from treatments.models import Treatment

pytestmark = pytest.mark.django_db

STORY = "Has anyone else been on Vera Lumen? I have been on Vera Lumen for 2 years with no relapses."


def test_a_synonym_staff_add_changes_the_next_assessment_and_is_not_a_name():
    before = pipeline.prepare(STORY, kind="report")
    assert "Vera Lumen" not in before.text  # read as a person's name
    assert "ocrelizumab" not in before.assessment.treatments

    treatment = Treatment.objects.get(slug="ocrelizumab")
    treatment.synonyms = f"{treatment.synonyms}\nVera Lumen"
    treatment.save()

    after = pipeline.prepare(STORY, kind="report")
    assert after.text == STORY  # a treatment's name, never redacted as a person
    assert not [r for r in after.redactions if r.type == "PERSON"]
    assert after.assessment.treatments == ("ocrelizumab",)
    assert after.assessment.has("treatment_experience")
    assert "Vera Lumen" in {e.phrase for e in after.assessment.labels["treatment_experience"].evidence}


def test_a_treatment_staff_delete_is_no_longer_found():
    text = "I have been on Kesimpta for 2 years with no relapses."
    assert pipeline.prepare(text).assessment.treatments == ("ofatumumab",)
    Treatment.objects.filter(slug="ofatumumab").delete()
    assert pipeline.prepare(text).assessment.treatments == ()


def test_the_registry_serves_the_provided_vocabulary(monkeypatch):
    tai_chi = Vocabulary([TreatmentTerm("tai-chi", "tai chi", "lifestyle", "Gentle exercise.", ())])
    monkeypatch.setattr(registry, "_vocabulary_provider", [lambda: tai_chi])
    assert registry.vocabulary() is tai_chi
    assert pipeline.prepare("I have done tai chi for 3 years and my balance improved.").assessment.treatments == (
        "tai-chi",)
    monkeypatch.setattr(registry, "_vocabulary_provider", [])
    assert registry.vocabulary() is EMPTY_VOCABULARY
