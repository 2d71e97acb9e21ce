"""A photo's credit written into its caption in a draft goes to the photo's credit field.

Found by the tester: "Caption text. Photo: Jane Doe", a line "Photo: Jane Doe" under the
picture, "摄影：X" or "图为…（张三 摄）" came in as the caption, credit and all. The forms of
both languages are in importing/photo_credit.py; a line that is only "Photo: …" is a credit
when a name follows and a labelled caption otherwise.
"""

from __future__ import annotations

from datetime import UTC

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.importing import READERS, import_bytes
from releasedesk.importing.photo_credit import split_credit
from test_docx_photos import BODY, MORE, imported, word_draft
from test_html_pictures import PNG, data_url

import photo_files as pf

# (what the draft writes under the picture, the caption, the credit)
FORMS = [
    ("Photo: Jane Doe", "", "Jane Doe"),
    ("Photo: Reuters/Jane Doe", "", "Reuters/Jane Doe"),
    ("Photograph: Kestrel Valley Water Board", "", "Kestrel Valley Water Board"),
    ("Walkers on the new path. Photo: Jane Doe", "Walkers on the new path.", "Jane Doe"),
    ("Walkers on the new path (Photo: Jane Doe)", "Walkers on the new path", "Jane Doe"),
    ("Walkers on the new path. Photo by Jane Doe", "Walkers on the new path.", "Jane Doe"),
    ("Walkers on the new path (Photo courtesy of the Water Board)", "Walkers on the new path",
     "the Water Board"),
    ("Walkers on the new path. Credit: Mira Holt", "Walkers on the new path.", "Mira Holt"),
    ("Walkers on the new path. Photo credit: Mira Holt", "Walkers on the new path.",
     "Mira Holt"),
    ("Photo: Volunteers sort seeds. Credit: Mira Holt", "Volunteers sort seeds.", "Mira Holt"),
    ("Walkers on the new path © Jane Doe", "Walkers on the new path", "Jane Doe"),
    ("志愿者正在整理种子。摄影：林晓", "志愿者正在整理种子。", "林晓"),
    ("图：志愿者正在整理种子。摄影：林晓", "志愿者正在整理种子。", "林晓"),
    ("摄影：林晓", "", "林晓"),
    ("图为学生在冰面上演练救援。（张三 摄）", "图为学生在冰面上演练救援。", "张三"),
    ("图为学生在冰面上演练救援（新华社记者 李四 摄）", "图为学生在冰面上演练救援",
     "新华社记者 李四"),
    ("图为学生在冰面上演练救援。（张三摄）", "图为学生在冰面上演练救援。", "张三"),
    ("图为学生在冰面上演练救援。记者 张三 摄", "图为学生在冰面上演练救援。", "记者 张三"),
    ("图为学生在冰面上演练救援。张三摄", "图为学生在冰面上演练救援。", "张三"),
    ("图为学生在冰面上演练救援。（芬霍洛区教育局供图）", "图为学生在冰面上演练救援。",
     "芬霍洛区教育局"),
    ("图为学生在冰面上演练救援。图片来源：芬霍洛区融媒体中心", "图为学生在冰面上演练救援。",
     "芬霍洛区融媒体中心"),
]
# Captions that state no credit: they stay whole (a caption label in front taken off).
NO_CREDIT = [
    ("Photo: Walkers on the new path", "Walkers on the new path"),
    ("Caption: The cold room holds the first seeds.", "The cold room holds the first seeds."),
    ("The new image: a bright star over the reservoir", "The new image: a bright star over "
                                                        "the reservoir"),
    ("Table 1: Varieties by district", "Table 1: Varieties by district"),
    ("学生们在冰面上拍摄", "学生们在冰面上拍摄"),
    ("图为学生在冰面上演练救援。", "图为学生在冰面上演练救援。"),
    ("Jane Doe walks the new path", "Jane Doe walks the new path"),
]


@pytest.mark.parametrize(("line", "caption", "credit"), FORMS)
def test_each_form_splits_the_credit_off(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(("line", "caption"), NO_CREDIT)
def test_a_caption_without_a_credit_stays_whole(line: str, caption: str) -> None:
    assert split_credit(line) == (caption, "")


_NAMES = st.sampled_from(["Jane Doe", "Mira Holt", "Bo Lind", "Kestrel Valley Water Board",
                          "Reuters/Ana Reyes"])
_ZH_NAMES = st.sampled_from(["张三", "林晓", "欧阳明月", "芬霍洛区教育局"])
_CAPTIONS = st.sampled_from(["Walkers on the new path.", "The cold room holds the first seeds.",
                             "Volunteers sort seeds at the Ashby depot."])
_ZH_CAPTIONS = st.sampled_from(["图为学生在冰面上演练救援。", "志愿者正在整理种子。",
                                "图为芬霍洛区新建的滨河步道。"])
_EN_FORMS = st.sampled_from(["{c} Photo: {n}", "{c} (Photo: {n})", "{c} Photo by {n}",
                             "{c} Credit: {n}", "{c} Photo credit: {n}", "{c} © {n}"])
_ZH_FORMS = st.sampled_from(["{c}摄影：{n}", "{c}（{n} 摄）", "{c}（{n}摄）", "{c}（{n}供图）",
                             "{c}图片来源：{n}", "{c}记者 {n} 摄"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.tuples(_CAPTIONS, _NAMES, _EN_FORMS), st.tuples(_ZH_CAPTIONS, _ZH_NAMES,
                                                                       _ZH_FORMS)))
def test_caption_and_credit_come_back_as_written(parts: tuple[str, str, str]) -> None:
    caption, name, form = parts
    got_caption, credit = split_credit(form.format(c=caption, n=name))
    assert got_caption == caption
    assert credit in (name, f"记者 {name}")


@pytest.mark.parametrize(("line", "caption", "credit"), [FORMS[0], FORMS[3], FORMS[14],
                                                         FORMS[17], FORMS[11]])
@pytest.mark.parametrize("styled", [False, True])
def test_a_word_draft_s_caption_gives_its_credit(line: str, caption: str, credit: str,
                                                 styled: bool) -> None:
    release, _ = imported(word_draft(
        ("title", "Fernhollow Opens Its Seed Bank"), ("p", BODY),
        ("picture", (pf.camera_jpeg(500, 400), "Seed drawers")),
        ("caption" if styled else "p", line), ("p", MORE)))
    (photo,) = release.photos
    assert (photo.caption, photo.credit) == (caption, credit)
    assert credit not in release.body


@pytest.mark.parametrize(("line", "caption", "credit"), [FORMS[3], FORMS[14]])
def test_an_html_figure_s_caption_gives_its_credit(line: str, caption: str,
                                                   credit: str) -> None:
    page = (f"<h1>Quay reopens</h1><p>PORT CALLOWAY — The quay reopened today.</p>"
            f'<figure><img src="{data_url(PNG)}" alt="The quay"><figcaption>{line}'
            "</figcaption></figure><p>Ferries run from Monday.</p>")
    release, _ = import_bytes(page.encode(), "draft.html", READERS["html"], zone=UTC)
    [photo] = release.photos
    assert (photo.caption, photo.credit) == (caption, credit)
