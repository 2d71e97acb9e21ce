"""Reviewers' tracked changes and comments, read back from a .docx (issue 23, point 4).

Qt-free: the command line (``releasedesk review``) and, later, the editor both call
read_review(). This package reads; it changes nothing.
"""

from __future__ import annotations

from .items import Comment, Review, ReviewParagraph, Revision, parse_date
from .reader import read_review, read_review_file

__all__ = ["Comment", "Review", "ReviewParagraph", "Revision", "parse_date", "read_review",
           "read_review_file"]
