"""``releasedesk photo add | list | remove``: a release's photos from a terminal (no Qt)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import document
from .changing import changing
from .errors import N_, ReleaseDeskError, counted
from .files import same_file
from .media.names import file_size_text
from .messages import say
from .model import Photo, Release

if TYPE_CHECKING:
    from .cli_help import Parser, SubCommands

TAKEN = {"caption": N_("caption: taken from the photo's own metadata: {value}"),
         "credit": N_("credit: taken from the photo's own metadata: {value}"),
         "alt": N_("alt: taken from the photo's own metadata: {value}")}
SHOWN = {"caption": N_("   caption: {value}"), "credit": N_("   credit: {value}"),
         "alt": N_("   alt: {value}")}
NONE = N_("(none)")
PHOTO_NOTE = N_("note: {note}")
ADDED = N_("Added photo {number} ({id}, {width} × {height}); place it in the body with "
           "![{alt}](photo:{id})")
DESCRIPTION = N_("description")
NO_ALT = N_("releasedesk: the photo has no alt text yet; add it with 'photo remove' and "
            "'photo add --alt …' or in the editor before publishing.")
NO_PHOTOS = N_("No photos.")
PHOTO_LINE = N_("{number}. {id}  {width} × {height}  {size}")
LEAD_LINE = N_("{number}. {id}  {width} × {height}  {size}  lead")
REMOVED = N_("Removed photo {number} ({id}).")
STILL_PLACED = N_("releasedesk: the body still places photo:{id}; that place now prints its "
                  "description. Remove the reference from the body.")


def add_parser(sub: SubCommands, parser_class: type[Parser]) -> None:
    photo = sub.add_parser("photo", help="add, list or remove a release's photos")
    actions = photo.add_subparsers(dest="photo_command", metavar="ACTION",
                                   parser_class=parser_class, required=True)
    add = actions.add_parser(
        "add", help="add a JPEG, PNG, GIF, WebP or HEIC photo (location, serial numbers and "
                    "other metadata are removed)")
    add.add_argument("file", type=Path, help="the .release file")
    add.add_argument("image", type=Path, help="the photo")
    add.add_argument("--caption", help="what the photo shows (default: the caption the file "
                                        "carries, if any)")
    add.add_argument("--credit", help="who took it or owns it (default: from the file)")
    add.add_argument("--alt", help="alternative text for readers who cannot see it "
                                    "(required before publishing; default: from the file)")
    add.add_argument("--lead", action="store_true",
                     help="make it the lead photo (top of the page, Open Graph)")
    listing = actions.add_parser("list", help="one photo per line: number, id, size, words")
    listing.add_argument("file", type=Path, help="the .release file")
    listing.add_argument("--json", action="store_true", help="print the photos as JSON")
    remove = actions.add_parser("remove", help="remove photo N (its number or id)")
    remove.add_argument("file", type=Path, help="the .release file")
    remove.add_argument("photo", metavar="N", help="the photo's number (see 'photo list') or id")


def run(args: argparse.Namespace) -> int:
    if args.photo_command == "add":
        return _add(args)
    if args.photo_command == "list":
        return _list(args)
    return _remove(args)


def _add(args: argparse.Namespace) -> int:
    from .media.intake import read_photo

    if same_file(args.image, args.file):
        raise ReleaseDeskError(N_("{image} is the release file itself, not a photo; give "
                                  "the photo's file."), image=str(args.image))
    with changing(args.file):  # (read, add and save: no other change comes in between)
        release = document.load(args.file)
        intake = read_photo(args.image, (p.id for p in release.photos))
        photo = intake.photo
        taken = []
        for key in ("caption", "credit", "alt"):
            given = getattr(args, key)
            value = given if given is not None else getattr(intake.prefill, key)
            setattr(photo, key, value)
            if given is None and value:
                taken.append(say(TAKEN[key], value=value))
        if args.lead:
            for other in release.photos:
                other.lead = False
            photo.lead = True
        release.photos.append(photo)
        document.save(release, args.file, in_place=True)
    notes = [say(PHOTO_NOTE, note=say(note.template, **dict(note.args)))
             for note in intake.notes]
    for line in taken + notes:
        print(line)
    number = len(release.photos)
    print(say(ADDED, number=number, id=photo.id, width=photo.width, height=photo.height,
              alt=photo.alt or say(DESCRIPTION)))
    if not photo.alt:
        print(say(NO_ALT), file=sys.stderr)
    return 0


def _list(args: argparse.Namespace) -> int:
    release = document.load(args.file)
    if args.json:
        print(json.dumps([_summary(n, p) for n, p in enumerate(release.photos, start=1)],
                         ensure_ascii=False, indent=2))
        return 0
    if not release.photos:
        print(say(NO_PHOTOS))
        return 0
    lead = release.lead_photo
    for number, photo in enumerate(release.photos, start=1):
        print(say(LEAD_LINE if photo is lead else PHOTO_LINE, number=number, id=photo.id,
                  width=photo.width, height=photo.height,
                  size=file_size_text(len(photo.data))))
        for key in ("caption", "credit", "alt"):
            print(say(SHOWN[key], value=getattr(photo, key) or say(NONE)))
    return 0


def _summary(number: int, photo: Photo) -> dict[str, object]:
    return {"number": number, "id": photo.id, "file": photo.file_name,
            "width": photo.width, "height": photo.height, "bytes": len(photo.data),
            "sha256": photo.sha256, "caption": photo.caption, "credit": photo.credit,
            "alt": photo.alt, "lead": photo.lead, "source_name": photo.source_name}


def _remove(args: argparse.Namespace) -> int:
    with changing(args.file):
        release = document.load(args.file)
        index = _find(release, args.photo, args.file)
        removed = release.photos.pop(index)
        document.save(release, args.file, in_place=True)
    print(say(REMOVED, number=index + 1, id=removed.id))
    if f"(photo:{removed.id})" in release.body:
        print(say(STILL_PLACED, id=removed.id), file=sys.stderr)
    return 0


def _find(release: Release, wanted: str, path: Path) -> int:
    if wanted.isdigit() and 1 <= int(wanted) <= len(release.photos):
        return int(wanted) - 1
    for index, photo in enumerate(release.photos):
        if photo.id == wanted:
            return index
    count = len(release.photos)
    if count:
        raise ReleaseDeskError(N_("{name} has no photo {wanted}; it has {photos}: give a "
                                  "number from 1 to {count} or an id from 'releasedesk photo "
                                  "list'."), name=path.name, wanted=wanted, count=count,
                               photos=counted(count, N_("{n} photo"), N_("{n} photos")))
    raise ReleaseDeskError(N_("{name} has no photos."), name=path.name)
