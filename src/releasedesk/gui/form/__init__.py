"""The structured form: every field of the release, its sections, the kinds' sections,
photos, time zones, and find and replace across the fields."""
