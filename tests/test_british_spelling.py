"""The British English dictionary (SCOWL's en_GB-ise, resources/dictionaries/README.md):
it accepts British spellings and refuses American ones where the two differ only in
spelling; it refuses -ize (the -ise house choice); it costs ordinary press vocabulary
nothing the American dictionary knows; every shipped dictionary ships with its README."""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import pytest

from releasedesk.proofing.findings import SPELLING
from releasedesk.proofing.spelling import VARIANTS, Speller, dictionary_folder

from proof_score import clean_texts, proofer_for_language

# (British, American): the same word, spelt two ways; each spelling is wrong on the
# other side of the Atlantic.
PAIRS = [
    ("colour", "color"), ("colourful", "colorful"), ("organise", "organize"),
    ("organisation", "organization"), ("centre", "center"), ("travelling", "traveling"),
    ("travellers", "travelers"), ("favourite", "favorite"), ("favour", "favor"),
    ("defence", "defense"), ("offence", "offense"), ("pretence", "pretense"),
    ("analyse", "analyze"), ("paralyse", "paralyze"), ("catalogue", "catalog"),
    ("grey", "gray"), ("aluminium", "aluminum"), ("paediatric", "pediatric"),
    ("orthopaedic", "orthopedic"), ("anaemia", "anemia"), ("anaesthetic", "anesthetic"),
    ("haemorrhage", "hemorrhage"), ("leukaemia", "leukemia"), ("diarrhoea", "diarrhea"),
    ("oestrogen", "estrogen"), ("manoeuvre", "maneuver"), ("ageing", "aging"),
    ("sceptical", "skeptical"), ("jewellery", "jewelry"), ("mould", "mold"),
    ("plough", "plow"), ("ploughed", "plowed"), ("pyjamas", "pajamas"), ("enrol", "enroll"),
    ("enrolment", "enrollment"), ("fulfil", "fulfill"), ("fulfilment", "fulfillment"),
    ("instalment", "installment"), ("skilful", "skillful"), ("wilful", "willful"),
    ("cosy", "cozy"), ("moustache", "mustache"), ("neighbour", "neighbor"),
    ("neighbourhood", "neighborhood"), ("honour", "honor"), ("labour", "labor"),
    ("behaviour", "behavior"), ("humour", "humor"), ("rumour", "rumor"), ("vigour", "vigor"),
    ("rigour", "rigor"), ("odour", "odor"), ("tumour", "tumor"), ("endeavour", "endeavor"),
    ("harbour", "harbor"), ("theatre", "theater"), ("litre", "liter"), ("fibre", "fiber"),
    ("kilometre", "kilometer"), ("centimetre", "centimeter"), ("sabre", "saber"),
    ("spectre", "specter"), ("realise", "realize"), ("recognise", "recognize"),
    ("apologise", "apologize"), ("criticise", "criticize"), ("emphasise", "emphasize"),
    ("prioritise", "prioritize"), ("summarise", "summarize"), ("cancelled", "canceled"),
    ("counsellor", "counselor"), ("councillor", "councilor"), ("modelling", "modeling"),
    ("labelled", "labeled"), ("fuelled", "fueled"), ("marvellous", "marvelous"),
    ("woollen", "woolen"), ("sulphur", "sulfur"), ("axe", "ax"),
]
# British spellings whose American twin is a British word too, with another meaning
# (a computer program, to license, a bank check, to tire): accepted, the twin not refused.
BRITISH_ONLY = ["programme", "programmes", "licence", "cheque", "cheques", "tyre", "tyres",
                "storey", "storeys", "practise", "kerb", "draught", "metre", "judgement"]
# American spellings that are also surnames: capitalised, they are names (Gray).
SURNAMES = {"gray"}


@pytest.fixture(scope="module")
def gb() -> Speller:
    return Speller("en_GB")


@pytest.fixture(scope="module")
def us() -> Speller:
    return Speller("en_US")


def test_the_table_is_large_and_each_pair_differs_only_in_spelling() -> None:
    assert len(PAIRS) >= 40 and len({b for b, _ in PAIRS}) == len(PAIRS)
    assert all(b != a and SequenceMatcher(None, b, a).ratio() >= 0.6 for b, a in PAIRS)


@pytest.mark.parametrize(("british", "american"), PAIRS)
def test_british_accepted_american_refused(gb: Speller, british: str, american: str) -> None:
    for form in (british, british.capitalize(), british.upper()):
        assert gb.known(form), form
    assert not gb.known(american)
    if american not in SURNAMES:
        assert not gb.known(american.capitalize())


@pytest.mark.parametrize(("british", "american"), PAIRS)
def test_the_american_dictionary_is_the_mirror_image(us: Speller, british: str,
                                                     american: str) -> None:
    assert us.known(american) and not us.known(british)


@pytest.mark.parametrize("word", BRITISH_ONLY)
def test_british_words_whose_twin_is_another_word(gb: Speller, us: Speller, word: str) -> None:
    assert gb.known(word) and gb.known(word.capitalize())
    if word not in ("kerb", "draught", "metre", "judgement"):  # American English has these
        assert not us.known(word)


def test_the_british_dictionary_reads_the_same_with_either_reader() -> None:
    pytest.importorskip("spylls")
    words = [w for pair in PAIRS[:20] for w in pair] + BRITISH_ONLY + ["recieve", "goverment"]
    chunspell = Speller("en_GB")
    spylls = Speller("en_GB", engines=("spylls",))
    assert [spylls.known(w) for w in words] == [chunspell.known(w) for w in words]
    assert spylls.engine == "spylls"
    assert "colour" in spylls.suggest("colur", 5)


def _spelling_alarms(variant_language: str, texts_prefix: str) -> tuple[list[str], int]:
    proofer = proofer_for_language(variant_language)
    alarms: list[str] = []
    words = 0
    for case in clean_texts():
        if not case.source.startswith(texts_prefix):
            continue
        words += len(case.text.split())
        found = proofer.proof_text("body", case.text, case.day, markdown=True)
        alarms += [case.text[f.start:f.end] for f in found if f.kind == SPELLING]
    return alarms, words


@pytest.mark.parametrize(("language", "prefix"), [("en-GB", "gb-"), ("en-US", "en-")])
def test_clean_press_texts_raise_at_most_one_spelling_alarm_per_thousand_words(
        language: str, prefix: str) -> None:
    alarms, words = _spelling_alarms(language, prefix)
    assert words >= 1000
    assert 1000 * len(alarms) / words <= 1.0, alarms


def test_the_british_dictionary_knows_the_american_texts_but_for_their_spellings(
        us: Speller) -> None:
    """Recall of ordinary press vocabulary does not collapse: over the corpus's American
    releases the British dictionary refuses only American spellings, and words the
    American dictionary refuses too."""
    alarms, words = _spelling_alarms("en-GB", "en-")
    assert words >= 1500
    american = {a for _, a in PAIRS}
    assert [w for w in alarms if w.lower() not in american and us.known(w)] == []
    assert {w.lower() for w in alarms} & american  # (the texts do spell the American way)


def test_every_dictionary_ships_with_its_readme_and_licence() -> None:
    folder = dictionary_folder()
    for variant in VARIANTS:
        readme = (folder / f"README_{variant}.txt").read_text(encoding="utf-8")
        assert "Permission to use, copy, modify, distribute and sell" in readme
        command = readme.strip().splitlines()[-1]
        expected = "en_GB-ise 60" if variant == "en_GB" else "en_US 60"
        assert command == f"Wordlist Command: mk-list --accents=strip {expected}"
        dic = (folder / f"{variant}.dic").read_text(encoding="utf-8").splitlines()
        assert int(dic[0]) == len(dic) - 1  # the entry count heads the file
        assert 40_000 < len(dic) < 60_000  # the size-60 list: the memory budget's size
    notes = (Path(folder) / "README.md").read_text(encoding="utf-8")
    assert "en_GB-ise" in notes and "README_en_GB.txt" in notes
