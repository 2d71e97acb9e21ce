"""The package for the web team: one ZIP a press officer attaches to one e-mail.

Inside one folder named after the release: the page and the folder of web-sized photos
beside it, the fragment (same file names), the Word document, the plain text, the
photos as stored (full size, metadata already stripped) and README.txt saying what each
file is and, photo by photo, its caption, credit and alt text. The README speaks the
release's language, as every export does. Pictures are stored, not compressed again.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from ..errors import N_, ReleaseDeskError
from ..language_tag import is_chinese
from ..records import replace
from .context import ExportContext
from .layout import Layout

_README = {
    "en": {
        "title": "Press release: {headline}",
        "files": "What is in this package",
        "page": "the web page; its pictures are in {folder}/ beside it (publish the folder "
                "with the page)",
        "folder": "web-sized copies of the photos (up to 800 and 1600 pixels wide), named "
                  "by the page and the fragment",
        "fragment": "the article alone, to paste into a CMS; its pictures use the same "
                    "{folder}/ names",
        "docx": "Word document, photos embedded with their captions and alt text",
        "txt": "plain text; [{photo}: …] lines show where the photos stand",
        "photos": "the photos at full size, with location, camera serial numbers and other "
                  "metadata removed",
        "list": "Photos",
        "pixels": "{width} × {height} pixels",
        "lead": "the lead photo, named in Open Graph and structured data",
        "caption": "Caption",
        "credit": "Credit",
        "alt": "Alt text",
        "copies": "Web copies",
        "none": "(none)",
        "manifest": "every file of the package with its SHA-256, the release's fingerprint "
                    "and who approved it; check the package as it arrived with "
                    "'releasedesk verify {zip}'",
        "og": "The page's og:image and structured data name the lead photo relative to the "
              "page; if your site needs full addresses, change them when publishing.",
        "version": "the {language} version of the release: the same files in that language "
                   "(each page names the other with hreflang)",
        "shared": "Photos the same in several versions are stored once, in {folder}/ and "
                  "photos/ here, and the other versions' pages point there (publish the "
                  "folders together); a photo replaced in one version stays in that "
                  "version's folder.",
    },
    "zh": {
        "title": "新闻稿：{headline}",
        "files": "本压缩包内容",
        "page": "网页；图片在同目录的 {folder}/ 中（请与网页一并发布）",
        "folder": "适合网页的图片副本（宽度最多 800 和 1600 像素），网页和片段引用这些文件名",
        "fragment": "仅正文部分，可粘贴到内容管理系统；图片使用同样的 {folder}/ 文件名",
        "docx": "Word 文档，内嵌图片及其图片说明和替代文本",
        "txt": "纯文本；[{photo}：…] 行标出图片的位置",
        "photos": "原尺寸图片，已去除位置、相机序列号等元数据",
        "list": "图片",
        "pixels": "{width} × {height} 像素",
        "lead": "主图，Open Graph 与结构化数据引用此图",
        "caption": "图片说明",
        "credit": "摄影",
        "alt": "替代文本",
        "copies": "网页副本",
        "none": "（无）",
        "manifest": "本压缩包每个文件的 SHA-256、新闻稿指纹及审核签发人；收到后可用 "
                    "'releasedesk verify {zip}' 核验",
        "og": "网页中的 og:image 和结构化数据以相对网页的路径指向主图；如网站需要完整网址，"
              "请在发布时修改。",
        "version": "本新闻稿的 {language} 版本：同样的文件，以该语言写成（各版本网页以 hreflang "
                   "互相指向）",
        "shared": "多个版本相同的图片只存一份，放在这里的 {folder}/ 和 photos/ 中，其他版本的网页"
                  "指向这里（请将这些文件夹一并发布）；某一版本中替换过的图片留在该版本的文件夹中。",
    },
}


def readme_text(layout: Layout) -> str:
    """README.txt: every file of the package, then every photo with its words."""
    words = _README["zh" if is_chinese(layout.language) else "en"]
    stem, folder = layout.export_stem, layout.media_folder
    lines = [words["title"].format(headline=layout.title)]
    notice = layout.embargo_notice
    if notice is not None:
        lines.append(notice.text)
    lines += ["", words["files"], ""]
    entries = [(f"{stem}.html", words["page"].format(folder=folder))]
    if layout.photos:
        entries.append((f"{folder}/", words["folder"]))
    entries += [(f"{stem}.fragment.html", words["fragment"].format(folder=folder)),
                (f"{stem}.docx", words["docx"]),
                (f"{stem}.txt", words["txt"].format(photo=layout.words.photo))]
    if layout.photos:
        entries.append(("photos/", words["photos"]))
    entries += [(f"{folder_name}/", words["version"].format(language=version.language))
                for folder_name, version in layout.versions]
    if layout.seal is not None:
        entries.append(("manifest.json", words["manifest"].format(zip=f"{stem}.zip")))
    entries.append(("README.txt", ""))
    width = max(len(name) for name, _ in entries)
    lines += [f"  {name.ljust(width)}  {what}".rstrip() for name, what in entries]
    if layout.photos and layout.versions:
        lines += ["", words["shared"].format(folder=folder)]
    if layout.photos:
        lines += ["", words["list"], ""]
        for photo in layout.photos:
            about = words["pixels"].format(width=photo.width, height=photo.height)
            if photo.lead:
                about += ", " + words["lead"]
            lines.append(f"{photo.number}. photos/{photo.original} ({about})")
            for key, value in (("caption", photo.caption), ("credit", photo.credit),
                               ("alt", photo.alt)):
                lines.append(f"   {words[key]}: {value or words['none']}")
            copies = ", ".join(f"{folder}/{name}" for _, _, name in photo.files)
            lines.append(f"   {words['copies']}: {copies}")
        lines += ["", words["og"]]
    return "\r\n".join(lines) + "\r\n"  # CRLF: Notepad on older Windows shows it right


# Given the package's files ({name inside the folder: bytes}), the files that seal them:
# manifest.json (and manifest.sig), made by exporting.py from the release's clearance.
Seal = Callable[[dict[str, bytes]], dict[str, bytes]]


def write_package(layout: Layout, context: ExportContext) -> bytes:
    """The ZIP's bytes (see the module's docstring for its contents), every version's
    files written with *context*; with the layout's seal, its manifest.json (and
    manifest.sig) inside the folder, last, listing every other file.

    With other language versions (layout.versions), each version's files stand in a folder
    of its own inside (``zh-CN/``, the same names), every version's page names all of them
    with ``<link rel="alternate" hreflang>``, and the one manifest lists them all. A photo
    is stored once (same bytes, one file): a version's photo goes in the release's own
    ``story_files/`` (or is found there, or in an earlier version's folder, with every web
    copy the same bytes under the same name) and the version's page and fragment point
    there (``../story_files/``); only a photo whose names are taken there by other bytes
    (replaced in that version) stays in the version's own folder. The originals likewise,
    in ``photos/``.
    """
    root = f"{layout.export_stem}/"
    buffer = io.BytesIO()
    files: dict[str, bytes] = {}
    with zipfile.ZipFile(buffer, "w") as archive:
        def add(name: str, data: bytes, compress: bool = True) -> None:
            info = zipfile.ZipInfo(root + name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, zipfile.ZIP_DEFLATED if compress else
                             zipfile.ZIP_STORED)
            files[name] = data

        add("README.txt", readme_text(layout).encode("utf-8"))
        _add_version(add, layout, "", context, _alternates(layout, ""), files)
        for folder, version in layout.versions:
            version, to_root = _sharing(replace(version, export_stem=layout.export_stem),
                                        files)
            for name, data in to_root.items():
                add(f"{layout.media_folder}/{name}", data, compress=False)
            _add_version(add, version, f"{folder}/", context, _alternates(layout, folder),
                         files)
        if layout.seal is not None:
            for name, data in layout.seal(dict(files)).items():
                add(name, data)
    return buffer.getvalue()


def _alternates(layout: Layout, here: str) -> list[tuple[str, str]]:
    """Every version's page as the page in folder *here* ("" the package's own) names it."""
    if not layout.versions:
        return []
    page = f"{layout.export_stem}.html"
    up = "../" if here else ""
    out = [(layout.language, f"{up}{page}")]
    for folder, version in layout.versions:
        out.append((version.language, page if folder == here else f"{up}{folder}/{page}"))
    return out


def _sharing(version: Layout, stored: dict[str, bytes]) -> tuple[Layout, dict[str, bytes]]:
    """*version* with each photo whose web copies the package already holds (every copy,
    the same name and bytes, in the package's own media folder or an earlier version's)
    pointing there; a photo the package's own folder has no copy of by those names is put
    there. Returns the layout and the copies to add to the package's own folder."""
    if not version.photos:
        return version, {}
    copies = version.copies.files(p.photo for p in version.photos)
    folder = version.media_folder  # (the package's own page's: the same stem)
    places = [folder, *sorted({name.rsplit("/", 1)[0] for name in stored
                               if name.rsplit("/", 1)[0].endswith(f"/{folder}")})]
    shared: dict[str, str] = {}
    to_root: dict[str, bytes] = {}
    for photo in version.photos:
        names = [name for _, _, name in photo.files]
        place = next((place for place in places if all(
            stored.get(f"{place}/{name}") == copies[name] for name in names)), None)
        if place is None and not any(f"{folder}/{name}" in stored or name in to_root
                                     for name in names):
            place = folder
            to_root.update({name: copies[name] for name in names})
        if place is not None:
            shared.update({name: f"../{place}" for name in names})
    return (replace(version, shared_media=shared) if shared else version), to_root


def _original_place(name: str, data: bytes, prefix: str, stored: dict[str, bytes]) -> str:
    """Where the original *name* of the version under *prefix* goes ("" when the package
    already holds it, the same bytes under that name): the package's own photos/ when that
    name is free there, else the version's."""
    if any(stored[place] == data for place in stored
           if place == f"photos/{name}" or place.endswith(f"/photos/{name}")):
        return ""
    return "photos/" if f"photos/{name}" not in stored else f"{prefix}photos/"


def _add_version(add: Callable[..., None], layout: Layout, prefix: str,
                 context: ExportContext, alternates: list[tuple[str, str]],
                 stored: dict[str, bytes]) -> None:
    """One version's files, under *prefix* inside the package's folder; *stored*, the
    files added so far: a version's photo already there is not stored again."""
    from ..media.strip import Malformed, Truncated, stripped_again
    from .docx_writer import write_docx
    from .hreflang import with_alternates
    from .html_writer import render_fragment, render_page
    from .text_writer import render_text

    stem = layout.export_stem
    add(f"{prefix}{stem}.html", with_alternates(render_page(layout, context.stylesheets),
                                                alternates).encode("utf-8"))
    if layout.photos:
        layout.copies.prepare(p.photo for p in layout.photos)
        for name, data in layout.copies.files(p.photo for p in layout.photos).items():
            if name not in layout.shared_media:
                add(f"{prefix}{layout.media_folder}/{name}", data, compress=False)
    add(f"{prefix}{stem}.fragment.html", render_fragment(layout).encode("utf-8"))
    add(f"{prefix}{stem}.docx", write_docx(layout, context), compress=False)
    add(f"{prefix}{stem}.txt", render_text(layout, context.wrap).encode("utf-8"))
    for photo in layout.photos:
        try:
            original = stripped_again(photo.photo.data)
        except (Malformed, Truncated) as exc:
            raise ReleaseDeskError(N_("Photo {number} of the release is damaged and "
                                      "cannot be exported; remove it and add it again."),
                                   number=photo.number) from exc
        place = _original_place(photo.original, original, prefix, stored) if prefix \
            else "photos/"
        if place:
            add(f"{place}{photo.original}", original, compress=False)
