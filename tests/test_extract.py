"""Extraction of durations, percentages, amounts, dates and number words."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loi_redline.extract import (
    Quantity,
    amounts,
    capitalised_terms,
    dates,
    durations,
    normalize_digits,
    number_mismatches,
    number_to_english_words,
    number_to_french_words,
    parse_number_words,
    percentages,
    quantities,
    terms_in_quotes,
)


def one(found: list[Quantity]) -> Quantity:
    assert len(found) == 1, found
    return found[0]


# --- durations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, days, matched",
    [
        ("douze (12) mois", 360, "douze (12) mois"),
        ("90 jours", 90, "90 jours"),
        (
            "quatre-vingt-dix (90) jours calendaires",
            90,
            "quatre-vingt-dix (90) jours calendaires",
        ),
        ("deux mois", 60, "deux mois"),
        ("six (6) months", 180, "six (6) months"),
        ("3 semaines", 21, "3 semaines"),
        ("un (1) an", 365, "un (1) an"),
        ("une année", 365, "une année"),
        ("18 mois", 540, "18 mois"),
        ("one year", 365, "one year"),
        ("two (2) weeks", 14, "two (2) weeks"),
        ("٩٠ يوما", 90, "٩٠ يوما"),
        ("۳ أشهر", 90, "۳ أشهر"),
        ("2 سنوات", 730, "2 سنوات"),
        ("d'une durée de 12 mois", 360, "12 mois"),
        ("J+30", 30, "J+30"),
        ("un trimestre", 90, "un trimestre"),
        ("sous 48 heures", 2, "48 heures"),
        ("vingt et un (21) jours", 21, "vingt et un (21) jours"),
        ("soixante et onze jours", 71, "soixante et onze jours"),
        ("nonante jours", 90, "nonante jours"),
        ("Trente (30) Jours", 30, "Trente (30) Jours"),
        ("dans un délai d'un mois", 30, "un mois"),
        ("pour un an renouvelable", 365, "un an"),
        ("within sixty (60) calendar days", 60, "sixty (60) calendar days"),
    ],
)
def test_duration_forms(text, days, matched):
    q = one(durations(text))
    assert q.kind == "duration" and q.unit == "days"
    assert q.value == pytest.approx(days)
    assert q.text == matched == text[q.start : q.end]


@pytest.mark.parametrize(
    "text, days, matched",
    [
        ("لمدة ستين (60) يوما", 60, "ستين (60) يوما"),
        ("خلال ثلاثين يوما", 30, "ثلاثين يوما"),
        ("ثلاثة أشهر", 90, "ثلاثة أشهر"),
        ("soixantes (60) jours", 60, "(60) jours"),  # a misspelt word: the figures still count
        ("une quinzaine de jours", 15, "une quinzaine de jours"),
        ("chacun deux mois", 60, "deux mois"),  # "un" inside "chacun" is no number
    ],
)
def test_duration_more_forms(text, days, matched):
    q = one(durations(text))
    assert q.value == days and q.text == matched


def test_approximate_count_is_approx():
    assert one(durations("une quinzaine de jours")).approx


def test_twelve_months_far_above_sixty_days():
    # the exclusivity rules compare against "60 jours"
    assert one(durations("douze (12) mois")).value > 5 * 60
    assert one(durations("deux mois")).value == one(durations("60 jours")).value


@pytest.mark.parametrize(
    "text, days",
    [("30 jours ouvrés", 42), ("30 business days", 42), ("12 jours ouvrables", 14)],
)
def test_working_days_become_a_calendar_estimate(text, days):
    q = one(durations(text))
    assert q.value == pytest.approx(days)
    assert q.approx
    assert q.number == int(text.split()[0])


def test_calendar_days_are_exact():
    q = one(durations("30 jours calendaires"))
    assert q.value == 30 and not q.approx and q.unit_text == "jours calendaires"


def test_number_in_letters_and_figures_counts_once():
    text = "un délai de trente (30) jours"
    q = one(durations(text))
    assert (q.text, q.value, q.number) == ("trente (30) jours", 30, 30)


def test_alternatives_are_no_bounds():
    a, b = durations("30 ou 60 jours")
    assert (a.value, b.value, a.bound, b.bound) == (30, 60, None, None)


def test_range_gives_two_bounded_quantities():
    lo, hi = durations("une exclusivité comprise entre 30 et 60 jours")
    assert (lo.value, lo.bound, lo.text) == (30, "min", "30")
    assert (hi.value, hi.bound, hi.text) == (60, "max", "60 jours")


@pytest.mark.parametrize("text", ["de 1 à 3 mois", "1-3 mois", "from 1 to 3 months"])
def test_range_borrows_the_unit_of_its_upper_end(text):
    lo, hi = durations(text)
    assert (lo.value, hi.value) == (30, 90)
    assert (lo.bound, hi.bound) == ("min", "max")


@pytest.mark.parametrize(
    "text, bound",
    [
        ("jusqu'à 60 jours", "max"),
        ("au plus 60 jours", "max"),
        ("dans un délai maximum de 60 jours", "max"),
        ("d'une durée maximale de soixante (60) jours", "max"),
        ("not exceeding 60 days", "max"),
        ("60 jours au plus", "max"),
        ("au moins 60 jours", "min"),
        ("pas plus de 60 jours", "max"),
        ("environ 60 jours", None),
        ("about 60 days", None),
    ],
)
def test_hedges_mark_approx_and_bounds(text, bound):
    q = one(durations(text))
    assert q.approx and q.bound == bound and q.value == 60


def test_plain_duration_is_neither_approx_nor_bounded():
    q = one(durations("une exclusivité de 60 jours"))
    assert not q.approx and q.bound is None


@pytest.mark.parametrize(
    "text",
    [
        "Article 12",
        "loi n° 18-07",
        "les deux parties",
        "une fois par an",
        "le premier mois",
        "20 jours-homme de charge interne",
        "10 jours/homme",
        "à 14 heures",
        "24h/24",
        "le 30/06/2027",
        "30 %",
    ],
)
def test_not_durations(text):
    assert durations(text) == []


# --- percentages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, matched",
    [
        ("30 %", 30, "30 %"),
        ("30%", 30, "30%"),
        ("30\u00a0%", 30, "30\u00a0%"),
        ("30 pour cent", 30, "30 pour cent"),
        ("trente pour cent (30 %)", 30, "trente pour cent (30 %)"),
        ("30 % (trente pour cent)", 30, "30 % (trente pour cent)"),
        ("50 per cent", 50, "50 per cent"),
        ("50 percent", 50, "50 percent"),
        ("30,5 %", 30.5, "30,5 %"),
        ("12.5%", 12.5, "12.5%"),
        ("١٥٪", 15, "١٥٪"),
        ("15 في المائة", 15, "15 في المائة"),
        ("5 p. 100", 5, "5 p. 100"),
        ("coût par lead : -15 %", -15, "-15 %"),
        ("conversion : +10 %", 10, "+10 %"),
        ("(−15 %)", -15, "−15 %"),
    ],
)
def test_percentage_forms(text, value, matched):
    q = one(percentages(text))
    assert (q.kind, q.unit) == ("percent", "%")
    assert q.value == pytest.approx(value)
    assert q.text == matched


def test_percentage_range_has_no_sign():
    lo, hi = percentages("10-15 %")
    assert (lo.value, hi.value, hi.text) == (10, 15, "15 %")


def test_deposit_and_balance():
    found = percentages("un acompte de 30 % et le solde de 70 % à la recette")
    assert [q.value for q in found] == [30, 70]


def test_percentage_cap():
    q = one(percentages("jusqu'à 30 % du prix"))
    assert q.bound == "max" and q.approx


# --- amounts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, currency, matched",
    [
        ("1 500 000 DA", 1_500_000, "DZD", "1 500 000 DA"),
        ("1.500.000 DZD", 1_500_000, "DZD", "1.500.000 DZD"),
        (
            "1 500 000,00 dinars algériens",
            1_500_000,
            "DZD",
            "1 500 000,00 dinars algériens",
        ),
        ("2 000 000 DZD HT", 2_000_000, "DZD", "2 000 000 DZD"),
        ("€ 12 000", 12_000, "EUR", "€ 12 000"),
        ("12 000 €", 12_000, "EUR", "12 000 €"),
        ("12k EUR", 12_000, "EUR", "12k EUR"),
        ("USD 5,000", 5_000, "USD", "USD 5,000"),
        ("$5,000", 5_000, "USD", "$5,000"),
        ("$5,000.50", 5_000.5, "USD", "$5,000.50"),
        ("5 000 euros", 5_000, "EUR", "5 000 euros"),
        (
            "deux millions (2 000 000) de dinars",
            2_000_000,
            "DZD",
            "deux millions (2 000 000) de dinars",
        ),
        ("1\u00a0500\u202f000 DA", 1_500_000, "DZD", "1\u00a0500\u202f000 DA"),
        ("1,5 million de dinars", 1_500_000, "DZD", "1,5 million de dinars"),
        ("10 MDA", 10_000_000, "DZD", "10 MDA"),
        ("3 M€", 3_000_000, "EUR", "3 M€"),
        (
            "un million cinq cent mille dinars",
            1_500_000,
            "DZD",
            "un million cinq cent mille dinars",
        ),
        ("١٢٠٠٠٠٠ د.ج", 1_200_000, "DZD", "١٢٠٠٠٠٠ د.ج"),
    ],
)
def test_amount_forms(text, value, currency, matched):
    q = one(amounts(text))
    assert (q.kind, q.unit) == ("amount", currency)
    assert q.value == pytest.approx(value)
    assert q.text == matched


def test_amount_range_and_cap():
    lo, hi = amounts("entre 10 000 et 20 000 €")
    assert (lo.value, lo.unit, hi.value, hi.unit) == (10_000, "EUR", 20_000, "EUR")
    cap = one(amounts("plafonné à 5 000 000 DA"))
    assert cap.bound == "max"


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("Montant (DZD HT) : 350 000", 350_000, "DZD"),
        ("un budget global de 2 000 000 HT.", 2_000_000, ""),
        ("price: 25,000.", 25_000, ""),
    ],
)
def test_amount_named_by_its_sentence(text, value, currency):
    q = one(amounts(text))
    assert (q.value, q.unit) == (value, currency)
    assert q.text == text[q.start : q.end]


@pytest.mark.parametrize(
    "text",
    [
        "12 000 utilisateurs",
        "Article 5",
        "3 da capo",
        "la DA",
        "le prix visé à l'article 12",
        "un montant forfaitaire pour les 3 000 utilisateurs",
        "budget 2027.",
        "le montant de l'acompte est de 30 %.",
    ],
)
def test_not_amounts(text):
    assert amounts(text) == []


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, iso, matched",
    [
        ("15 janvier 2027", "2027-01-15", "15 janvier 2027"),
        ("1er mars 2027", "2027-03-01", "1er mars 2027"),
        ("le premier mars 2027", "2027-03-01", "premier mars 2027"),
        ("15/01/2027", "2027-01-15", "15/01/2027"),
        ("15.01.2027", "2027-01-15", "15.01.2027"),
        ("2027-01-15", "2027-01-15", "2027-01-15"),
        ("January 15, 2027", "2027-01-15", "January 15, 2027"),
        ("15 January 2027", "2027-01-15", "15 January 2027"),
        ("15th of January, 2027", "2027-01-15", "15th of January, 2027"),
        ("01/15/2027", "2027-01-15", "01/15/2027"),
        ("15 جانفي 2027", "2027-01-15", "15 جانفي 2027"),
        ("١٥/٠١/٢٠٢٧", "2027-01-15", "١٥/٠١/٢٠٢٧"),
    ],
)
def test_date_forms(text, iso, matched):
    q = one(dates(text))
    assert (q.kind, q.unit, q.iso, q.text) == ("date", "date", iso, matched)


def test_date_value_is_a_day_count():
    a, b = dates("du 1er janvier 2027 au 31 janvier 2027")
    assert b.value - a.value == 30


@pytest.mark.parametrize(
    "text",
    ["30 jours après la signature", "loi n° 18-07", "31/02/2027", "en 2027", "2027-13-45"],
)
def test_not_dates(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    "text, first, first_text, last",
    [
        ("audit : du 7 au 16 avril 2026 ;", "2026-04-07", "7", "2026-04-16"),
        ("POC : du 19 avril au 21 mai 2026", "2026-04-19", "19 avril", "2026-05-21"),
        ("du 1er au 15 mars 2027", "2027-03-01", "1er", "2027-03-15"),
        ("du 15 décembre au 15 janvier 2027", "2026-12-15", "15 décembre", "2027-01-15"),
        ("from 7 to 16 April 2026", "2026-04-07", "7", "2026-04-16"),
    ],
)
def test_date_ranges_borrow_month_and_year(text, first, first_text, last):
    a, b = dates(text)
    assert (a.iso, a.text, a.bound) == (first, first_text, "min")
    assert (b.iso, b.bound) == (last, "max")


def test_backwards_date_range_is_not_a_range():
    assert [q.iso for q in dates("du 20 au 16 avril 2026")] == ["2026-04-16"]


def test_law_number_is_not_a_date_but_its_date_is():
    q = one(dates("loi n° 18-07 du 10 juin 2018"))
    assert q.iso == "2018-06-10"


# --- all together --------------------------------------------------------------------


def test_quantities_sorted_and_typed():
    text = (
        "Le POC dure 3 semaines, coûte 1 200 000 DA TTC, dont un acompte de 30 %, "
        "et commence le 1er mars 2027."
    )
    found = quantities(text)
    assert [q.kind for q in found] == ["duration", "amount", "percent", "date"]
    assert [q.start for q in found] == sorted(q.start for q in found)


# --- letters versus figures ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, words, digits",
    [
        ("trente (20) jours", 30, 20),
        ("cinquante pour cent (30 %)", 50, 30),
        ("thirty (20) days", 30, 20),
        ("deux millions (3 000 000) de dinars", 2_000_000, 3_000_000),
        ("deux millions de dinars (3 000 000 DA)", 2_000_000, 3_000_000),
        ("30 jours (vingt jours)", 20, 30),
        ("خمسين (40) يوما", 50, 40),
    ],
)
def test_mismatches(text, words, digits):
    (m,) = number_mismatches(text)
    assert (m.words_value, m.digits_value) == (words, digits)
    assert m.text == text[m.start : m.end]


@pytest.mark.parametrize(
    "text",
    [
        "soixante (60) jours",
        "quatre-vingt-dix (90)",
        "douze (12) mois",
        "trente pour cent (30 %)",
        "un (01) an",
        "trente jours à compter de la signature (voir article 20)",
        "30 pour cent (30 %)",
    ],
)
def test_no_mismatch(text):
    assert number_mismatches(text) == []


def test_letters_prevail_over_figures():
    # C. civ. art. 1376: in case of difference, the sum written in letters
    assert one(durations("trente (20) jours")).value == 30


# --- number words --------------------------------------------------------------------


@pytest.mark.parametrize(
    "words, value",
    [
        ("zéro", 0),
        ("un", 1),
        ("premier", 1),
        ("dix-sept", 17),
        ("vingt et un", 21),
        ("vingt-et-un", 21),
        ("soixante-dix", 70),
        ("soixante et onze", 71),
        ("soixante-dix-sept", 77),
        ("quatre-vingts", 80),
        ("quatre-vingt-un", 81),
        ("quatre-vingt-dix", 90),
        ("quatre-vingt-dix-neuf", 99),
        ("cent", 100),
        ("deux cents", 200),
        ("deux cent mille", 200_000),
        ("un million cinq cent mille", 1_500_000),
        ("deux millions", 2_000_000),
        ("mille deux cent trente-quatre", 1234),
        ("septante", 70),
        ("huitante", 80),
        ("octante-cinq", 85),
        ("nonante-neuf", 99),
        ("ninety", 90),
        ("twenty-one", 21),
        ("خمسة وعشرون", 25),
        ("أحد عشر", 11),
        ("ثلاثة آلاف", 3000),
        ("مليون وخمسمائة ألف", 1_500_000),
        ("ستين", 60),
        ("one hundred and twenty", 120),
        ("two thousand five hundred", 2500),
        ("QUATRE-VINGT-DIX", 90),
        ("douze cents", 1200),
        ("quatre\u2011vingt\u2011dix", 90),
    ],
)
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    "words",
    ["", "deux trois", "vingt dix", "et", "un et", "mille million", "vingts", "vingt cents", "x"],
)
def test_parse_number_words_rejects_non_numbers(words):
    assert parse_number_words(words) is None


@pytest.mark.parametrize(
    "n, words",
    [
        (0, "zéro"),
        (21, "vingt et un"),
        (60, "soixante"),
        (71, "soixante et onze"),
        (80, "quatre-vingts"),
        (81, "quatre-vingt-un"),
        (90, "quatre-vingt-dix"),
        (200, "deux cents"),
        (280, "deux cent quatre-vingts"),
        (1000, "mille"),
        (80_000, "quatre-vingt mille"),
        (200_000, "deux cent mille"),
        (1_500_000, "un million cinq cent mille"),
        (200_000_000, "deux cents millions"),
    ],
)
def test_number_to_french_words(n, words):
    assert number_to_french_words(n) == words


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**7 - 1))
def test_french_words_round_trip(n):
    assert parse_number_words(number_to_french_words(n)) == n


@pytest.mark.parametrize(
    "n, words",
    [
        (0, "zero"),
        (13, "thirteen"),
        (45, "forty-five"),
        (60, "sixty"),
        (120, "one hundred twenty"),
        (1_500_000, "one million five hundred thousand"),
    ],
)
def test_number_to_english_words(n, words):
    assert number_to_english_words(n) == words


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**7 - 1))
def test_english_words_round_trip(n):
    assert parse_number_words(number_to_english_words(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**6))
def test_suggestion_in_letters_and_figures_is_read_back(n):
    text = f"{number_to_french_words(n)} ({n}) jours"
    q = one(durations(text))
    assert q.value == n and q.text == text
    assert number_mismatches(text) == []


# --- digits and offsets --------------------------------------------------------------


def test_normalize_digits():
    assert normalize_digits("٩٠ يوما و۱۲ شهرا") == "90 يوما و12 شهرا"
    assert normalize_digits("abc 123") == "abc 123"


@given(st.text())
def test_normalize_digits_keeps_length(s):
    assert len(normalize_digits(s)) == len(s)


_PIECES = st.sampled_from(
    [
        "trente (30) jours",
        " ",
        "\u00a0",
        "1 500 000 DA",
        "١٥٪",
        "quatre-vingt-dix",
        "(",
        ")",
        "%",
        "€",
        "15 janvier 2027",
        "jusqu'à ",
        "entre 30 et 60 jours",
        "deux mois",
        "Article 12",
        "18-07",
        "٩٠ يوما",
        ", ",
        ".",
        "\n",
        "İ",
        "ß",
        "pour cent",
        "J+30",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=12).map("".join))
def test_every_quantity_points_into_the_text(text):
    for q in quantities(text):
        assert q.text == text[q.start : q.end]
        assert q.start < q.end
    for m in number_mismatches(text):
        assert m.text == text[m.start : m.end]


def test_offsets_survive_characters_that_lower_case_to_two():
    text = "İİİ trente (30) jours"
    q = one(durations(text))
    assert q.text == "trente (30) jours"


# --- terms of art --------------------------------------------------------------------


def test_terms_in_quotes():
    text = (
        'On entend par «\u00a0Lead qualifié\u00a0» un prospect ; the “Effective Date”; the "LOI".'
    )
    found = terms_in_quotes(text)
    assert [t for _, _, t in found] == ["Lead qualifié", "Effective Date", "LOI"]
    for start, end, term in found:
        assert text[start:end] == term


def test_terms_in_quotes_ignore_long_or_multiline_quotes():
    assert terms_in_quotes("« " + "x" * 200 + " »") == []
    assert terms_in_quotes("« début\nfin »") == []


@pytest.mark.parametrize(
    "text, terms",
    [
        ("Le nombre de Leads Qualifiés est mesuré.", ["Leads Qualifiés"]),
        ("transmis par l'Utilisateur Actif chaque mois", ["Utilisateur Actif"]),
        ("La Date d'Entrée en Vigueur est fixée.", ["Date d'Entrée en Vigueur"]),
        ("the Effective Date and the Order Form", ["Effective Date", "Order Form"]),
        ("Les Données du Client restent sa propriété.", ["Données du Client"]),
    ],
)
def test_capitalised_terms(text, terms):
    found = capitalised_terms(text)
    assert [t for _, _, t in found] == terms
    for start, end, term in found:
        assert text[start:end] == term


@pytest.mark.parametrize(
    "text",
    [
        "Lead Qualifié désigne un prospect.",  # sentence start
        "Le Client et le Prestataire",  # determiner + one word
        "ARTICLE PREMIER – OBJET",  # all capitals
        "Signé par M. Rachid Meziane.",  # a person
        "Signé par Mme Lina Ouali.",
        "Mme Lina Ouali, directrice.",
        "pour Atlas Leads SARL",  # a company
        "sise 9, rue des Frères Bouadou, Bir Mourad Raïs, Alger",  # an address
        "le siège est situé à Bab Ezzouar",
        "Facebook et Instagram",  # two names, not one term
        "1. Période d'Exclusivité",  # heading
    ],
)
def test_not_capitalised_terms(text):
    assert capitalised_terms(text) == []


# --- the shared corpus and the samples -----------------------------------------------


_W_P = re.compile(r"<w:p[ >].*?</w:p>", re.S)
_W_T = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def _docx_texts():
    """Each DOCX of the samples and the shared corpus as plain text, one line a paragraph.

    A crude reader on purpose (w:t runs of the main part): the test is about what the
    extraction makes of any text, not about reading DOCX.
    """
    from conftest import corpus_docx

    root = Path(__file__).resolve().parents[1]
    files = sorted((root / "samples").glob("*.docx")) + corpus_docx()
    if not files:
        pytest.skip("no samples and no shared corpus")
    out = []
    for f in files:
        try:
            xml = zipfile.ZipFile(f).read("word/document.xml").decode("utf-8")
        except (zipfile.BadZipFile, KeyError, UnicodeDecodeError):
            continue  # hostile files are the reader's tests
        paras = ("".join(_W_T.findall(p)) for p in _W_P.findall(xml))
        out.append((f, html.unescape("\n".join(paras))))
    return out


@pytest.mark.slow
def test_corpus_quantities_are_well_formed():
    for path, text in _docx_texts():
        for q in quantities(text):
            assert q.text == text[q.start : q.end], path
            assert q.kind in ("duration", "percent", "amount", "date"), path
            assert q.value >= 0 or q.kind == "percent", (path, q)
            if q.kind == "date":
                assert q.iso and 1000 <= int(q.iso[:4]) <= 2999, (path, q)
            if q.kind == "duration":
                assert q.value <= 100 * 365, (path, q)
        for m in number_mismatches(text):
            assert m.text == text[m.start : m.end], path
        for start, end, term in terms_in_quotes(text) + capitalised_terms(text):
            assert text[start:end] == term, path


def test_sample_with_letters_and_figures_that_disagree():
    root = Path(__file__).resolve().parents[1]
    path = root / "samples" / "04_agence_contenu_ia_termsheet.docx"
    if not path.exists():
        pytest.skip("sample 04 is absent")
    from conftest import pandoc_paragraphs

    text = "\n".join(pandoc_paragraphs(path))
    found = [(m.words_value, m.digits_value) for m in number_mismatches(text)]
    assert (30, 20) in found
