"""E-mailed drafts: a saved message (.eml) or an e-mail pasted into a text file.

Offices receive releases by e-mail: pasted into the message, wrapped by the mail program
at some 70 columns, sometimes forwarded with the release quoted (">") under a covering
note, ending with the sender's signature. The reader drops the headers (the subject is
kept as the headline of last resort), takes the release out of the quotation, joins the
wrapped lines into paragraphs again, and hands the signature on as a contact block when
it holds a phone number or an e-mail address. The rest is read as any text draft.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

from ..body import tree as t
from ..errors import N_
from . import draft as d
from .contacts import has_contact_detail
from .draft import Draft, Piece
from .errors import DraftError
from .text_reader import linkify, read_text

# A header as mail programs show it when a message is pasted or forwarded.
_HEADER = re.compile(
    r"^(?:from|sent|to|cc|bcc|date|subject|reply-to|importance|attachments|"
    r"发件人|收件人|抄送|主题|日期|发送时间|时间)\s*[:：]", re.IGNORECASE)
_STARTS_MAIL = re.compile(r"^(?:from|subject|发件人|主题)\s*[:：]", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:subject|主题)\s*[:：]\s*(?P<subject>.*)$", re.IGNORECASE)
_FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|forwarded message|原始邮件|转发的邮件)\s*-{2,}|"
    r"begin forwarded message:|-{5,}\s*(?:原始邮件|original message)?\s*-*)\s*$",
    re.IGNORECASE)
_ATTRIBUTION = re.compile(r"^\s*(?:on\s.{4,200}\swrote:|.{2,120}\s(?:wrote|schrieb|a écrit)\s*:|"
                          r".{2,120}写道\s*[:：])\s*$", re.IGNORECASE)
_QUOTE = re.compile(r"^\s?>\s?")
_SIGNATURE_MARK = re.compile(r"^--\s?$")
_CLOSING = re.compile(
    r"^\s*(?:(?:best|kind|warm|many thanks and)?\s*(?:regards|wishes)|best|thanks|thank you|"
    r"many thanks|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|"
    r"with (?:best|kind) regards|此致|此致敬礼|谢谢|祝好)\s*[,!.，！。]?\s*$", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|tr|sv|回复|转发|答复)\s*[:：]\s*|"
    r"\[[^\]]{1,30}\]\s*|"
    r"(?:press|news|media)\s+(?:release|advisory)\s*[:：\-–—]\s*|新闻稿\s*[:：]\s*)+",
    re.IGNORECASE)


def looks_like_mail(text: str) -> bool:
    """A text draft that is a pasted e-mail: it opens with mail headers (From, Subject …),
    or holds a forwarded message or a quoted release under an "On … wrote:" line."""
    lines = [line.strip() for line in text.split("\n")[:400] if line.strip()]
    if not lines:
        return False
    top = lines[:8]
    if _STARTS_MAIL.match(top[0]) and sum(1 for line in top if _HEADER.match(line)) >= 2:
        return True
    return any(_FORWARD_MARK.match(line) or _ATTRIBUTION.match(line) for line in lines) and \
        sum(1 for line in lines if _QUOTE.match(line)) >= 3


def read_eml(raw: bytes, name: str) -> tuple[Draft, str]:
    """A saved e-mail message: its text part (or its HTML part) and its subject."""
    from .html_reader import read_html
    from .limits import check_html, check_text

    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        subject = _one_line(str(message.get("subject", "") or ""))
        part = message.get_body(preferencelist=("plain", "html"))
        content = part.get_content() if part is not None else None
    except (LookupError, ValueError, TypeError, UnicodeError, AssertionError,
            IndexError) as exc:
        raise DraftError(N_("{name} is a damaged e-mail message; open it in your mail "
                            "program and save or copy the release as text."), name=name) from exc
    if not isinstance(content, str) or not content.strip():
        raise DraftError(N_("{name} is an e-mail with no text to import (the release may be "
                            "an attachment: save the attachment and import that)."), name=name)
    charset = (part.get_content_charset() or "utf-8") if part is not None else "utf-8"
    if part is not None and part.get_content_type() == "text/html":
        check_html(content, name)
        draft = read_html(content)
        draft.subject = _subject(subject)
        draft.format_label = "e-mail"
        draft.notes.append(N_("The e-mail's headers were left out; its HTML part was read."))
        return draft, charset
    check_text(content, name)
    if part is not None and part.get_param("format", "") == "flowed":
        content = _unflow(content)
    return read_mail_text(content, subject), charset


def read_mail_text(text: str, subject: str = "") -> Draft:
    """An e-mail as text: headers dropped, the quoted release taken out of its quotation,
    wrapped lines joined, the signature a contact block when it is one."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    notes: list[str] = []
    lines, found_subject = _drop_headers(lines)
    subject = subject or found_subject
    if found_subject or subject:
        notes.append(N_("The e-mail's headers (From, To, Subject …) were left out."))
    lines, cover = _unquote(lines)
    body, closing, signature = _signature(lines)
    if closing:
        notes.append(N_("The e-mail's closing words were left out."))
    draft = read_text("\n".join(body))  # wrapped lines are joined there
    if signature and has_contact_detail("\n".join(signature)) and len(signature) <= 8:
        draft.pieces.append(_contact_piece([line.strip() for line in signature]))
    elif signature:  # a signature without phone or e-mail stays text, at the end
        draft.pieces.extend(read_text("\n".join(signature)).pieces)
    if cover:
        for piece in read_text("\n".join(cover)).pieces:
            piece.style = d.COVER_NOTE
            draft.pieces.append(piece)
    draft.subject = _subject(subject)
    draft.format_label = "e-mail"
    draft.notes.extend(notes)
    return draft


def _contact_piece(lines: list[str]) -> Piece:
    children: list[t.Inline] = []
    for number, line in enumerate(lines):
        if number:
            children.append(t.LineBreak())
        children.extend(linkify(line))
    return Piece(t.Paragraph(children), style=d.CONTACT, raw_lines=lines)


def _drop_headers(lines: list[str]) -> tuple[list[str], str]:
    """The lines without header blocks (at the top, and after a forwarding mark), and the
    first subject found."""
    out: list[str] = []
    subject = ""
    index = 0
    at_top = True
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        quoted = _QUOTE.match(line)
        bare = _QUOTE.sub("", line, 1).strip() if quoted else stripped
        if _FORWARD_MARK.match(bare):
            index += 1
            at_top = True
            continue
        if at_top and not bare:
            index += 1
            continue
        if at_top and _HEADER.match(bare):
            while index < len(lines):
                current = _QUOTE.sub("", lines[index], 1) if quoted else lines[index]
                if _HEADER.match(current.strip()):
                    found = _SUBJECT.match(current.strip())
                    if found and not subject:
                        subject = found.group("subject").strip()
                elif not (current[:1] in (" ", "\t") and current.strip()):
                    break  # a header's folded continuation line belongs to it
                index += 1
            continue
        at_top = False
        out.append(line)
        index += 1
    return out, subject


def _unquote(lines: list[str]) -> tuple[list[str], list[str]]:
    """When most of the message is quoted (a forwarded or replied release), the quoted
    lines without their marks, and the unquoted covering note above them."""
    filled = [line for line in lines if line.strip()]
    quoted = [line for line in filled if _QUOTE.match(line)]
    if not quoted or len(quoted) * 2 < len(filled):
        return [line for line in lines if not _ATTRIBUTION.match(line)], []
    first = next(i for i, line in enumerate(lines) if _QUOTE.match(line))
    last = max(i for i, line in enumerate(lines) if _QUOTE.match(line))
    cover = [line for line in lines[:first] if not _ATTRIBUTION.match(line)]
    inner = [_QUOTE.sub("", line, 1) for line in lines[first:last + 1]]
    return [*inner, "", *lines[last + 1:]], cover if any(x.strip() for x in cover) else []


def _signature(lines: list[str]) -> tuple[list[str], str, list[str]]:
    """(the message before its signature, the closing words, the signature's lines).

    The signature follows the "-- " line, or a closing ("Best regards,") near the end.
    """
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    for index in range(len(lines) - 1, max(len(lines) - 12, -1), -1):
        if _SIGNATURE_MARK.match(lines[index]):
            signature = [line for line in lines[index + 1:] if line.strip()]
            closing = ""
            body = lines[:index]
            while body and not body[-1].strip():
                body = body[:-1]
            if body and _CLOSING.match(body[-1]):
                closing, body = body[-1].strip(), body[:-1]
            return body, closing, signature
    for index in range(len(lines) - 1, max(len(lines) - 9, -1), -1):
        if _CLOSING.match(lines[index]) and index > 0:
            signature = [line for line in lines[index + 1:] if line.strip()]
            return lines[:index], lines[index].strip(), signature
    return lines, "", []


def _unflow(text: str) -> str:
    """format=flowed (RFC 3676): a line ending in a space continues on the next."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.removeprefix(" ") if line.startswith("  ") else line
        if out and out[-1].endswith(" ") and not _SIGNATURE_MARK.match(out[-1]):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def _subject(subject: str) -> str:
    return _SUBJECT_PREFIX.sub("", _one_line(subject)).strip()


def _one_line(text: str) -> str:
    return " ".join(text.split())
