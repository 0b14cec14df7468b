"""The portal's batch-upload file, "104 format" (時數登錄檔 preset portal104, SPEC §3.2).

公務人員終身學習入口網站 takes a CSV in Big5 with one row per person and class. The portal's
own specification is not public; this module declares the format as the open generators that
offices use write it, which agree with each other:

- mcdlee/LectureCSV (R/Shiny, "因應104年…批次匯入 *.csv 欄位更動", global.R ``new_form``;
  its conf/type-list.csv and conf/city.csv are the code lists of ``portal_codes``);
- martinliao/dcsdrjsphy (a city training institute, controllers/management/Export_score.php);
- a Moodle plugin by CLICK-AP (clickap_code, db/install.php) with the code lists
  (學習性質 1/2/3, 學位學分 1–6, 訓練總數單位 1/2/6, 上課縣市 01–97).

Findings: 25 columns, not 23 — every generator writes the actual class period as four
columns (*實際上課起始日期, *實際上課起始時間, *實際上課結束日期, *實際上課結束時間); no
generator writes a combined "日期/時間" column. Required columns carry a leading ``*`` in the
header (期別 has none in LectureCSV, ``*期別`` in dcsdrjsphy; LectureCSV's is kept). Dates are
ROC with dashes (``113-03-05``), times ``HH:MM:SS``, hours plain numbers (``3``, ``1.5``),
*訓練總數 = *數位時數 + *實體時數 in unit 1 (小時), *學習性質 1 when only digital hours, 2 when
only in-person, 3 when both. Files are written in Big5 (R ``fileEncoding="big5"``, PHP
``mb_convert_encoding(…, 'Big5')``); as Windows writes it that is cp950, which holds ‧ (U+2027)
where Python's ``big5`` does not.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time

from hrplanner.domain.rocdate import roc_year
from hrplanner.i18n import N_, _


@dataclass(frozen=True)
class PortalColumn:
    """One column of the upload file: its name, whether the portal requires it, its meaning."""

    name: str
    required: bool
    meaning: str  # marked with N_; translate where shown

    @property
    def header(self) -> str:
        """The header cell as the generators write it: required columns start with ``*``."""
        return f"*{self.name}" if self.required else self.name


PORTAL104_COLUMNS: tuple[PortalColumn, ...] = (
    PortalColumn("身分證字號", True, N_("學員的身分證字號（完整，不遮蔽）")),
    PortalColumn("課程名稱", True, N_("班期的課程名稱")),
    PortalColumn("開課起始日期", True, N_("開課第一天，民國年以減號分隔，如 113-03-05")),
    PortalColumn("開課起始時間", True, N_("第一場的開始時間，如 09:00:00")),
    PortalColumn("開課結束日期", True, N_("開課最後一天，如 113-03-06")),
    PortalColumn("開課結束時間", True, N_("最後一場的結束時間，如 16:00:00")),
    PortalColumn("姓名", True, N_("學員姓名，照原樣")),
    PortalColumn("學位學分", True, N_("學位學分代碼；一般研習為 6（無）")),
    PortalColumn("課程類別代碼", True, N_("入口網站的課程類別代碼，如 337 環境教育")),
    PortalColumn("上課縣市", True, N_("上課縣市代碼，如 10 臺北市、01 海外")),
    PortalColumn("期別", False, N_("班期的期別，如 1")),
    PortalColumn("訓練總數", True, N_("核給的時數：數位時數加實體時數")),
    PortalColumn("訓練總數單位", True, N_("訓練總數的單位代碼；時數為 1（小時）")),
    PortalColumn("訓練成績", False, N_("成績（選填）")),
    PortalColumn("證件字號", False, N_("研習證明書字號（選填）")),
    PortalColumn("出勤上課狀況", False, N_("出勤情形（選填，產生器皆留空）")),
    PortalColumn("生日", False, N_("出生日期（選填），民國年以減號分隔")),
    PortalColumn("學習性質", True, N_("學習性質代碼：1 數位、2 實體、3 混成")),
    PortalColumn("數位時數", True, N_("核給時數中數位學習的部分")),
    PortalColumn("實體時數", True, N_("核給時數中實體課程的部分")),
    PortalColumn("課程代碼", False, N_("入口網站的課程代碼（選填）")),
    PortalColumn("實際上課起始日期", True, N_("實際上課第一天，如 113-03-05")),
    PortalColumn("實際上課起始時間", True, N_("實際上課開始時間，如 09:00:00")),
    PortalColumn("實際上課結束日期", True, N_("實際上課最後一天，如 113-03-06")),
    PortalColumn("實際上課結束時間", True, N_("實際上課結束時間，如 16:00:00")),
)

PORTAL104_HEADER: tuple[str, ...] = tuple(c.header for c in PORTAL104_COLUMNS)

# The encodings a portal file may be written in: Big5 as Windows writes it, or UTF-8 with a
# byte-order mark (which Excel needs to open UTF-8 CSV as UTF-8).
ENCODING_BIG5 = "cp950"
ENCODING_UTF8_BOM = "utf-8-sig"
PORTAL_ENCODINGS: tuple[str, ...] = (ENCODING_BIG5, ENCODING_UTF8_BOM)
PORTAL104_ENCODING = ENCODING_BIG5


def format_roc_dash(d: date) -> str:
    """``113-03-05``: ROC year, zero-padded month and day, dashes (ValueError before 1912)."""
    return f"{roc_year(d)}-{d.month:02d}-{d.day:02d}"


def format_clock(t: time) -> str:
    """``09:00:00``: 24-hour clock with seconds."""
    return f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"


def format_hours(minutes: int) -> str:
    """Integer minutes as the portal's hours: 180 → ``3``, 90 → ``1.5``, 100 → ``1.67``.

    At most two decimals (rounded half up in integers, never through floats); no trailing
    zeros, as the generators write numbers.
    """
    if minutes < 0:
        raise ValueError(_("時數不可為負數（{minutes} 分鐘）").format(minutes=minutes))
    hundredths = (minutes * 100 + 30) // 60
    whole, rest = divmod(hundredths, 100)
    return str(whole) if rest == 0 else f"{whole}.{rest:02d}".rstrip("0")


def learning_mode_code(digital_minutes: int, physical_minutes: int) -> str:
    """*學習性質 from the credited hours: 1 digital only, 2 in-person only, 3 both (混成)."""
    if digital_minutes > 0 and physical_minutes > 0:
        return "3"
    if digital_minutes > 0:
        return "1"
    if physical_minutes > 0:
        return "2"
    raise ValueError(_("沒有核給時數的紀錄不能寫入時數登錄檔"))


def check_encoding(encoding: str) -> str:
    """``encoding`` if the portal file may use it, else ValueError naming the choices."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        name = ""
    for allowed in PORTAL_ENCODINGS:
        if name == codecs.lookup(allowed).name:
            return allowed
    raise ValueError(
        _("時數登錄檔不支援編碼「{encoding}」；可用：{choices}").format(
            encoding=encoding, choices="、".join(PORTAL_ENCODINGS)
        )
    )


@dataclass(frozen=True)
class Unencodable:
    """A character of one field of one row that the chosen encoding cannot hold."""

    row: int  # index into the rows given (0-based), so the caller can name the person
    field: str
    character: str

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.character):04X}"


def unencodable(rows: Sequence[Mapping[str, str]], encoding: str) -> list[Unencodable]:
    """Every (row, field, character) that ``encoding`` cannot write, in the order found.

    Each character is listed once per field of a row. With cp950, 堃 喆 綉 峯 犇 𡘙 𨭎 are
    listed and ‧ (U+2027) is not; with utf-8-sig nothing is (except lone surrogates).
    """
    encoding = check_encoding(encoding)
    found: list[Unencodable] = []
    for index, row in enumerate(rows):
        for field, text in row.items():
            seen: set[str] = set()
            for ch in text:
                if ch in seen or ch.isascii():
                    continue
                seen.add(ch)
                try:
                    ch.encode(encoding)
                except UnicodeEncodeError:
                    found.append(Unencodable(index, field, ch))
    return found


def describe_unencodable(problem: Unencodable, encoding: str, who: str) -> str:
    """One line for the list shown before writing: who, which field, which character."""
    return _("{who}：「{field}」的「{char}」（{code}）無法以 {encoding} 寫入").format(
        who=who,
        field=problem.field,
        char=problem.character,
        code=problem.codepoint,
        encoding=encoding,
    )


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[str]], encoding: str) -> bytes:
    """The file's bytes: CRLF lines, every cell quoted only when needed, strict encoding.

    A character the encoding cannot hold raises UnicodeEncodeError — never ``?`` — so check
    ``unencodable`` first and let the user choose.
    """
    encoding = check_encoding(encoding)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding, errors="strict")
