"""The one home of ``Any`` in ReleaseDesk's own code: data at a JSON boundary.

``json.loads`` gives values whose shape is known only once they are checked, and the
release file keeps keys it does not know (a newer version's fields) to write them back
unchanged. Such values are typed ``Json`` where they are read, checked with ``isinstance``
and turned into typed records; everywhere else the code is typed exactly. mypy refuses an
explicit ``Any`` in every other module (``disallow_any_explicit`` in pyproject.toml).
"""

from __future__ import annotations

from typing import Any

# A value as json.loads gives it (None, bool, int, float, str, list, dict), or as
# json.dumps takes it: checked by the reader before it becomes part of a record.
Json = Any
# A JSON object: keys kept as read, values not yet checked.
JsonObject = dict[str, Json]
