"""What an import found, what it guessed, and what it could not place."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .. import fields
from ..errors import N_
from ..records import Factory, record

FOUND = "found"
GUESSED = "guessed"
UNPLACED = "unplaced"

# A portal's metadata that no field holds (kept in the release file's extras).
METADATA_LABELS = {"reviewer": N_("Reviewer (审核)")}


class _FieldLabels(Mapping[str, str]):
    """Names as the report shows them (the editor translates these): each field's label
    from the field table (fields.py), in its order, then the portal's metadata. Looked up
    when asked, so a field added to the table is named without a change here."""

    def __getitem__(self, name: str) -> str:
        spec = fields.field(name)
        return spec.label if spec is not None else METADATA_LABELS[name]

    def __iter__(self) -> Iterator[str]:
        yield from (spec.name for spec in fields.FIELDS)
        yield from METADATA_LABELS

    def __len__(self) -> int:
        return len(fields.FIELDS) + len(METADATA_LABELS)


FIELD_LABELS: Mapping[str, str] = _FieldLabels()


@record
class ReportItem:
    kind: str  # FOUND, GUESSED or UNPLACED
    field: str  # a Release field name
    snippet: str  # a short quote of the draft's words
    how: str  # a marked phrase saying how it was recognised, or why it was not placed


@record
class Consumed:
    """Words of the draft that went into no text field, and why that is right."""

    kind: str  # "label" (a fixed word such as "Media contact:"), "date", "moment", "counter"
    text: str


@record
class ImportReport:
    source: str = ""
    format_label: str = ""
    encoding: str = ""
    items: list[ReportItem] = Factory(factory=list)
    consumed: list[Consumed] = Factory(factory=list)
    notes: list[str] = Factory(factory=list)

    def add(self, kind: str, field: str, snippet: str, how: str) -> None:
        self.items.append(ReportItem(kind, field, shorten(snippet), how))

    def of_kind(self, kind: str) -> list[ReportItem]:
        """Items of one kind, in the field table's order (fields.py)."""
        order = list(FIELD_LABELS)
        items = [item for item in self.items if item.kind == kind]
        return sorted(items, key=lambda i: order.index(i.field) if i.field in order else 99)

    def guessed_fields(self) -> list[str]:
        """Fields to mark for review in the editor, in form order, once each."""
        return list(dict.fromkeys(item.field for item in self.of_kind(GUESSED)))

    def text_lines(self) -> list[str]:
        """The report as the command line prints it."""
        lines: list[str] = []
        for kind, title in ((FOUND, "Found:"), (GUESSED, "Guessed (please review):"),
                            (UNPLACED, "Not placed (kept in the body):")):
            items = self.of_kind(kind)
            if not items:
                continue
            lines.append(title)
            width = max(len(FIELD_LABELS.get(i.field, i.field)) for i in items)
            for item in items:
                label = FIELD_LABELS.get(item.field, item.field)
                snippet = f"“{item.snippet}”" if item.snippet else ""
                lines.append(f"  {label:<{width}}  {snippet}  ({item.how})".replace("  ()", ""))
        for note in self.notes:
            lines.append(f"Note: {note}")
        return lines


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
