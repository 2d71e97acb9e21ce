"""A ZIP written again with fixed member dates: the same content gives the same bytes.

python-docx stamps every member of a Word package with the time it was saved; an export
that differs on every run cannot be compared, cached or verified by its bytes. The
members keep their order, names, compression and contents; only their dates become
1980-01-01 (the first date a ZIP can hold), as in the web-team package.
"""

from __future__ import annotations

import io
import zipfile

FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def with_fixed_dates(data: bytes) -> bytes:
    """*data* (a ZIP) with every member dated FIXED_DATE."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info))
    return out.getvalue()
