"""Survey scores from free text: NPS 0-10 or CSAT 1-5, in any digit script and as number words.

Reads "۹", "٩", "10", "۳ از ۵", "10/10", "4 out of 5", "٤ من ٥", "5 stars", "⭐⭐⭐⭐",
"ده", "noh az dah", "tes3a", "نمره ۸ میدم ولی ...", "2 - terrible", keeps the
comment, and abstains (None) when the reply is unclear: two competing numbers
("7 or 8", "between 7 and 8"), a number out of range, a decimal, or no number.
Digits are already folded to ASCII and letters folded (see ``normalize``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from pipeline.triage.lexicon import LEXICON
from pipeline.triage.normalize import fold_pattern
from pipeline.triage.types import Evidence

_WORDS = {
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
    # Persian
    "صفر": 0, "یک": 1, "یه": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6,
    "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
    # Arabic (folded spellings)
    "واحد": 1, "واحده": 1, "اثنين": 2, "اثنان": 2, "اتنين": 2, "ثنين": 2, "ثلاثه": 3, "تلاته": 3,
    "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7,
    "ثمانیه": 8, "تمانیه": 8, "ثمان": 8, "ثمانی": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10,
    "وحده": 1,
    # Finglish
    "sefr": 0, "yek": 1, "do": 2, "se": 3, "chahar": 4, "char": 4, "panj": 5, "shish": 6, "shesh": 6,
    "haft": 7, "hasht": 8, "noh": 9, "nuh": 9, "dah": 10,
    # Arabizi
    "wa7ed": 1, "wa7da": 1, "etnein": 2, "etneen": 2, "itnen": 2, "etnen": 2, "etnin": 2, "itnein": 2,
    "talata": 3, "tlata": 3,
    "arba3a": 4, "arb3a": 4, "5amsa": 5, "khamsa": 5, "setta": 6, "sitta": 6, "sitte": 6, "sab3a": 7,
    "tamanya": 8, "tmanya": 8, "tamania": 8, "tes3a": 9, "tis3a": 9, "3ashara": 10, "3ashra": 10,
    "saba3a": 7, "tmenia": 8, "tmnia": 8, "tmenya": 8, "تمنیه": 8, "ثمنیه": 8,
    "ashara": 10, "tnin": 2, "tnen": 2, "tnein": 2, "tneen": 2, "tmene": 8, "tmenye": 8, "tmanye": 8,
    "tmnya": 8, "tamena": 8, "tamenya": 8, "sifr": 0, "wa7d": 1, "3shra": 10, "saba3": 7, "talat": 3,
    "tlat": 3, "thnain": 2, "thnein": 2, "zouz": 2, "زوز": 2, "tamaniya": 8, "tamanya2": 8,
    # Out of range, so "yazdah az dah" (11 out of 10, a joke) is not read as 10.
    "yazdah": 11, "davazdah": 12, "eleven": 11, "twelve": 12,
    "du": 2, "nohe": 9,
    # Arabizi spellings from corpus b54's training lines.
    "thamanya": 8, "thamaniya": 8, "thamania": 8, "sb3a": 7, "thalatha": 3, "thalathe": 3, "arba3": 4,
    # From corpus b57's training lines: "khamsat nojoum" (five stars, construct form).
    "khamsat": 5,
    # Urdu (and English numbers in Urdu letters)
    "فاییو": 5, "تھری": 3, "سیون": 7, "ایٹ": 8, "ناین": 9, "ٹین": 10,  # folded: ئ is ی
    "ایک": 1, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "اٹھ": 8, "نو": 9, "دس": 10,
    # Roman Urdu
    "aath": 8, "paanch": 5, "nau": 9, "das": 10, "teen": 3,
}
# Words that are numbers elsewhere but too common as ordinary words to read as a score
# unless they stand alone or in an "x of y" phrase.
_WEAK = {"یک", "یه", "دو", "سه", "نه", "do", "se", "one", "ست", "wa7ed", "wa7da", "wa7d", "واحد", "واحده",
         "وحده", "yek", "ایک", "two", "دس", "du", "teen", "das", "nau"}

# «وحدة» (one, feminine) is also "unit"/"alone": a score only in "x out of y" («وحدة من خمسة»).
_OUT_OF_ONLY = {"وحده"}

_WORDS = {k.translate(str.maketrans("يكىة", "یکیه")): v for k, v in _WORDS.items()}
_NUM = r"(\d{1,2}(?:[.,/]\d+)?|" + "|".join(sorted((re.escape(w) for w in _WORDS), key=len,
                                                      reverse=True)) + r")"
# After a number: not another digit or a decimal part ("8.5"), and not a unit ("3 days").
_END = r"(?!\d|[.,:]\d|\w|'\w)"  # not "8.5", not a time "9:30", not Arabizi "3'aly"
_UNIT = re.compile(fold_pattern(
    r"^\s*(?:days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?|times?|items?|people|"
    r"persons?|am|pm|%|تا(?!\s*(?:وقتی|زمانی|موقعی))|روز|روزه|ساعت|دقیقه|ثانیه|هفته|ماه|سال|بار|نفر|عدد|تومن|تومان|ریال|درصد|"
    r"یوم|ایام|ساعه|ساعات|دقیقه|دقایق|اسبوع|شهر|مره|مرات|جنیه|ریال|درهم|دینار|"
    r"ruz|rooz|ruze|rooze|saat|sa3at|daghighe|hafte|mah|sal|bar|ta|toman|nafar|yom|youm|ayam|"
    r"sa3a|de2i2a|marra|marat|ginh|geneh|دن|گھنٹے|منٹ|روپے|بار|melion|million|millions|میلیون|"
    r"هزار|hezar|sale|سال|ساله|مہینے|مہینہ|reminders?|charges?|bags?|tickets?|orders?|items?|"
    r"sanie|saniye|ثانیه|سیکنڈ|ہفتے|ہفتہ|ہفتوں|مہینوں|yrs?|ماهه|ماه|mahe|اجاره\w*|دفعات|مرات|نفر|roozeh|ruzeh|purchases?|"
    r"online|people|أيام|ايام|يوم|سنین|سنوات|سنه|marrat|دفعہ|دفعه|مرتبہ|questions?|سوال|سؤال|اسئله|"
    r"as2ela|so2al|soal|سوالات|سوالوں|sa'at|sa'ate|d2aye2|da2aye2|d2i2a|mawaqe3|مواقع|sites?|websites?|"
    # From corpus b55's training lines: years, times.
    r"sneen|snin|mrat|"
    # From corpus b56's training lines: days.
    r"roze)(?=\s|$|[.,!?؛،])"))
_OF = fold_pattern(r"(?:از|/|out of|of|من|men|min|mn|az|outta|sur|على|علی|3ala|3la|3al|آؤٹ آف|آوٹ آف|"
                   r"outof|from|بٹا)")
# "3 az 5", "3 (az 5)", "1 ... 3ala 5".
_OUT_OF = re.compile(rf"(?<![\w.]){_NUM}[\s.…(]*{_OF}\s*{_NUM}{_END}")
# Urdu puts the maximum first: "پانچ میں سے تین" (three out of five).
_OF_REVERSED = re.compile(rf"(?<![\w.]){_NUM}\s*میں سے\s*{_NUM}{_END}")
# "5 stars", "panj ta setare" (five of stars, Persian counting), «٣ نجوم», "4⭐".
_STARS = re.compile(fold_pattern(rf"(?<![\w.]){_NUM}\s*(?:(?:ta|تا)\s+)?(?:stars?|ستاره|نجوم|نجمه|نجمة|"
                                 rf"نجمات|setare|negma|nogoom|njoum|njoom|nujoom|ستارہ|ستارے|اسٹار|سٹار|اسٹارز|⭐+|★+)"))
_STAR_EMOJI = re.compile(r"^[\s⭐★🌟]*$")
# Stars, each maybe with its emoji variation selector ("⭐️"), then a space, the end or a mark.
_STAR_PREFIX = re.compile(r"^\s*((?:[⭐★🌟]\ufe0f?){1,5})(?:\s|$|(?=[^\w\s\ufe0f]))")
_LABELLED = re.compile(fold_pattern(
    rf"(?:نمره|امتیاز|score|rating|rate|درجه|تقییم|تقیيم|تقييمي|نمرمو|امتیازم|nomre|emtiaz|"
    rf"da?rage|ta2yeem|ta2yim|i give|i'?d give|i rate|give (?:you|it|u)|میدم|بهتون|بهت|ریٹنگ)\D{{0,12}}?"
    rf"(?<![\w.]){_NUM}{_END}"))
_LEADING = re.compile(rf"^\W*{_NUM}{_END}")
_TRAILING = re.compile(rf"(?<![\w.]){_NUM}\W*$")
# Numbers for the range test; a conjunction may be glued on («بين ٦ و٧»).
_ANY_NUMBER = re.compile(r"(?<![\d.])\d+(?:[.,]\d+)?(?![\w.])")
_SURVEY_ID = re.compile(r"(?:nps|csat|survey|feedback|rating|nazar|نظرسنجی|استبيان)", re.I)
_CSAT_HINT = re.compile(fold_pattern(
    r"(?:از ?5\b|/ ?5\b|out of 5\b|من ?5\b|men 5\b|az 5\b|stars?|ستاره|نجوم|نجمه|⭐|★)"))
_RANGE = re.compile(fold_pattern(
    r"(?:(?<![\w/])\d+\s*(?:-|–|to|or|یا|او|ya|aw|walla|تا)\s*\d+(?!\w)|between|بین|بين|ben|bein|beyn|"
    r"beine|beyne|mabeen|mabein|بیچ|کے درمیان|حدود|around|roughly|somewhere|(?<![\w/])\d\s+\d(?!\w))"))
# After the first number, a hypothetical verb ("9 mididam ama ..., 7") makes the last number count;
# a condition ("8 - would be 10 if ...") makes the first one count.
_HYPOTHETICAL = re.compile(fold_pattern(
    r"^\W*\S+\s+(?:setare\s+|ستاره\s+)?(?:mididam|midadam|میدادم|میدم اگه|دیتا|would give|would have given|"
    r"kont hadi|کنت هدی|kunt ba3ti|kont 3amelt)"))
_CONDITION = re.compile(fold_pattern(r"(?<!\w)(?:if|law|lw|لو|ولو|age|agar|اگه|اگر|would be|would have been|"
                                     r"تبقى|كان بيكون|كان راح يكون|كان حيكون|"
                                     r"kan (?:hay|bi|by|ra7 y|7a)?(?:koon|kon|kun)|made it a|"
                                     r"hadeelko|hadelko|میشد|mishod|ممکن بود|اگلی بار)(?!\w)"))


@dataclass(slots=True)
class SurveyReading:
    """A score read from a reply, with its scale and the rest of the text as comment."""

    score: int
    scale: str
    comment: str | None
    evidence: Evidence


def survey_context(channel: str, in_reply_to: str | None, survey_scale: str | None) -> bool:
    """Whether the message replies to a survey (channel, campaign id or known scale)."""
    return channel == "survey" or bool(survey_scale) or bool(in_reply_to and _SURVEY_ID.search(in_reply_to))


def scale_from_context(in_reply_to: str | None, survey_scale: str | None) -> str | None:
    """The scale the context gives, if any."""
    if survey_scale in ("nps", "csat"):
        return survey_scale
    if in_reply_to:
        lowered = in_reply_to.lower()
        if "csat" in lowered:
            return "csat"
        if "nps" in lowered:
            return "nps"
    return None


def _value(token: str) -> int | None:
    token = token.strip()
    if token in _WORDS:
        return _WORDS[token]
    if re.fullmatch(r"\d{1,2}", token):
        return int(token)
    return None  # decimals and fractions are not scores


_HALF = re.compile(fold_pattern(
    r"(?<!\w)(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:point|ممیز|momayez)\s+\w|"
    r"(?<!\w)(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+and a half|"
    r"ساڑھے\s|(?<![\w.])\d{1,2}\s*(?:و|w|o|and|,)?\s*(?:نیم|نص|نصف|nos|nus|nim|half|½)(?!\w)|"
    r"(?:ثمانیه|سبعه|تسعه|سته|خمسه|اربعه|ثلاثه|هشت|هفت|نه|tamanya|tamaniya|sab3a|saba3a|tes3a|tis3a|sitta|khamsa|hasht|haft|"
    r"noh)\s*(?:و|w|o)\s*"
    r"(?:نیم|نص|nos|nim)"))
# A question about what a score means: "what does 0 mean", «۰ یعنی چی», «٠ يعني ايه».
_MEANING = re.compile(fold_pattern(
    rf"(?:what does|what do|what's|what is)\s+{_NUM}\s+(?:mean|stand for)|{_NUM}\s+(?:یعنی چی|یعنی چه|"
    rf"يعني ايه|يعني ايش|يعني شو|يعني إيه|ka matlab|کا مطلب)"))
# Asking which scale or number to give: «كم رقم لازم احط؟ من ١٠ ولا من ٥؟».
_SCALE_QUESTION = re.compile(fold_pattern(r"(?:كم رقم|which number|what number|چه عددی|چند بدم|chand bedam|"
                                          r"كم لازم اكتب|كم اكتب|كم لازم احط)"))
# Star ratings in words: «نجمة واحدة», «نجمتين», "3 نجوم".
_STAR_WORDS = {fold_pattern(k): v for k, v in {
    "نجمة واحدة": 1, "نجمة وحدة": 1, "نجمه واحده": 1, "نجمتين": 2, "نجمتان": 2, "one star": 1,
    "two stars": 2, "three stars": 3, "four stars": 4, "five stars": 5, "یک ستاره": 1, "دو ستاره": 2,
    "سه ستاره": 3, "چهار ستاره": 4, "پنج ستاره": 5, "ایک اسٹار": 1, "nejma wa7da": 1, "negma wa7da": 1,
    "nejmtein": 2, "negmetein": 2, "النجمة الوحيدة": 1, "نجمة وحيدة": 1}.items()}
_STAR_WORD_RE = re.compile("|".join(re.escape(k) for k in sorted(_STAR_WORDS, key=len, reverse=True)))
_FILLED = "⭐★🌟"
# A standalone candidate score anywhere in the text.
_CANDIDATE = re.compile(rf"(?<![\w.]){_NUM}{_END}")
_SEPARATOR_AFTER = re.compile(r"^\s*(?:$|[-–—:,.!?؛،؟)۔]|\W*$)")
# A weak number word stands as the score when a giving verb or "only" follows: «سه میدم», "wa7ed bas".
_GIVEN_AFTER = re.compile(fold_pattern(
    r"^\s*(?:میدم|میدیم|midam|midim|بس|وبس|و بس|bas|w bas|faqat|فقط|only|bs|(?:ہی\s+)?دوں گا|"
    r"(?:ہی\s+)?دوں گی|ہی بنتے ہیں|ہی بنتا ہے|جی|نمبر)(?!\w)"))
# Not a score: a number after "not" or "instead of" («مو عشرة», "mesh 10", "instead of 2"), after a
# noun it counts («سؤال واحد», "so2al wa7ed") or a label it numbers ("counter 4", «شماره ۲»).
_NOT_SCORE_BEFORE = re.compile(fold_pattern(
    r"(?:^|[\s(])(?:not|mesh|msh|مش|مو|mo|mu|مب|instead of|بدل|بدال|بدلا من|به جای|بجای|bejaye|badal|"
    r"ما عطیت\w*|ما اعطیت\w*|didn'?t give|nemidam|نمیدم|ندادم|سوال|سؤال|so2al|soal|question|"
    r"counter|desk|window|booth|gate|room|no\.?|number|platform|table|seat|floor|شماره|باجه|رقم|طبقه|غرفه|شباک|"
    r"block|blk|building|apartment|apt|flat|unit|bus|route|level|phase|sector|street|بلوک|بلاک|پلاک|plak|بلاك|"
    r"عماره|"
    # "ma feesh sifr" (there is no zero), "a3la men 7" (above 7), "would be a 10 if ...".
    r"ma feesh|mafeesh|mafish|مفيش|ما فيش|a3la men|a2al men|اعلى من|أعلى من|اقل من|أقل من|more than|"
    r"less than|higher than|lower than|بیشتر از|کمتر از|bishtar az|kamtar az|would be a|would be|"
    r"would have been a|would've been a|"
    # "100/10 😂": the ten of a joke score.
    r"\d+/)\s*$"))
# After a correction marker the last number is the score: "4 bood age ..., alan 1".
_NOW_BEFORE = re.compile(fold_pattern(
    r"(?:^|\s)(?:alan|الان|الآن|now|actually|فعلا|در واقع|dar vaghe|abhi|ابھی|ab)\W*$"))
# Two numbers offered as alternatives: «هفت یا هشت», "7 or 8", «يمكن ٧ يمكن ٨».
_ALTERNATIVE = re.compile(fold_pattern(
    r"^[\s?؟,]*(?:(?:bas|بس)\s+)?(?:یا|or|ya|aw|او|أو|walla|wla|wala|ولا|اور|to|تا|-|–|/|و|and)\s*$|"
    r"^\W*(?:يمكن|ممكن|mumkin|mumken|shayad|shayd|شاید|شایدم|shayadam|maybe|perhaps|یا شاید)\s*$"))
# The same score repeated for emphasis: "10 10 10", «ده ده ده», "10 ta 10", «صفر صفر».
_REPEATED = re.compile(rf"^\W*{_NUM}(?:[\s,!]+(?:(?:ta|تا)\s+)?\1){{1,4}}{_END}(?=\W*$|\W*\s+[^\W\d])")
# The Persian copula glued to a digit: «امتیازم ۸ه» (my score is 8).
_COPULA = re.compile(r"(?<=\d)ه(?!\w)")
# ... and in Finglish: "nomre man 9e".
_LATIN_COPULA = re.compile(r"(?<![\d.])(\d{1,2})e(?!\w)")
# A number followed by another and a unit is a count: «تین چار سوال» (three or four questions).
_COUNT_PAIR = re.compile(rf"^\s+{_NUM}\s*")
# Scores for two things: «۸ واسه غذا، ۳ واسه پیک» (8 for the food, 3 for the courier).
_ASPECT = re.compile(fold_pattern(
    rf"(?<![\w.]){_NUM}\s*(?:stars?|ستاره|njoom|nogoom|negoom|نجوم|/\s*\d+)?\s*"
    rf"(?:واسه|برای|برا|baraye|vase|vasse|for|lel|لل|3ala el|3al(?=\s+[^\d\s])|على ال)(?!\w)"))
# Persian counting: "5 ta", "panj ta" (five of them) as the whole reply.
_COUNTED = re.compile(rf"^\W*{_NUM}\s*(?:ta|تا){_END}\W*$")
# "az 10 ta 6 midam": out of 10, 6.
_AZ_TA = re.compile(fold_pattern(rf"(?<!\w)(?:az|از)\s*(5|10|پنج|ده|panj|dah)\s*(?:ta|تا)\s*{_NUM}{_END}"))
# Latin number words typed with a doubled letter: "yekk", "hashtt", "panjj", "shiish".
_DOUBLED = re.compile(r"\b[a-z]*([a-z])\1[a-z]*\b")
_ENGLISH = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_UNDOUBLE = {w2: w for w in _WORDS if w.isascii() and w.isalpha() and w not in ("se", "do", *_ENGLISH)
             for w2 in {w[:i] + w[i] + w[i:] for i in range(len(w))}}


# A score the customer would have given, if ...: «اگه ... ۱۰ میدادم».
_WOULD_AFTER = re.compile(fold_pattern(r"^\s*(?:میدادم|میدادیم|midadam|mididam|would give|would have given)"))
# A clock time: "saat 10", «ساعت ۱۰», "ta 11" (until eleven), "at 9".
_TIME_BEFORE = re.compile(fold_pattern(r"(?:^|\s)(?:ساعت|saat|sa3a|ساعه|الساعه|at|ta|تا|حوالی|around)\s*$"))
# Two number words side by side are an estimate: «تین چار سوال» (three or four questions).
_ADJACENT = re.compile(r"^\s+$")


def _candidates(text: str, survey: bool) -> list[re.Match[str]]:
    """Standalone numbers that could be the score (not amounts, durations, counts or times)."""
    out = []
    for m in _CANDIDATE.finditer(text):
        token = m.group(1)
        value = _value(token)
        before, after = text[:m.start()], text[m.end():]
        if (pair := _COUNT_PAIR.match(after)) and _UNIT.match(after[pair.end():]):
            continue
        if value is None or value > 10 or token in _OUT_OF_ONLY or _UNIT.match(after) \
                or _WOULD_AFTER.match(after) \
                or _TIME_BEFORE.search(before) or _NOT_SCORE_BEFORE.search(before):
            continue
        # A weak number word ("do", «نه», "one") counts only when it stands apart.
        if token in _WEAK and not (survey and (_SEPARATOR_AFTER.match(text[m.end():])
                                               or _GIVEN_AFTER.match(text[m.end():]))):
            continue
        out.append(m)
    # A weak word beside a real number is an ordinary word: "9 w el doctora a7san wa7da".
    strong = [m for m in out if m.group(1) not in _WEAK]
    return strong or out


def _undouble(text: str) -> str:
    """Spell Latin number words typed with a doubled letter the usual way ("yekk" -> "yek")."""
    return _DOUBLED.sub(lambda m: _UNDOUBLE.get(m.group(0), m.group(0)), text)


def read_score(folded: str, context_scale: str | None, survey: bool = True) -> SurveyReading | None:
    """Read a score from a folded reply, or None when there is none or it is unclear.

    Args:
        folded: The folded text.
        context_scale: The survey's scale when known (``nps``/``csat``).
        survey: The message replies to a survey (channel, campaign id or scale); a plain
            SMS without that context only counts a number that opens the message and is
            followed by nothing or a separator ("8", "8 - ok"), not "2 reminders ...".
    """
    text = folded.strip()
    if not text:
        return None
    if _DOUBLED.search(text):
        text = _undouble(text)
    if "ه" in text:
        text = _COPULA.sub(" ", text)
    if "e" in text:
        text = _LATIN_COPULA.sub(r"\1 ", text)
    match: re.Match[str] | None = None
    score: int | None = None
    explicit_max: int | None = None
    rule = ""
    if _STAR_EMOJI.match(text.replace("☆", "")) and any(c in text for c in _FILLED):
        count = sum(text.count(c) for c in _FILLED)
        if 1 <= count <= 5:
            return SurveyReading(count, "csat", None,
                                 Evidence("survey", "csat", "survey.star_emoji", text, 0, len(text)))
        return None
    if (m := _REPEATED.match(text)) or (survey and (m := _COUNTED.match(text))):
        score, match, rule = _value(m.group(1)), m, "survey.repeated"
    elif m := _AZ_TA.search(text):
        score, explicit_max, match, rule = _value(m.group(2)), _value(m.group(1)), m, "survey.out_of"
    elif _HALF.search(text):
        return None  # "8 and a half", "eight point five": between two scores
    elif _MEANING.search(text) or _SCALE_QUESTION.search(text):
        return None  # "what does 0 mean?", "which number do I put?": questions about the scale
    elif (_RANGE.search(text) and len(_ANY_NUMBER.findall(text)) >= 2) or len(_ASPECT.findall(text)) >= 2:
        return None  # a range, or scores for two things
    elif survey and _HYPOTHETICAL.search(text) and len(found := _candidates(text, survey=True)) > 1:
        match, rule = found[-1], "survey.number"  # "5 setare mididam age ..., 3"
        score = _value(match.group(1))
    elif m := _OF_REVERSED.search(text):
        score, explicit_max = _value(m.group(2)), _value(m.group(1))
        if score is None or explicit_max not in (5, 10):
            return None
        match, rule = m, "survey.out_of"
    elif m := _OUT_OF.search(text):
        score, explicit_max = _value(m.group(1)), _value(m.group(2))
        if score is None or explicit_max not in (5, 10):
            return None
        match, rule = m, "survey.out_of"
    elif m := _STARS.search(text):
        score, explicit_max, match, rule = _value(m.group(1)), 5, m, "survey.stars"
    elif m := _STAR_WORD_RE.search(text):
        score, explicit_max, match, rule = _STAR_WORDS[m.group(0)], 5, m, "survey.stars"
    elif m := _STAR_PREFIX.search(text):
        score = sum(m.group(1).count(c) for c in _FILLED)
        explicit_max, match, rule = 5, m, "survey.star_emoji"
    elif survey:
        found = _candidates(text, survey=True)
        if len(found) > 1 and _RANGE.search(text):
            return None
        if any(_ADJACENT.match(text[a.end():b.start()]) or _ALTERNATIVE.match(text[a.end():b.start()])
               for a, b in pairwise(found)):
            return None
        if found:
            # Several numbers: corrections and hypotheticals come first ("9 would be ..., 7"),
            # unless a condition follows the first ("8 - would be 10 if ..."): then the first.
            match = found[-1]
            if len(found) > 1 and not _HYPOTHETICAL.search(text) \
                    and not _NOW_BEFORE.search(text, 0, found[-1].start()) \
                    and _CONDITION.search(text, found[0].end(), found[-1].start()):
                match = found[0]
            score, rule = _value(match.group(1)), "survey.number"
    elif (m := _LEADING.search(text)) and not _UNIT.match(text[m.end():]) \
            and m.group(1) not in _WEAK and _SEPARATOR_AFTER.match(text[m.end():]):
        score, match, rule = _value(m.group(1)), m, "survey.leading"
    elif len(text.split()) <= 3 and (m := _TRAILING.search(text)) and m.group(1) not in _WEAK:
        score, match, rule = _value(m.group(1)), m, "survey.trailing"
    if match is None or score is None:
        return None
    if explicit_max == 5 or (explicit_max is None and context_scale == "csat"):
        scale = "csat"
    elif explicit_max == 10 or context_scale == "nps":
        scale = "nps"
    else:
        scale = "csat" if _CSAT_HINT.search(text) else "nps"
    if context_scale and explicit_max and (context_scale == "csat") != (explicit_max == 5):
        return None  # the text's scale contradicts the survey's
    if (scale == "nps" and not 0 <= score <= 10) or (scale == "csat" and not 1 <= score <= 5):
        return None
    rest = (text[:match.start()] + " " + text[match.end():]).strip(" -–—:,.!؛،")
    comment = re.sub(r"\s+", " ", rest).strip() or None
    evidence = Evidence("survey", scale, rule, match.group(0).strip(), match.start(), match.end())
    return SurveyReading(score, scale, comment, evidence)


# Number words mark a possible score, so the engine reads scores only when one is there.
LEXICON.add("num.word", [*_WORDS, *_UNDOUBLE, *_STAR_WORDS, "ستارہ", "ستارے"])
