"""Every sample and its language versions in every language the editor offers (made
with empty text and with the text copied, marked to translate), written to a folder: the
table the twin and readiness tests walk."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from releasedesk import document
from releasedesk.cli_twins import make_twin_file
from releasedesk.profiles import ProfileStore
from releasedesk.twins.making import language_choices

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@dataclass(frozen=True)
class Version:
    source: Path
    path: Path  # the version (the source itself for the sample)
    language: str
    copied: bool  # made with --copy-text


def sample_versions(folder: Path) -> list[Version]:
    """The samples, each with its versions, in *folder* (one source copy per version, as
    a release has one version in each language)."""
    profiles = ProfileStore().load_all()
    out: list[Version] = []
    for sample in sorted(SAMPLES.glob("*.release")):
        source = folder / sample.name
        shutil.copy(sample, source)
        language = document.load(source).language
        out.append(Version(source, source, language, False))
        for tag in language_choices(language, profiles):
            for copied in (False, True):
                own = folder / f"{sample.stem}.{tag}.{'copied' if copied else 'empty'}"
                own.mkdir()
                shutil.copy(sample, own / sample.name)
                target = own / f"{sample.stem}.{tag}.release"
                make_twin_file(own / sample.name, tag, target, copied)
                out.append(Version(own / sample.name, target, tag, copied))
        out += _made_before(folder, sample)
    return out


def _made_before(folder: Path, sample: Path) -> list[Version]:
    """A version of a Chinese portal's release as `releasedesk twin` made it before
    tester15: its portal fields copied in Chinese, its house style not a portal's."""
    from releasedesk.fields import PORTAL_FIELDS
    from releasedesk.model import is_portal

    source = document.load(sample)
    if not is_portal(source) or source.language == "en":
        return []
    own = folder / f"{sample.stem}.before"
    own.mkdir()
    shutil.copy(sample, own / sample.name)
    target = own / f"{sample.stem}.en.release"
    make_twin_file(own / sample.name, "en", target)
    twin = document.load(target)
    for name in PORTAL_FIELDS:
        setattr(twin, name, getattr(source, name))
    twin.conventions.portal_fields = False
    document.save(twin, target)
    return [Version(own / sample.name, target, "en", False)]
