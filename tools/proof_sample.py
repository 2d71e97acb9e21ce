"""Write a house style with the proofing corpus's register and two releases with planted
mistakes (English and Chinese), for `make screenshot-proofing`.

    python tools/proof_sample.py FOLDER   # FOLDER/office.json, FOLDER/*.release
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from releasedesk import document
from releasedesk.model import Contact, Release
from releasedesk.profiles import Profile, dumps_profile
from releasedesk.register import register_from_json

ROOT = Path(__file__).resolve().parents[1]
DAY = date(2026, 11, 25)

ENGLISH = """Deputy Mayor Li Mingyuan opened the new Tidewater Ferry Terminal on Tuesday, Nov. 25, \
calling it a world-class building for a small island.

"Islanders told us the waiting was the hard part," said Rosalind Okonjo-Barret, chief \
executive of the Calloway Harbour Authority. Ferries from the Port of Calloway will now leave \
every 20 minutes, and passengers will recieve a text when their boat is ready.

The hall has twelve ticket machines and 180 seats. Free crossings start tomorrow (Nov. 25).
"""

CHINESE = """副市长李明远11月25日（星期二）出席了卡洛威港口新客运楼启用仪式。

截止目前,新客运楼已接待旅客1.2万人次。港务局表示，将再接再励，做好服务。。

新客运楼（位于港区北岸，设有180个座位。
"""


def main() -> int:
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    register = register_from_json(json.loads(
        (ROOT / "tests" / "proof_corpus" / "register.json").read_text(encoding="utf-8")))
    profile = Profile(name="calloway-office", display_name="Calloway press office",
                      organization="Calloway Harbour Authority", names=register)
    (folder / "office.json").write_bytes(dumps_profile(profile))
    contact = Contact("Dana Whitlock", "Press Officer", "Calloway Harbour Authority",
                      "+1 555 0142 318", "press@calloway-harbour.example")
    for name, language, headline, body in (
            ("proofing-en", "en", "Tidewater Ferry Terminal Opens", ENGLISH),
            ("proofing-zh", "zh-CN", "卡洛威港新客运楼启用", CHINESE)):
        release = Release(language=language, headline=headline, body=body, release_date=DAY,
                          organization="Calloway Harbour Authority", contacts=[contact],
                          dateline="PORT CALLOWAY", profile="calloway-office")
        document.save(release, folder / f"{name}.release")
    return 0


if __name__ == "__main__":
    sys.exit(main())
