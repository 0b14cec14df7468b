"""研習證明書 (certificates, SPEC §3.3 and R10): one page per person, batch per class.

Drawn straight on the canvas (no flowables): the page is a fixed formal layout, and a
batch of hundreds must stay close to the cost of plain reportlab drawing. Layout: a double
border, the title 研習證明書, the certificate number as issued, the body from the agency's
editable template, the agency and its head (with an optional seal image), and the issue date
spread across the foot of the page as `中華民國 109 年 3 月 5 日`.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from hrplanner.i18n import _

from .data import CERTIFICATE_PLACEHOLDERS, TOPIC_HOURS_PREFIX, Certificate
from .fonts import FontChoice, MissingGlyphs, ensure_coverage, missing_chars
from .output import BuildCancelled, Output, font_name_for, open_output
from .text import roc_period, roc_plain, roc_year, safe_filename, wrap_text

PAGE_W, PAGE_H = A4
BODY_LEFT = 82.0
BODY_WIDTH = PAGE_W - 2 * BODY_LEFT
BODY_TOP = PAGE_H - 265.0
BODY_BOTTOM = 300.0  # the body never runs into the agency / head block below
SEAL_SIZE = 96.0

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def check_template(template: str) -> None:
    """Refuse unknown placeholders with a message naming them (a typo must not print)."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise ValueError(
            _("證書文字範本格式有誤（大括號不成對）：{reason}").format(reason=exc)
        ) from exc
    unknown = sorted({f for f in fields if f not in CERTIFICATE_PLACEHOLDERS})
    if unknown:
        allowed = "、".join("{" + p + "}" for p in CERTIFICATE_PLACEHOLDERS)
        named = "、".join("{" + u + "}" for u in unknown)
        raise ValueError(
            _("證書文字範本含未知欄位：{named}；可用欄位：{allowed}").format(
                named=named, allowed=allowed
            )
        )


def body_text(cert: Certificate) -> str:
    """The certificate's wording: its template filled with this person's values, then the
    hours by learning topic on a line of their own when the certificate lists them."""
    text = cert.body_template.format(
        name=cert.name,
        class_title=cert.class_title,
        start=roc_plain(cert.start_date),
        end=roc_plain(cert.end_date),
        period=roc_period(cert.start_date, cert.end_date),
        hours=cert.hours_text,
        organizer=cert.organizer,
        agency=cert.agency,
        head_title=cert.head_title,
        head_name=cert.head_name,
        number=cert.number,
    )
    if cert.topic_hours:
        text += "\n" + TOPIC_HOURS_PREFIX + "、".join(f"{t}{h}" for t, h in cert.topic_hours)
    return text


def date_tokens(cert: Certificate) -> list[str]:
    d = cert.issue_date
    return ["中", "華", "民", "國", str(roc_year(d)), "年", str(d.month), "月", str(d.day), "日"]


def _fit_body(text: str, font: str) -> tuple[list[tuple[str, bool]], float, float]:
    """Body lines at the largest size (20 down to 13 pt) that fits between title and footer.

    Each line comes with whether to justify it: every line but the last of a paragraph.
    """
    size = 20.0
    while True:
        lines: list[tuple[str, bool]] = []
        for para in text.split("\n"):
            wrapped = wrap_text(para, font, size, BODY_WIDTH)
            lines.extend((line, i < len(wrapped) - 1) for i, line in enumerate(wrapped))
        leading = size * 1.9
        if len(lines) * leading <= BODY_TOP - BODY_BOTTOM or size <= 13:
            return lines, size, leading
        size -= 1


def _draw_page(canv: Canvas, cert: Certificate, font: str, seals: dict[Path, ImageReader]) -> None:
    # Double frame: a heavy outer rule and a fine inner one.
    canv.setLineWidth(3)
    canv.rect(28, 28, PAGE_W - 56, PAGE_H - 56)
    canv.setLineWidth(0.8)
    canv.rect(37, 37, PAGE_W - 74, PAGE_H - 74)

    canv.setFont(font, 40)
    canv.drawCentredString(PAGE_W / 2, PAGE_H - 160, "研習證明書", charSpace=2)
    canv.setFont(font, 13)
    canv.drawRightString(PAGE_W - BODY_LEFT, PAGE_H - 200, cert.number)

    lines, size, leading = _fit_body(body_text(cert), font)
    canv.setFont(font, size)
    y = BODY_TOP
    for line, justify in lines:
        space = 0.0
        if justify and len(line) > 1:  # full lines end flush with the right margin
            space = (BODY_WIDTH - canv.stringWidth(line, font, size)) / (len(line) - 1)
        canv.drawString(BODY_LEFT, y, line, charSpace=space)
        y -= leading

    canv.setFont(font, 22)
    canv.drawCentredString(PAGE_W / 2, 245, cert.agency)
    head = f"{cert.head_title}　{cert.head_name}".strip()
    canv.drawCentredString(PAGE_W / 2, 200, head)
    if cert.seal_image is not None:
        reader = seals.get(cert.seal_image)
        if reader is None:
            reader = seals[cert.seal_image] = ImageReader(str(cert.seal_image))
        x = PAGE_W / 2 + canv.stringWidth(head, font, 22) / 2 + 6
        canv.drawImage(reader, x, 165, SEAL_SIZE, SEAL_SIZE, preserveAspectRatio=True, mask="auto")

    # The date spread evenly across the foot, as on printed certificates.
    tokens = date_tokens(cert)
    canv.setFont(font, 18)
    left, right = BODY_LEFT - 10, PAGE_W - BODY_LEFT + 10
    widths = [canv.stringWidth(t, font, 18) for t in tokens]
    gap = (right - left - sum(widths)) / (len(tokens) - 1)
    x = left
    for token, w in zip(tokens, widths, strict=True):
        canv.drawString(x, 95, token)
        x += w + gap


def _draw_all(
    canv: Canvas,
    certs: Sequence[Certificate],
    font: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    seals: dict[Path, ImageReader] = {}
    total = len(certs)
    for done, cert in enumerate(certs, 1):
        if cancelled is not None and cancelled():
            raise BuildCancelled(_("已取消列印研習證明書"))
        _draw_page(canv, cert, font, seals)
        canv.showPage()
        if progress is not None:
            progress(done, total)


@dataclass(frozen=True)
class Unprintable:
    """A person whose certificate was left out: no available font has these characters."""

    name: str
    number: str
    missing: tuple[str, ...]

    def describe(self) -> str:
        chars = "、".join(f"{c}（U+{ord(c):04X}）" for c in self.missing)
        return _("{name}（{number}）：缺少 {chars}").format(
            name=self.name, number=self.number, chars=chars
        )


def _refusal(refused: Sequence[Unprintable]) -> MissingGlyphs:
    return MissingGlyphs(
        _(
            "這些人的研習證明書含有所有可用字型都缺少的字，無法列印：{people}。"
            "請安裝含有這些字的 TrueType 字型（例如全字庫正楷體 TW-Kai），或在「設定」中指定。"
        ).format(people="；".join(r.describe() for r in refused))
    )


def _prepare(
    certs: Sequence[Certificate],
    font: FontChoice | None,
    fallbacks: Sequence[FontChoice] | None,
) -> tuple[str, list[Certificate], list[Unprintable]]:
    """The font to draw with, the certificates that can print, and those that cannot."""
    if not certs:
        raise ValueError(_("沒有可列印的研習證明書"))
    for template in {c.body_template for c in certs}:
        check_template(template)
    name = font_name_for(font, fallbacks)
    # The page's own words must print, or no certificate can.
    ensure_coverage(name, ("研習證明書中華民國年月日0123456789",))
    printable: list[Certificate] = []
    refused: list[Unprintable] = []
    for cert in certs:
        texts = (body_text(cert), cert.number, cert.agency, cert.head_title, cert.head_name)
        missing = missing_chars(name, texts)
        if missing:
            refused.append(Unprintable(cert.name, cert.number, tuple(missing)))
        else:
            printable.append(cert)
    if not printable:
        raise _refusal(refused)
    missing_seals = sorted(
        {str(c.seal_image) for c in printable if c.seal_image and not c.seal_image.is_file()}
    )
    if missing_seals:
        raise FileNotFoundError(_("找不到印信圖檔：{paths}").format(paths="、".join(missing_seals)))
    return name, printable, refused


def _accept(refused: list[Unprintable], skipped: list[Unprintable] | None) -> None:
    """Callers that collect ``skipped`` get the rest printed; others get the refusal."""
    if refused and skipped is None:
        raise _refusal(refused)
    if skipped is not None:
        skipped.extend(refused)


def _canvas(target: str | object, font: str, title: str) -> Canvas:
    canv = Canvas(target, pagesize=A4, initialFontName=font)
    canv.setTitle(title)
    canv.setCreator("HR Planner")
    return canv


def build_certificates(
    certs: Sequence[Certificate],
    out: Output,
    font: FontChoice | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    fallbacks: Sequence[FontChoice] | None = None,
    skipped: list[Unprintable] | None = None,
) -> None:
    """All certificates of a batch in one PDF, one page each.

    `progress(done, total)` is called after each page; when `cancelled()` turns true the
    build stops with BuildCancelled and no file is left behind. Each character is drawn
    with the first font of the chain that has it (`fallbacks`: None finds them here). A
    person whose text holds a character no font has is left out and appended to `skipped`
    while the others print; without `skipped`, MissingGlyphs names them and nothing is
    written.
    """
    name, printable, refused = _prepare(certs, font, fallbacks)
    _accept(refused, skipped)
    with open_output(out) as target:
        canv = _canvas(target, name, f"{certs[0].class_title} 研習證明書")
        _draw_all(canv, printable, name, progress, cancelled)
        canv.save()


def certificate_filename(cert: Certificate) -> str:
    return safe_filename(f"{cert.number}_{cert.name}") + ".pdf"


def build_certificate_files(
    certs: Sequence[Certificate],
    folder: Path,
    font: FontChoice | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    fallbacks: Sequence[FontChoice] | None = None,
    skipped: list[Unprintable] | None = None,
) -> list[Path]:
    """One PDF per person in `folder` (named `<number>_<name>.pdf`); returns the paths.

    `fallbacks` and `skipped` as for `build_certificates`."""
    name, certs, refused = _prepare(certs, font, fallbacks)
    _accept(refused, skipped)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    used: set[str] = set()
    for done, cert in enumerate(certs, 1):
        if cancelled is not None and cancelled():
            raise BuildCancelled(_("已取消列印研習證明書"))
        filename = certificate_filename(cert)
        stem, n = filename[:-4], 2
        while filename in used:
            filename, n = f"{stem}_{n}.pdf", n + 1
        used.add(filename)
        path = folder / filename
        with open_output(path) as target:
            canv = _canvas(target, name, f"{cert.class_title} 研習證明書 {cert.name}")
            _draw_all(canv, [cert], name, None, None)
            canv.save()
        written.append(path)
        if progress is not None:
            progress(done, len(certs))
    return written
