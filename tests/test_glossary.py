"""glossary.qualified_terms: a defined term narrowed by a qualifier names a class the
definitions article does not define."""

from __future__ import annotations

from loi_redline.glossary import qualified_terms
from loi_redline.ruleset import match_text


def _found(text: str, defined: set[str]) -> list[tuple[str, bool]]:
    folded = match_text(text)
    return [(folded[s:e], counted) for s, e, _k, counted in qualified_terms(folded, defined)]


def test_a_qualifier_of_judgement_narrows_a_defined_term_even_uncounted():
    got = _found(
        "Les réclamations critiques font l'objet d'une alerte au responsable.", {"reclamation"}
    )
    assert got == [("reclamations critiques", False)]
    got = _found("Urgent tickets are answered within two hours.", {"ticket"})
    assert got == [("urgent tickets", False)]


def test_an_ordinary_qualifier_uncounted_is_not_a_term():
    # « les réclamations écrites » sorts nothing by judgement
    assert _found("Les réclamations écrites sont transmises chaque semaine.", {"reclamation"}) == []


def test_a_counted_qualifier_is_still_reported_as_counted():
    got = _found("La redevance couvre environ 180 références actives.", {"reference"})
    assert got == [("references actives", True)]
