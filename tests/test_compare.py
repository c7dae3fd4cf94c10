"""compare: the alignment on strings, and the edits on Documents checked by a text simulator.

The simulator (helpers_compare.simulate) applies the edits to OLD's paragraph texts; the
result must be NEW's paragraph texts. The DOCX written by the writer is checked by the
independent readers in test_compare_corpus.py.
"""

from __future__ import annotations

import pytest
from conftest import corpus_pairs
from helpers_compare import VARIANTS, loi_pair, simulate

from loi_redline.compare import (
    align,
    comparison,
    counts,
    default_output,
    find_moves,
    note_texts,
    opaque_text,
)
from loi_redline.read import read


def test_align_identical_is_all_equal():
    a = ["Titre", "", "Article 1", "Texte."]
    assert [s[0] for s in align(a, list(a))] == ["equal"] * 4


def test_align_pairs_changed_paragraphs_and_keeps_order():
    a = ["Titre", "Le délai est de trente (30) jours.", "Fin"]
    b = [
        "Titre",
        "Nouveau paragraphe sans rapport.",
        "Le délai est de quatre-vingt-dix (90) jours.",
        "Fin",
    ]
    steps = align(a, b)
    assert ("change", 1, 2) in steps
    assert ("insert", None, 1) in steps
    assert steps.index(("insert", None, 1)) < steps.index(("change", 1, 2))


def test_align_unrelated_paragraphs_are_delete_and_insert():
    steps = align(["A", "Le prix est fixe.", "Z"], ["A", "Xylophone orange bleu.", "Z"])
    assert ("delete", 1, None) in steps and ("insert", None, 1) in steps


def test_find_moves_needs_same_text_and_length():
    a = ["Titre", "Article 3 – Confidentialité des informations reçues.", "Court", "Fin"]
    b = ["Titre", "Fin", "Article 3 – Confidentialité des informations reçues.", "Court"]
    steps = align(a, b)
    moves = find_moves(steps, a, b)
    assert moves == {1: 2} or moves == {}  # LCS may keep Article 3 and move "Fin" instead
    if not moves:
        assert find_moves(steps, a, b, min_chars=3)


def test_step_order_is_consistent_with_both_sides():
    a = [f"p{i}" for i in range(30)]
    b = a[:5] + ["new"] + a[7:20] + [a[25]] + a[20:25] + a[26:]
    steps = align(a, b)
    olds = [i for _, i, _ in steps if i is not None]
    news = [j for _, _, j in steps if j is not None]
    assert olds == sorted(olds) == list(range(30))
    assert news == sorted(news) == list(range(len(b)))


@pytest.mark.parametrize("variant", VARIANTS)
def test_loi_pairs_simulate_to_new(tmp_path, variant):
    old_p, new_p = loi_pair(tmp_path, variant)
    old, new = read(old_p), read(new_p)
    cmp = comparison(old, new)
    assert simulate(old, cmp.edits, new) == [b.text for b in new.blocks]
    ins, dels, moves = counts(cmp.changes)
    if variant == "noop":
        assert cmp.edits == []
    if variant == "words":
        assert [(c.old, c.new) for c in cmp.changes] == [
            ("trente", "quatre-vingt-dix"),
            ("30", "90"),
        ]
    if variant == "moved":
        assert moves >= 2 and ins == dels == 0
    if variant == "inserted":
        assert (ins, dels) == (2, 0)
    if variant == "deleted":
        assert (ins, dels, moves) == (0, 3, 0)
    if variant == "row":
        kinds = sorted(c.kind for c in cmp.changes)
        assert kinds == ["delete_row", "insert_row", "replace"]
    if variant == "rewritten":
        assert (ins, dels, moves) == (1, 1, 0)  # one deletion, one insertion: no islands


@pytest.mark.slow
@pytest.mark.parametrize("name,before,after", corpus_pairs(), ids=[p[0] for p in corpus_pairs()])
def test_corpus_body_simulates_to_new(name, before, after):
    old, new = read(before), read(after)
    cmp = comparison(old, new)
    assert simulate(old, cmp.edits, new) == [b.text for b in new.blocks]
    on, nn = note_texts(old), note_texts(new)
    if [(b.text, opaque_text(b), on.get(id(b))) for b in old.blocks] == [
        (b.text, opaque_text(b), nn.get(id(b))) for b in new.blocks
    ]:
        assert not [e for e in cmp.edits if id(e.block) in {id(b) for b in old.blocks}]


def test_default_output_sits_beside_old(tmp_path):
    assert default_output(tmp_path / "a.docx", "/x/b.docx") == tmp_path / "a.vs.b.docx"
