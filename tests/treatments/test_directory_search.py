"""Finding treatments by generic name, brand and misspelling: list, suggestions, filters."""

from __future__ import annotations

import pytest

from treatments import selectors
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def names(html: str) -> list[str]:
    main = html.split('<ul class="treatment-list"')[1].split("</ul>")[0] if 'class="treatment-list"' in html else ""
    return [part.split('/"')[0] for part in main.split('<a href="/treatments/')[1:]]


@pytest.mark.parametrize(("query", "slug"), [
    ("gylena", "fingolimod"), ("Gilenya", "fingolimod"), ("Betasersone", "interferon-beta-1b"),
    ("Rebiff", "interferon-beta-1a"), ("HSCT", "ahsct"), ("stem cell transplant", "ahsct"),
    ("Novantrone", "mitoxantrone"), ("Tysabri", "natalizumab"), ("ocrevus", "ocrelizumab"),
    ("Solu-Medrol", "methylprednisolone"), ("Ampyra", "dalfampridine"), ("Sativex", "nabiximols"),
])
def test_the_list_search_finds_brands_and_misspellings(client, query, slug):
    found = names(client.get("/treatments/", {"q": query}).content.decode())
    assert found[0] == slug


def test_the_list_shows_every_treatment_with_counts(client):
    html = client.get("/treatments/").content.decode()
    assert len(names(html)) == Treatment.objects.count() >= 25
    assert "No reports yet" in html


def test_an_unknown_search_says_so(client):
    html = client.get("/treatments/", {"q": "snake oil"}).content.decode()
    assert "No treatments match “snake oil”" in html


def test_filter_by_kind_and_ms_type(client):
    procedures = names(client.get("/treatments/", {"kind": "procedure"}).content.decode())
    assert set(procedures) == {"ahsct", "plasmapheresis"}
    ppms = names(client.get("/treatments/", {"ms_type": "PPMS"}).content.decode())
    assert "ocrelizumab" in ppms and "fingolimod" not in ppms
    both = names(client.get("/treatments/", {"kind": "dmt", "ms_type": "PPMS"}).content.decode())
    assert both == ["ocrelizumab"]


def test_suggestions_json(client):
    data = client.get("/treatments/suggest.json", {"q": "gil"}).json()
    assert data["results"][0]["slug"] == "fingolimod" and data["results"][0]["brands"] == ["Gilenya"]
    assert data["results"][0]["url"] == "/treatments/fingolimod/"
    assert client.get("/treatments/suggest.json", {"q": ""}).json()["results"] == []


def test_staff_edits_to_synonyms_reach_the_search(client):
    assert selectors.search_treatments("Zorblax") == []
    treatment = Treatment.objects.get(slug="ofatumumab")
    treatment.synonyms += "\nZorblax"
    treatment.save()
    assert [t.slug for t in selectors.search_treatments("Zorblax")] == ["ofatumumab"]


def test_the_vocabulary_is_loaded_into_the_database():
    from treatments.vocabulary import BRANDS, TREATMENTS

    assert Treatment.objects.count() == len(TREATMENTS)
    fingolimod = Treatment.objects.get(slug="fingolimod")
    assert "Gylena" in fingolimod.synonym_list and fingolimod.kind == "dmt"
    assert fingolimod.brand_names == list(BRANDS["fingolimod"])
    assert set(BRANDS) == {t.slug for t in TREATMENTS}


def test_treatment_page_lists_evidence_articles(client, article):
    Treatment.objects.get(slug="ahsct").evidence_articles.add(article)
    html = client.get("/treatments/ahsct/").content.decode()
    assert "What the research says" in html and article.title in html
    assert client.get("/treatments/no-such-thing/").status_code == 404
