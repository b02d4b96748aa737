"""Opt-out, opt-in and HELP detection in Persian, Arabic, English, Urdu, Finglish and Arabizi.

Three tiers, each with the rule id and the matched span as evidence:

1. ``keyword`` — the whole message (politeness, filler verbs, punctuation and emoji
   set aside) is a documented keyword: carrier keywords (STOP, STOPALL,
   UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT, ...), the Iranian SMS-panel
   codes ``11`` (opt-out) and ``12`` (opt-in) in any digit script, «لغو», «انصراف»,
   «إلغاء», Finglish/Arabizi spellings. Applied automatically.
2. ``free_text`` — an unambiguous request in free text, recognised by combining
   per-language vocabularies (see :mod:`lexicon`): a stop verb with a messaging
   noun ("stop the daily deal texts", «وقفوا هالرسايل»), a negated "send" ("don't
   text me", «دیگه پیامک نفرستید», «لا ترسلوا»), "don't want" with a messaging noun
   ("mesh 3ayez rasayel", «نمیخوام پیامک»), removal from a list ("remove me from
   your list", «شيلوني من القائمة»). Applied automatically: US rules accept opt-out
   "by any reasonable means".
3. ``ambiguous`` — opt-out vocabulary without a clear request ("stop" inside a short
   unrelated text, "how do I unsubscribe?", «بسه دیگه», "why am I getting these?"):
   flagged for review, never applied.

Guards keep cancellations of orders, bookings, cards and paid subscriptions,
"stops responding", «لغو شد» and questions about the consequences of
unsubscribing out of every tier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.triage import escalation
from pipeline.triage.lexicon import LEXICON, Found, Hit
from pipeline.triage.normalize import fold_pattern
from pipeline.triage.types import Evidence

# ---------------------------------------------------------------------------- keywords

OPT_OUT_KEYWORDS = {
    # carriers and SMS APIs (the sms_optout_keywords reference table)
    "stop", "stopall", "stop all", "unsubscribe", "cancel", "end", "quit", "revoke", "optout",
    "opt out", "opt-out", "remove", "arret", "unsub", "stop sms", "stop messages", "stop texts",
    "stop text", "stop msgs", "unsubscribe me", "cancel sms", "stop promo", "stop promos",
    "stop ads", "stop marketing", "remove me", "unsubscribe all", "td", "unsubscribe kon",
    "unsubscribe konid", "opt out kon", "unsub kon", "unsub konid",
    # Iranian SMS panels
    "11", "لغو", "لغو 11", "لغو11", "11 لغو", "انصراف", "انصراف 11", "11 انصراف", "لغو عضویت",
    "لغو اشتراک", "لغو ارسال", "لغو پیامک", "لغو پیام", "عدم ارسال", "عدم دریافت", "توقف",
    "ابطال", "ابطال عضویت", "stop 11", "11 stop", "لغو کامل", "قطع", "قطع پیامک", "لغو تبلیغات",
    "لغو عضویت 11", "قطع ارسال", "حذف شماره", "حذفم کنید",
    # Arabic
    "الغاء", "إلغاء", "الغاء الاشتراك", "إلغاء الاشتراك", "الغاء اشتراك", "ايقاف", "إيقاف",
    "ايقاف الرسائل", "الغاء الرسائل", "وقف", "وقف الرسائل", "الغي الاشتراك", "الغ الاشتراك",
    "ايقاف الخدمة", "الغاء الخدمة", "ستوب", "اوقف", "اوقفوا", "الغي", "بطل", "بطلوا", "وقفوا",
    "ايقاف الاشتراك", "إيقاف الاشتراك", "الغاء الاشتراك من فضلك", "الغ",
    # Finglish
    "laghv", "laghve", "laghv 11", "laghve 11", "11 laghv", "enseraf", "laghv ozviat",
    "laghve ozviat", "laghv ozviyat", "laghve ozviyat", "laghv eshterak", "laghve eshterak", "laqv",
    "laghv e ozviat", "laghv e ozviyat",
    # Arabizi
    "el8a2", "elgha2", "el8aa2", "2elgha2", "2el8a2", "el8a2 el eshterak", "elgha2 el eshterak",
    "2elgha2 el eshterak", "el8a2 eshterak", "elgha2 el eshtirak", "el8a2 el eshtirak",
    "2elgha2 el eshtirak", "el8a2 eshtirak", "elgha2 eshtirak",
    "wa2f", "wa2af", "ee2af", "2ee2af", "e2af", "wa2afo",
    "ilgha2", "2ilgha2", "eeqaf", "eqaf", "2eqaf", "2i2af", "i2af", "i9af", "2i9af", "elghaa2",
    "stop min fadlak", "stop law sama7t", "el8a2 ya3ni el8a2", "al8a2", "ilghaa2", "ilghaa", "el8aa",
    "laaghv", "ensraf", "laghv11", "الغا", "الغاءء", "الغاا",
    "ilgha2 il ishtirak", "ilgha2 al ishtirak", "elgha2 il eshterak", "ilgha2 el eshterak",
    "il8a2", "il8a2 el eshterak", "il8a2 eshterak", "ba6lo", "ba6loo", "ba6lou", "ba6lu",
    # Persian "stop it", "remove me", "don't send", and "unsubscribe" in Persian letters
    "bas konin", "bas konid", "بس کنین", "بس کنید", "حذفم", "نفرستید", "نفرستین", "nafrestid",
    "nafrestin", "آنسابسکرایب", "انسابسکرایب", "آنسابسکرایب کنید", "انسابسکرایب کنید",
    "7bsso", "7bso", "7absso", "battalo", "battalo ba2a", "batalo", "stop it", "ilghaa2 el eshtirak",
    "آپٹ آؤٹ", "اپٹ آؤٹ", "آپٹ آوٹ", "الغا الاشتراك", "بس وقفوا", "b6lo", "b6loo", "بند کریں جی",
    "بند کرو جی", "بند کر دیں", "بند کر دو", "بس کرو", "بس کریں", "کوئٹ", "الغو",
    "bas konin dige", "bas konid dige", "bas konin dg", "bas konid dg", "بس کنید دیگه", "بس کنین دیگه",
    "stahp", "cancel all", "انصزاف", "stop it man", "بس کر دو", "بس کر دو یار", "آپٹ آؤٹ کر دیں",
    "ڈیلیٹ مائی نمبر",
    # Urdu
    "ان سبسکرائب", "ان سبسکرایب", "انسبسکرائب", "انسبسکرایب", "بند کریں", "بند کرو", "روکیں", "منسوخ",
    "سٹاپ", "اسٹاپ", "ستاپ", "کینسل", "لقو", "استاپ", "استوپ", "سٹوپ", "اسٹوپ", "سٹاپ آل", "اسٹاپ آل", "ستوپ",
    # Bare dialect "stop them" (Darija «حبسو», Levantine/Egyptian "wa2afoha") and «لعو», «لغو» with ع for غ
    "حبسو", "حبسوا", "وقفوها", "wa2afoha", "wa2foha", "wa2fouha", "لعو",
    "wa2afoh", "wa2fooh", "wa2fouh", "wa2fou", "تمومش کنید", "تمومش کنین", "tamoomesh konid",
    "bat6lo", "bat6lu", "bat6loo", "enserf", "انصرلف", "انصرف", "ان سبسکریب", "انسبسکریب",
    "انسراف", "enseraf mikham", "ان سبسکراب", "انسبسکراب",
    "bat2lo", "bat2lu", "انصراب", "bas kon", "بس کن",
    # From corpus b20's training lines: «إلقاء» for «إلغاء».
    "إلقاء", "القاء",
    # From corpus b21's training lines.
    "stob", "stob it", "el 8a2 el eshtirak", "el 8a2 el eshterak", "el 8a2", "w2fo", "w2fou", "w2foo",
    "just stop it", "just stop it man",
    # From corpus b23's and b24's training lines.
    "el8aa2 el eshtirak", "انسحاب", "نو مور میسجز", "نو مور میسج", "st0p", "سٹپ", "ان سب سکرائب",
    "إلغء الاشتراك", "الغء الاشتراك", "الغء", "نفرس دیگه", "نفرست دیگه", "نفرستید دیگه", "نفرستین دیگه",
    # From corpus b26's training lines.
    "unsubcribe me", "sotp", "الغا ء الاشتراك", "lagv kon", "laghv kon", "ديرولي ستوب", "ديرو ستوب",
    # From corpus b30's training lines: the settled "battlo" (بطلوا) as Levantine/Egyptian type it.
    "battlo", "battlu", "battlo ba2a",
    # From corpus b31's training lines.
    "unsubscibe", "unsubscibe me", "ان سبسکرائیب", "ان سبسکراییب",
    # From corpus b32's training lines.
    "wagfooha", "wagfoha", "2l8a2", "2l8a2 2l ishtirak",
    # From corpus b33's training lines.
    "ela8 el ishtirak", "el gha2 el eshtrak", "elgha2 el eshtrak", "el-gha2 el eshtrak", "ensraf mikham",
    "ان سبسکرا ئب",
    # From corpus b34's training lines.
    "اتصراف", "enserf mer30", "stop mesh 3ayez", "الغوا",
    # From corpus b35's training lines.
    "el8aa2 el eshterak", "wa8fooha", "wa8fuha", "ايقلف", "dnd", "ensiraaf", "nafres dg", "nafres dige",
    # From corpus b36's training lines.
    "ال غاء الاشتراك", "5top", "ریمو می", "سٹاپ karo", "unsubcribe",
    # From corpus b37's training lines.
    "سطوب", "stp",
    # From corpus b38's training lines.
    # «تمومش کن», "tamomesh kon": the filler pass drops «کن»/"kon".
    "wa22efo", "wa22efoo", "unsubscrib", "stop2end", "stop 2 end", "تمومش", "tamomesh", "tamoomesh",
    "tamumesh",
    # From corpus b39's training lines.
    "el 8aa2 el eshterak", "el 8aa2", "bas konin dge", "bas konid dge",
    # From corpus b41's training lines.
    "nakhastam laghv", "nakhastam enseraf",
    # From corpus b42's training lines.
    "el8a2el eshterak", "dg nfrstid", "dg nafrestid",
    # From corpus b43's training lines.
    "الغاء subscription", "ماابي اعلانات", "ما ابي اعلانات", "bruh stop", "opt out mikham",
    # From corpus b44's training lines.
    "unsuscribe", "unsuscribe me", "sabt enseraf", "لغوه عضویت", "ba6el ya akhi",
    # From corpus b45's training lines.
    "st op",
    # From corpus b46's training lines.
    "2l8a2 el eshterak", "unsubscibe mn fadlkom", "اوقاف", "dige bas konid", "ان سبکرائب",
    # From corpus b47's training lines.
    "algha2 el eshterak", "algha2 el eshterak pls", "ان سب اسکرائب", "unsubscrib کر دو",
    "cancel text subscription",
    # From corpus b48's and b49's training lines.
    "sto0p", "انثراف",
    # From corpus b50's training lines.
    "ey2aaf", "ایس ٹی او پی",
    # From corpus b52's training lines.
    "ايفاف", "لغولطفا", "stopکریں",
    # From corpus b53's training lines.
    "eshteraky el8ooh", "eshteraki el8ooh", "میسجبندکریں", "ایس ایم ایس بند",
    # From older batches' training lines that went to review as one word.
    "wa9fo", "wa9fou", "انضراف", "لغوکنید", "میسجبندکرو", "usubscribe", "ايقاق",
    # From corpus b54's training lines.
    "انصراف میدم", "انصرافمیدم",
}
OPT_IN_KEYWORDS = {
    "12", "start", "unstop", "unstop کر دو", "انسٹاپ", "ان سٹاپ", "ان اسٹاپ", "جوائن", "جوائن کرنا ہے",
    "ان اسٹاپ کر دیں", "انسٹاپ کر دیں", "resume messages", "subscribe", "resubscribe", "re subscribe",
    "re-subscribe",
    "start again", "start sms", "subscribe me", "resubscribe me", "opt in", "optin", "opt-in",
    "عضویت", "عضویت مجدد", "عضو", "12 عضویت", "عضویت 12", "اشتراک", "اشتراک مجدد", "تمدید عضویت",
    "فعال سازی", "فعالسازی", "فعال", "ثبت نام", "اشتراك", "الاشتراك", "اشترك", "اعادة الاشتراك",
    "تفعيل", "تفعيل الرسائل", "تفعيل الاشتراك", "ozviat", "ozviyat", "ozviat 12", "ozviyat 12",
    "ozv", "eshterak", "eshterak mojadad", "el eshterak", "eshtirak", "2eshtirak", "eshtarak", "fa3el",
    "taf3eel", "taf3il", "sabtenam", "سبسکرائب", "سبسکرایب", "دوبارہ شروع",
}
HELP_KEYWORDS = {
    "help", "info", "information", "help me", "helpline", "راهنما", "راهنمایی", "کمک", "اطلاعات",
    "مساعده", "مساعدة", "معلومات", "rahnama", "rahnamaei", "rahnamayi", "komak", "mosa3da",
    "mosa3de", "mousa3ada", "mosaada", "مدد", "ہیلپ",
}
# Words that do not change what a bare keyword means.
_FILLER = re.compile(fold_pattern(
    r"\b(?:please|pls|plz|plse|plez|thanks|thank you|thx|ty|now|asap|kindly|right now|immediately|"
    r"لطفا|ممنون|مرسی|سپاس|خواهشا|خواهشمندم|کنید|کنین|بکنید|کن|بکن|بشه|بشود|شود|شه|"
    r"من فضلك|من فضلكم|لو سمحت|لو سمحتوا|لو تكرمت|لو تكرمتوا|لو تكرمتم|الله یسعدکم|الله یسعدك|"
    r"الله یعافیك|الله یعافیکم|یعطیك العافیه|الله یخلیکم|الله یخلیك|الله یرضی علیکم|یاریت|بلیز|"
    r"الله یهدیکم|الله یهدیك|"
    r"شكرا|رجاء|رجاءا|ارجو|الان|حالا|فورا|همین الان|سلام|ممنونم|پلیز|جی|not interested|لو سمحتم|"
    r"law sama7to|law sama7tom|lw sm7to|lw sma7to|min fadlakom|men fadlakom|law tesma7o|"
    r"ya gama3a|ya gam3a|ya jame3a|ya jama3a|3afak|khahesh mikonam|khahesh|salam|merc|"
    r"lotfan|ltfn|lotfn|merci|mamnoon|mersi|konid|konin|kon|shokran|law sama7t|lw sm7t|min fadlak|"
    r"no thanks|no thank you|no thx|no thnx|no thanx|thnx|thanx|tnx|seriously|ok|okay|b2a|لطفن|lotfn|"
    r"men fadlak|mn fadlak|law tesma7|law samaht|ya3ni|yani|mn fadlko|min fadlko|men fadlko|law sm7t|"
    r"lw sm7to|"
    r"لو سمحتو|من فضلكو|ياخي|يا اخي|sir|madam|a khoya|a khouya|khoya|3afakom|"
    r"براہ کرم|مہربانی|شکریہ|کریں|کرو|"
    # Particles that add nothing to a keyword: "STOP ba2a", «لغو دیگه», "END w shokran".
    r"ba2a|bqa|بقی|بقا|dige|دیگه|dg|dge|w|va|and|و|خلاص|khalas|5alas|already|3ad|mrc|یا جماعه|"
    # Forms of address: «آقا لغو», "stop bro", "el8a2 ya habibi".
    r"اقا|agha|aqa|خانم|khanom|khanoom|bro|dude|mate|habibi|حبیبی|yaar|یار)\b"))
# A vocative and whom it addresses: «يا اخوان», «يا شباب», "ya 3am", "ya gama3a el khair".
_VOCATIVE = re.compile(fold_pattern(r"\b(?:یا|ya|yaa) \w+(?: (?:el|al) \w+)?\b"))
_NON_WORD = re.compile(r"[^\w\s-]+")
# «الغاء11», "stop11": the panel code glued to a word.
# Only the codes and only beside Arabic-script letters: Arabizi writes letters with digits.
_GLUED_DIGITS = re.compile(r"(?<=[\u0621-\u06ff])(?=1[12](?!\d))|(?<=(?<!\d)1[12])(?=[\u0621-\u06ff])")
_SPACES = re.compile(r"\s+")
# A politeness word at either end of a short text.
_POLITE_EDGE = re.compile(fold_pattern(
    r"^(?:please|plz|pls|لطفا|لطفن|lotfan|پلیز|پلز|خواهشا) "
    r"| (?:please|plz|pls|لطفا|لطفن|lotfan|پلیز|پلز|خواهشا|mersi|merci|mamnoon|ممنون|مرسی|shokran|شكرا)$"))
# Romanised keywords are spelt many ways: غ/ق as gh, q, g, 8 or 3' ("laghv", "laqv", "lagv";
# "el8a2", "elgha2", "el3'a2"), و as v or w ("laghv", "laghw"), short vowels left out ("lghv").
_LATIN_SPELLINGS = (("gh", ("q", "g", "8", "3'")), ("8", ("gh", "3'")), ("v", ("w",)))


def _latin_variants(keyword: str) -> set[str]:
    out = {keyword}
    if not keyword.isascii() or not any(c.isalpha() for c in keyword) or " " in keyword:
        return out
    for old, news in _LATIN_SPELLINGS:
        for spelt in list(out):
            out.update(spelt.replace(old, new) for new in news if old in spelt)
    return out


def _spelt(keywords: set[str]) -> set[str]:
    return {variant for k in keywords for variant in _latin_variants(fold_pattern(k))}


_FOLDED_OUT = _spelt(OPT_OUT_KEYWORDS)
_FOLDED_IN = _spelt(OPT_IN_KEYWORDS)
_FOLDED_HELP = {fold_pattern(k) for k in HELP_KEYWORDS}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _typo_index(keywords: set[str], min_len: int) -> dict[str, set[str]]:
    """Each keyword and its one-letter deletions -> the keyword (a symmetric-delete index)."""
    index: dict[str, set[str]] = {}
    for k in keywords:
        if len(k) >= min_len and " " not in k and not k.isdigit():
            for form in {k} | _deletions(k):
                index.setdefault(form, set()).add(k)
    return index


# One typo (a letter missing, extra, wrong or swapped) in a keyword of five letters or more:
# "unsubscibe", "unsubscrbe", "lghv". Shorter keywords ("end", "قطع") are too close to words.
_TYPO_MIN = 5
_TYPO_OUT = _typo_index(_FOLDED_OUT, _TYPO_MIN)
_TYPO_IN = _typo_index(_FOLDED_IN, _TYPO_MIN)


_REPEATS = re.compile(r"(\w)\1+")


def _squeeze(word: str) -> str:
    return _REPEATS.sub(r"\1", word)


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}


# Shorter keywords still match with a letter doubled ("stopp", «ستووب») or two letters swapped
# ("stpo"), and multi-word keywords without their spaces («الغاءالاشتراك»).
# Sorted, so that two keywords with one squeezed or despaced form («الغاء الاشتراک», «الغا ء الاشتراک») give
# the same evidence in every process (set order changes with the hash seed).
_SQUEEZED_OUT = {_squeeze(k): k for k in sorted(_FOLDED_OUT, reverse=True) if not k.isdigit()}
_DESPACED_OUT = {k.replace(" ", ""): k for k in sorted(_FOLDED_OUT, reverse=True) if " " in k}


def _near_keyword(key: str) -> str | None:
    """An opt-out keyword ``key`` is a doubled letter, a swap, a missing or an extra space away from."""
    if key.isdigit() or len(key) < 3:
        return None
    if " " in key:
        joined = key.replace(" ", "")  # "el 8a2"
        parts = key.split(" ")
        # Letters spelt out ("l a g h v") or one letter split off («لغ و»).
        spelt = len(parts) >= 3 and all(len(w) == 1 for w in parts)
        split_off = len(parts) == 2 and min(len(w) for w in parts) == 1
        if (key.count(" ") == 1 and len(joined) >= 5) or spelt or split_off:
            return joined if joined in _FOLDED_OUT else None
        return None
    hit = _SQUEEZED_OUT.get(_squeeze(key)) or _DESPACED_OUT.get(key)
    if hit is None and len(key) >= 4 and key.isascii():
        hits = {k for k in _swaps(key) if k in _FOLDED_OUT}
        hit = hits.pop() if len(hits) == 1 else None
    return hit


def _typo_match(key: str, index: dict[str, set[str]], min_len: int) -> str | None:
    """The keyword ``key`` is one typo away from, if exactly one is."""
    if len(key) < min_len or " " in key or key.isdigit():
        return None
    found: set[str] = set()
    for form in {key} | _deletions(key):
        found |= index.get(form, set())
    # In Arabic script a swapped or changed letter is often another word («کافیه» is not «کفایه»):
    # only a missing or an extra letter counts there.
    found = {k for k in found if _one_edit(key, k) and (key.isascii() or len(k) != len(key))}
    # Several keywords of one kind ("ensiraf": "enseraf" and "ensraf") still mean one thing.
    return min(found) if found else None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one insertion, deletion, substitution or adjacent swap."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short
                                                for i in range(len(long_)))


def keyword_form(folded: str) -> str:
    """The message reduced to its distinct words: punctuation, emoji, politeness and fillers gone."""
    # Arabizi writes غ as 3' ("el3'a2"): keep it one word.
    text = _NON_WORD.sub(" ", folded.replace("3'", "gh") if "3'" in folded else folded)
    text = _FILLER.sub(" ", _VOCATIVE.sub(" ", _GLUED_DIGITS.sub(" ", text)))
    words: list[str] = []
    for word in _SPACES.sub(" ", text).strip(" -").split(" "):
        if word and (not words or words[-1] != word):  # "STOP STOP STOP"
            words.append(word)
    if len(words) >= 3 and all(len(word) == 1 for word in words):
        return "".join(words)  # "U N S U B S C R I B E"
    return " ".join(words)


# ---------------------------------------------------------------------------- vocabularies
L = LEXICON

# What the customer wants to stop receiving.
L.add("out.msg", [
    "text", "texts", "text message", "text messages", "message", "messages", "msg", "msgs", "sms",
    "smses", "email", "emails", "e-mail", "e-mails", "notification", "notifications", "promo",
    "promos", "promotion", "promotions", "promotional", "ads", "advert", "adverts", "advertisement",
    "advertisements", "advertising", "marketing", "spam", "offer", "offers", "deal", "deals",
    "newsletter", "newsletters", "survey", "surveys", "updates", "alerts", "mailing list",
    "mailing lists", "mail", "mails", "robocalls", "reminders", "campaign", "campaigns", "blasts",
    "whatsapps", "feedback request",
    "feedback requests", "rating requests", "review requests", "communications", "marketing communications",
    "پیامک", "پیام", "اس ام اس", "اسمس", "تبلیغ", "تبلیغات", "نظرسنجی", "نظر سنجی", "ایمیل", "پیغام",
    "مسیج", "اطلاع رسانی", "پیشنهاد", "تخفیف", "افر", "آفر", "جشنواره", "کمپین", "آگهی", "اگهی",
    "خبرنامه", "نوتیف", "زنگ تبلیغاتی", "آگهی", "اگهی",
    "خبرنامه", "نوتیف", "زنگ تبلیغاتی", "khabarname", "khabar name", "khabarnameh",
    "payamak", "payam", "message", "msg", "tabligh", "tablighat", "nazarsanji", "nazar sanji",
    "masij", "takhfif", "pishnahad", "offer", "porseshname", "porsesh name", "nazarkhahi",
    "پرسشنامه", "نظرخواهی",
    "پیغامات", "میسج", "میسجز", "ایس ایم ایس", "سروے", "اشتہار", "ای میل", "ٹیکسٹ", "پروموشن",
], stem=True)
L.add("out.msg", [
    "رسائل", "رسايل", "رساله", "رسالة", "رسالات", "مسجات", "مسج", "ميسجات", "ميساجات", "اعلانات",
    "ارسال", "الإرسال", "الارسال", "استطلاعات", "استطلاع", "النشرة", "تخفيضات", "خصومات", "دعائية",
    "إعلانات", "اعلان", "عروض", "عرض", "ايميلات", "ايميل", "استبيانات", "استبيان", "تسويق", "نشرات",
    "نشره", "ترويج", "ترويجية", "دعاية", "اشعارات", "إشعارات", "تنبيهات", "مراسلات", "مراسلة",
], stem=True, clitic=True)
L.add("out.msg", [
    "rasayel", "rasa2el", "resayel", "rasa2l", "rasael", "resa2el", "e3lanat", "a3lanat", "e3lan",
    "3orood", "3orod", "3arood", "estebyanat", "estebyan", "estbyan", "ishe3arat", "masgat", "msgat",
    "el rasayel", "el rasa2el", "el 3orood", "el e3lanat", "el estebyanat", "el msgs", "el sms",
    "esti6la3", "esti6la3at", "estetla3", "isti6la3", "esteftaa2", "el esti6la3at", "rasa2el",
    "resala", "risala", "risale", "resale", "taqyeem", "ta2yeem", "ta2yim", "estibyanat", "estibyan",
    "su2al ta2yeem", "5osomat", "khosomat", "el 5osomat", "e3lanat el", "rasa2elko", "rasayelko",
], stem=True)

# Verbs that ask to stop something, before what to stop.
L.add("out.stop_verb", [
    "stop", "quit", "cease", "end", "cancel", "halt", "pause", "block", "kill", "turn off",
    "switch off", "disable", "get rid of", "unsubscribe me from", "unsubscribe from",
    "قطع کنید",
    "wa2af", "wa2afo", "wa2fo", "wa2ef", "wa2efo", "wa2if", "wa2f", "w2f", "we2ef", "batal", "batlo",
    "battal", "battalo", "e2ta3", "e2ta3o", "el8y", "2el8y", "elghy", "2elghy",
    "el8a2", "elgha2", "2elgha2", "laghv", "laghve", "ghat", "ghate", "stop", "awa2af",
    "a2af", "aw2af", "ewa2af", "eqaf", "eeqaf", "2eqaf", "ba6al", "wa22af", "wa22afo", "wa22afu",
    "afsal", "efsel", "efselo", "2efsel", "sakker", "sakkero", "sakkro", "awaqef", "awa2ef", "wa2ef",
    "wa22fo", "wa22fouhon", "wa22afoha", "wa22fouha", "batlo", "batlu", "ab3ado", "ab3edo", "kaffo", "awaqef",
    "awa2ef", "wa2ef",
    "wa22fo", "wa22fouhon", "wa22afoha", "wa22fouha", "batlo", "batlu", "ab3ado", "ab3edo", "kaffo",
    "بند", "روکیں", "روکو",
])
L.add("out.stop_verb", [
    "اوقف", "أوقف", "اوقفوا", "أوقفوا", "وقف", "وقفوا", "وقفو", "بطل", "بطلوا", "بطلو", "اقطع",
    "توقفوا", "توقفون", "توقف", "افصلوا", "افصل", "اعفوني من", "كفوا عني", "كفوا", "ابعدوا عني",
    "توقفوا", "توقفون", "توقف", "افصلوا", "افصل", "اعفوني من", "كفوا عني", "كفوا", "ابعدوا عني", "اقطعوا",
    "الغ", "الغي", "ألغي", "الغوا", "ألغوا", "الغو",
    "الغاء", "إلغاء", "ايقاف", "إيقاف", "توقيف", "سكروا", "وقفولي",
], clitic=True)

L.add("out.neg", [
    "don't", "dont", "do not", "never", "no longer", "pls don't", "please don't", "please do not",
    "stop",
])
L.add("out.send", [
    "send", "sending", "text", "texting", "message", "messaging", "email", "emailing", "e-mail", "sms",
    "contact", "contacting", "spam", "spamming", "bother", "bothering", "call", "calling",
])
L.add("out.obj", [
    "me", "us", "this number", "my number", "anything", "any", "to me", "to this number", "these",
    "those", "any more", "anymore", "again", "my phone", "my email",
])
# Negated "send" in Arabic (with or without an object suffix).
L.add("out.neg_ar", ["لا", "ما", "مش", "مو", "بلاش", "لاعاد", "لا عاد", "ماعاد", "ما عاد", "عدم", "بدون"],
      clitic=True)
L.add("out.send_ar", [
    "ترسل", "ترسلو", "ترسلوا", "ترسلون", "ترسلي", "تبعت", "تبعتو", "تبعتوا", "تبعتولي", "تبعتلي",
    "ارسال", "إرسال", "مراسلتي", "مراسلة", "تراسل", "تراسلني", "تراسلوني", "تتواصلوا", "تتواصلون",
    "تكلموني", "تزعجوني", "تزعجني", "ترسلولي", "تبعتوش", "ترسلوش", "تدزون", "تدز",
], stem=True, clitic=True)
L.add("out.neg_send", [
    "matb3at", "mateb3at", "mtb3at", "matb3atly", "matb3atli", "matrasel", "mat3abato",
    "ma tb3at", "ma teb3at", "ma tab3at", "bala tb3at", "balash teb3at", "la tersel", "la tirsil",
    "mesh teb3at", "msh tb3at", "ma terslo", "mat2ebto", "matb3tlish", "matb3tlesh", "mat-ba3at",
    "matba3at", "matb3atoleesh", "mat-ba3atoleesh", "mateb3atleesh", "matb3toli", "mafish da3i teb3at",
    "mafeesh da3i teb3at", "mesh lazem teb3at", "bala ma tb3at", "ma tb3toli", "mabe3tesh",
    "batlo teb3at", "batlo tb3at", "la tersloon", "la tirsloon", "la tersloli", "la tersilo",
    "la tersilou", "la tb3atooli", "ma tersel", "la t2ello",
    "mateb3atsh", "matib3atsh", "matersalsh", "ma tersloli", "mat2rsel",
], stem=True)

# Verbs after the object (Persian, Urdu, Finglish word order).
L.add("out.post_verb", [
    "نفرستید", "نفرستین", "نفرست", "نفرستن", "نفرستی", "ارسال نکنید", "ارسال نکن", "ارسال نشه",
    "ارسال نشود", "قطع کنید", "قطع کنین", "قطع کن", "قطع شه",
    "قطع بشه", "قطع بشن", "لغو کنید", "لغو کنین", "لغو کن", "بس کنید", "بس کنین", "تمومش کنید",
    "تموم کنید", "متوقف کنید", "نمیخوام", "نمیخواهم", "نمی خوام", "نمی خواهم", "نمیخوایم",
    "لازم ندارم", "نیاز ندارم", "نخواستم", "نیاد", "نیان", "نرسه", "ممنوع", "نمیخوام دیگه",
    "nafrestid", "nafrestin", "nafrest", "naferestid",
    "nemikham", "nemikhaam", "nemixam", "nemikhaym", "ghat konid", "ghat konin", "ghat kon",
    "ersal nakonid", "ersal nakonin", "laghv konid", "laghv konin", "bas konid", "nayad",
    "bardarid", "bardarin", "بردارید", "بردارین", "دست بردارید", "مسدود بشه", "غیرفعال کنید", "غیر فعال کنید",
    "غیرفعالش کنید",
    "غیرفعال کن", "خاموش کنید", "خاموشش کنید", "معافم کنید", "نمیخواد", "نمی خواد", "اطلاع ندید",
    "اطلاع رسانی نکنید", "نفرستید دیگه", "gheyr e faal kon", "gheyre faal kon", "gheyr e faal konid",
    "gheyre faal konid", "gheyr e faalesh konid", "khamoosh konid", "motavaghef konid",
    "motevaghef konid", "motavaghefesh konid", "laghvesh konid", "naferestin", "nafrestin",
    "نہیں چاہئیں", "نہیں چاہیئں", "نہیں چاہئیے", "مت بھیجا کرو", "مت بھیجیے", "مت بھیجیں گے",
    "رکوائیں", "رکوا دیں", "بھیجنا چھوڑ دیں", "بھیجنا بند کریں", "وقفوها", "وقفوهم", "اوقفوها",
    "حبسوها", "بطلوها", "شيلوها", "wa22afoha", "wa22fouha", "wa22fo",
    "مسدود کنید", "مسدود شه", "قطعش کنید", "قطعش کن", "بلاک کنید", "masdood konid", "ghatesh konid",
    "بند کریں", "بند کرو", "بند کر دیں", "بند کردیں", "نہ بھیجیں", "نہ بھیجو", "مت بھیجیں",
    "مت بھیجو", "نہیں چاہیے", "نہیں چاہئے", "نہیں چاہیئے", "نہیں چاہتا", "نہیں چاہتی", "بھیجنا بند",
])
# "no survey texts", «بلاش رسايل», "bala rasayel": only at the start of the message.
L.add("out.without", ["no", "bala", "balash", "بلاش", "بدون", "bala el", "balash el"])
L.add("out.anymore", ["دیگه", "دیگر", "dige", "digeh", "دیگه هیچ", "aslan", "اصلا"])
L.add("out.send_neg", ["نفرستید", "نفرستین", "نفرست", "ارسال نکنید", "nafrestid", "nafrestin",
                       "nafrest", "naferestid", "naferestin", "naferest"])
# Generic negated verbs ("don't give", "don't hit"): right after the messaging noun only.
L.add("out.post_verb_weak", [
    "ندید", "ندین", "نده", "ندن", "نزنید", "نزنین", "نزنن", "نذارید", "نکنید", "nadid", "nadin",
    "nazanid", "nazanin", "nade", "nakonid", "nakonin",
])
# "I don't want" (before the object).
L.add("out.dont_want", [
    "don't want", "dont want", "do not want", "don't need", "dont need", "do not need",
    "no longer want", "never want", "don't wish to receive", "do not wish to receive", "no more",
    "not interested in", "stop getting", "stop receiving", "don't want to get", "don't want to receive",
    "do not want to receive", "dont want to receive", "don't want any", "dont want any",
    "لا اريد", "لا أريد", "لا نريد", "ما اريد", "ما أريد", "مااريد", "ما ابي", "ما ابغى", "مابي", "مابغى",
    "مش عايز", "مش عاوز",
    "مش عايزه", "مش عاوزه", "مابغيت", "ما بغيت", "ما بغيتش", "ما بدي", "مش بدي", "مابدي", "لا ابغى",
    "ما نبي", "مش محتاج", "مو محتاج", "ما احتاج", "مو عايز", "ماعاد ابي", "ما عاد ابي",
    "ما عاد ابغى", "لم اعد اريد", "لم أعد أريد", "لا احتاج", "مش حابب", "مو حابب", "ما بدنا",
    "نمیخوام", "نمیخواهم", "نمی خوام", "نمیخوایم", "نمی خواهم",
    "nemikham", "nemikhaam", "nemixam", "nemikhaym", "lazem nadaram", "niaz nadaram",
    "mesh 3ayez", "msh 3ayez", "msh 3ayz", "mesh 3ayz", "mish 3ayez", "mesh 3awez", "msh 3awz",
    "mesh 3ayza", "mabadi", "ma badi", "mabde", "ma bade", "mesh me7tag", "mesh mehtag", "ma abi",
    "mabi", "ma abgha", "mesh 7abeb", "prefer not to get", "prefer not to receive", "rather not get",
    "rather not receive", "would prefer not to", "i'd prefer not to", "no need for", "not need any",
    "mosh 3ayez", "mosh 3ayza", "ma baddi", "ma badi", "ma bde", "ma 3ad baddi", "ma3ad baddi",
    "ma abi", "ma3ad abi", "ma 3ad abi", "لا أرغب في استقبال", "لا ارغب في استقبال", "لا أرغب في",
    "لا ارغب في", "ما ارغب", "ما ابي يجيني", "مش مهتم ب", "not interested in",
    "3ayez a5rog men", "3ayez akhrog men", "3ayez atla3 men", "ابي اطلع من", "عايز اطلع من",
    "عايز اخرج من", "بدي اطلع من", "میخوام از", "mikham az",
])
# Receiving, after "I don't want": «نمیخوام ... دریافت کنم», "ma abi yjini".
L.add("out.receive", ["دریافت", "daryaft", "receive", "get anything", "استقبال", "يجيني", "يوصلني",
                      "yjini", "yewsalni"], stem=True)
# Direct phrases: a request on its own.
L.add("out.phrase", [
    "unsubscribe me", "unsubscribe from", "opt me out", "opt out of", "i want to unsubscribe",
    "unsub me", "no longer wish to receive", "not wish to receive", "wish to receive no",
    "refrain from sending", "refrain from contacting", "refrain from messaging", "opting out",
    "i opt out", "make them stop", "make it stop", "stop sending me", "unsubscribe konid", "unsub konid",
    "opt out konid", "unsubscribe kon", "opt out kon", "انسبسکرائب", "دیگه هیچی نفرستید",
    "دیگه نفرستید", "دیگر ارسال نکنید", "دیگه ارسال نکنید", "dige nafrest", "dige nafrestid",
    "dige hich payam", "hich payami nafrestid",
    "no longer want to receive", "do not contact me", "don't contact me", "dont contact me",
    "want to unsubscribe", "wanna unsubscribe", "would like to unsubscribe", "d like to unsubscribe",
    "want to opt out", "would like to opt out", "like to be removed", "want to be removed",
    "remove me", "remove my number", "remove my email", "remove this number", "remove us",
    "take me off", "take my number off", "take this number off", "delete my number", "delete me from",
    "erase my number", "be removed from", "get removed from", "been removed from",
    "be taken off", "stop texting", "stop messaging", "stop emailing", "stop spamming",
    "stop contacting", "leave me off", "unsubscribe us",
    "لغو عضویت", "لغو اشتراک", "قطع عضویت", "ابطال عضویت", "انصراف میدم", "انصراف می دهم",
    "انصراف از عضویت", "انصراف از لیست", "انصراف از خبرنامه", "درخواست لغو", "درخواست توقف",
    "انصراف دادم", "انصراف از دریافت", "عدم ارسال", "عدم دریافت", "حذفم کنید", "حذفم کن",
    "laghv e ozviat", "laghve ozviat", "laghv ozviat", "laghv e eshterak", "laghve eshterak",
    "ghat e ozviat", "laghv e payamak", "enseraf midam",
    "الغاء الاشتراك", "إلغاء الاشتراك", "الغاء اشتراكي", "ايقاف الاشتراك", "الغوا اشتراكي",
    "el8a2 el eshterak", "elgha2 el eshterak", "2elgha2 el eshterak", "el8y el eshterak",
    "ان سبسکرائب", "ان سبسکرایب", "hazfam konid", "hazfam kon", "hazfam konin",
    "pakam konid", "mano hazf", "mano pak", "mano az list", "mano az liste", "منو از لیست",
    "منو حذف", "منو پاک", "شمارمو حذف", "شماره منو حذف",
    "ems7o nemrety", "ems7o nemrti", "ems7o raqamy", "ems7 nemrety", "shelo nemrety",
])
L.add("out.phrase", [
    "احذفوني", "احذفني", "امسحوني", "امسحني", "شيلوني", "شيلني", "اشطبوني", "طلعوني", "اخرجوني",
    "ازالتي", "إزالتي", "شيلو رقمي", "احذفوا رقمي", "احذف رقمي", "امسحوا رقمي", "حذف رقمي", "حذف بريدي",
    "حذف ايميلي", "شيلوا رقمي", "حيدو النمرة", "حيدو نمرتي", "حيدوني",
    "تشيلوني", "تحذفوني", "تمسحوني", "تشيلوا رقمي", "تحذفوا رقمي",
    "shelony", "shelni", "sheelni", "shelouni", "e7zefni", "e7zefoni", "ems7ny", "ems7oni", "shelo raqamy",
    "shelo ra2amy", "e7zefo raqamy", "e7zfo raqamy", "shel ra2amy", "shelo rakamy", "ems7o raqamy",
], clitic=True)
# Removal verbs that need a list (or the customer) around them.
L.add("out.remove", [
    "احذف", "امسح", "شيل", "اشطب", "ازل", "ازيل", "ازالة", "إزالة", "حيد", "شطب", "اخرج",
    "اسقط", "احذفوا", "طلعوني", "امسحوا", "شيلوا", "شيلو", "شيلوه", "احذفوه", "امسحوه", "نحوني",
    "a5rog", "akhrog", "atla3", "shelo", "sheelo", "shilo", "e7zefo", "e7zfo", "ems7o", "emsa7o",
    "sheel", "e7zef", "ems7", "shel", "shelny", "ne7ooni", "na7ooni",
], stem=True)
L.add("out.remove", [
    "حذف کنید", "حذف کن", "حذف کنین", "حذفش کنید", "حذفم کنید", "حذفم کن", "پاک کنید", "پاک کن",
    "پاکش کنید", "پاکم کنید", "خارج کنید", "خارجم کنید", "بیرون بیارید", "دربیارید", "در بیارید",
    "خط بزنید", "بردارید", "بردارین",
    "hazf konid", "hazf kon", "hazfesh konid", "hazfam konid", "hazfam kon", "pak konid", "pakesh konid",
    "pakam konid", "kharej konid", "dar biarid", "darbiarid", "biroon biarid", "bardarid", "bardarin",
    "ہٹا دیں", "ہٹائیں", "ہٹاؤ", "نکال دیں", "نکالیں", "ڈیلیٹ کر دیں", "ڈیلیٹ کریں", "ریموو کریں",
    "remove me", "delete me", "take me off", "remove konid", "remove kon", "delete konid", "delete kon",
    "ڈیلیٹ کرو", "ڈیلیٹ کر دو", "ہٹا دو", "نکال دو", "ریموو کرو",
    "pak kon", "pak konin", "hazf konin", "hazf shavad", "hazf beshe", "حذف شود", "حذف نمایید",
    "حذف نمائید", "حذف بشه", "پاک بشه", "biroon bekeshid", "بیرون بکشید", "بیرونم بیارید",
])
L.add("out.remove_en", ["remove", "delete", "erase", "take", "drop"])
L.add("out.remove", ["remove", "delete", "erase"])
L.add("out.my_contact", [
    "my number", "my email", "my phone", "my details", "my name", "this number", "my address",
    "رقمي", "رقمى", "نمرتي", "اسمي", "ايميلي", "بريدي", "رقم تلفوني", "النمرة ديالي", "نمبري",
    "شمارمو", "شماره منو", "شماره ام", "شمارم", "شمارمم", "اسمم", "ایمیلم", "ایمیل منو", "منو",
    "raqamy", "raqami", "ra2amy", "ra2mi", "rakami", "rakamy", "nemrety", "nemrti", "esmi", "esme",
    "shomaram", "shomare ye mano", "shomare mano", "mano", "esmam", "shomaramo", "shomare mo",
    "shomaremo", "in shomare", "this number", "my work phone", "it", "شمارهمو", "شماره مو", "شمارهام",
    "میرا نمبر", "میرا ای میل", "مجھے",
], clitic=True)
L.add("out.list", [
    "list", "lists", "mailing list", "database", "contacts", "system",
    "لیست", "فهرست", "بانک شماره", "بانک", "شماره", "منو", "من رو", "من را", "مرا", "شمارمو",
    "list", "liste", "listetoon", "fehrest", "panel", "گروه ارسال", "گروه", "پنل",
    "group",
    "قائمة", "قائمه", "قايمة", "قايمه", "قوائم", "لستة", "لسته", "ليست", "القائمة", "الليستة",
    "2ayma", "qayma", "2a2ema", "2a2emet", "lista", "database", "el database",
    "لسٹ", "فہرست", "لیسٹ", "نمبر",
], stem=True, clitic=True)
L.add("out.how_to", ["كيف", "وين", "فين", "شلون", "اشلون", "ازاي"], clitic=True)
L.add("out.how_to", ["چطوری", "چطور", "چجوری", "chetori", "chetor", "طریقہ", "طریقه"], stem=True)
L.add("out.how_to", [
    "how do i", "how can i", "how would i", "how should i", "how to", "where do i", "where can i",
    "is there a way", "how do we", "what do i do to", "can i reply", "can i text", "can i send",
    "what's the code", "what is the code", "which code", "what do i reply", "what should i reply",
    "what do i text", "what do i send", "is it possible to", "can i just", "can you tell me how",
    "چطور", "چطوری", "چگونه", "چه جوری", "چجوری", "راهش چیه", "چیکار کنم",
    "كيف", "ازاي", "إزاي", "شلون", "اشلون", "شو الطريقة", "ايش الطريقة", "طريقة", "وين", "فين", "با چه کدی",
    "چه کدی", "کدش چیه", "کد لغو", "what code", "which number do i",
    "chetor", "chetori", "chejoori", "chejuri", "chikar konam",
    "ezay", "ezzay", "ezai", "keef", "kif", "shloon", "izzay",
    "کیسے", "کس طرح", "کہاں سے", "kahan se",
])
L.add("out.conditional", [
    "if i", "when i", "once i", "after i", "will i still", "will i also", "will i no longer",
    "would i still", "do i still", "if we", "will unsubscribing", "would unsubscribing",
    "does unsubscribing", "if unsubscribing",
    "اگه", "اگر", "وقتی", "لو", "اذا", "إذا", "لما", "age", "agar", "law", "lw", "iza", "اگر میں", "جب",
])
L.add("out.conditional_verb", [
    "unsubscribe", "opt out", "stop", "cancel", "reply", "لغو", "انصراف", "11",
    "الغيت", "ألغيت", "لغيت", "وقفت", "الغي", "بعت", "ارسلت", "laghv", "enseraf", "el8eet", "elghet",
    "la8et", "wa2aft", "ba3at", "ان سبسکرائب", "بند", "ايقاف", "إيقاف", "الغاء", "إلغاء", "سويت",
    "عملت", "stop", "unsubscribe", "opt", "reply", "3amalt", "3milt", "3malt", "نکنید", "نکنین",
    "نکنی", "نکنم", "nakonid", "nakonin",
], stem=True)

# Not opt-outs.
L.add("guard.cancel_verb", [
    "cancel", "cancelled", "canceled", "cancelling", "canceling", "cancellation", "refund", "quit",
    "end", "terminate", "close", "closing",
    "لغو", "کنسل", "ابطال",
    "الغاء", "إلغاء", "الغي", "ألغي", "الغيت", "ألغيت", "كنسل", "كانسل", "ابي الغي", "بدي الغي",
    "cancel", "laghv", "kansel", "el8a2", "elgha2",
    "منسوخ", "کینسل",
])
L.add("guard.object", [
    "order", "orders", "booking", "bookings", "flight", "flights", "reservation", "card", "cards",
    "subscription", "subscriptions", "plan", "payment", "transaction", "ticket", "tickets",
    "delivery", "account", "contract", "trip", "ride", "membership", "policy", "appointment",
    "purchase", "request", "transfer", "package", "parcel", "service", "netflix", "premium", "loan",
    "insurance", "installment", "autopay", "auto-pay", "debit", "standing order", "room", "table",
    "course", "class", "stay", "gym", "line", "number",
    "سفارش", "رزرو", "پرواز", "بلیط", "بلیت", "کارت", "تراکنش", "پرداخت", "خرید", "قرارداد",
    "نوبت", "درخواست", "بیمه", "وام", "قسط", "بسته", "اشتراک ویژه", "اشتراک پریمیوم", "نت فلیکس",
    "نتفلیکس", "فیلیمو", "نماوا", "سرویس", "اشتراک فیلیمو", "اشتراک نماوا", "اینترنت", "خط",
    "sefaresh", "sefareshe", "rezerv", "parvaz", "bilit", "kart", "order", "talab", "7agz", "ra7la",
    "card", "ticket", "booking", "el order", "el talab", "el 7agz", "el ra7la", "el card", "el premium",
    "premium", "netflix", "bime",
    "آرڈر", "بکنگ", "کارڈ", "ٹکٹ", "فلائٹ", "پیکج",
], stem=True)
L.add("guard.object", [
    "طلب", "الطلب", "طلبي", "اوردر", "الاوردر", "حجز", "الحجز", "حجزي", "رحلة", "رحله", "الرحلة",
    "بطاقة", "بطاقه", "البطاقة", "تذكرة", "تذكره", "موعد", "عملية", "عمليه", "دفع", "باقة", "باقه",
    "الباقة", "نتفليكس", "شاهد", "خط", "الخط", "عقد", "العقد", "اشتراك نتفليكس", "اشتراك شاهد",
    "الاشتراك المدفوع", "البريميوم", "بريميوم",
], stem=True, clitic=True)
L.add("guard.cancelled", [
    "cancelled", "canceled", "got cancelled", "was cancelled", "has been cancelled", "been cancelled",
    "لغو شد", "لغو شده", "کنسل شد", "کنسل شده", "لغو کردید", "لغو کردن", "کنسل کردید", "لغو کردم",
    "laghv shod", "laghv shode", "cancel shod", "cancel shode", "kansel shod", "laghv kardid",
    "laghv kardin", "laghv kardam", "cancel kardam",
    "اتلغى", "اتلغي", "انلغى", "انلغي", "تم الغاء", "تم إلغاء", "اتكنسل", "اتلغت", "انلغت",
    "et-cancel", "etcancel", "et cancel", "itcancel", "etl8a", "ettlgha", "etlagha", "it8la",
    "منسوخ ہو", "کینسل ہو",
])
L.add("guard.stops", [
    "stops", "stopped", "stopping", "stop", "quits", "quit", "ended", "ends", "keeps stopping",
])
L.add("guard.working", [
    "working", "responding", "loading", "crashing", "charging", "billing", "syncing", "playing",
    "connecting", "updating", "functioning", "deducting", "taking money", "debiting",
])
L.add("guard.phrase", [
    "end of", "by the end", "at the end", "weekend", "end date", "ends on", "endless", "dead end",
    "end up", "stop charging", "stop billing", "stop deducting", "stop taking", "stop debiting",
    "app stops", "screen stops", "page stops", "app quits", "app keeps stopping", "it stopped",
    "laghv kardam", "laghv kardim", "cancel kardam", "el8eet", "elghet", "la8et", "l8et", "cancelt",
    "la8eit", "la8it", "et2alagh", "wa2afo el 5asm", "wa2fo el 5asm",
    "لغو کردم", "لغو کردیم", "کنسل کردم", "لغو شد", "لغو شده", "تم الغاء", "تم إلغاء", "الغيته",
    "لغيته", "الغيت الاشتراك", "لغيت الاشتراك",
])

L.add("out.suggest", [
    "behtare", "behtareh", "behtar e", "بهتره", "بهتر است", "بهتر بود", "it would be better",
    "would be nice", "better if", "preferably", "instead of", "rather than", "only once", "once a week",
    "once a month", "fewer", "less often", "too early", "too late", "at night", "in the morning",
    "ساعت", "صبح", "شب", "کمتر", "saat", "sob", "shab", "kamtar", "أفضل", "الافضل", "احسن لو", "بدل ما",
    "مرة في الاسبوع", "اقل", "أقل", "بالليل", "الصبح",
    "i wish", "کاش", "kash", "kaash", "کافیه", "کافی است", "کافی ہے", "یه بار", "ایک بار", "هر چند وقت",
    "فعلا", "فعلاً", "fe'lan", "felan", "fe lan", "for now", "temporarily", "مؤقتا", "پیشنهاد دوستانه",
    "once in a while", "ماهی یه بار", "هفته ای یه بار", "سوچ رہا ہوں", "thinking of", "thinking about",
    "maybe i should", "might unsubscribe", "دارم فکر میکنم", "fekr konam",
])
L.add("out.ambiguous", ["كفاية", "كفايه", "كفى", "يكفي", "kefaya", "kfaya", "kifaya"], clitic=True)
# "Enough messages" alone is for review; with "I don't want them" it is a request.
L.add("out.dont_want", ["مش عايزها", "مش عاوزها", "مش عايزاها", "ما ابيها", "ما ابغاها", "مابيها",
                        "ما بدي اياها", "mesh 3ayezha", "msh 3ayzha", "mesh 3ayzaha", "mesh 3awzha"])
L.add("out.stop_verb", ["leave me alone with"])
L.add("out.ambiguous", [
    "stop", "unsubscribe", "opt out", "opt-out", "optout", "stopall",
    "لغو", "انصراف", "بسه", "بس کنید", "ول کنید", "مزاحم نشید", "مزاحمم نشید", "دست بردارید",
    "خسته شدم از پیامک", "الغاء", "إلغاء", "ايقاف", "إيقاف", "ازعاج", "حلوا عني", "حل عني",
    "بطلوا ازعاج", "خلاص بقى", "بس خلاص", "laghv", "laghve", "enseraf", "bas konid", "mozahem nashid",
    "el8a2", "elgha2", "2elgha2", "bas ba2a", "7elo 3ani",
])
L.add("out.ambiguous_phrase", [
    "why am i getting", "why am i receiving", "why do i keep getting", "why do you keep sending",
    "why are you texting", "why are you sending", "why do u keep", "why r u texting",
    "never signed up", "did not sign up", "didn't sign up", "didnt sign up", "who gave you my number",
    "how did you get my number", "how did you get my email", "leave me alone",
    "too many texts", "too many messages", "too many sms", "too many emails", "too many notifications",
    "enough texts", "enough messages", "enough of your",
    "من کی عضو شدم", "کی عضو شدم", "شمارمو از کجا", "شماره منو از کجا", "شماره مو از کجا",
    "مين انتو", "انتو مين", "من وين جبتو رقمي", "من اين جبتو رقمي", "ليش ترسلون", "ليه بتبعتو",
    "بتبعتولي ليه", "ليش توصلني",
])
L.add("scope.surveys", [
    "survey", "surveys", "feedback request", "feedback requests", "questionnaire", "questionnaires",
    "poll", "polls", "rating request", "rating requests", "نظرسنجی", "نظر سنجی", "تقییم",
    "nazarsanji", "nazar sanji", "estebyan", "estebyanat", "estbyan", "سروے",
], stem=True)
L.add("scope.surveys", ["استبيان", "استبيانات", "تقييم"], stem=True, clitic=True)
L.add("scope.marketing", [
    "promo", "promos", "promotion", "promotions", "promotional", "ads", "advert", "adverts",
    "advertising", "marketing", "offer", "offers", "deal", "deals", "discount", "discounts", "sale",
    "sales", "newsletter", "newsletters", "spam", "campaign", "campaigns", "coupon", "coupons",
    "partner offers", "تبلیغ", "تبلیغات", "تبلیغاتی", "تخفیف", "جشنواره", "حراج", "پیشنهاد", "افر",
    "اسپم", "کمپین", "tabligh", "tablighat", "takhfif", "e3lanat", "a3lanat", "3orood", "3orod",
    "offer", "pishnahad", "اشتہار", "پروموشن", "آفر",
], stem=True)
L.add("scope.marketing", [
    "اعلانات", "إعلانات", "اعلان", "عروض", "عرض", "تسويق", "تسويقية", "خصومات", "دعاية", "سبام",
    "ترويجي", "ترويجية", "كوبونات",
], stem=True, clitic=True)

# Opt-in.
L.add("in.phrase", [
    "add me back", "readd me", "re-add me", "resubscribe me", "subscribe me again",
    "subscribe me back", "put me back on", "sign me back up", "sign me up", "start sending again",
    "start sending me", "unsubscribed by mistake", "opted out by mistake",
    "accidentally unsubscribed", "accidentally opted out", "accidentally replied stop",
    "accidentally sent stop", "send me the offers again", "send me offers again",
    "want to resubscribe", "want to subscribe", "i want my texts back", "want my messages back",
    "turn the messages back on", "turn messages back on", "turn texts back on", "re-enable",
    "turn them back on", "turn it back on", "switch them back on", "turn my texts back on",
    "undo my unsubscribe", "undo the unsubscribe", "back on the list", "back on your list",
    "الرسايل ترجع", "الرسائل ترجع", "ترجع الرسايل", "ترجعوا الرسايل", "eshtarekni", "eshtrekni",
    "dafooni", "daffooni", "برم گردونید", "برمگردونید", "منو برگردونید", "واپس لسٹ", "لسٹ میں واپس",
    "reenable", "reactivate", "subscribe me", "add me to your list", "add me to the list",
    "add me to your mailing list", "add me to the newsletter", "sign me up",
    "عضوم کنید", "عضو میشم", "عضو می شم", "عضو بشم", "عضو کنید", "عضویتم رو فعال", "عضویت رو فعال",
    "اضافه ام کنید", "اضافم کنید", "منو اضافه", "منو به لیست", "ثبت نامم کنید", "ثبتنامم کنید",
    "دوباره عضو", "عضویت مجدد", "مجددا عضو", "دوباره بفرستید", "دوباره ارسال کنید",
    "ضيفوني", "اضيفوني", "سجلوني", "سجلني", "رجعوني", "رجعولي", "اشتركوني", "حطوني", "دخلوني",
    "فعلوا الرسائل", "فعلوا الاشتراك", "فعل الاشتراك", "رجعوا الاشتراك", "ارجعوا الرسائل",
    "اعيدوا الاشتراك", "ابي ارجع", "بدي ارجع", "عايز ارجع", "عايز اشترك", "ابي اشترك", "بدي اشترك",
    "اشترك تاني", "اشترك مرة ثانية",
    "ozvam konid", "ozv misham", "ozv mishe", "ozv mesham", "sabtenam konid", "dobare ozv",
    "dobare befrestid", "mano add", "mano ezafe", "add konid", "mano back add",
    "sajjelni", "sagelni", "sagelny", "sajelni", "sajjelny", "rag3ooni", "rag3ony",
    "rag3oni", "rag3oly", "rag3ouli", "raga3ouni", "ragga3oni", "dayfoni", "dayefni", "7otoni",
    "7ottoni", "ashtrekni", "fa3alo", "fa33alo",
    "3ayez arga3", "3ayez ashtrek", "bade arga3", "abi arga3",
    "دوبارہ شامل", "دوبارہ سبسکرائب", "پھر سے شامل", "put me on the", "put me back", "add me to",
], clitic=True)
L.add("in.again", [
    "again", "back", "once more", "دوباره", "مجدد", "مجددا", "از نو", "dobare", "mojadad", "mojadadan",
    "tany", "tani", "tanya", "kaman", "تاني", "ثاني", "مرة ثانية", "من جديد", "مجدداً", "دوبارہ", "پھر سے",
])
L.add("in.verb", [
    "subscribe", "resubscribe", "receive", "get", "add", "activate", "reactivate", "turn on",
    "switch on", "enable", "start", "put me", "send",
    "فعال", "فعالش", "فعالشون", "فعال کنید", "فعال کن", "دریافت", "بیاد", "بیان", "بفرستید", "بفرستین",
    "بگیرم", "باخبر", "عضو", "عضوم", "اضافه", "وصل", "برقرار",
    "faal", "fa3al", "faalesh", "faal konid", "begiram", "befrestid", "befrestin", "ozv", "ezafe",
    "asha3'al", "asha3al", "asha8al", "sha3'al", "shaghal", "fa3alo", "arga3", "rag3", "ragg3",
    "شامل", "سبسکرائب", "شروع",
])
L.add("in.verb", [
    "اشترك", "اشتراك", "استقبل", "أستقبل", "ارجع", "رجع", "رجعوا", "ترجعولي", "ترجعوا", "شغل",
    "شغلوا", "فعل", "فعلوا", "فعلو", "ضيف", "ضيفوا", "سجل", "سجلوا", "تبعتولي", "ترسلولي", "اتلقى",
    "أتلقى",
], stem=True, clitic=True)
L.add("in.mistake", [
    "by mistake", "accidentally", "by accident", "mistakenly", "didn't mean to", "did not mean to",
    "اشتباهی", "اشتباها", "به اشتباه", "اشتباه", "دستم خورد", "eshtebahi", "eshtebahan",
    "be eshtebah", "dastam khord", "بالغلط", "بالخطأ", "بالخطا", "عن طريق الخطأ", "بدون قصد",
    "ندمت", "bel ghalat", "bel8alat", "bl8lt", "bel 8alat", "bel 8lt", "ghalat", "غلطی سے",
    "bel 3'alat", "bel3'alat", "b el 3'alat", "bel 3alat", "bel ghlt",
    "by error", "regret", "changed my mind", "بچه زده", "بچه بود",
])
L.add("in.undo_word", [
    "unsubscribe", "unsubscribed", "opted out", "opt out", "stop", "stopped", "11", "لغو", "انصراف",
    "الغاء", "إلغاء", "الغيت", "ألغيت", "لغيت", "لغيتها", "وقفت", "ايقاف", "laghv", "enseraf",
    "el8eet", "elghet", "el8a2", "elgha2", "wa2aft", "ان سبسکرائب", "بند", "خارج شدم", "kharej shodam",
    "لغو کردم", "laghv kardam", "3amalt stop",
], stem=True)


# An English opt-out keyword inside a Persian, Arabic or Urdu sentence: «لطفا unsubscribe کنید»,
# «ابي unsubscribe», "STOP کر دو".
L.add("out.en_keyword", ["unsubscribe", "unsub", "opt out", "optout", "opt-out", "stop", "remove"])
L.add("out.light_verb", [
    "کنید", "کنین", "کن", "بکنید", "بشم", "بزنید", "کر دیں", "کردیں", "کر رہا ہوں", "کر رہی ہوں", "کریں",
    "کرو", "کر دو", "کردو", "کر دیجیے", "konid", "konin", "kon", "beshe", "kardan", "lel", "li", "le",
])
L.add("out.want", [
    "ابي", "ابغى", "ابغا", "بدي", "بدي اعمل", "عايز", "عاوز", "اريد", "أريد", "اعمل", "اسوي", "سوولي",
    "اعملوا", "اعملولي", "ye3mel", "a3mel", "e3mel", "3ayez", "3ayza", "abi", "badi", "میخوام", "mikham",
    "چاہتا ہوں", "چاہتی ہوں",
])
# "I already replied 11 / sent stop" (and still get messages): the request was made.
L.add("out.already_sent", [
    "11 زدم", "11 رو زدم", "11 را زدم", "11 فرستادم", "11 رو فرستادم", "11 دادم", "لغو زدم",
    "لغو فرستادم", "لغو رو زدم", "انصراف زدم", "11 zadam", "11 ro zadam", "11 ferestadam",
    "laghv zadam", "laghv ferestadam", "already replied stop", "already texted stop",
    "already sent stop", "replied stop", "texted stop", "i sent stop", "sent stop", "said stop",
    "ba3at stop", "ba3att stop", "ba3atet stop", "ba3tt stop", "b3t stop", "ba3at el8a2",
    "ba3at elgha2", "بعت ستوب", "بعتت ستوب", "ارسلت ستوب", "ارسلت الغاء", "ارسلت إلغاء", "بعتت الغاء",
    "بعت الغاء", "ارسلت stop", "بعتت stop",
])
L.add("out.phrase", [
    "quit sending", "stop sending", "quit texting", "quit messaging", "quit emailing", "cease sending",
    "optout from", "opt out from", "optout of", "stop asking me to rate", "stop asking me to review",
    "stop asking for ratings", "stop asking for reviews", "stop asking me for feedback",
    "enseraf az daryaft", "لغو دریافت", "انصراف از دریافت", "ازم نظر نخواید", "دیگه نظر نخواید",
    "دیگه ازم نظر نخواید", "dige nazar nakhayd", "حذف شماره همراه", "حذف شماره اینجانب", "حذف شماره من",
    "sheelooni", "shelooni", "shilooni", "sheloony", "shelouni", "ابغى اطلع من", "ابغا اطلع من",
    "اريد الخروج من", "ابي اطلع من", "ريحوني من", "ارحموني من", "abi a6la3 mn", "abi a6la3 men",
    "abi atla3 mn", "abi atla3 men",
], clitic=True)
L.add("out.post_verb", [
    "khoddari konid", "khoddari konin", "khoddari konid lotfan", "خودداری کنید", "خودداری کنین",
    "خودداری فرمایید", "خودداری فرمائید", "خودداری نمایید", "خودداری نمائید", "be man nade",
    "be man nadid", "be man nadin", "به من نده", "به من ندید", "به من ندین", "برام نفرستید",
    "نہ بھیجا جائے", "نہ بھیجے جائیں", "نہ بھیجی جائے", "wa2fooha", "wa2fooh", "wa22fooha",
    "wa22fouhon", "wa2fouhom", "wa22efoha", "bata2looha", "battalooha",
])
L.add("out.post_verb", ["wa2fo", "wa22fo", "wa22efo", "wa2efo", "wa22fu", "wa2foo"], stem=True)
# Urdu: "don't send" as an infinitive command, "no need", "if they don't stop".
L.add("out.post_verb", ["مت بھیجنا", "نہ بھیجنا", "ضرورت نہیں", "بند نہ ہوئے",
                        "بند نہیں ہوئے", "بند نہ کیے", "بند نہ کئے"])
# Egyptian negated "send" as one word («متبعتوش», «ماتبعتليش»).
L.add("out.neg_send", ["متبعتوش", "ماتبعتوش", "متبعتش", "متبعتليش", "متبعتوليش", "ماتبعتليش",
                       "ماتبعتولیش", "متبعتلیش", "ماترسلوش", "متبعتوهاش"], stem=True, clitic=True)
L.add("out.phrase", ["شطبوني", "اشطبوني", "شطبني", "اشطبني"], clitic=True)
# "I'm done with your ads", "sick of these texts": venting that may mean stop; a human decides.
L.add("out.ambiguous_phrase", ["done with", "finished with", "through with", "sick of", "tired of",
                               "fed up with"])
# "the 'rate us' texts, stop them": a stop with a pronoun, after the messages were named.
L.add("out.stop_them", ["stop them", "stop it", "stop these", "stop those", "end them", "end it",
                        "make them stop", "turn them off", "turn it off"])
L.add("out.en_keyword", ["سٹاپ", "اسٹاپ"])
L.add("out.suggest", [
    "yek bar", "ye bar", "mahi ye bar", "mahi yek bar", "hafte ei ye bar", "kafie", "kafiye", "kafi",
    "inghadr", "inqadr", "enghadr", "enqadr", "inhame", "انقدر", "اینقدر", "این همه", "so many",
    "this many", "بہتر ہے", "بہتر ہوگا",
])
# What opting out would change is asked about, not requested.
L.add("guard.phrase", ["will opting out", "would opting out", "does opting out", "will unsubscribing",
                       "would unsubscribing", "does unsubscribing", "if i opt out", "if i unsubscribe"])
L.add("out.suggest", ["maybe", "just a thought", "شاید", "shayad", "ربما", "يمكن"])
# "maybe I'll join again later" after a STOP (corpus b27, b30, b57): a future, not a request to rejoin.
L.add("in.maybe", ["maybe", "perhaps", "شاید", "شايد", "shayad", "ربما"])
L.add("out.how_to", ["کہاں", "کیسے", "ہو سکتے ہیں", "ہو سکتا ہے", "سکتے ہیں", "tari2a", "el tari2a",
                     "tare2a", "tari2et", "چه عددی", "چه شماره ای", "کجا", "کجای", "کجاست", "rahi hast",
                     "راهی هست", "راهی داره", "rahi dare", "koja"])
L.add("out.msg", ["اطلاعیه", "لینک امتیازدهی", "امتیازدهی", "امتیاز دهی", "لینک نظرسنجی"], stem=True)
L.add("scope.surveys", ["امتیازدهی", "امتیاز دهی"], stem=True)
L.add("out.my_contact", ["ra8mi", "ra8my", "raqmi", "ra8ami"], clitic=True)
L.add("out.remove", ["7iydou", "7iydo", "7aydo", "7ayedo", "7ayed", "امحوا", "امحو", "امحي", "درم بیارید",
                     "درم بیارین", "منو دربیارید", "daram biarid"])
L.add("out.phrase", ["shilni", "shilouni", "shiloni", "7iydouni", "7aydouni"])
L.add("out.list", ["2a2ime", "2a2imet", "qa2ema", "qa2ima", "2a2emet"], stem=True)
L.add("out.neg_send", ["tbatlo teb3at", "tbatlu teb3at", "tebattalo teb3at", "tbattalo teb3at",
                       "tbatlo tb3at", "mateba3at", "mafeesh da3y teb3at", "mafish da3y teb3at",
                       "battalo teb3at",
                       "battalu teb3at", "batalo teb3at", "ma3adsh teb3at", "ma3adsh tb3at",
                       "ma3adesh teb3at"],
      stem=True)
L.add("out.post_verb", ["wa88fo", "wa8fo", "waqqfo", "waqfo", "بس کریں", "بس کرو"], stem=True)
L.add("out.stop_verb", ["wa88ef", "wa88fo", "waqqef", "waqqfo", "کنسل کنید", "کنسلش کنید", "cancel konid"])
L.add("out.receive", ["begiram", "daryaft konam", "بگیرم", "دریافت کنم"])
L.add("out.send_ar", ["التواصل معي", "التواصل معنا", "التواصل مع"])
L.add("out.light_verb", ["من", "از"])
L.add("out.remove", ["حذف", "حذفه", "حذفها", "ارجو حذف", "يرجى حذف", "حذف فرمایید", "حذف فرمائید",
                     "حذف بفرمایید", "hazf befarmayid", "hazf farmayid", "بیرونم کنید", "بیرونم کنین",
                     "biroonam konid", "birounam konid", "khareje konid", "خارج کر دیں", "خارج کریں",
                     "t7aydo", "t7ayedo", "t7aydou"], clitic=True)
L.add("out.phrase", ["اطلعوني", "want out of", "i want out",
                     "هیچی نفرستید", "هیچ پیامی نفرستید", "hichi nafrestid", "حذف شماره از", "حذف از لیست",
                     "stop رو زدم", "stop زدم", "استاپ زدم", "stop ro zadam"], clitic=True)
L.add("out.dont_want", ["اريد اطلع من", "أريد أطلع من", "اريد اطلع", "ماعادش بغيت", "ما عادش بغيت",
                        "ma3ad ab8a", "ma 3ad ab8a", "ma3ad abeeha", "ma 3ad abeeha", "ماعاد ابيها",
                        "ما عاد ابيها", "ma3ad abgha", "ma ab8a", "mab8a"])
L.add("out.msg", ["استمارات", "استمارة", "استماره", "envoi", "تماس تبلیغاتی", "ڈیلز", "فارم"],
      stem=True, clitic=True)
L.add("scope.surveys", ["استمارات", "استمارة", "استماره", "فیڈبیک فارم"], stem=True, clitic=True)
L.add("out.post_verb", ["نگیرید", "نگیرین", "مت بھیجا"])
L.add("out.stop_verb", ["wa9fo", "wa9ef", "wa9fou", "twaqfou", "twa2fo", "tewa2fo", "twa2fou", "twaqfo"])
L.add("out.post_verb", ["wa9fo", "wa9fou"], stem=True)
L.add("out.my_contact", ["my mobile number", "my mobile", "my phone number", "my email address",
                         "my e-mail address", "my cell", "نشانی ایمیل بنده", "ایمیل بنده", "شماره بنده",
                         "بنده"], clitic=True)
L.add("out.suggest", ["in hame"])
L.add("out.how_to", ["ينفع", "ينفعش", "هل يمكن", "از طریق"])
L.add("in.phrase", ["rag3oha", "rag3ooha", "رجعوها", "رجعوهم", "رجعولي الرسايل"], clitic=True)
# Paid renewals, withdrawing from a course: cancellations of a service, not of our messages.
L.add("guard.phrase", ["تمدید", "tamdid", "تجديد", "renewal", "auto-renew", "auto renew"], stem=True)
L.add("guard.object", ["دوره", "ثبت نام", "ثبتنام", "کلاس", "course", "class"], stem=True)
L.add("guard.cancelled", ["انصراف دادم", "enseraf dadam"])
# Persian passives of "delete": something was deleted, nobody asks for it.
L.add("guard.phrase", ["حذف شده", "حذف شد", "حذف کرده", "حذف کردن", "حذف میشه", "hazf shode", "hazf shod",
                       "hazf karde"])
# "kefaya surveys", «كفاية رسايل»: enough of the messages themselves (not "enough already").
L.add("out.enough", ["kefaya", "kfaya", "kifaya", "كفاية", "كفايه"], clitic=True)
L.add("out.want", ["ارغب", "أرغب", "ارغب ب", "بودي"], clitic=True)
L.add("out.phrase", [
    "قائمة عدم الازعاج", "عدم الازعاج", "do-not-contact list", "do not contact list", "do-not-call list",
    "do not call list", "withdraw my consent", "withdraw consent", "revoke my consent", "revoke consent",
    "count me out", "like out of", "don't want these", "dont want these", "don't want them",
    "akhrejouni", "a5rejouni", "5arjouni", "at shal mn", "atshal mn", "at shal men", "désabonnez",
    "desabonnez", "لیست عدم ارسال", "dont contact me", "don't text it", "dont text it",
], clitic=True)
L.add("out.dont_want", ["ماريد", "مااريد", "mesh 3ayzeen", "msh 3ayzin", "mish 3ayzeen", "ma baddo",
                        "mabaddo", "mab9itch bghit", "ma b9itch bghit", "ma 3adsh 3ayez"])
L.add("out.msg", ["i3lanet", "i3lanat", "i3lanetkon", "i3lanatkom"], stem=True)
L.add("out.neg_send", ["la t3edoon", "la ta3edoon", "ma tb9awch tsiftou", "matb9awch tsiftou", "mat b3at",
                       "mat b3t"], stem=True)
L.add("out.stop_verb", ["abattal", "abatal", "ab6al", "wagfo", "wgfo", "wagfou"])
L.add("out.without", ["وبلا", "وبلاش"])
L.add("out.anymore", ["dg", "dge"])
L.add("out.send_neg", ["nafres", "nafresid", "nafresin"])
L.add("out.post_verb", ["qat she", "ghat she", "qat beshe", "ghat beshe", "nemikhad", "nemikhaad"])
L.add("out.obj", ["it", "this one"])
L.add("out.dont_want", ["بدي اطلع من", "ابي اطلع من"])
# A pause, not a stop: "not this month", «برمضان بس», «یه مدت», "until I'm back".
L.add("out.temporary", [
    "this month", "for a while", "for a few weeks", "for now", "until i'm back", "until i get back",
    "هالشهر", "هذا الشهر", "برمضان", "رمضان", "في رمضان", "fatret ramadan", "ramadan", "بعدين عادي",
    "این ماه", "یه مدت", "یک مدت", "ye modat", "ye moddat", "تا برگردم", "ta bargardam", "اس مہینے",
    "رمضان میں", "ابھی نہیں", "abhi nahi", "hal shahr", "el shahr da bas",
])
# Paid plans, loyalty clubs and automatic top-ups are cancelled, not unsubscribed from.
L.add("guard.phrase", [
    "اشتراک ویژه", "ماهانمو", "ماهانه", "ماهیانه", "sharj e khodkar",
    "شارژ خودکار", "khodkar", "autopay", "auto pay", "auto-pay", "loyalty", "premium", "پریمیوم",
    "dige sms nemiad", "دیگه پیامک نمیاد", "دیگه نمیاد", "no longer get", "stopped getting",
    "it worked", "thanks it worked",
], stem=True)
L.add("guard.object", ["item", "items", "cart", "basket", "sabad", "سبد", "topping", "onions", "onion",
                       "عنوان", "العنوان", "address"], stem=True)
L.add("out.how_to", ["بفرستم", "befrestam", "should i send", "should i text", "do i send", "do i text",
                     "ابعت ايه", "ابعت إيه", "ارسل ايش"])
L.add("out.suggest", ["shanbe", "jomeh", "jome", "شنبه", "جمعه", "جمعه ها", "friday", "fridays",
                      "saturday", "saturdays", "sunday", "sundays", "weekend", "weekends", "الجمعة",
                      "السبت", "الويكند"], stem=True)
# Hesitation: the customer has not decided ("not sure", «نمیدونم», "just kidding").
L.add("out.hesitant", [
    "not sure", "i'm not sure", "dunno", "idk", "just kidding", "jk", "wish i could", "مش متأكد",
    "مش متاكد", "مش متأكدة", "mesh 3aref", "msh 3aref", "mesh 3arfa", "5ayef", "khayef", "خايف",
    "مش عارف", "نمیدونم", "نمی دونم", "nemidoonam", "nemidunam", "بعدا تصمیم", "ba'dan tasmim",
    "شوخی کردم", "shookhi kardam", "shookhi", "بعدين اقرر", "لسا مش متأكد", "پتہ نہیں", "سوچ کر بتاؤں",
    "motmaen nistam", "مطمئن نیستم", "hanooz motmaen", "lessa msh mota2aked", "msh mota2aked",
    "mesh mota2aked", "mota2aked", "bezar fekr konam", "بذار فکر کنم", "بزار فکر کنم", "let me think",
    "yemken", "msh leko", "mesh leko", "مش ليكو", "not for you", "wrong chat", "ابھی نہیں",
])

L.add("out.stop_verb", [
    "wa22efo", "wa2efo", "wa22ef", "wa2fooha", "7bso", "7absou", "7bsou", "7absso", "حبسو", "حبسوا",
    "ارحموني من", "ريحوني من", "qat", "qate",
])
L.add("out.msg", ["messageat", "lmessageat", "lmessages", "newsletter", "el newsletter", "الميساجات"],
      stem=True)
L.add("out.neg_send", [
    "la 3ad ters", "ma3ad ters", "ma 3ad ters", "la3ad ters", "ma3ad terslo", "la 3ad terslo",
], stem=True)
L.add("out.send_ar", ["تصيفطو", "تصيفطوا", "تصيفط", "صيفطو", "تبقاوش تصيفطو"], stem=True, clitic=True)
L.add("out.dont_want", [
    "msh 3yza", "msh 3yz", "mesh 3yza", "mesh 3yz", "msh 3ayza", "mosh 3ayz", "وما ابي", "وما ابغى",
    "وما بدي", "ومش عايز", "ومش عايزه", "وما اريد", "ولا اريد", "ma bghitch", "ma bghit", "mabghitch",
])
L.add("out.remove", [
    "تشيلوا", "تشيلو", "تحذفوا", "تحذفو", "تمسحوا", "تمسحو", "kharejam konid", "kharejam konin",
    "kharejesh konid", "خارجش کنید", "خارجش کنین", "خارجم کنین",
])
L.add("out.without", ["بلا", "ballash", "bala el", "balash el"])
# "If you don't stop the messages ...": a threat that demands the stop.
L.add("out.threat_if", [
    "اذا ما", "إذا ما", "لو ما", "لو مش", "اذا مش", "lw ma", "law ma", "iza ma", "eza ma", "if you don't",
    "if you dont", "if you do not", "unless you", "if u don't", "if u dont",
], stem=True)
L.add("out.neg_remove", ["پاک نکنید", "حذف نکنید", "قطع نکنید", "پاک نکنین", "حذف نکنین",
                         "pak nakonid", "hazf nakonid", "ghat nakonid", "pak nakonin", "hazf nakonin"])
L.add("out.my_contact", ["ra2my", "ra2amy", "ra2ami", "nemrty"], clitic=True)
L.add("out.remove", ["نکالو", "نکال دو", "نکالیں", "نکال دیں"])

# Phrasings from the b9 batch's training lines (Darija, Gulf, Egyptian, Tunisian, Finglish, English).
L.add("out.stop_verb", ["n7bes", "n7abbes", "7bes", "7abbes", "nwa9ef", "ba6lo", "ba6loo", "ba6lou"])
L.add("out.remove", [
    "7ydo", "7aydo", "7idou", "7ydou", "el8o", "el8oo", "elghoo", "elghou", "ارفعوا", "ارفعو", "شيلوا",
    "إزالة", "ازالة", "بإزالة", "بازالة", "biarid biroon", "biarin biroon", "biroon biarid",
    "bekeshid biroon", "بیرون بیارید", "بیارید بیرون", "نحيوني", "نحيني", "na7iweni", "na7iwni",
])
L.add("out.phrase", [
    "7iydoni", "7ydoni", "7aydoni", "نحيوني", "نحيني", "na7iweni", "na7iwni", "unsubscribe my number",
    "unsubscribe my email", "unsubscribe this number", "unsubscribe my mobile", "انسابسکرایب کنید",
    "آنسابسکرایب کنید", "انسابسکرایبم کنید", "آنسابسکرایبم کنید", "انسابسکرایب کن", "آنسابسکرایب کن",
], clitic=True)
L.add("out.my_contact", ["numero dyali", "nemra dyali", "ra9mi", "ra9m dyali", "بريدي الإلكتروني",
                         "بريدي الالكتروني"], clitic=True)
L.add("out.dont_want", [
    "msh me7taga", "msh me7tag", "mesh me7tag", "mesh me7taga", "msh m7taga", "msh m7tag",
    "ما عاد بدي", "ماعاد بدي", "ما عاد ابي", "ما عاد ابغى", "ما عادش", "ماعادش",
])
L.add("out.neg_send", [
    "la t3od tersil", "la t3ood tersil", "la t3odon tersloon", "matersloosh", "matersloush",
    "ma tersloosh", "matb3atoosh", "ma teb3atoosh",
], stem=True)
L.add("out.send", ["teb3atooli", "teb3atoli", "teb3atolly", "tb3tooli", "teb3atoly", "تبعثولي",
                   "تبعثوا", "تبعثو"], stem=True)
# "I'm done with your ads": said of our messages, the customer is leaving them.
L.add("out.done_with", ["done with", "so done with", "5lset men", "5alast men", "khlast men", "خلصت من",
                        "خلصنا من", "khalas shodam az", "خلاص شدم از"])
# Hesitation words the b9 training lines use: a request taken back, or thought about aloud.
L.add("out.hesitant", [
    "no wait", "wait no", "wait actually", "actually no", "never mind", "nevermind", "actually never",
    "لا لحظة", "لا لحظه", "لا خلاص خلوها", "نه صبر کنید", "نه صبر کن", "شایدم نه", "بعدا خبر میدم",
    "la la7za", "la 5alas msh mohem", "msh mohem", "شاید بخوام", "ولی فعلا نه", "fe3lan na",
    "ma3reftch", "ma 3reftch", "ma3raftch", "ma3reftsh",
])
L.add("out.considering", ["should probably", "i should probably", "maybe i should", "probably should",
                          "thinking of unsubscribing"])
L.add("out.suggest", ["bel leil", "bil leil", "fel leil", "nhar l", "jem3a", "jom3a", "jum3a", "بالليل",
                      "iftar", "الإفطار", "افطار"])
L.add("out.cost", ["rayegan", "rayegane", "raayegan", "majjani"], stem=True)
# "stop sending me the wrong flavour": the wrong item, not our messages.
L.add("guard.phrase", ["sending me the wrong", "send me the wrong", "sent me the wrong"])
# From corpus b10's training lines: Urdu, Gulf and Levantine Arabizi, Darija, formal Persian,
# requests made for a relative, and "no need to send".
L.add("out.post_verb", [
    "نہ بھیجیں", "نہ بھیجو", "مت بھیجو", "مت بھیجیں", "نہ کیا جائے", "مت کرو",
    "مت کریں", "روک دیں", "روکیں", "روک دو", "بند کر دیں", "بند کریں", "زحمت نہ کریں",
    "hazf namayid", "حذف نمایید",
])
L.add("out.msg", ["میسج", "میسجز", "میسیج", "میسیجز", "پیغام", "پیغامات", "پروموشنل", "پروموشنز",
                  "ای میلز", "اشتہارات", "اشتہار", "سروے", "کالیں", "تنبيهات", "tanbihat", "isti6la3at",
                  "estebyanat", "survey", "feedback requests", "appeals", "donation appeals"], stem=True)
L.add("out.phrase", [
    "کچھ نہ بھیجنا", "کچھ نہ بھیجیں", "کچھ مت بھیجو", "کچھ مت بھیجیں", "la tarsloon", "la tersloon",
    "ma tb3tli ay", "ma tb3atli ay", "lat7ato 3leh", "6al3ooni", "6al3oni", "tal3ooni", "shilooni",
    "ma ab3'a rasayel", "ma abgha rasayel", "ma abi rasayel", "bla e3lanat", "بلا اعلانات",
    "no feedback requests", "stop asking me", "درش بیارید", "درش بیارین", "dar biarin", "dar biarid",
    "az fehrest", "از فهرست",
], clitic=True)
L.add("out.stop_verb", ["wagef", "wagfo", "waggef", "waggfo", "ba6lo", "بطلوا", "باراكا من", "baraka men",
                        "baraka mn"])
L.add("out.dont_want", ["ma bdi", "ma baddi", "mabdi", "mabaddi", "mesh 3ayzha", "msh 3ayzha",
                        "ma ab3'a", "ma ab3a", "nemikham", "باز آیا"], stem=True)
L.add("out.enough", ["kafa", "bikaffi", "bikaffee", "بيكفي", "كفى"])
L.add("out.neg_send", ["ma tb3tush", "ma tb3tu", "matb3tulish", "matb3tush", "ma tb3tulish",
                       "ma tebe3tush", "la tarsel", "la tersel"], stem=True)
L.add("out.my_contact", [
    "رقمها", "رقمه", "shomareshoono", "shomareshoon", "shomarash", "shomarasho", "shomare pesaram",
    "shomare madaram", "shomare pedaram", "shomare injaneb", "شماره اینجانب", "شمارهشون", "شمارشو",
    "شماره من", "میرا نمبر", "میرا نام", "7iydouh", "numero dyalo",
], clitic=True)
L.add("out.remove", ["مٹاؤ", "مٹا دیں", "مٹائیں", "pak konid", "pak konin", "pakesh konid", "pakesh konin",
                     "7iydouh"])
L.add("out.phrase", ["الغوا رقمها", "الغوا رقمه", "الغوا رقمي", "الغوا رقم"], clitic=True)
L.add("out.hesitant", [
    "لا استنوا", "لا استنى", "استنوا", "la estanna", "aw la", "اوه لا", "أو خليها", "او خليها",
    "ba3deen nshoof", "بعدين نشوف", "بعد میں دیکھوں گا", "na vaysa", "نه وایسا",
    "5alleeni", "خلوه",
])
# "no need to send me discount messages anymore": said politely, still a request.
L.add("out.no_need", ["نیازی نیست", "لازم نیست", "niazi nist", "lazem nist", "no need to", "no need for"])
# From corpus b11's training lines.
L.add("in.phrase", ["rajje3ooni", "rajje3oni", "رجعوني", "رجعوا الرسايل", "رجعوا الرسائل"], clitic=True)
L.add("out.no_need", ["ما في داعي", "مافي داعي", "ما في داعي تبعتولي", "no more"])
L.add("out.remove", ["نحيو", "emsa7", "emsa7o", "ریموو", "ریموو کر دیں", "ہٹا دیں"])
L.add("out.my_contact", ["النيمرو تاعي", "النيمرو", "nemrty", "nemreti", "nemret"], clitic=True)
L.add("out.dont_want", ["mab9itch baghi", "ma b9itch baghi", "ما بقيتش باغي"])
L.add("out.stop_verb", ["awa8ef", "awaqef", "awa2ef", "wa2fo el", "نوقف"])
L.add("out.done_with", ["done ma3"])
L.add("out.msg", ["3roud", "el 3roud", "sondages", "les sondages"], stem=True)
L.add("out.neg_send", ["matb3toolish", "mtb3tlish", "matb3tlish", "la tdizzon", "la tdizzo", "la tdez"],
      stem=True)
L.add("out.phrase", ["hich listi nabasham", "تو هیچ لیستی نباشم", "hazfam konid", "hazfam konin",
                     "hazfam mikonid", "مزید میسج نہیں", "dnd میں", "dnd mein", "put me on dnd",
                     "no more whatsapp", "no more whatsapps"], clitic=True)
L.add("out.post_verb", ["نہ آئیں", "نہ بھیجا کرو", "بند کر دو", "بند کرو"])
L.add("out.said_before", ["لکھ چکا", "لکھ چکی", "لکھا", "بھیج چکا", "بھیجا"])
L.add("out.hesitant", ["oh wait", "wait sorry", "البته نه", "صبر کنید", "sabr konid", "لا لا", "la la",
                       "estanno", "استنو", "اشتباه شد"])
# From corpus b12's training lines.
L.add("out.done_with", ["5elest mn", "5elest men", "5alast mn", "5lset mn"])
L.add("out.dont_want", ["ma3ad bdi", "ma3ad baddi", "mabaghich", "ma baghich"])
L.add("out.neg_send", ["ma3ad tb3atouli", "ma3ad tb3atooli", "balash tb3tuli", "balash teb3atooli",
                       "balash tb3atooli"], stem=True)
L.add("out.stop_verb", ["n7ayed", "discontinue", "discontinued"])
L.add("out.phrase", ["7ayedni", "7aydni", "bala rasayel", "bala rsayel", "بلا رسايل", "رابطہ نہ کریں"],
      clitic=True)
L.add("out.remove", ["7eydo", "e7thfoo", "e7zfo", "ehzfo", "ختم کر دیں"])
L.add("out.my_contact", ["nmra dyali", "nemra dyali", "نمرة ديالي"], clitic=True)
L.add("out.msg", ["rsayel", "rsa2el", "rasa2il"], stem=True)
L.add("out.enough", ["enough"])
L.add("out.post_verb", ["رابطہ نہ کریں", "ہٹا دیجیے", "ہٹا دیجئے"])
L.add("out.threat_if", ["آیا تو", "آئے تو", "بھیجا تو", "بھیجے تو"])
L.add("in.wrong_number", ["eshtebahi shomare", "اشتباهی شماره"])
L.add("out.hesitant", ["nvm", "actually nvm", "albate shayad", "shayad bazam", "نہیں رکو", "رکو"])
L.add("guard.phrase", ["خيار ايقاف", "option to stop", "option to unsubscribe", "wa2fet fe3lan",
                       "el rasayel wa2fet", "stopped already", "already stopped"])
L.add("in.phrase", ["زيدوني", "zidouni"], clitic=True)
# Said before: "I've written STOP ten times", «عاشر مرة اكتب ايقاف», "ba3att el8a2 3 marrat".
L.add("out.said_before", [
    "اكتب", "كتبت", "ارسلت", "أرسلت", "بعتت", "بعت", "ba3att", "ba3tt", "ba3at", "katabt", "i wrote",
    "i sent", "i replied", "i've sent", "i have sent", "i texted", "i've replied", "replied", "zadam",
    "زدم", "فرستادم", "ferestadam", "neveshtam", "نوشتم", "3amalt", "3mlt", "عملت", "sent",
], clitic=True)
L.add("out.repeat", [
    "مرة", "مره", "مرات", "marra", "marrat", "mara", "bar", "بار", "times", "time", "lessa", "لسه", "لسا",
    "still", "hanooz", "هنوز", "مازال", "ما زال", "again", "dobare", "دوباره", "bazam", "بازم",
], clitic=True)
L.add("out.list", ["qa2mat", "qa2ma", "qa2emat", "2a2mat"], stem=True)
# From corpus b14's training lines.
L.add("out.remove", ["7ayydouh", "7ayydo", "7ayydou", "7ayyed", "حيدوه", "حيدوها"])
L.add("out.phrase", ["7ayydni", "7ayydouni", "7ayyedni", "7ayydoni"])
L.add("out.msg", ["sondage"], stem=True)
L.add("scope.surveys", ["sondage", "sondages", "les sondages"])
L.add("out.neg_send", ["la tb3at", "la teb3at", "la 3ad teb3at", "la 3ad tb3at", "la3ad teb3at",
                       "la 3ad tersel", "la3ad tb3at"], stem=True)
L.add("out.hesitant", ["نہیں رہنے دیں", "رہنے دیں", "ویسے پتا نہیں"])
L.add("out.phrase", ["bla rasayel tany", "bla rasa2el tany", "bla surveys", "bla messages tany"])
L.add("out.done_with", ["kari nadaram", "کاری ندارم", "kari nadarim"])
L.add("out.msg", ["tablighatetoon", "tablighatetun", "tablighatoon", "payamakatoon", "payamaketoon",
                  "payamhatoon"])
# From corpus b15's training lines.
L.add("in.wrong_number", ["ra2m ghalat", "raqam ghalat", "ra9m ghalat", "rakam ghalat", "الرقم غلط",
                          "رقم غلط", "نمرة غلط", "النمرة غلط"])
L.add("out.done_with", ["5lst mn", "5elst mn", "tamoome", "دل بھر گیا"])
L.add("out.phrase", ["bla 3roud", "bla i3lanat", "bla pub", "7ayyedouni", "7ayedouni", "7ayyedoni",
                     "na payamak bedid", "na sms bedid", "نه پیامک بدید", "نه پیامک بدین", "تبلیغات نه",
                     "tablighat na"])
L.add("out.phrase", ["فكوني من رسايل", "فكونا من رسايل", "فكوني من الرسايل"], stem=True)
L.add("out.neg_send", ["ma3ad tb3t", "ma3ad teb3at", "ma3ad tb3at", "ma 3ad tb3t", "ma 3ad teb3at"],
      stem=True)
L.add("out.remove", ["nzzlo", "nazzlo", "nazlo", "7ayd"])
L.add("out.list", ["lista"])
L.add("out.msg", ["l'pub", "pub", "اشهارات", "الاشهارات", "الإشهارات", "اشهار", "الاشهار"])
L.add("scope.marketing", ["l'pub", "pub", "اشهارات", "الاشهارات", "الإشهارات", "اشهار", "الاشهار"])
L.add("out.post_verb", ["نہیں بھیجنا", "مت بھیجنا", "نہ بھیجنا", "سے آزاد کریں", "سے آزاد کرو"])
L.add("out.how_got", ["کیسے آیا", "کہاں سے ملا", "کہاں سے آیا", "از کجا آوردید", "از کجا آوردین",
                      "ra2mi mnin", "ra9mi mnin"])
L.add("out.hesitant", ["msh mot2aked", "mesh mot2aked", "na na", "eshtebah shod", "ولش کن",
                       "velesh kon"])
L.add("out.suggest", ["شبا", "شب ها", "شبها", "نص الليل"])
L.add("in.phrase", ["zeedo ra2mi", "zido ra2mi", "zeedo ra9mi", "دوبارہ میسج چاہئیں",
                    "دوبارہ میسج چاہیے"])
# From corpus b16's training lines.
L.add("out.done_with", ["nkhrej mn", "n5rej mn", "nkhroj mn"])
L.add("out.dont_want", ["ma 3ad ebghi", "ma3ad ebghi", "ma 3ad abghi", "ma3ad abghi", "ma b2a baddi",
                        "mab2a baddi"])
L.add("out.remove", ["7ayyedo", "7ayyedou", "7ayedou"])
L.add("out.neg_send", ["ma t3odo tb3at", "ma t3odou tb3at", "matt3odo tb3at", "ma tb3tli", "ma tb3tili",
                       "ma tb3t"], stem=True)
L.add("out.phrase", ["la 3orood", "la 3roud", "حلوا عني برسايل", "حلو عني برسايل"], stem=True)
L.add("out.post_verb", ["naferstid", "naferestid", "nafrstid", "naferstin"])
# «اگه این پیامکا قطع نشه ... گزارش میدم», "law wesletni resala kaman ...": a condition on the
# messages that a threat completes (see _threat_demand).
# From corpus b17's training lines.
L.add("out.phrase", ["ballesh surveys", "balash surveys", "ballesh rasayel", "balash rasayel",
                     "off your sms list", "off your list", "off your mailing list", "off your texting list",
                     "do not wish to be contacted", "don't wish to be contacted", "dont wish to be contacted",
                     "do not wish to receive", "don't wish to receive"])
L.add("out.neg_send", ["bla ma tsifto", "ma tetsel biya", "ma tetasal biya", "ma tetsalo biya"], stem=True)
L.add("out.done_with", ["tamoom kardam", "تموم کردم", "تنگ آ چکا ہوں", "تنگ آ گیا ہوں", "تنگ آ چکی ہوں",
                        "تنگ آ گئی ہوں"])
L.add("out.post_verb", ["آف کر دیں", "آف کردیں", "آف کریں", "آف کر دو"])
L.add("out.hesitant", ["group el tany", "el group el tany", "wrong chat", "wrong group", "گروه اشتباه",
                       "mota2akked", "mot2akked", "mota2aked", "تصمیم نگرفتم", "هنوز تصمیم", "یا نه فعلا",
                       "فعلا بفرستید"])
L.add("out.suggest", ["prayer time", "during prayer", "وقت الصلاة", "وقت الصلاه", "وقت نماز"])
# From corpus b18's training lines.
L.add("out.neg_send", ["ma ba3tu", "ma tba3tu", "ma ba3at li", "ma tba3at li"], stem=True)
L.add("in.wrong_number", ["ghalat fel raqam", "ghalat fel ra2m", "ghalat fi el raqam"])
L.add("out.msg", ["rasala", "rasa2el"])
L.add("out.msg_core", ["rasala", "rasa2el"])
L.add("out.phrase", ["wa2fo kel shi", "wa22fo kel shi", "wa2fo kol shi", "wa22fo kol shi"])
L.add("out.phrase", ["بلاها الاستبيان", "بلاها الرسايل", "بلاها العروض", "بلاش استبيانات", "بلاش الاستبيانات",
                     "نہ کال چاہیے نہ میسج", "نہ کوئی کال چاہیے نہ میسج"], stem=True)
L.add("out.remove", ["فسخوا", "فسخو", "امسحوه", "امسحوها"])
L.add("out.my_contact", ["نومرويا", "نومرو متاعي", "النومرو"])
L.add("out.done_with", ["شبعت من", "شبعنا من"])
L.add("out.dont_want", ["نمیخوان", "نمی خوان"])
L.add("out.post_verb", ["سے جان چھڑائیں", "سے جان چھڑاؤ", "جان چھڑائیں"])
L.add("out.hesitant", ["mt2aked", "msh mt2aked", "la esta9na", "esta9na", "hang on no", "hang on",
                       "na sabr kon", "ya shayad na", "یا شاید فقط", "نه ببخشید", "یا شاید"])
L.add("out.suggest", ["at midnight", "in the morning instead", "instead", "on saturdays", "on fridays",
                      "on weekends", "نماز کے وقت"])
# From corpus b19's training lines.
L.add("out.neg_send", ["ma tsiftouliach", "matsiftouliach", "ma tsiftoulich", "mat3atoosh", "matb3atoosh"])
L.add("out.msg", ["istibyanat", "estebyanat", "istibyan", "estebyan"])
L.add("scope.surveys", ["istibyanat", "estebyanat", "istibyan", "estebyan"])
L.add("out.stop_verb", ["wa2fu", "wa22fu"])
L.add("out.enough", ["barka mn", "baraka mn", "barka mn l", "baraka mn l", "barka men l"])
L.add("out.remove", ["اسحبوا", "اسحبو"])
L.add("out.phrase", ["عضویتمو لغو", "عضویتم رو لغو", "عضویتمو لغو کنید", "ڈو ناٹ کال لسٹ", "do not call list",
                     "do-not-call list", "dnd list"])
L.add("out.post_verb", ["موصول نہیں کرنا چاہتا", "موصول نہیں کرنا چاہتی"])
L.add("out.hesitant", ["مو متأكد", "مو متاكد", "خلوني أفكر", "خلوني افكر"])
L.add("out.threat_if", ["law ba3atom", "ila ma 7iyadtouch", "ila ma 7ayadtouch", "ila ma 7iydtouch"])
L.add("out.threat_if", ["law ba3atou", "law ba3attu", "law ba3tou", "إذا وصلتني", "اذا وصلتني",
                        "if i get one more", "one more promo"])
L.add("out.threat_if", ["رسالة كمان", "رساله كمان", "رسالة ثانية", "one more message", "one more sms",
                        "one more text", "one more email", "یه پیامک دیگه", "یک پیامک دیگه"])
L.add("out.threat_if", ["قطع نشه", "قطع نشن", "قطع نشود", "ghat nashe", "ghat nashan", "law wesletni",
                        "law weslatni", "ila wslatni", "ila weslatni", "ila bqito tsifto"])


# From corpus b20's training lines.
L.add("out.stop_verb", ["wgfoo", "wgfo", "wagfoo", "wagfo", "wgfooha", "wgfoha"])
L.add("out.msg", ["msjat", "masjat", "msj", "el msjat"])
L.add("out.post_verb", ["tewa2afha", "tewa2afhom", "twa2afha", "twa2afhom", "tewa2afoha", "بند کراؤ",
                        "بند کرائیں", "بند کروائیں", "بند کرواؤ", "بند کروا دیں"])
L.add("out.post_verb_weak", ["نہ کریں", "نہ کرو"])
L.add("out.phrase", ["نو مور مسجز", "نو مور مسج", "نو مور رسایل", "wa2afo kolo", "wa2afou kolo", "wa2fo kolo",
                     "دیگه مزاحم نشین", "دیگه مزاحم نشید", "دیگه مزاحمم نشین", "دیگه مزاحمم نشید",
                     "dige mozahem nashid", "dige mozahem nashin"])
L.add("out.dont_want", ["ما بقيتش بغيت", "مابقيتش بغيت", "ما بغيتش", "مابغيتش", "ma b9itch bghit",
                        "ma bghitch"])
L.add("out.neg_send", ["ma tsiftouli", "matsiftouli", "ma tsifto li"])
# «سيبوني في حالي من الرسايل», «خلوني بحالي من رسايلكم»: leave me alone, with the messages named.
L.add("out.leave_alone", ["سيبوني في حالي", "سيبوني بحالي", "خلوني بحالي", "خلوني في حالي", "خلوني بحالى",
                          "sibooni fe 7ali", "sebouni f 7ali", "5alooni b7ali", "khalouni b7ali"])
L.add("out.remove", ["hata do", "hata dein", "hata den", "nikal do", "nikal dein", "خارج کیا جائے",
                     "خارج کر دیں", "خارج کریں", "سےنکال دیں", "سےنکال دو"])
L.add("out.my_contact", ["mera number", "mera no", "mera nmbr"])
L.add("out.en_keyword", ["stopp", "stoppp"])
L.add("out.stop_verb", ["stopp", "stoppp"])
L.add("out.hesitant", ["let me ask", "ask my husband", "ask my wife", "unless there's a",
                       "unless there is a"])
L.add("out.suggest", ["a7san li", "a7san lia", "ahsan li", "before 7am", "before 8am", "before 9am",
                      "before 10am", "after 8pm", "after 9pm", "after 10pm", "after 11pm"])
L.add("out.how_to", ["کدومش رو باید بزنم", "کدومو بزنم", "کدوم رو بزنم", "kodoomo bezanam"])
L.add("guard.phrase", ["badal el el8a2", "badal el ilgha2", "badal el elgha2", "instead of unsubscribing",
                       "instead of cancelling", "بدل الالغاء", "بدل الإلغاء", "به جای لغو", "be jaye laghv",
                       "قطعش نکنید", "قطعش نکنین", "قطع نکنید", "لغوش نکنید", "ghatesh nakonid",
                       "من الباقة", "من الباقه", "الباقة الأسبوعية", "الباقة الشهرية", "پیکج ان سبسکرائب",
                       "پیکیج ان سبسکرائب", "اب میسج نہیں آتے", "اب میسج نہیں آ رہے", "ab msg nahi aate"])
L.add("out.hesitant", ["نه وایسید", "نه وایسین", "na vaysid", "na vaysin"])
L.add("out.threat_if", ["یه بار دیگه بیاد", "یک بار دیگه بیاد", "یه بار دیگه بفرستین", "یه بار دیگه بفرستید",
                        "ye bar dige biad", "ye bar dige befrestin"])

# From corpus b21's training lines.
L.add("out.remove", ["tshilouni", "tsheelouni", "shilouni", "sheelouni", "shilni", "tshelo", "tshelou",
                     "tla3ouni", "tal3ouni", "tal3oni", "tl3ouni", "tla3oni"])
L.add("out.threat_if", ["ila ma 7bestouch", "ila ma 7bsstouch", "ila ma wgaftouch"])
L.add("out.msg", ["lmessagat", "messagat", "l messagat", "lmessajat", "messajat", "الإشهار", "الاشهار",
                  "إشهار", "اشهار"])
L.add("out.phrase", ["ديرو بلوك للنمرة", "ديرو بلوك لنمرتي", "dirou block", "diro block"])
L.add("out.stop_verb", ["cut it out with", "cut out the"])
L.add("out.post_verb", ["jamesh konid", "jamesh konin", "جمعش کنید", "جمعش کنین", "مت بھیجو", "مت بھیجیں",
                        "مت بهيجو", "مت بهیجو", "mat bhejo", "mat bhejna", "mat bhejein", "بس کر دو",
                        "بس کرو"])
L.add("out.light_verb", ["kar do", "kar dein", "kardo", "kr do", "kr dein", "kr den", "krdo", "kar raha hoon",
                         "kar raha hun", "kr raha hun", "kar rahi hoon"])
L.add("out.suggest", ["marra fel shahr", "marra fel esboo3", "marra fel osbo3", "مرة في الشهر",
                      "مرة في الاسبوع", "مره بالشهر", "بعد العشاء", "وقت الدوام", "بعد الخمس", "بعد المغرب",
                      "so many", "ساعات اداری", "عصرا بفرستید", "عصر بفرستید", "saat edari", "اتوار کو",
                      "چھٹی کا دن", "چھٹی والے دن"])
L.add("out.hesitant", ["la2 estanna", "la2 istanna", "la estanna", "لا استنى", "لا استنا"])
L.add("out.how_to", ["یعنی چی", "یعنی چه", "باید بزنم"])
L.add("out.temporary", ["اگلے مہینے تک", "next month tak", "until next month"])
L.add("guard.phrase", ["stop ignoring", "ozviate bashgah ro laghv", "عضویت باشگاه رو لغو",
                       "hesabamo bebandid", "حسابمو ببندید", "برای لغو عدد", "جهت لغو عدد", "برای لغو 11",
                       "جهت لغو 11"])
L.add("in.mistake", ["بچه م با گوشیم", "بچم با گوشیم", "من نخواستم لغو بشه"])

# From corpus b22's training lines.
L.add("out.neg_send", ["la t3ood tirsel", "la t3ood tersel", "la t3ood tirsil", "la ta3ood tursil",
                       "la t3odo tirslo", "la t3ood tb3at", "3adam irsal", "3adam ersal", "3adam el irsal"])
L.add("out.leave_alone", ["saybouna b7alna", "saybouni b7ali", "sayboni b7ali", "sayebna b7alna"])
L.add("out.dont_want", ["ma bghina", "mabghina", "nmikham", "nmikhaam", "nemikhaam"])
L.add("out.msg", ["3rood", "3orood", "3orod", "el 3rood", "masajat", "el masajat", "masajaat", "ایڈز",
                  "ایڈ", "یه اس", "یک اس", "یه اس ام اس"])
L.add("out.msg_core", ["یه اس دیگه", "یک اس دیگه"])
L.add("out.post_verb", ["twa2fuha", "twa2fooha", "twa2foha", "tewa2fuha", "el8oha", "elghoha", "ilghoha",
                        "band karo", "band kar do", "band kardo", "band karein", "band kar dein"])
L.add("out.stop_verb", ["tlghou", "tlghoo", "tl8ou", "tlghu"])
L.add("out.remove", ["nfasa5", "nfassa5", "fas5ou", "fass5ou", "tfasa5", "تحذفون", "تحذفوا", "تشيلون",
                     "hazf farmaeed", "hazf farmaid", "hazf befarmaeed", "حذف فرمایید", "حذف بفرمایید",
                     "حذف نمایید", "پاکم کن", "پاکم کنین", "nikal den", "nikal dain"])
L.add("out.phrase", ["activate dnd", "enable dnd", "dnd activate", "dnd on", "w2f ersal", "wa2ef ersal",
                     "wa2fo ersal", "wa2fo el ersal", "w2f el ersal", "wa2ef el irsal", "age hazfam nakonid",
                     "age hazfam nakonin",
                     "اگه حذفم نکنید", "اگه حذفم نکنین", "اگر حذفم نکنید"])
L.add("out.done_with", ["کارم تمومه", "کارم تموم شد", "karam tamoome", "karam tamoomeh"])
L.add("out.threat_if", ["یه اس دیگه", "یک اس دیگه"])
L.add("in.mistake", ["mn 8er ma a2sod", "men 8er ma a2sod", "mn gher ma a2sod", "men gheir ma a2sod",
                     "bdoon ma a2sod", "من غير ما اقصد", "من غیر ما اقصد"])
L.add("in.phrase", ["raga3 el eshterak", "rag3o el eshterak", "رجع الاشتراك", "رجعوا الاشتراك"])
L.add("guard.phrase", ["ما ابی الغی", "مابی الغی", "ما ابغی الغی", "ما بدی الغی", "مش عايز الغي",
                       "للالغاء ارسل",
                       "للإلغاء أرسل", "لالغاء الاشتراك ارسل", "لا توقفوا", "لا توقفون", "ما توقفوا",
                       "stop-and-go", "stop and go", "منظورم سفارش بود", "منظورم سفارشم بود",
                       "manzooram sefaresh bood", "sending the courier", "send the courier",
                       "sending the driver", "send the driver", "sending the technician"])
L.add("out.considering", ["أفكر", "بفكر", "عم فكر", "afakar", "bafakar", "bfakar"])
L.add("out.hesitant", ["hala ba'dan", "hala badan", "hala ba3dan", "حالا بعدا", "نہیں رہنے دو",
                       "رہنے دو ابھی",
                       "rehne do abhi"])
L.add("out.suggest", ["آخر هفته ها", "آخر هفته", "اخر هفته ها", "اخر هفته", "akhar hafte", "akhare hafte",
                      "بقیه روزا", "baghie rooza"])

# From corpus b23's training lines.
L.add("out.neg_send", ["ma tsifto liya", "ma tsifto lia", "matsifto liya", "ma3adch tab3thouli",
                       "ma3adch tab3tholi", "ما تبعثوليش", "ماتبعثوليش", "ما تبعثولیش"])
L.add("out.stop_verb", ["el8i", "alghi", "a2lghi", "elghi", "7absouli", "7bsouli", "7abssouli", "wagfoon",
                        "wgfoon", "waqfoon", "wagfon", "tw2afo", "tewa2afo", "twa2fo"])
L.add("out.post_verb", ["battaloha", "batloha", "battaluha", "توقفوها", "توقفوهم", "tamumesh konid",
                        "tamoomesh konid", "tamomesh konid", "بس کر دیں", "بس کر دیجئے"])
L.add("out.msg", ["les messages", "les sms", "les msg", "ميساجات", "الميساجات"])
L.add("out.remove", ["tsheelo", "tshilo", "tsheelu", "t7thfoon", "t7zfoon", "t7dfoon", "آپٹ آؤٹ کر دیں",
                     "آپٹ آؤٹ کریں", "ہٹا سکتے ہیں", "نکال سکتے ہیں"])
L.add("out.my_contact", ["ra8mi", "ar2am", "el ar2am"])
L.add("out.without", ["bala4", "balash"])
L.add("out.enough", ["بركاو من", "barkaw mn", "barkaw men"])
L.add("out.no_need", ["نیازی به", "niazi be"])
L.add("out.dont_want", ["تمایلی به", "tamayoli be"])
L.add("out.light_verb", ["کرنا ہے"])
L.add("out.phrase", ["ya reit tshilouni", "ما فيه داعي تراسلوني", "ما في داعي تراسلوني", "لا داعي لمراسلتي",
                     "ولا يبعتلي رسايل", "cease all communication", "cease communication", "cease contact",
                     "if you stopped messaging", "if you stopped texting", "you stopped texting me",
                     "you stopped messaging me", "rather not receive", "no longer interested in hearing from",
                     "not interested in hearing from you", "kari be tablighatetun nadaram",
                     "kari be tablighatetoon nadaram", "کاری به تبلیغاتتون ندارم", "do not disturb پر",
                     "dnd پر", "التوقف عن مراسلتي"])
L.add("in.phrase", ["عاود صيفطو", "عاودو صيفطو", "3awd sifto", "3awdo sifto"])
L.add("guard.phrase", ["ma ba3atsh stop", "3amil 3andi", "عميل عندي", "a customer of mine", "my customer",
                       "ما تعرفوا تبعتو", "ما تعرفوا ترسلو", "اللي ما إلها لزوم", "اللي ما الها لزوم",
                       "i'm driving", "im driving", "unsubscribe from what", "texted stop to",
                       "and now my otp", "daily bundle", "weekly bundle", "monthly bundle", "data bundle",
                       "keep my free account", "paper statements", "paper statement", "paper bills"])
L.add("out.temporary", ["مؤقت", "موقت", "مؤقتا", "موقتا"])
L.add("out.hesitant", ["actually wait", "wait till", "wait until", "البته تخفیف"])
L.add("out.suggest", ["kam konid", "کم کنید", "کم کنین"])

# From corpus b24's training lines.
L.add("out.remove", ["tshelni", "tsheelni", "tshilni", "7iyed", "7ayed", "7aydo", "te7zefo", "te7zefoo",
                     "t7zefo", "shil", "atshal", "تمسحون", "امسحوا", "خارج کر دیا جائے"])
L.add("out.my_contact", ["numero dyali", "nmra dyali"])
L.add("out.msg", ["les pubs", "pubs", "e3lanatko", "e3lanat", "tarweej", "el tarweej", "pyamak", "میلنگ لسٹ"])
L.add("out.list", ["میلنگ لسٹ"])
L.add("out.neg_send", ["matb3tleesh", "matb3tlish", "matba3toleesh", "matba3tlish", "matetsalosh biya",
                       "matba3toosh", "matba3tosh", "na bhejein", "na bhejen", "na bhejo"])
L.add("out.phrase", ["ma ast2bel rasayel", "ma asta2bel rasayel", "la as2ila ba3d", "la as2ela ba3d",
                     "ma 3ad badde yewsalni", "ma badde yewsalni", "batalo tb3atoli", "batlo tb3atoli",
                     "battalo teb3atouli", "can i not get the", "f off with", "fuck off with",
                     "quit hitting my phone", "payamak ersal nashe", "ersal nashe", "عدم تمایل به دریافت",
                     "اس نده", "اس ندید", "اس ام اس نده"])
L.add("out.done_with", ["5allast men", "khallast men"])
L.add("out.threat_if", ["law ma waqaftaw", "law ma wa2aftu", "law ma wa2aftou", "ye bar dige sms bedin",
                        "ye bar dige sms bedid"])
L.add("out.dont_want", ["ma ard"])
L.add("out.no_need", ["لم أعد بحاجة", "لم اعد بحاجه", "لم اعد بحاجة"])
L.add("out.post_verb", ["ndid", "نہ بھیجیے گا", "نہ بھیجیے"])
L.add("in.phrase", ["badde erja3 esta2bel", "erja3 esta2bel"])
L.add("out.suggest", ["ba3d nos el leil", "nos el leil", "خففوها"])
L.add("out.temporary", ["le7ad ma arga3", "la7ad ma arja3"])
L.add("guard.phrase", ["ما ودي اوقف", "ما ابی اوقف", "ما ابي اوقف", "i unsubscribe from everything",
                       "sefaresham laghv beshe", "ان سبسکرائب کرنے کا لنک", "کرنے کا لنک", "بند کرنے کا فارم"
                       ])
L.add("out.hesitant", ["maybe unsubscribe", "unsubscribe me later", "i'd miss", "i think i want to"])

# From corpus b25's training lines.
L.add("out.neg_send", ["ma t3awdouch tsiftou", "ma t3awdouch", "mtb3tolish", "matb3tolish", "la tursilooli",
                       "la tersilooli", "mat ba3toulish", "matba3toulish"])
L.add("out.phrase", ["revoke el mowafa2a", "ba6lu tarsloon", "ba6lo tarsloon", "ya reet tshilooni",
                     "cancel subscription el sms", "نحو رقمي", "نحوا رقمي", "ألا تراسلوني", "الا تراسلوني",
                     "لست مهتما برسائلكم", "لست مهتمه برسائلكم", "if you stopped sending", "don't send more",
                     "dont send more", "get off the mailing list", "get off your mailing list",
                     "pack it in with", "gom shid az gushim", "گم شید از گوشیم", "قطع ارسال پیامک",
                     "درخواست قطع ارسال", "پیغام رسانی منقطع", "منقطع کریں", "وصول کرنے میں کوئی دلچسپی نہیں",
                     "دوبارہ مت پوچھنا", "آپٹ آؤٹ کرنا چاہوں گا", "آپٹ آؤٹ کرنا چاہتا", "کمیونیکیشن وصول نہیں"
                     ])
L.add("out.stop_verb", ["el 8a2", "a2fel", "تحبسو", "تحبسوا"])
L.add("out.remove", ["7ezfo", "e7zefo"])
L.add("out.leave_alone", ["حلوا عني", "حلوا عنی", "vel kon", "velam kon", "ولم کن", "ول کن"])
L.add("out.threat_if", ["اگه باز پیامک", "اگر باز پیامک"])
L.add("out.post_verb", ["بند کر دے"])
L.add("in.phrase", ["واپس چالو کرو", "واپس چالو کریں"])
L.add("guard.phrase", ["bel ingilizi", "bel 3arabi", "ma ab8a alghi", "ma abgha alghi", "ما عادش فارقه",
                       "don't stop the", "dont stop the", "stop motion", "منظورم ارسال سفارش", "بند نہ کریں",
                       "بند مت کرنا", "ان سبسکرائب نہیں کیا"])
L.add("out.hesitant", ["msh met2aked", "mesh met2aked", "i'm worried i'll miss", "on second thought",
                       "البته اگه", "فعلا بمونه"])
L.add("out.considering", ["shaklo ha3mel"])
L.add("out.temporary", ["جب تک"])

# From corpus b26's training lines.
L.add("out.phrase", ["n7ouli numero", "ma n7ebch nesta9bel", "ma baddi risayel", "ma baddi rasayel",
                     "baddi ma yousalni", "ما ودي يوصلني", "az tablighat dar biad", "کنسلم کنید از پیامکا",
                     "کنسلم کنید از پیامکها", "ما پیامک نخواستیم", "کوئی پروموشن نہیں لینا",
                     "would you mind not texting", "az group-e sms kharej", "az group sms kharej",
                     "stop hitting my line", "sebouni fe 7aly"])
L.add("out.neg_send", ["ma3ad tirsel", "ma3ad tirsilli", "ma3ad tirsloon", "ma3ad tersloon", "نا بهیجیں",
                       "نا بھیجیں", "pm nadid"])
L.add("out.remove", ["t7ezfo", "tesheelo"])
L.add("out.threat_if", ["ye bar dige payamak bedid", "ye bar dige sms bedid"])
L.add("guard.phrase", ["2ali ib3at", "فما رح أرسل", "ما رح أرسل", "to a different company", "مشتریام",
                       "نه اینکه قطع بشه", "اصلا ولش کنید"])

# From corpus b27's training lines.
L.add("out.phrase", ["mat3atlish rasayel", "ya reet tewa2fooh", "baddi l8i l ishtirak", "l8i l ishtirak",
                     "ma tba3atouli offers", "ma bedi yahon", "el8o2 eshtraki", "tshelooni min qa2emat",
                     "nwa9f had les notifications", "bfaddel ma yweslni", "ma yweslni shi", "la3ad ttrsloon",
                     "ولا ابي اشترك، لا ترسلون", "ما توصلنيش رسايلكم", "does not want your messages",
                     "dige lazem nist akhbar", "آخرم باشه که پیامک", "ہمیشہ کے لیے بند کر دیں",
                     "dnd لسٹ میں ڈال دیں", "میسج بند کروانا ہے", "اپنے میسجز سے معاف"])
L.add("out.remove", ["e2la3ouni", "tshelon el ra8m", "tshelon el ra2m"])
L.add("out.threat_if", ["ila 3awdtou sifttou", "iza btb3atoli kaman marra", "ida ma wagaftaw el rasayel",
                        "law ma battaltosh"])

# From corpus b28's training lines.
L.add("out.phrase", ["battlo tb3tuli", "battlo tba3tuli", "battlu tb3atuli", "desabonniwni", "desabonnini",
                     "na7iwli noumrou", "na7ili noumrou", "ma 3ad tebe3tuli", "ma 3ad tba3tuli",
                     "ma 3ad tb3atuli"])
L.add("out.msg", ["نیوز لیٹر", "نیوز لیٹرز", "مارکیٹنگ کا میسج", "مارکیٹنگ میسج"])
L.add("out.post_verb", ["نہ آئے", "نہ آئیں", "نہیں آنی چاہئیں", "نہیں آنے چاہئیں", "نہیں آنی چاہیے",
                        "نہیں آنا چاہیے"])
# "stop or im going to ofcom": an alternative typed without the apostrophe.
L.add("out.or_else", ["or im", "or i'm", "or imma", "or ill", "or i'll be"], clitic=True)
# «اگه ادامه بدید به ۱۹۵ گزارش میدم. لغو»: "if you carry on" is about the messages.
L.add("out.continue", ["ادامه بدید", "ادامه بدین", "ادامه بدن", "edame bedid", "edame bedin",
                       "if you continue", "if you keep texting", "if you keep sending",
                       "if you keep messaging"])
# «چند بار باید ۱۱ بفرستم؟» asks how often, not how: the request was made before.
L.add("out.how_many", ["چند بار", "چندبار", "چند دفعه", "chand bar", "chandbar", "chand daf'e",
                       "how many times", "كم مرة", "كم مره", "kam marra", "kam mara", "kam marrah",
                       "کتنی بار", "kitni bar", "kitni baar"])

# From corpus b29's training lines.
L.add("out.phrase", ["mish 3awzeen surveys", "msh 3awzeen surveys", "ma ba3ad baddi rasayel",
                     "ma 3ad baddi rasayel", "ashel esmy mn", "ashil esmi mn", "فكوني من الميساجات",
                     "فكوني من الرسائل", "زهقت من عروضكم", "زهقت من رسايلكم", "مش حابب أستقبل",
                     "مش حابب استقبل", "مش حابة استقبل", "would you mind not sending", "mind not sending me",
                     "mind taking me off", "dige naporsid", "دیگه نپرسید", "علاقه ای به دریافت",
                     "رابطہ نہ کیا جائے"])
L.add("out.stop_verb", ["wagfu", "wgfu", "wagfo", "wagfoo", "wagfooha"])
L.add("out.remove", ["tmas7o", "tmsa7o", "tshilu", "tsheelu", "tshilou"])
L.add("out.threat_if", ["iza bteb3to kaman", "iza btb3to kaman", "law bteb3to kaman", "btb3to kman",
                        "bteb3to kman", "lw msh hatshelo", "law msh hatshelo", "lw ba3atoo", "law ba3atoo",
                        "law ma shiltosh", "lw ma shiltosh", "ابعتولي اي رسالة تاني", "ابعتولي رسالة تاني",
                        "لو مبطلتوش", "لو ما بطلتوش", "age ye payamak dige bedid", "ye payamak dige bedid"])
L.add("out.phrase", ["enseraaf"])
L.add("out.suggest", ["bel lel", "bil lel", "fel lel", "6am", "5am", "7am", "6 am", "5 am", "7 am"])
L.add("out.temporary", ["lghayet ma arga3", "la ghayet ma arga3", "la7ad ma arja3", "la7ad ma arga3",
                        "لحد ما ارجع", "لغاية ما ارجع", "ta akhar mah", "ta akhare mah", "تا آخر ماه"])
# DND mode is a phone setting; «ابعتوها SMS» asks for another channel; a rider is not a message.
L.add("guard.phrase", ["وضع عدم الازعاج", "وضع عدم الإزعاج", "ابعتوها sms", "stop sending the rider",
                       "stop sending the driver", "stop sending the courier",
                       "unsubscribe from the gold plan", "unsubscribe from the premium plan",
                       "and go back to basic"])


# From corpus b30's training lines.
L.add("out.phrase", ["ma tba3touli shi", "ma tb3atouli shi", "ma tba3tuli shi", "ma tb3atoli shi",
                     "ma 3ad tb3atoli shi", "ma 3ad tba3toli shi", "mesh 3awza rasayel", "mish 3awza rasayel",
                     "msh 3awza rasayel", "arjo 7adf ra2mi",
                     "la tursil li ay", "ya ret t7aydouni", "ya rit t7aydouni", "بدي وقفها", "بدي اوقفها",
                     "تلغولي الاشتراك", "تلغيلي الاشتراك", "احذفوا الرقم", "واحذفوا الرقم",
                     "احذفوا رقمي", "don't ever contact me", "dont ever contact me", "do not ever contact me",
                     "never contact me again", "subscription to these texts", "cancel subscription to these",
                     "black list konid", "blacklist konid", "black list kon", "بلک لیست کنید"])
L.add("out.msg", ["rsayl", "rsayel", "rsa2el", "اساماس"])
L.add("out.stop_verb", ["w2fo", "w2fou"])
# "law ba3atto resala kaman ha2adem balagh": one message named is about our messages too.
L.add("out.msg_core", ["resala", "resa2el", "rsayl"])
L.add("out.remove", ["bteshilo", "btshilo", "bitshilo"])
L.add("out.en_keyword", ["unsubscibe", "unsubcribe", "unsuscribe", "ان سب سکرائب", "ان سب سکرایب", "استاپ"])
# «صد بار گفتم لغو», "gofte boodam laghv, chera baz mifrestid": said before, and still sent.
L.add("out.said_before", ["گفتم", "گفته بودم", "goftam", "gofte boodam", "gofte budam", "gofte bodam"],
      clitic=True)
L.add("out.repeat", ["baz", "باز"], clitic=True)
L.add("out.suggest", ["wa9t el 9alah", "wa2t el salah", "waqt el salah", "وقت الصلاة", "وقت الصلاه"])
L.add("out.hesitant", ["i might unsubscribe", "might unsubscribe", "i may unsubscribe", "ever stop texting",
                       "ever stop sending", "na bikhial",
                       "مجھے لگتا ہے مجھے", "خیر چھوڑو"])
L.add("guard.phrase", ["kont 3ayez awa2af", "kont 3awza awa2af"])


# From corpus b31's training lines.
L.add("out.phrase", ["la tba3atli shi", "la tb3atli shi", "la tba3tli shi",
                     "eshtraky fel rasayel", "eshtraki fel rasayel", "eshtiraki fel rasayel",
                     "eshtiraki bel rasayel", "ma n7ebch nosl", "ma n7ebch messageet", "ma n7ebch messaget",
                     "ma t3awdosh teb3atouli", "ma t3awdoush teb3atouli", "ma t3awdosh tb3atouli",
                     "ma tba3thouliche", "ma tba3thoulich", "la3ad tarsloon", "la 3ad tarsloon",
                     "law ma 7azaftoni", "law ma 7azaftouni", "لا تشركوني في", "اشتراكي في الرسايل",
                     "اشتراكي في الرسائل", "اشتراكي بالرسايل", "وقفوا هلق", "وقفوها هلق", "حاجة تبعتولي",
                     "ما اشوف رسايلكم", "ما اشوف رسائلكم", "وقفوا الزفت", "ما بغيتش نتوصل", "مابغيتش نتوصل",
                     "knock it off with", "mind not texting me", "mind not texting", "mind not messaging me",
                     "can i not get any more", "not get any more of these", "dige ham naporsin",
                     "dige naporsin", "دیگه نپرسین", "basse laghv", "basse dige laghv", "بسه لغو"])
L.add("out.stop_verb", ["waqqifu", "waqqfu", "waqifu"])
L.add("out.post_verb", ["حبسوهم", "حبسوها", "مت کرنا", "مت کریں", "مت کیجیے"])
L.add("out.dont_want", ["ماباغيش", "مابغيتش", "ما بغيتش"])
L.add("out.remove", ["7aydouh", "7aydouha", "t7adhfoon", "t7azfoon", "2shelooni", "shelooni", "sheelooni",
                     "fassa5", "fas5ou", "tfas5ouch", "ہٹایا جا سکتا ہے"])
L.add("out.list", ["qa2imat", "qa2imet"])
L.add("out.en_keyword", ["ان سبسکرائیب", "ان سبسکراییب"])
# "ye bar dige payamak bedin be taazirat shekayat mikonam": "one more ... and" is the condition of
# a threat, not a request to resend.
L.add("out.conditional", ["ye bar dige az shoma", "ye bar dige payamak bedin", "ye bar dige payamak bedid"])
# «آخه چند بار بگم لغو؟؟؟»: how often it was said, not how to say it.
L.add("out.said_before", ["بگم", "begam"], clitic=True)
L.add("out.suggest", ["ba3d ma yewsal"])
L.add("out.hesitant", ["mesh 3ayez a5sar", "unless you have", "کہتا ہوں رہنے دو"])
L.add("out.how_to", ["hich rahi nist", "rahi nist ke"])
L.add("out.temporary", ["بعد میں بات کرتے ہیں"])
L.add("guard.phrase", ["صرف الشيك", "stuff i didn't order", "stuff i didnt order", "stop nakonid",
                       "stop nakonin", "دیگه تبلیغ نمیاد", "dige tabligh nemiad"])

# From corpus b32's training lines.
L.add("out.phrase", ["la t3'razoni b rasayel", "la t3razoni b rasayel", "ma3ad baddi 2estelem",
                     "ma3ad baddi estelem", "ma3ad yestelem shi", "mesh 3awza ay rasa2el",
                     "ma3ad tbe3tuli shi", "nsheel ra2mi", "bla rasayel ba3d el yom", "ba3do ra2mi 3an",
                     "الغوه من عندكم", "ابعدوا رقمي", "no reason to keep texting me",
                     "didn't get any more of these", "didnt get any more of these", "stop hassling me",
                     "nazar sanji dige na", "نفرس دیگه", "حوصله تبلیغاتتونو ندارم",
                     "حوصله تبلیغاتتون رو ندارم"])
L.add("out.remove", ["7ezfuni", "7ezfoni", "ریمو کنید"])
L.add("out.my_contact", ["rqmi", "shomarama"])
L.add("out.stop_verb", ["حبسوا"])
L.add("out.msg", ["المساجات", "مساجات"])
L.add("out.post_verb", ["ختم کرو", "ختم کریں"])
# A schedule in Darija ("f l3chiya", "ghir nhar") and fewer ads, not none.
L.add("out.suggest", ["f l3chiya", "f lghda", "fl lil", "ghir nhar", "tablighat kamtar",
                      "kamtar she"])
L.add("out.hesitant", ["wala ma ba3rif", "la2 khalas sibooha", "vaysa", "همون کمتر", "اچھا نہیں",
                       "دل کرتا ہے", "يا ريت اقدر"])
L.add("guard.phrase", ["bel english bas", "کاغذی نفرستید", "آٹو ڈیبٹ", "auto debit"])

# From corpus b33's training lines.
L.add("out.phrase", ["ma tersiloon li rasayel", "ma tirsiloon li rasayel", "ma tirsiloon li shay",
                     "ma tersiloon li shay", "mabqetsh 3ayez el surveys", "mab2etsh 3ayez el surveys",
                     "mush 3ayez ay tawasol", "msh 3ayez ay tawasol", "na77i noumrou", "na77iw noumrou",
                     "na77iwni mel liste", "na77iwli el pub", "ma bedi ay survey", "ma baddi ay survey",
                     "yshil raqmi", "teshelo raqmi", "nheb ntna7a mn", "n7eb ntna7a mn",
                     "ma3adsh 3ayez el notifications", "حلوا عن سماي", "الرجاء التوقف", "لا أود تلقي",
                     "off your promo list", "off your marketing list", "hazf konid shomaro",
                     "حوصله پیامکای", "حوصله پیامکاتون", "میسج آنا بند ہو سکتے", "نہ بھیجی جائیں",
                     "آئندہ نہ بھیجیں"])
L.add("out.msg", ["txting", "txts", "پیومک", "messaget"])
L.add("out.post_verb", ["7bsouhom", "7absouhom"])
L.add("out.stop_verb", ["twa2fu", "twa2fo"])
L.add("out.threat_if", ["lo tirsloon mara thanya", "law tirsloon mara thanya", "lo ma wgaftoon",
                        "law ma wgaftoon", "iza btb3atu kaman", "iza bteb3atu kaman"])
L.add("out.conditional", ["law ma fi faydeh", "iza ma fi faydeh"])
L.add("out.hesitant", ["yimkin a3mel", "3la fekra momken", "msh 3arfa a3mel eh", "msh 3aref a3mel eh",
                       "لا خلاص انسوا", "کم کرو یا بند کرو"])
L.add("out.temporary", ["bas ba3d el 3eid", "ye mah payamak nadid", "mosaferat hastam"])
L.add("out.how_to", ["ممكن أوقف"])
L.add("in.phrase", ["لطفا منو عضو", "منو عضو باشگاه"])
# Churn to a rival names the line, not the messages; a duplicate order and a keyword once
# sent by someone else are not requests.
L.add("guard.phrase", ["el8o el khat", "7awlo raqmi", "یکیشو لغو", "یکیش رو لغو", "replied stop to",
                       "replied stop as"])

# From corpus b34's training lines.
L.add("out.phrase", ["eb3edo 3anny", "eb3edo 3ani", "ma t3awdoch tsifto", "ma t3awdouch tsifto",
                     "ela2o eshtraki", "eshtraki f el rasayel", "ilgha2 eshtiraki fi el rasayel",
                     "la tdizoon li", "wa2afoha", "ma bghithomch", "ma baddi rasayel", "ma tba3atouli",
                     "wa2afo ba2a", "ashil rakamy", "سحبوني من", "تبطلوا تبعتولي", "توقفتم عن مراسلتي",
                     "leave me out of your", "liste siahe", "liste siah", "biarinam biroon", "biarid biroon",
                     "laghve 11 ro", "اب کوئی میسج نہیں", "ميسج نه بهيجيں", "نه بهيجيں",
                     "ریوک کرتا ہوں"])
L.add("out.stop_verb", ["7bess", "7bes"])
L.add("out.remove", ["shilo", "تحيدو"])
L.add("out.my_contact", ["ra2me", "rakamy", "الرقم ديالي"])
L.add("out.msg", ["masajat"])
L.add("out.dont_want", ["نمیخام"])
L.add("out.threat_if", ["etha ma wagaftu", "iza ma wagaftu", "law ma wagaftu"])
L.add("out.said_before", ["lazem a2ol", "chandomin bare"], clitic=True)
L.add("out.conditional", ["ye bar dige sms", "إذا ما عندكم", "اذا ما عندكم"])
# «ولا ابي اشترك»: a refusal to subscribe is no opt-in.
L.add("in.refused", ["ولا ابي اشترك", "ما ابي اشترك"])
L.add("out.hesitant", ["khayfa yfoutni", "khayef yfoutni", "لا خلاص مش مهم", "خلاص مش مهم",
                       "i don't know anymore", "i dont know anymore", "ya shayad mikham", "u guys ever stop",
                       "guys ever stop", "مجھے لگتا ہے اب میں"])
# A schedule that works better, the keyword a friend suggested, an account to delete.
L.add("guard.phrase", ["work better for me", "works better for me", "انا ابي العروض", "انا أبي العروض",
                       "مش حل", "hesabam ro hazf", "hesabamo hazf"])

# From corpus b35's training lines. "If you don't stop" names the messages: with a threat it is a demand
# ("nchki bikom l ANRT ila ma 7bsstoch"), so each is both the condition and the request.


def _unless_stopped(conditions: list[str]) -> None:
    L.add("out.threat_if", conditions)
    L.add("out.phrase", conditions)


_unless_stopped(["iza ma wa8aftaw", "ila ma 7bsstoch", "ila ma 7bsstouch", "law mesh hatebattalo",
                 "lw mesh hatebattalo", "law fdeltu teb3ato", "lo ma wgaftoon", "etha ma wagaftu",
                 "iza ma wagaftu", "لو فضلتوا تبعتوا", "iza bteb3atli kamen", "iza btb3atli kamen"])
L.add("out.threat_if", ["اذا جاتني", "اذا وصلتني"])
L.add("out.phrase", ["7bsso had lkhra", "ma tzidoch tba3touli", "ما توصلني عروض", "لا مزيد من الرسائل",
                     "لا مزيد من الرسايل", "no further marketing", "can you not text me",
                     "can you not message me", "can i not get these", "دیگه اس ندین", "اس ندین",
                     "انصراف از همه پیامک", "مجھے میسج نہ کیا کریں"])
L.add("out.remove", ["fasskhni", "fas5ni", "پاک کنین"])
L.add("out.stop_verb", ["t7bsso", "t7bsou"])
L.add("out.msg", ["questionnaires", "questionnaire"])
L.add("out.dont_want", ["نمیخوامشون", "نمیخامشون"])
L.add("out.threat_if", ["lw ma shaltosh", "law ma shaltosh"])
L.add("out.hesitant", ["men ba3d ymken", "7afakker", "ha fakker", "is this how i", "او لا خلوها",
                       "بس قللوها"])
L.add("out.temporary", ["تا بعد از عید"])
L.add("out.how_to", ["يعني بيوقف", "يعني بيوقف كل شي"])
# A language preference, a changed number, e-mail wanted elsewhere, a paid SMS service or plan.
L.add("guard.phrase", ["خلوها عربي", "shomare ghadimi", "shomaram avaz shode", "unsubscribe nemikham",
                       "سرویس پیامک بانک", "پریمیم پلان"])

# From corpus b36's training lines.
L.add("out.phrase", ["emse7o nemrti", "unsubcribe mn el", "mat3awdo tsiftoli", "ma t3awdo tsiftoli",
                     "la tetasloon 3ala", "el8oony", "ma n7ebch nrecevi", "ومابي رسايل", "مابي رسايل",
                     "الا ترسلوا لي", "ألا ترسلوا لي", "lose my number", "pakesh konid vagarna",
                     "ersal nafarmaeed", "opt out mikonam", "از لیست تان بکشید", "مره از لیست",
                     "بند ہی کر دو سارے", "میسجز وصول نہیں کرنے", "سے فارغ کر دیں", "لسٹ میں غلطی سے"])
L.add("out.remove", ["tetla3ooni", "t7zfo", "emse7o", "شلتوا"])
L.add("out.my_contact", ["nemrti", "rakami"])
L.add("out.stop_verb", ["tw9fo", "tw9fou"])
L.add("out.post_verb", ["bas karo"])
L.add("out.threat_if", ["law ma shiltuni", "lw ma shiltuni", "ila 3awdto", "ila 3awdtou", "اذا ما شلتوا",
                        "لو ما شلتوا", "ba3atooli rasayel tani", "another message from you",
                        "دوبارہ میسج کیا تو"])
L.add("out.or_else", ["ola nchki", "wla nchki"])
# «سجلوني بالغلط»: signed up by mistake, the opposite of a request to join.
L.add("in.refused", ["سجلوني بالغلط"])
L.add("out.suggest", ["wa2t el fetar", "wa2t el iftar", "وانا بالدوام", "وأنا بالدوام"])
L.add("out.hesitant", ["just send less", "kode tayid ro lazem daram", "مجھے تو کوئی مسئلہ نہیں",
                       "8eer el rasayel el moheme"])
# A channel preference; "I meant cancel the order, not take me off the list".
L.add("guard.phrase", ["sms bas", "el otp 3al whatsapp", "na inke az list"])

# From corpus b37's training lines.
_unless_stopped(["ila ma wagaftaw", "iza ma wagaftaw", "law ma wagaftaw", "lw el spam da ma wa2afsh",
                 "law el spam da ma wa2afsh"])
L.add("out.threat_if", ["law wasalny msg tany", "lw wasalny msg tany"])
L.add("out.phrase", ["تبطلوا ترنوا وتبعتوا", "اعفوني منها", "اعفوني من رسايلكم", "بطلوا ازعاج",
                     "tna7iw noumrou", "tna77iw noumrou", "6ala3oni mn el qa2ima", "t6al3oni mn el qa2ima",
                     "tal3oni mn el qa2ima", "l rasa2el 3an ra2me", "mosh 3awez el rasayel",
                     "msh 3awez el rasayel", "mosh 3ayez el rasayel", "ma ba2a tb3atu", "ma ba2a tba3tu",
                     "ma tb9awch tsifto", "ma tb9awch tsiftou", "malhash lazma te3betoly",
                     "malhash lazma teb3atoly", "ma7tagsh el sms", "ma7tagsh el rasayel", "l8i l eshtirak bl",
                     "ma yeji 3ala ra2me", "no need to send me these", "cancel subscription to these",
                     "stop now or my attorney", "stop now or my lawyer", "از لیست ارسالتون خارج",
                     "مزاحم نشید", "مزاحم نشین", "mage nagoftam laghv", "mage nagoftam enseraf",
                     "ghat konid in ersal", "یہ میسجز نہ بھیجا کریں", "میرا نمبر ڈیلیٹ کر",
                     "یہ میسجز بند نہیں ہو سکتے", "جو بھی ہے، بس بند کریں", "ان سبسکرائب ہی کرنا ہے",
                     "مزید سروے نہیں", "bas konid in hame sms"])
L.add("out.conditional", ["ye bar dige payam bedid", "ye bar dige payam bedin"])
L.add("out.how_got", ["how i got on this list", "how i got on your list", "کی شمارمو بهتون داده",
                      "کی شمارمو داده"])
L.add("in.wrong_number", ["eshtebahi shomaramo"])
L.add("in.phrase", ["3ayez el rasayel tany", "3awez el rasayel tany"])
L.add("out.hesitant", ["ولا استنى", "خليني أشوف العروض", "or don't", "i can't tell if", "i cant tell if",
                       "which list am i", "بذار اول ببینم"])
L.add("out.how_to", ["should i reply stop", "لو ما رديت عليكم"])
# A schedule (the small hours, prayer time), a channel preference, a friend's keyword, a score
# comment ("I'd give 11 if I could"), alerts that stopped arriving, a wrong size sent again.
L.add("out.suggest", ["رسايل الساعة", "رسائل الساعة", "wa2t el sala", "wa2t el salah"])
L.add("guard.phrase", ["sms a7san", "صاحبي كتب لكم", "اعطي 11", "التنبيهات وقفت", "mrati 3amalet stop",
                       "the wrong size"])

# From corpus b38's training lines.
_unless_stopped(["اگه پاکم نکنید", "اگه پاکم نکنین", "age in tablighat tamum nashe",
                 "age in tablighat tamoom nashe"])
L.add("out.phrase", ["لو توقفت هذه الرسائل", "ابعتوا تاني وهرفع", "ابعتوا تاني وهشتكي", "بركاو ما تبعثولي",
                     "رسايل منكم بعد اليوم", "e3mely unsubscribe", "e3mly unsubscribe", "e3melly unsubscribe",
                     "ma 3ad t6rsh li", "ishtirak fel nashra", "ma b9itch tsifto", "ma b9ach tsifto",
                     "mumkin tshiloni", "momken tshiloni", "ya reit tewa2fooha", "ya reet tewa2fooha",
                     "7ebsou 3afak", "7bsou 3afak", "tefkoni mn el rasayel", "mumkin t7ebsou",
                     "momken t7ebsou",
                     "دوباره میزنم 11", "daram migam laghv", "lotfan ghatesh konid", "لطفا قطعش کنید",
                     "میسج بند کروا دو", "ڈیٹا بیس سے ہٹوانا", "اپنا نمبر ہٹوانا", "بھیجنا بند کر دیں"])
L.add("out.or_else", ["w ela wallahi", "w illa wallahi", "wela wallahi"])
L.add("out.said_before", ["2eltelkon", "2eltelkom"])
L.add("out.how_to", ["does stopall", "does stop stop"])
L.add("out.hesitant", ["هنوز لازم دارم", "بد نبودا", "ya na, bezar", "bezar bebinam"])
L.add("out.suggest", ["عن كل عملية", "بس فوق"])
L.add("in.phrase", ["میسج جاری رکھیں"])
# Not stopping, a new number, a friend's keyword, "I'd give 11", a waiting list, a phone line in
# someone else's name, a connection to end, a stop that was a mistake.
L.add("guard.phrase", ["مش عايز اوقف", "مش عايز أوقف", "الرقم القديم", "sa7bi 2ali", "ba7eb el 3orood",
                       "adeelkom 11", "waiting list", "khat be esme man", "کنکشن ختم", "نہیں بھیجنا تھا"])

# From corpus b39's training lines.
_unless_stopped(["law ma wa2aftosh", "lw ma wa2aftosh", "law ba3atto risala kaman", "risala kaman w ana",
                 "خبردار جو دوبارہ میسج کیا"])
L.add("out.phrase", ["عدم التواصل معه", "طلب عدم التواصل", "qa2emet el morasalat", "ma 3ad tb3atoli",
                     "ma 3ad tba3tuli", "5alas mn el offers", "ma tbaa3atuli surveys", "ma tba3atuli surveys",
                     "mafeesh da3y tb3atoli", "mafish da3i tb3atoli", "wa2fo el zeft", "t7aydni mn la liste",
                     "t7aydni mn liste", "mabghit nwsalni walo", "mabghitch nwsalni", "stop hittin my line",
                     "stop hitting my line", "stop lah", "stop or i block", "no need to keep sending",
                     "دیگه هم نپرسید", "payamk nfrstid", "digr payamk", "لسٹ سے نکال دیا جائے",
                     "بھیجنا بند کریں", "ای میل نہ بھیجیں", "اور نہ آئندہ بھیجیں"])
L.add("out.remove", ["em7o", "7aydoh", "7aydouh"])
L.add("out.my_contact", ["nemrty", "numero"])
L.add("out.how_got", ["ازاي وصلتوا", "ازاي وصلتو", "کہاں سے لیا"])
L.add("out.how_to", ["بيشيل كمان"])
L.add("out.hesitant", ["la2 estana", "la2 istanna", "el promo wala la2", "la2 sebha", "actually keep",
                       "اگه هزینه نداره", "پہلے یہ بتاؤ"])
# A channel preference, a friend's advice, messages the customer wants kept.
L.add("guard.phrase", ["ab8a sms", "dooste man goft", "بند مت کیجیے", "بند مت کریں"])
# From corpus b40's training lines.
_unless_stopped(["دفعه بعد پیامک بفرستید", "دفعه بعد پیام بدید"])
L.add("out.stop_verb", ["e2fo", "awaqf", "wa2afooli", "wa2afoli", "tiwaqfoon", "tiwaqfun", "wa2afouli"])
L.add("out.post_verb", ["e2fooha", "e2fuha", "e2foha"])
L.add("out.phrase", ["matsifto li walo", "matsiftouli walo", "ma3adech teb3thouli", "ma3adch teb3thouli",
                     "stop ya jama3a", "ba6lo ez3aj", "ba6lo baz3ag", "bas ba2a surveys",
                     "لو توقفت رسائلكم", "ما توصلني هالرسايل", "ما توصلني الرسايل", "stop means stop",
                     "enseraf az ersal", "kolan ghat konid", "lotfan dige na",
                     "بیخیال شماره من", "بیخیال شمارم", "به من زنگ نزنید", "بهم زنگ نزنید",
                     "علاقهای به این پیامکا ندارم", "علاقهای به پیامکاتون ندارم", "سسٹم میں بلاک کر دیں",
                     "dnd لگا دیں", "میسجز سے میری جان", "جان چھڑاؤ", "سلسلہ موقوف", "لسٹ سے نکال دیجیے",
                     "وصول نہیں کرنا چاہتی", "وصول نہیں کرنا چاہتا"])
L.add("out.remove", ["7aydou"])
L.add("in.refused", ["ڈو ناٹ ڈسٹرب"])
L.add("out.how_got", ["shoma kiin", "shoma ki hastin", "how i ended up", "نمبر کہاں سے ملا"])
L.add("out.hesitant", ["i guess you can", "do what you want", "albate takhfif ha", "baadan takhfif midin",
                       "ڈسکاؤنٹ کوڈ تو بھیج", "الاشتراك بس هل رح توقف"])
L.add("out.how_to", ["اسوي عشان ما توصلني"])
L.add("in.phrase", ["حذف شدم ولی نمیخواستم"])
L.add("in.wrong_number", ["شماره رو اشتباه", "اشتباه دارید", "نمبر غلطی سے آپ کے پاس"])
# Messages the customer wants kept, a schedule, an opt-out already done.
L.add("guard.phrase", ["don't unsubscribe me", "سبسکرائب ہو گئے ہیں"])
L.add("out.temporary", ["موقع سحر"])
# From corpus b41's training lines.
_unless_stopped(["اذا لم تتوقف رسائلكم", "الا ما حبستوش", "میسج نہ رکے", "میسجز نہ رکے"])
L.add("out.stop_verb", ["te2afo", "te2afoo"])
L.add("out.phrase", ["el8 a2 el rasayel", "ebtallo teb3atoly", "ebtalo teb3atoli",
                     "shilny mn 3andoko", "shilni mn 3andoko", "la trasloon li", "la tirsiloon li",
                     "nna7i rou7i men la liste", "ma3adech tab3thouli", "ma3adech teb3thou",
                     "la3'o ishtiraki", "stop wala hanshor", "t7ydouni mn la liste", "t7aydouni mn la liste",
                     "tewa2fooha yeb2a",
                     "ma 3ad bade yehon", "ma 3ad badi yehon", "bala4 rasayel",
                     "bala4 el rasayel", "balash el rasayel", "ma ba2a tb3atouli", "ma ba2a tba3touli",
                     "تبطلوا تبعتوا", "بطلوا بعت", "بطلوا تبعتوا", "dnt want ur sms", "dont want ur sms",
                     "quit blowing up my phone", "stop blowing up my phone", "ensraf az ozviat",
                     "enseraf az ozviat", "khafe sho ba in payamak", "khafe shid ba in payamak",
                     "az bank e etelaati", "khodai bas konid dige", "واسم نفرس", "واسم نفرست",
                     "بند کر یہ بکواس", "کسی اور کو بھیجو", "آئندہ تنگ نہ کریں", "تنگ نہ کریں",
                     "سے نجات دلائیں"])
L.add("out.hesitant", ["msh 3arf lessa", "mesh 3aref lessa", "bas walla kollo", "reduce or just stop",
                       "reduce or stop", "laghv konam ya na"])
L.add("in.wrong_number", ["اشتباه فرستادین", "اشتباه فرستادید"])
L.add("out.how_got", ["مين اداكم رقمي", "مين اعطاكم رقمي"])
# Paper bills, a setting's label.
L.add("guard.phrase", ["el fawateer war2", "والا ٹوگل", "والا بٹن"])
# From corpus b42's training lines.
_unless_stopped(["lw 3ad jani msg", "law 3ad jani msg", "لو وصلتني رسالة كمان", "text me again and"])
L.add("out.phrase", ["mesh 3ayez este6la3at", "msh 3ayez este6la3at", "matb9awch tsifto",
                     "la3ad tirsloon", "la 3ad tirsloon", "el8a2 fawran", "ma tsiftoulish", "matsiftoulish",
                     "ya reit tsheelooni", "mnee7 iza btwa22fuha", "mni7 iza btwa22fuha", "ما ابي اسمع منكم",
                     "stp sndng", "az man nazar nakhayn", "lazem nist inaro befrestin",
                     "lazem nist befrestin", "کوئی آفر والا میسج نہیں", "مجھے کوئی میسج نہ آئے",
                     "لسٹ مت بھیجا کریں"])
L.add("out.dont_want", ["مش محتاج الرسايل", "مش محتاج الرسائل"])
L.add("out.hesitant", ["i still need the otp"])
L.add("out.how_to", ["can i unsubscribe"])
L.add("in.wrong_number", ["eshtebahi ozv shodam"])
# A waiting list, an opt-out already done, paper bills, fewer messages, a card to block.
L.add("guard.phrase", ["waitlist", "ro ke zadam", "قبض کاغذی", "نمیخوام لغو کنم", "کارڈ بند کریں"])
# From corpus b43's training lines.
_unless_stopped(["age bazam tablighat biad"])
L.add("out.stop_verb", ["awa8if", "w2afo"])
L.add("out.post_verb", ["ba6loha"])
L.add("out.phrase", ["ma 3ad tb3atouli", "w2afo tb3atoli", "balash tb3toli", "balash teb3atoli",
                     "stopped messaging me altogether", "stopped messaging me", "dige tamas nagirid",
                     "akharin bari bashe ke payamak", "نه ایمیل میخوام نه پیامک", "unsubscribe ورنہ",
                     "stop ورنہ"])
L.add("out.hesitant", ["bas la2 khalas", "ولا خليه", "لا خلاص ولا شي", "nemikham fek konam",
                       "albate payamake", "age takhfif bashe", "آپ بتائیں کیا کروں", "پچھلی آفر والا"])
# Paper bills, a different sending hour, a paid SMS bundle.
L.add("guard.phrase", ["paper bill", "من لغو نمیخوام", "sms پیکج"])
# From corpus b44's training lines.
_unless_stopped(["law ba3attoli risala tanya", "ye sms dige bedin", "age shomaram hazf nashe"])
L.add("out.phrase", ["la t3eedoon tirsloon", "ma baddi 3abbi ay este6la3", "ba6lo iz3aj", "بطلو ازعاج",
                     "ma tirsilou istibyan", "wa2fouha please", "b3dni mn had l list",
                     "b3douni mn had l list", "btrayy7ouni mn hal rasayel", "trayy7ouni mn hal rasayel",
                     "قلت لكم وقفوا", "قلتلكم وقفوا", "لا ارغب بتلقي", "cancel my subscription to your sms",
                     "mind removing my number", "stop dey send", "az in panel dar biyarid",
                     "enseraf az hame", "akharin bar bashe ke nazarsanji", "از نظرسنجیها معاف",
                     "تبلیغاتی به من متوقف", "نه زنگ بزنید نه پیام بدید", "هزار بار گفتم لغو",
                     "صد بار گفتم لغو", "هیچ پیامی از شما دریافت نکنم", "پیامی از شما دریافت نکنم",
                     "یہ سروے نہ بھیجا", "کہہ رہا ہوں stop", "بس کریں بھائی", "ریکارڈ سے ڈیلیٹ"])
L.add("out.conditional", ["keep this up and", "اگه قراره هر روز"])
L.add("out.hesitant", ["does that also stop", "stop sending in arabic", "bezarid faghat takhfifa",
                       "کوئی نئی چیز", "ابھی رہنے دو"])
L.add("in.phrase", ["bghit nrja3 l liste", "sm7ouli 3la l stop", "alan 12"])
# A postponed subscription, a new number, a language, a parcel on hold, a sending hour, a form
# filled halfway, a button's label, a channel.
L.add("guard.phrase", ["ma baddi ilghi", "ajjel el ishtirak", "3al ra2m el 2adim", "رسايل بالانجليزي",
                       "ارسال الشحنة", "surveys at 11pm", "the survey halfway", "don't want to unsubscribe",
                       "dont want to unsubscribe", "هر هفته نظرسنجی نفرستید", "ساعت 11 شب", "والا آپشن",
                       "ان سبسکرائب کرنے کے بعد", "بجے کے بعد میسج", "ایس ایم ایس پر بھیج"])

# From corpus b45's training lines.
_unless_stopped(["text me one more time and", "یه بار دیگه تبلیغ بفرستید"])
L.add("out.phrase", ["na77ouni tawa", "na77iwni tawa", "matb3tliish tani", "matb3tlish tani", "7el 3an ra2mi",
                     "7ell 3an ra2mi", "nwa99ef les sms", "nwa9ef les sms", "eshtraki fel newsletter",
                     "ma tetsaloosh tani", "tshilooni mn qa2emat", "yaret tshelooni", "احبسو المساجات",
                     "احبسوا المساجات", "ما عاد توصلني عروضكم", "whatever makes these go away",
                     "like to be off it", "like to be off this list", "desist from sending", "nafres dige",
                     "bas kon dige lanati", "vali unsubscribe mikham", "ڈی این ڈی میں ڈال"])
L.add("out.hesitant", ["خلوا رسايل الحجز", "ما عاد ابي شي منكم", "ya hadeaghal",
                       "یا تعداد پیامکا رو کم کنید"])
L.add("in.phrase", ["i want it back"])
# The same offer every day, a sending hour, fewer messages, another address, holidays, a membership
# the sender wants kept.
L.add("guard.phrase", ["نفس العرض", "at 5am", "stop sending so many", "to my work email",
                       "nemikham ozviatam laghv", "ta'til ha payamak", "tatil ha payamak"])

# From corpus b46's training lines.
_unless_stopped(["law ba3attoli resala kaman", "ان لم تتوقف هذه الرسائل",
                 "if you text me again i'm reporting", "yek payam dige bedid", "اگه بازم پیامک بیاد",
                 "یه بار دیگه پیامک تبلیغاتی بیاد"])
L.add("out.phrase", ["el8oni mn el 5edma", "ma3ndish nafs lel e3lanat", "na7ini mn el liste",
                     "na7iwni mn el liste", "tetla3oni mn list", "tetla3ooni mn list", "m4 3ayez rasayel",
                     "w2f el rsa2l", "ma b9itch nbghi l offres", "matb3toulich les", "ما نحبش يوصلني",
                     "افضل عدم استلام", "ما يجيني منكم شي", "توقفي ارسال الاستبيانات",
                     "subscription to your text alerts", "i'm not your customer",
                     "khabarnamaye haftegi ro dige nemikham", "khabarname ro dige nemikham",
                     "دیگه نظرسنجی برام نفرسین", "دیگه نظرسنجی برام نفرستین",
                     "ایس ایم ایس سروس سے ختم", "stopall بھیج رہا ہوں"])
L.add("out.hesitant", ["me the same offer", "البته پیامکهای قسط", "نہیں رکیں"])
L.add("out.how_to", ["ye rahi bedid"])
# A negated keyword, a paper invoice, night-time sending, a login code going to another number.
L.add("guard.phrase", ["mesh 3ayez a3mel unsubscribe", "el fatoora wara2", "mesh ha3mel el8a2",
                       "mesh ha3mel stop", "مو قصدي الغاء", "shabha payamak nadid", "به یه شماره دیگه پیامک",
                       "ان سبسکرائب نہیں کرنا"])

# From corpus b47's training lines.
_unless_stopped(["law wsolatni resala tanya", "اگر یہ اشتہار بند نہ ہوئے"])
L.add("out.phrase", ["lw tw2fo el rasayel", "to7azfoni mn", "ma yabeeli msgs", "ma 3ad tb3atooli",
                     "el rsayl tw2f", "mafeesh da3i lel rasayel", "nt7ayd mn had la liste",
                     "ma ywsalnish 7aga", "ew2afo ba2a", "na7i ra9mi", "matb3toulich had", "ba2a tesheelooh",
                     "بدون رسائل ترويجية", "بطلوا بقى", "stop all marketing messages", "want them stopped",
                     "akharin nazarsanji bashe", "کارم با تبلیغات شما تموم", "11 میفرستم که",
                     "هیچ پیامی ندید", "میسج مت کیا کرو", "ریٹنگ کا میسج نہ بھیجا", "جان چھوڑو میری"])
L.add("out.temporary", ["لمدة شهر"])
L.add("out.hesitant", ["ولا اقولك", "ye fekri bokonid"])
L.add("in.phrase", ["men el list bel ghalat"])
# A weekday, closing an account, a bill by email.
L.add("guard.phrase", ["yom el gom3a", "hesabam ro bebandam", "email konid"])


# From corpus b48's and b49's training lines.
_unless_stopped(["law wesselni risala kaman", "ba3to tany w ha2dem", "iza ma wa2afto"])
L.add("out.phrase", ["n7eb nnaha mel messaget", "zehe2t mn i3lanatko", "optout ya3ni optout", "shiluni",
                     "sheelouni", "7ell 3anni", "7athfa min 3indkom", "waqef kil el i3lanat",
                     "ishtiraki fel newsletter", "bghit tsifto lia walo", "barkaw m les messages",
                     "batlo ba2a", "battlo teb3atoli", "ma bade estalem rasayel", "could stop sending me",
                     "no wan hear from una", "etela resani ha nadaram", "az list e ersal darash",
                     "پیامک بی پیامک", "کوئی اطلاع مت دینا", "نمبر لسٹ سے نکالنا", "اب بس کر دیں",
                     "بس کر دو ہن", "mesh 3awza a3raf 7aga 3an el takhfidat", "tesheeloh mn 3andko",
                     "wagfoli el rasayel", "la 2ouridu rasa2il", "wa2efli hal khidme", "ghoro 3anni",
                     "qa2emet el mourasalat", "ma ykoonsh ra2mi", "دوست ندارم پیامک",
                     "انہیں روک سکتے ہیں", "پروموشنل میسج آنا بند"])
L.add("out.hesitant", ["لحظة لا", "na albate", "ehtemalan", "البته اول", "khalas sebo", "ma3lesh sebo",
                       "i should really", "kam konid ya laghv", "لغو میکنم ها"])
L.add("out.how_to", ["kifesh"])
# Not a request to leave: keeping the messages, an OTP channel, a schedule, a shipment, a link.
L.add("guard.phrase", ["mesh 3ayez awa2af", "mesh 3ayez ab3at el8a2", "بس sms", "لا تشيلوا", "ابي اقللها",
                       "ولو فيه 11", "shaba payamak", "ruz haye tatil", "did i stop getting", "it cost me",
                       "put an unsubscribe link", "sefaresh ro hanuz"])
# Money back is not "put me back on the list" («يا حرامية رجعولي فلوسي»).
L.add("in.money_back", ["رجعولي فلوسي", "رجعولي الفلوس", "رجعولي فلوس", "رجعولي المبلغ", "رجعولي مصاري",
                        "رجعولي مصرياتي"])


# From corpus b50's training lines.
_unless_stopped(["law ma shiltosh ra2mi", "age ye sms dige bedid"])
L.add("out.phrase", ["n7eb nna7i num", "la ab3ato shi ba3ad", "ba6lo ba2a", "ta7ayedni men had l list",
                     "7abso had l messages", "dont get any more marketing", "stop hittin my phone",
                     "unsubscribe kol el", "از لیستتون خط بزنید", "میرا نمبر بھول جائے", "خبردار جو اب میسج",
                     "پر آفرز بند"])
L.add("out.hesitant", ["mesh dlwa2ty", "ولی اول بگید"])
L.add("out.how_to", ["ما ابي العروض وش اسوي"])
# Other offers, an automatic upgrade, a competitor's paid plan, calls instead of an invoice by email.
L.add("guard.phrase", ["ana nabati", "el tarqiya el 2otomatikiya", "عند المنافس", "email the invoice"])

# From corpus b51's training lines.
_unless_stopped(["law wsltni risala kaman", "ye bar dige bedid shekayat", "لو الرسايل مقفتش"])
L.add("out.phrase", ["deleteam konid", "mesh mawgood f ay list", "wagf el ta7deethat el tasweeqiya",
                     "la ab3ato survey", "el rasayel tewa2af", "az man nazar nakhayd",
                     "goftam nafrestid", "not send me message", "stopped contacting me",
                     "كانسل الاشتراك بالرسايل", "اشتہاروں سے میرا جی بھر گیا"])
L.add("out.hesitant", ["khalli rasayel el tatabo3", "خلوا بس رسايل الفواتير", "فقط بعضی پیامکا",
                       "آپ کی مرضی", "مجھے فرق نہیں پڑتا"])
L.add("in.phrase", ["la tsheelo ra2mi"])
# Keep the food order, close the account rather than the messages, no texts at night.
L.add("guard.phrase", ["ghaza ro cancel", "نمیخوام پیامکا رو لغو کنم", "شبا نفرستید"])
# From corpus b52's training lines.
_unless_stopped(["law resala kaman wasaletni"])
L.add("out.phrase", ["ya reet tebattloha", "ma 3ad bdi wasal", "اشيلوا رقمي",
                     "from all texts", "no longer contacted", "دهمه لغو میفرستم", "مجھے ان لسٹ کر دیں",
                     "بند کرو گے یا نہیں", "یہ سروے آخری ہو"])
L.add("out.hesitant", ["law el rasayel di feeha floos", "لو ما عندكم شي مفيد", "بطلوا تتصلوا", "هذي تزعجني",
                       "ندادید دیگه نمیخوام", "اینقدر پیامک ندید دیگه", "مجھے سوچنے دیں", "میرے خیال سے اب"])
# Packaging, duplicate promos, night-time notifications, paper bills, a bill by email.
L.add("guard.phrase", ["plastic bags", "stop sending duplicates", "اعلانهای شبانه", "kaghazi naferestid",
                       "بل بھی ای میل"])
# From corpus b53's training lines.
_unless_stopped(["law fdelt ast2bel", "law msh hatwa2fo", "ab3atuli kaman resala"])
L.add("out.stop_verb", ["bala2"])
L.add("out.phrase", ["balash tes2aluni", "balash tes2alooni", "t2aflo el notifications el tasweekeya",
                     "yaret tlghonha", "ya reet tlghooha", "momken tesheelni",
                     "appreciate not getting any more", "نیوز لیٹرز سے ہٹا"])
L.add("out.already_sent", ["2olt stop", "2olt el8a2", "ana 2olt stop"])
L.add("out.said_before", ["اقول", "أقول", "بقول", "a2ol"], clitic=True)
L.add("in.wrong_number", ["اشتباه گرفتین", "اشتباه گرفتید", "eshtebah gereftin", "eshtebah gereftid"])
L.add("out.cost", ["felos", "byekallef", "bykallef"], stem=True)
L.add("out.hesitant", ["ولا اقولكم", "وقفوا شويه", "hala na", "کم کر دو یا بند"])
# From older batches' training lines: survey answers that add "no more surveys", and plain requests
# no rule read.
L.add("out.phrase", [
    "سوال نپرسید", "soal ha naporsid", "soala naporsid", "ما توصلني استبيانات", "tb6lo tb3tuli",
    "safi mn les sondages", "mesh 3ayez ay as2ela", "ma ba3atlish takyeem", "matb3atlish takyeem",
    "آخری سروے سمجھیں", "ما في داعي تبعتولي", "kafi rasayel", "el 8a2 el ishtirak", "el8a2 el ishtirak",
    "ma bghithomch", "if i stopped getting", "can i please not get these", "please not send me",
    "dnt send me", "حذفم کن",
])
L.add("out.msg", ["este2sa2at", "este2sa2"], stem=True)
L.add("scope.surveys", ["este2sa2at", "este2sa2"])
# An item off an order, a cancelled event, WhatsApp instead of SMS, a paid vegetable box.
L.add("guard.phrase", ["mn el order", "el8a2 el 7afla", "بس عالواتساب", "ویکلی سبسکرپشن"])
# From corpus b54's training lines.
_unless_stopped(["lw el rasayel ma wa2fetsh", "law el rasayel ma wa2fetsh", "age laghv nakonid"])
L.add("out.phrase", [
    "wa2afo el 2araf", "wa2fo el 2araf", "7athfoo raqmi", "7athfo raqmi", "ma 3ad ebghaa estibyan",
    "ma 3ad abgha estibyan", "matsiftoch liya", "ma tsiftoch liya", "like off it", "like off this list",
    "like off the list", "dnd لگا دو", "dnd لگا دیں", "dnd laga do", "کہہ دیا نا مت بھیجو", "میسج بھیجنا روک",
    "اور میسج نہ کیا کریں",
])
L.add("out.leave_alone", ["7ello 3anni", "7elo 3anni", "7ellu 3anni"])
L.add("out.neg_send", ["ma ba2a tba3tuli", "ma ba2a teb3atuli"])
L.add("out.said_before", ["bab3atlko", "bab3atlkom"], clitic=True)
L.add("out.remove", ["نحيوه"])
L.add("out.how_got", ["how i ended up on", "how i got on this list"])
L.add("out.hesitant", ["ma3lesh 5aleeha", "and maybe stop"])
# A suspended SIM, repeated one-time codes, a cap on messages, the agents' questions, a lost SIM, a joke
# score above ten, a limit on messages a week.
L.add("guard.phrase", ["وقفوا لي الشريحه", "وقفوا الشريحه", "same otp", "no more than",
                       "asking me for my order", "gom kardam", "بلکہ 11", "ایک سے زیادہ میسج"])
# From corpus b55's training lines.
_unless_stopped(["iza b2i t3ato"])
L.add("out.dont_want", ["mish 3ayza", "ma arid"])
L.add("out.phrase", ["il8a2 2ishtirak", "arrêtez les sms", "ba2ollko wa2afo", "ana 3ayez awa2afha",
                     "ma 3ad fi da3i tib3atuli", "wa2fuha lo sama7to", "بالإمكان إيقاف الرسائل",
                     "كفاية تقييمات"])
L.add("in.phrase", ["barem gardunid", "barem gardoonid"])
# Once a month is enough, freight on hold, a user account, surveys on Sundays.
L.add("guard.phrase", ["mara fel shahr", "ارسال بار", "حساب کاربریمو پاک",
                       "yekshanbe ha"])
# From corpus b56's training lines.
_unless_stopped(["age baz ham tablighat bedid"])
L.add("out.phrase", ["retirer de votre liste", "tw2fo el rasayel", "khalsouna mn el sms", "el8ouni",
                     "kafaya rasayel", "كافي تدزون", "no point messaging me", "no point texting me"])
L.add("out.said_before", ["بھیج چکی"])
L.add("out.hesitant", ["unsubscribe wala la2", "fekri mikonam"])
L.add("in.phrase", ["سهوا 11 زدم", "سهوا لغو زدم", "7ot ra2mi fel list", "start plz", "unstop",
                    "ashtirik fe rasayel", "رجعوا لي رسائل", "ايقاف بالغلط", "texts back on",
                    "payamak hatun ro mikham"])
# "they gave me the difference back", "subscribed me to a service I never asked for".
L.add("in.money_back", ["rag3ouli el farq"])
L.add("in.refused", ["اشتركوني بخدمة ما طلبتها"])
# Fewer messages, Fridays only, "I don't want to stop them, only in Arabic", "I want them", earlier.
L.add("guard.phrase", ["ta2allelo el rasayel", "youm el gom3a", "ما أبغى أوقف", "ما ابي اوقف",
                       "انا عاوزها", "زودتر بفرستید"])
# From corpus b57's training lines.
L.add("out.phrase", ["ma 3ad tbe3touli", "ma tsift li", "ma tsifet li", "7bes ma tsifet", "7iyedni mn",
                     "mabiddi shi minkon", "ألا أتلقى أي", "being removed from the list",
                     "being removed from your list", "bas ba2a tb3atouli", "khodetoon ghatesh konid"])
L.add("out.hesitant", ["bas wla kolo", "wrong place to ask", "we'll see", "we will see"])
L.add("in.phrase", ["rajje3ni 3al broadcast", "shelt nafsi bel ghalat"])
L.add("in.money_back", ["rag3ouli el flos"])
# An internet bundle, paper bills, a warranty on an invoice, only some of the messages.
L.add("guard.phrase", ["باقة النت", "الفواتير الورقية", "extended warranty", "some of these messages"])
# From corpus b58's training lines.
_unless_stopped(["لو بعتوا تاني", "if you text me one more time", "age in tablighat ghat nashe"])
L.add("out.phrase", ["at2elgha men", "tshelon ra2mi", "tshilou ra2mi", "barakaw mn les", "barakaw men les",
                     "كافي دز", "کوئی میسج نہ بھیجا کریں", "بس کر دو اب", "بس کرو اب"])
L.add("out.phrase", ["ما زالت الرسائل تصل"], clitic=True)
L.add("out.said_before", ["katabt", "have to say"])
L.add("out.repeat", ["how many times do i have to say", "w lsa"])
L.add("out.hesitant", ["walla la2 ma ba3ref", "mesh halla2", "msh halla2", "albate age", "بعدا بهتون میگم"])
L.add("in.phrase", ["mikham bargardam", "7ot ra2mi tani", "raj3o tanbihat", "zeedoni yadawi", "ضيفوا رقمي",
                    "رجعو ابعتولي", "ثبت نام مجدد پیامک", "پھر سے بھیج سکتے ہیں", "بھی ڈیلز کے میسج"])
L.add("guard.cancel_verb", ["el8o", "2el8o"])
# "I don't want to stop the messages", "don't cut off the reminders, I need them", unfollowed on Instagram.
L.add("guard.phrase", ["msh 3ayez awa2af", "mesh 3ayez awa2af", "ghat nakonid lazem",
                       "nazarsanji ro ghat nakonid", "لغيت متابعتكم"])
# From corpus b59's training lines.
_unless_stopped(["law wasalatni risala kaman"])
L.add("out.phrase", ["nokhrej mn la liste", "n7eb nokhrej mn", "la tdizoon", "wa2fuha khales", "la sms wala",
                     "el8ooha", "wa2fo el esteb2anat", "كافي عاد دز", "انصرااف از عضویت", "بند کریں یہ میسج",
                     "stop ya3ni stop", "el8a2 aw ha3mel"])
L.add("out.phrase", ["ما زالت الرسائل تصلني"], clitic=True)
L.add("out.hesitant", ["هلق لا", "مدري", "i mean not all", "یه فکری بکنید یا"])
L.add("in.phrase", ["rag3ouni lel list", "ترجع تجيني رسايلكم", "mikham dobare payamaka", "برگردونید منو"])
L.add("in.wrong_number", ["شماره من اشتباهی"])
# SMS instead of WhatsApp, duplicate confirmations, "calling me sir", a courier, the English ones only.
L.add("guard.phrase", ["ib3atouli sms", "sms badal", "رسايل التأكيد", "calling me sir",
                       "dar khoone ma naferestin", "انگریزی والے بند"])
# From corpus b60's training lines.
L.add("out.phrase", ["ra2mi yetshal", "raqmi yetshal", "ma 3ad badi istbyanat", "list e ersal nabasham",
                     "liste ersal nabasham", "لغوم کنید", "لغوم کنین", "روکو یہ سب", "tla8ooni", "tl8ooni",
                     "inam laghv", "ino ham laghv", "اینم لغو", "میرے نمبر پر مت بھیجنا"])
L.add("out.repeat", ["پھر بھی آ رہے"])
L.add("out.hesitant", ["bfakker", "bfakkar", "فکر کنم دیگه", "اگلے مہینے سے میسج", "ba3d ramadan"])
L.add("in.phrase", ["baddi erja3 e5od", "3awez eshtirak", "3ayez eshtirak", "alerts back on",
                    "notifications back on", "texts back on", "messages back on", "too list e payamak",
                    "واپس جوڑ دیں"])
L.add("in.phrase", ["دوبارہ ڈیلز کے میسج چاہئیں", "دوبارہ میسج چاہئیں"])
L.add("guard.object", ["bundle", "bundles", "adsl", "nobat", "chek", "cheque", "safar", "سفر"], stem=True)
# Not wanting to cancel, "this part", liking the messages, declining someone else's advice.
L.add("guard.phrase", ["mesh 3ayez alghi", "msh 3ayez alghi", "ghesmat ro laghv", "payamakatuno dust daram",
                       "پیامکاتونو دوست دارم", "میں نہیں بھیجوں گا", "ڈیلز اچھی لگتی ہیں", "من میگم نه",
                       "لغو نمیکنم", "بند نہ کیجیے", "بند نہ کیجئے", "بسبب الصيانة"])
# A trading order, hold music, a question about the keyword, a machine that stops.
L.add("guard.phrase", ["stop loss", "stop-loss", "music on hold", "case-sensitive", "case sensitive",
                       "stop mikone", "stop mikonad", "استاپ میکنه"])
# From corpus b61's training lines.
_unless_stopped(["tani sms w", "age ye payamak dige bedin", "age baz payam bedid"])
L.add("out.phrase", ["mat ba3tolish", "mat ba3atlish", "ma yewsalni ay", "ne7iw noumrouti", "desist from",
                     "دیگ ن فرستین", "نه مشتریام نه قبلا", "رابطہ ختم کریں", "just stop altogether",
                     "stop altogether"])
L.add("out.said_before", ["زده بودم", "9olt lkom", "radeto"])
L.add("out.repeat", ["mazal"])
L.add("out.hesitant", ["kinda want to", "یا نہ کرو"])
L.add("in.phrase", ["baddi el 3orood tarja3", "el tanbihat targa3", "pashimoon shodam"])
# Calls instead of texts, "not cutting the bank's texts", ads that stopped, an OTP, a setting.
L.add("guard.phrase", ["المكالمات الالية", "nemikham qat konam", "tablighati nemiad", "رمز یکبار مصرفم نمیاد",
                       "بند کرنے کا آپشن", "qeymataa"])


@dataclass(slots=True)
class OptDecision:
    """Opt-out/opt-in/help outcome for one message."""

    opt_out: bool = False
    review: bool = False
    opt_in: bool = False
    help: bool = False
    tier: str | None = None
    scope: str | None = None
    evidence: list[Evidence] | None = None


def scope_of(found: Found) -> str:
    """all, marketing or surveys, as stated in the text."""
    if found.has("scope.surveys"):
        return "surveys"
    if found.has("scope.marketing"):
        return "marketing"
    return "all"


def _ev(found: Found, span: tuple[int, int], task: str, label: str, rule: str) -> Evidence:
    start, end = span
    return Evidence(task, label, rule, found.text[start:end].strip(), start, end)


def _keyword(key: str, folded: str, found: Found) -> OptDecision | None:
    whole = (0, len(folded))
    rule = key.replace(" ", "_")
    if key in _FOLDED_OUT:
        scope = "marketing" if found.has("scope.marketing") else "all"
        return OptDecision(opt_out=True, tier="keyword", scope=scope,
                           evidence=[_ev(found, whole, "opt_out", "opt_out", f"optout.keyword.{rule}")])
    if key in _FOLDED_IN:
        return OptDecision(opt_in=True, tier="keyword", scope="all",
                           evidence=[_ev(found, whole, "opt_in", "opt_in", f"optin.keyword.{rule}")])
    if key in _FOLDED_HELP:
        return OptDecision(help=True, evidence=[_ev(found, whole, "help", "help", f"help.keyword.{rule}")])
    # A four-letter text may be an opt-out keyword missing a letter ("lghv"); opt-in needs five
    # ("stat" is not "start").
    out, opt_in = _typo_match(key, _TYPO_OUT, _TYPO_MIN - 1), _typo_match(key, _TYPO_IN, _TYPO_MIN)
    if out is None and opt_in is None:
        out = _near_keyword(key)
    if out is not None and opt_in is None:
        return OptDecision(opt_out=True, tier="keyword", scope="all", evidence=[
            _ev(found, whole, "opt_out", "opt_out", f"optout.keyword_typo.{out.replace(' ', '_')}")])
    if opt_in is not None and out is None:
        return OptDecision(opt_in=True, tier="keyword", scope="all", evidence=[
            _ev(found, whole, "opt_in", "opt_in", f"optin.keyword_typo.{opt_in.replace(' ', '_')}")])
    return None


# "wrong number" is the reason for leaving, not a subscription made by mistake.
L.add("in.wrong_number", [
    "wrong number", "wrong person", "shomare eshtebahi", "shomare eshtebah", "shomare ghalat",
    "شماره اشتباهی", "شماره اشتباه", "شماره غلط", "رقم غلط", "الرقم غلط", "رقم خطأ", "الرقم خطأ",
    "ra2am ghalat", "raqam ghalat", "ra8am ghalat", "nemra ghalat", "غلط نمبر",
])
# Put on a blocking list: «حطوني بقائمة عدم الإزعاج» asks to leave, whatever the verb, so its "put me
# on" is no opt-in. The role collects every phrase that rules the opt-in reading out.
L.add("in.refused", [
    "قائمة عدم الازعاج", "عدم الازعاج", "do-not-contact list", "do not contact list", "do-not-call list",
    "do not call list", "dnd list", "لیست عدم ارسال", "لیست سیاه", "black list", "blacklist",
], clitic=True)
# Cancelling a subscription: «الغاء الاشتراك», whose noun is also an opt-in verb («اشتراك»).
_CANCEL_BEFORE = re.compile(fold_pattern(r"(?:^|\s)(?:الغاء|إلغاء|الغا|لغو|cancel|elgha2|el8a2)\s*(?:ال)?$"))


def _opt_in(found: Found) -> tuple[tuple[int, int], str] | None:
    """A request to (re)subscribe, with its rule id."""
    hypothetical = "?" in found.text and found.has("out.conditional")
    hit = found.first("in.phrase")
    if hit is not None and not found.has("in.refused") and not found.has("in.money_back") \
            and not hypothetical and not _maybe_before(found, (hit.start, hit.end)):
        return (hit.start, hit.end), "optin.phrase"
    # "what if the courier loses my parcel, do I get it back?": a question, not a request
    if found.has("out.how_to") or _guarded(found) or hypothetical:
        return None
    wrong = found.by_role.get("in.wrong_number", ())
    for first, second, gap, rule in (("in.again", "in.verb", 4, "optin.again+verb"),
                                     ("in.verb", "in.again", 5, "optin.verb+again"),
                                     ("in.mistake", "in.undo_word", 4, "optin.mistake"),
                                     ("in.undo_word", "in.mistake", 4, "optin.mistake")):
        span = found.seq(first, second, gap)
        if span is None or _negated(found, span[0]) or _maybe_before(found, span) \
                or any(w.start < span[1] and span[0] < w.end for w in wrong):
            continue
        if rule == "optin.verb+again" and _CANCEL_BEFORE.search(found.text[:span[0]]):
            continue
        if rule == "optin.mistake" and found.has("out.hesitant"):
            continue  # «لغو. نه ببخشید اشتباه شد»: the mistake was the stop just sent
        return span, rule
    return None


def _maybe_before(found: Found, span: tuple[int, int]) -> bool:
    """"maybe" inside ``span`` or shortly before it: «شاید بعدا دوباره عضو شدم» is no request."""
    start, end = span
    for hit in found.by_role.get("in.maybe", ()):
        if start <= hit.start < end or (hit.end <= start and _close(found.text[hit.end:start], 3, ".!?؟")):
            return True
    return False


_NEGATIONS = ("out.neg", "out.neg_ar", "out.dont_want", "out.without")


def _negated(found: Found, start: int) -> bool:
    """A negation right before ``start`` ("don't send ... again", «لا تبعتولي ... تاني»)."""
    for role in _NEGATIONS:
        for hit in found.by_role.get(role, ()):
            if hit.end <= start and found.text.count(" ", hit.end, start) <= 1:
                return True
    return False


_NOT_NEGATION = re.compile(fold_pattern(r"(?:^|\s)(?:قبل|بعد|لما|كل|زي|اول|qabl|2abl|ba3d)\s*$"))
_DONT = re.compile(fold_pattern(r"(?<!\w)(?:nakonid|nakonin|nakon|نکنید|نکنین|نکن)(?!\w)"))
_CLAUSE_LINKS = frozenset(fold_pattern(w) for w in (
    "bas", "bs", "but", "vali", "valy", "ama", "amma", "بس", "ولی", "اما", "لكن", "بس ba2a", "ba2a",
    "خلاص", "وخلاص", "khalas", "5alas", "and", "w", "و", "va"))


_PLEAS = frozenset(fold_pattern(w) for w in (
    "please", "pls", "plz", "ارجوكم", "أرجوكم", "رجاء", "رجاءً", "لطفا", "لطفاً", "پلیز", "lotfan", "plis"))


def _clause_start(found: Found, start: int) -> bool:
    """Whether ``start`` opens the message or a clause ("9, but no more surveys")."""
    before = found.text[:start].rstrip()
    if not before or before[-1] in ".,!?؟،;:-":
        return True
    words = before.split()
    # "7 من 10 وبلاش استبيانات": a score answered, then the request; «بس ارجوكم بلاش ...»: a plea.
    return words[-1] in _CLAUSE_LINKS or words[-1].isdigit() or words[-1] in _PLEAS


def _free_text(found: Found) -> tuple[tuple[int, int], str] | None:
    """The first free-text opt-out request, with its rule id."""
    checks = (
        ("out.phrase", None, 0, "optout.phrase"),
        ("out.stop_verb", "out.msg", 3, "optout.stop_verb+msg"),
        ("out.dont_want", "out.msg", 3, "optout.dont_want+msg"),
        ("out.msg", "out.post_verb", 7, "optout.msg+post_verb"),
        ("out.msg", "out.post_verb_weak", 1, "optout.msg+post_verb"),
        ("out.neg_ar", "out.send_ar", 1, "optout.neg+send"),
        ("out.neg_send", None, 0, "optout.neg_send"),
        ("out.remove", "out.list", 5, "optout.remove+list"),
        ("out.remove_en", "out.list", 5, "optout.remove+list"),
        ("out.msg", "out.dont_want", 4, "optout.msg+dont_want"),
        ("out.dont_want", "out.receive", 4, "optout.dont_want+receive"),
        ("out.list", "out.remove", 5, "optout.list+remove"),
        ("out.remove", "out.my_contact", 3, "optout.remove+contact"),
        ("out.my_contact", "out.remove", 5, "optout.contact+remove"),
        ("out.without", "out.msg", 1, "optout.without+msg"),
        ("out.anymore", "out.send_neg", 3, "optout.anymore+neg_send"),
        ("out.en_keyword", "out.light_verb", 1, "optout.keyword+verb"),
        ("out.want", "out.en_keyword", 1, "optout.want+keyword"),
        ("out.stop_verb", "out.send_ar", 1, "optout.stop_verb+send"),
        ("out.msg", "out.remove", 2, "optout.msg+remove"),
        ("out.already_sent", None, 0, "optout.already_sent"),
        ("out.threat_if", "out.msg", 3, "optout.unless"),
        ("out.my_contact", "out.neg_remove", 4, "optout.unless"),
        ("out.msg", "out.stop_them", 6, "optout.msg+stop_them"),
        ("out.enough", "out.msg", 0, "optout.enough+msg"),
        ("out.dont_want", "out.list", 3, "optout.dont_want+list"),
        ("out.done_with", "out.msg", 2, "optout.done_with+msg"),
        ("out.msg", "out.done_with", 2, "optout.msg+done_with"),  # "ba tablighatetoon kari nadaram"
        ("out.enough", "out.send", 0, "optout.enough+send"),
        ("out.no_need", "out.msg", 4, "optout.no_need+msg"),
        # «بس کنید دیگه این تبلیغا رو»: the stop said first, then what.
        ("out.post_verb", "out.msg", 3, "optout.post_verb+msg"),
        ("out.leave_alone", "out.msg", 4, "optout.leave_alone+msg"),
    )
    for first, second, gap, rule in checks:
        if second is None:
            hit = found.first(first)
            if hit is not None:
                return (hit.start, hit.end), rule
        else:
            span = found.seq(first, second, gap)
            # "no texts" / «بلاش رسايل» only as the opening words of the message.
            if span is None or (first == "out.without" and not _clause_start(found, span[0])):
                continue
            if first == "out.neg_ar" and _NOT_NEGATION.search(found.text[:span[0]]):
                continue  # «قبل ما تبعتوها»: "before you send", not "don't send"
            if first == "out.stop_verb" and _DONT.search(found.text, span[0], span[1]):
                continue  # "stop nakonid in takhfifa ro": "don't stop the discounts"
            return span, rule
    # The keyword sent before, and the messages still come: "ba3att el8a2 3 marrat w lessa ...".
    if found.has("out.repeat"):
        for role in ("out.ambiguous", "out.en_keyword"):
            # "I've sent STOP", and Urdu's verb after it: «STOP لکھ چکا ہوں».
            span = found.seq("out.said_before", role, 2) or found.seq(role, "out.said_before", 1)
            if span is not None:
                return span, "optout.repeated"
    # English negated send needs what not to send: "don't text me", "never send anything".
    neg_send = found.seq("out.neg", "out.send", 0)
    if neg_send is not None:
        for obj in [*found.by_role.get("out.obj", []), *found.by_role.get("out.msg", [])]:
            if obj.start >= neg_send[1] and found.text.count(" ", neg_send[1], obj.start) <= 2:
                return (neg_send[0], obj.end), "optout.neg+send+object"
    return None


_BARE_NEG_SEND = re.compile(fold_pattern(
    r"^\W*(?:دیگه|دیگر|اصلا|هیچی|dige|digeh|aslan)\s+(?:\S+\s+)?(?:نفرستید|نفرستین|نفرست|ارسال نکنید|"
    r"ندید|ندین|nafrestid|nafrestin|nadid|nadin)\W*$"))
_PANEL_CODE_IN_SHORT = re.compile(r"^(?:\S+ ){0,4}11(?: \S+){0,4}$")
# "arrived 11:25", "at 11pm": a clock time (corpus b33), which the keyword form splits into words.
_CLOCK_11 = re.compile(r"(?<!\d)11(?::\d\d|\s?[ap]m)(?![\w:])")
# "sharje 11 hezar tomani", «۱۱ صبح»: eleven of something, not the panel code.
_AMOUNT_11 = re.compile(fold_pattern(
    r"(?:^|\s)11\s+(?:hezar|hezari|هزار|هزاری|تومن|تومان|toman|tomani|ریال|rial|درصد|darsad|%|"
    r"صبح|شب|ظهر|sobh|shab|zohr|saat|ساعت|am|pm|o'clock|روز|rooz|ta|تا|gig|گیگ|"
    r"از 10|az 10|out of 10|/10|من 10)|"
    # "10 میں سے 11": a score above the top.
    r"(?:^|\s)10\s*(?:میں سے|از|من|men|az)\s*11(?:\s|$)|"
    # «ساعت ۱۱», "ba3d 11 bel leil": a time of day.
    r"(?:^|\s)(?:saat|ساعت|ساعه|الساعه|ba3d|بعد|after|at|before|قبل|abl|until|till)\s+11(?:\s|$)"))
_STOP_SIGN = re.compile(r"^\W*(?:🛑|⛔|🚫|✋)+\W*$")
# «حذف» alone: "delete" what? Opt-out vocabulary, for a human.
_BARE_ENOUGH = re.compile(fold_pattern(
    r"^\W*(?:بس|بسه|خلاص|کفایه|کفی|kefaya|khalas|bas|basse|حذف|حذف کن|حذف کنید|hazf)\W*$"))
_LAST_SURVEY = re.compile(fold_pattern(
    r"(?:اخرین|آخرین)\s+(?:\S+\s+)?(?:نظرسنجی|نظر سنجی|پیامک|پیام)\S*\s+(?:\S+\s+)?(?:باشه|باشد)"))


def guarded(found: Found) -> bool:
    """Whether the text cancels a thing or says something stops working (never an opt-out)."""
    return _guarded(found)


# The keyword (one or two words) opening the message as a clause of its own.
_OPENING_CLAUSE = re.compile(r"^\W*[^\s,:|\-]+(?: [^\s,:|\-]+)?(?:\s*[,:|]|\s+-)")
# Things a sender names when saying why the number should leave the list.
_REASON_OBJECTS = frozenset(fold_pattern(w) for w in (
    "line", "number", "خط", "الخط", "ثبت نام", "ثبتنام", "cart", "sim"))


def _keyword_then_reason(found: Found, pair: tuple[int, int], obj: Hit) -> bool:
    """«لغو، این خط مال پدرمه», "laghv, in sim cart ro tazeh kharidam", «لغو - ثبت نام نکردم».

    The keyword is said alone, and the line, number or registration (``obj``, the object ending the
    pair) comes in the next clause as the reason for leaving, not as the thing cancelled.
    """
    if found.text[obj.start:obj.end] not in _REASON_OBJECTS:
        return False
    opening = _OPENING_CLAUSE.match(found.text)
    return opening is not None and pair[0] < opening.end() <= pair[1]


_SUBSCRIPTIONS = frozenset(("subscription", "subscriptions"))


def _gap(a: tuple[int, int], b: tuple[int, int], text: str) -> str:
    """The text between two spans that do not overlap, in either order."""
    return text[a[1]:b[0]] if a[1] <= b[0] else text[b[1]:a[0]]


def _close(gap: str, spaces: int, marks: str) -> bool:
    """Whether a gap is short enough (``spaces`` at most) and crosses no clause mark of ``marks``."""
    return gap.count(" ") <= spaces and not any(c in gap for c in marks)


def _message_subscription(found: Found, obj: Hit) -> bool:
    """Whether the cancelled subscription (``obj``) is one to messages ("Cancel my subscription to texts")."""
    text = found.text
    if text[obj.start:obj.end] not in _SUBSCRIPTIONS:
        return False
    for msg in found.by_role.get("out.msg", ()):
        # A message word inside the object's span is no second word; the gap alone would not tell.
        if not (msg.start >= obj.end or msg.end <= obj.start):
            continue
        if _close(_gap((obj.start, obj.end), (msg.start, msg.end), text), 3, ".,!?;:"):
            return True
    return False


# Nouns that name the request itself, not a cancelled thing: «درخواست لغو» ("request to cancel"),
# «طلب إلغاء»; and «دفعه» ("time", as in "the tenth time"), which the payment stem «دفع» takes.
_REQUEST_NOUNS = frozenset(fold_pattern(w) for w in (
    "درخواست", "طلب", "بطلب", "الطلب", "talab", "request", "darkhast", "darkhaste"))
_TOKEN_END = re.compile(r"\S*")
_TIMES = ("دفعه", "دفعات")


def _word_of(text: str, hit: Hit) -> str:
    """The whole word a lexicon hit sits in ("دفعه" for the stem «دفع»)."""
    start = text.rfind(" ", 0, hit.start) + 1
    end = _TOKEN_END.match(text, hit.end)
    return text[start:end.end() if end else hit.end].strip(".,!?؟،:;")


def _object_then_cancel(found: Found) -> tuple[int, int] | None:
    """«سفارشم رو لغو کنید»: Persian and Urdu put the cancelled thing before the verb."""
    verbs = found.by_role.get("guard.cancel_verb", ())
    if not verbs:
        return None
    text = found.text
    objects = found.by_role.get("guard.object", ())
    # A message word inside an object word ("ads" in "ADSL") is not a second word.
    msgs = [m for m in found.by_role.get("out.msg", ())
            if not any(o.start <= m.start and m.end <= o.end for o in objects)]
    for obj in objects:
        word = _word_of(text, obj)
        if word in _REQUEST_NOUNS or word.startswith(_TIMES) or _message_subscription(found, obj):
            continue
        for verb in verbs:
            # «سرویس پیامک تبلیغاتی رو لغو کنید»: the service cancelled is the messages.
            # «ثبت نام نکردم، لغو کنید» ("I never signed up, cancel"): a reason, then the request.
            if verb.start >= obj.end and found.words_between(obj, verb) <= 3 \
                    and not any(c in text[obj.end:verb.start] for c in ",،") \
                    and not any(obj.start <= m.start and m.end <= verb.start for m in msgs):
                return obj.start, verb.end
    return None


def _guard_spans(found: Found) -> list[tuple[int, int]]:
    spans = [(h.start, h.end) for h in found.by_role.get("guard.phrase", ())]
    spans += [(h.start, h.end) for h in found.by_role.get("guard.cancelled", ())]
    cancel_pair = found.seq("guard.cancel_verb", "guard.object", 3)
    for pair in (cancel_pair,
                 _object_then_cancel(found),
                 found.seq("guard.object", "guard.cancelled", 4),
                 found.seq("guard.stops", "guard.working", 1)):
        # "... لغو عضویت کنید. خط هم میبرم": the cancelled thing is in another sentence.
        if pair is None or any(c in found.text[pair[0]:pair[1]] for c in ".!?؟"):
            continue
        if pair is cancel_pair:
            ends = [h for h in found.by_role.get("guard.object", ()) if h.end == pair[1]]
            # «گفتم لغو، این دفعه آخره» ("I said cancel, this is the last time"): no payment.
            if any(_keyword_then_reason(found, pair, h) or _message_subscription(found, h)
                   or _word_of(found.text, h).startswith(_TIMES) for h in ends):
                continue
        spans.append(pair)
    return spans


_CONJUNCTIONS = frozenset(fold_pattern(w) for w in ("and", "also", "و", "w", "va", "ham", "كمان", "kaman"))


def _guarded(found: Found, near: tuple[int, int] | None = None) -> bool:
    """A guard anywhere (``near`` None) or overlapping/within two words of the span ``near``."""
    spans = _guard_spans(found)
    if near is None:
        return bool(spans)
    text = found.text
    for start, end in spans:
        if start < near[1] and near[0] < end:
            return True
        gap = _gap((start, end), near, text)
        # "unsubscribe me and close my account": two requests, not a cancelled thing.
        if _close(gap, 2, ".!?؟") and _CONJUNCTIONS.isdisjoint(gap.split()):
            return True
    return False


# A complaint or threat verb between a how-to word and the request: «از طریق ۱۹۵ شکایت میکنم،
# حذفم کنید» ("through 195 I will complain") names the channel of a threat, not a question.
_THREAT_VERB = re.compile(fold_pattern(r"(?:شکایت|گزارش|اقدام|complain|report|شكوى|اشتكي|shekayat)"))


_CAN_YOU = fold_pattern("سکتے ہیں")
_YOU_BEFORE = re.compile(fold_pattern(r"(?:^|\s)آپ\s"))


def _how_to_before(found: Found, span: tuple[int, int], after: bool = True) -> bool:
    """A how-to question around the request: "how do I unsubscribe", «لغو اشتراک چطوریه؟».

    ``after``: whether a how-to word after the request counts too.
    """
    text = found.text
    asked_source = found.by_role.get("out.how_got", ())
    how_many = found.by_role.get("out.how_many", ())
    for hit in found.by_role.get("out.how_to", ()):
        if any(a.start <= hit.start and hit.end <= a.end for a in asked_source):
            continue  # «اشلون وصلكم رقمي؟» asks where the number came from, not how to leave
        if any(m.end <= hit.start and text.count(" ", m.end, hit.start) <= 4 for m in how_many):
            continue  # "how many times must I send STOP?" repeats a request (corpus b28)
        if text[hit.start:hit.end] == _CAN_YOU and _YOU_BEFORE.search(text, 0, hit.start):
            continue  # «کیا آپ مجھے لسٹ سے نکال سکتے ہیں؟»: "can you ...?" asks them to do it (corpus b26)
        if hit.end <= span[0]:
            if text.count(" ", hit.end, span[0]) <= 4 and not _THREAT_VERB.search(text, hit.end, span[0]):
                return True
        elif hit.start >= span[1]:
            if not after:
                continue
            # A question after the request ("... unsubscribe karna hai, is ka kya tareeqa hai?").
            reach = 7 if any(c in text[hit.end:] for c in "?؟") else 4
            if text.count(" ", span[1], hit.start) <= reach:
                return True
        else:
            return True
    return False


# "How did you get my number?": a complaint about the source, not a how-to question.
L.add("out.how_got", [
    "من وين", "منين", "من فين", "اشلون وصلكم", "شلون وصلكم", "كيف وصلكم", "كيف جبتوا", "كيف جبتو",
    "ازاي جبتوا", "ازاي وصلكم", "kif sajjalto", "kif wasalkom", "kif jebto", "ezay gebto", "men wein",
    "min wein", "mnen", "how did you get", "how do you have", "how have you got", "where did you get",
    "از کجا", "چطور شماره", "چطوری شماره", "az koja", "chetor shomare", "کہاں سے",
], clitic=True)

# Time words suggest a schedule ("not at night"), except in "day and night" (all the time).
L.add("out.all_the_time", ["shab o rooz", "shabo rooz", "شب و روز", "شبانه روز", "day and night",
                           "night and day", "ليل نهار", "ليل ونهار", "صبح تا شب", "sob ta shab",
                           "از صبح تا شب", "day n night"])


def _suggests(found: Found) -> bool:
    """A suggestion word outside an "all the time" phrase."""
    always = found.by_role.get("out.all_the_time", ())
    return any(not any(a.start <= h.start and h.end <= a.end for a in always)
               for h in found.by_role.get("out.suggest", ()))


# A sentence that is only an opt-out keyword, inside a longer message: "... STILL texting. Stop."
# Only keywords that mean nothing else on their own ("cancel", «الغاء» are usually orders).
_SENTENCE_KEYWORDS = {fold_pattern(k) for k in (
    "stop", "stopall", "unsubscribe", "unsub", "optout", "opt out", "opt-out", "stop sms", "stop texts",
    "لغو", "انصراف", "laghv", "enseraf", "لغو عضویت", "11")}
L.add("out.about_messages", ["removed", "unsubscribed", "texting", "texted", "messaging", "opted out"])
_SENTENCES = re.compile(r"[^.!?؟\n]+")


def _keyword_sentence(folded: str, found: Found) -> tuple[int, int] | None:
    """The span of a sentence that is just an opt-out keyword, in a message about our messages.

    "... you're STILL texting. Stop." is a request; "the food was cold. stop" is venting, for
    review like any stray keyword.
    """
    # "5th time asking. STOP.": a repeated request is about our messages too.
    if not any(found.has(role) for role in ("out.msg", "out.send", "out.remove", "out.remove_en",
                                             "out.about_messages", "out.repeat")):
        return None
    parts = [m for m in _SENTENCES.finditer(folded) if m.group().strip()]
    if len(parts) < 2:
        return None
    for m in parts:
        if keyword_form(m.group()) in _SENTENCE_KEYWORDS:
            return m.start(), m.end()
    return None


# "STOP - wrong number", "stop, cheers": a keyword opening the message, set off by punctuation,
# with a few words after it.
_LEADING_KEYWORD = re.compile(fold_pattern(
    r"^\W*(?:(?:please|pls|plz|لطفا|lotfan)\s+)?"
    r"(stop|stopall|unsubscribe|unsub|optout|opt out|quit|end|revoke|11|لغو|انصراف|الغاء|إلغاء|"
    r"ايقاف|إيقاف|ستوب|سٹاپ|اسٹاپ|استاپ|laghv|enseraf|ensraf|el8a2|elgha2|ilgha2|i2af|i9af|e2af|eeqaf)"
    # «لغو ۱۱. ...»: the panel code after the keyword (corpus b34).
    r"(?:\s+11)?"
    # «ايقاف من فضلك. ...», "STOP please. ...": a politeness word may sit before the stop.
    r"(?:\s+(?:please|pls|plz|من فضلك|لو سمحت|لطفا|lotfan|law sama7t|پلیز|براہ کرم))?"
    # «ستوب وإلا بفضحكم» ("STOP or else I shame you"): "or else" sets the keyword off too (corpus b60).
    r"(?:\s*[,.!\-–—:;،۔|]+\s*|\s+(?=(?:or else|otherwise|والا|وإلا|وگرنه|ورنہ)\s))(\S.*)$"))

# HELP in a few words: «ابي مساعدة», "rahnama befrestid", "help needed", «مدد چاہیے».
L.add("help.word", [
    "help", "info", "مساعدة", "مساعده", "mosa3da", "mosa3de", "mosaada", "mousa3ada", "راهنما",
    "راهنمایی", "راهنمای", "rahnama", "rahnamaei", "rahnamayi", "rahnamaii", "rahnamaee", "komak",
    "کمک", "مدد", "ہیلپ", "اطلاعات بیشتر", "more info",
], clitic=True)
L.add("help.want", [
    "ابي", "ابغى", "عايز", "عاوز", "محتاج", "محتاجة", "ممكن", "بدي", "اريد", "أريد", "میخوام", "می خوام",
    "mikham", "need", "needed", "چاہیے", "چاہئے", "befrestid", "befrestin", "بفرستید", "بفرستین",
    "لطفا", "lotfan", "please", "pls", "3ayez", "3ayza", "3awez", "konid", "کنید", "send",
])


_GREETINGS = frozenset(fold_pattern(g) for g in ("", "سلام", "salam", "slm", "hi", "hello", "hey",
                                                  "السلام عليكم", "مرحبا", "marhaba"))


def _help_request(found: Found) -> tuple[int, int] | None:
    """A short request for help or information (not "thanks for the help")."""
    if found.word_count() > 8 or not found.has("help.word"):
        return None
    span = found.seq("help.want", "help.word", 1) or found.seq("help.word", "help.want", 1)
    if span is None:
        first = found.first("help.word")
        # The message opens with the help word: "HELP how do I top up", «راهنمایی لطفا، ...».
        if first is not None and found.text[:first.start].strip(" ,.!?؟،:-") in _GREETINGS \
                and found.text[first.end:first.end + 1] in ("", " ", ",", "!", "?", "؟", "،", ":"):
            span = (first.start, first.end)
    return span


# Thinking aloud about leaving ("thinking of unsubscribing") is not yet a request.
L.add("out.considering", ["thinking of", "thinking about", "considering", "might just", "maybe i'll",
                          "سوچ رہا ہوں", "سوچ رہی ہوں", "دارم فکر میکنم", "به فکرم", "بفكر", "بفكر ا",
                          "ناوي", "dar fekram", "daram fekr mikonam", "bafakkar", "nawi"])


def _considering_before(found: Found, span: tuple[int, int]) -> bool:
    return any(h.end <= span[0] and found.text.count(" ", h.end, span[0]) <= 6
               for h in found.by_role.get("out.considering", ()))


# "Suggestion: ...", «پیشنهاد: ...» — a proposal, not a request.
SUGGESTION_HEAD = re.compile(r"^\W*(?:پیشنهاد|suggestion|idea|اقتراح|pishnahad|ektera7|e2tera7)\s*[:：-]")


# "law sama7t" is "please"; «لو ما وقفتوا ...», "if you don't stop ..." is a threat that
# demands the stop: neither makes the request conditional.
L.add("out.not_a_condition", [
    "sama7t", "sama7to", "sama7tom", "sma7to", "sm7to", "sm7t", "samaht", "tesma7", "tesma7o",
    "سمحت", "سمحتوا", "سمحتو", "سمحتم", "تكرمت", "تكرمتوا", "تسمح", "تسمحوا", "ما", "مش", "ma", "msh",
    "mesh", "you don't", "you dont", "you do not", "you won't", "you keep",
], stem=True)


def _conditional(found: Found) -> bool:
    text = found.text
    exempt = found.by_role.get("out.not_a_condition", ())
    for cond in found.by_role.get("out.conditional", ()):
        if any(e.start >= cond.end and text.count(" ", cond.end, e.start) <= 1 for e in exempt):
            continue
        for verb in found.by_role.get("out.conditional_verb", ()):
            if verb.start >= cond.end and found.words_between(cond, verb) <= 6:
                return True
    return False


# Roles without which no free-text rule can fire (most messages have none of them).
_TRIGGERS = frozenset({
    "in.phrase", "in.mistake", "in.again", "out.phrase", "out.stop_verb", "out.dont_want",
    "out.post_verb", "out.post_verb_weak", "out.neg_ar", "out.neg_send", "out.remove", "out.neg",
    "out.ambiguous",
    "out.ambiguous_phrase", "out.last", "out.without", "out.anymore", "out.my_contact",
    "out.threat_if", "out.or_else", "out.enough", "out.done_with", "out.stop_them", "out.en_keyword",
    "out.already_sent", "out.leave_alone", "out.no_need",
})
L.add("out.last", ["آخرین", "اخرین"])
# What sending the code costs: a question about it is not a request.
L.add("out.cost", [
    "cost", "costs", "charge", "charged", "charges", "fee", "fees", "free", "paid", "price",
    "هزینه", "هزینش", "پول", "رایگان", "hazine", "hazineh", "pool", "raygan", "majani",
    "رسوم", "بفلوس", "فلوس", "تكلفة", "تكلفه", "يكلف", "بكم", "rosoom", "ragany",
    "mgany", "magany", "bfloos", "floos", "ب كام", "بكام", "bkam", "b kam",
    "پیسے", "چارجز", "مفت",
], stem=True)
# Whole words: a stem would also take «مجانين» ("crazy") for «مجاني» ("free").
L.add("out.cost", ["مجانی", "مجاني", "مجانیه", "مجانية", "مجانا", "مجاناً", "بالمجان"], clitic=True)


# "..., or else I go to the regulator": the alternative a threat offers.
L.add("out.or_else", ["or else", "otherwise", "or i'll", "or i will", "or i", "or we",
                      "وگرنه", "وگر نه", "والا", "ولا",
                      "wla", "wila", "walla", "wella", "varna", "vagarna", "ورنہ", "ورنه", "w ella",
                      "wella ha", "vagar na", "وإلا"], clitic=True)
# A demand backed by leaving counts too: "don't text me again or I close my wallet account".
_THREATS = ("esc.legal_threat", "esc.regulator_or_media_threat", "esc.churn_threat")
# The messages themselves (not offers or discounts, which complaints mention too).
L.add("out.msg_core", [
    "sms", "smses", "text", "texts", "message", "messages", "msg", "msgs", "email", "emails", "e-mail",
    "notifications", "پیامک", "پیام", "اس ام اس", "ایمیل", "پیغام", "مسیج", "میسج", "payamak", "payam",
    "masij", "ای میل", "ایس ایم ایس", "رسائل", "رسايل", "رساله", "مسج", "مسجات", "ایمیلات",
    "rasayel", "rasa2el", "resayel", "rasael", "masgat", "msgat",
], stem=True)
# Being pestered: «مزاحم نشید», «ازعاج», "stop bothering me".
L.add("out.bother", ["مزاحم نشید", "مزاحمم نشید", "مزاحم نشین", "ازعاج", "الازعاج", "bothering", "harassing",
                     "harass", "pestering", "mozahem nashid", "mozahemam nashid", "دست بردارید", "ول کنید",
                     "تنگ کرنا", "تنگ نہ کریں", "پریشان نہ کریں"])
_ABOUT_US_MESSAGING = ("out.msg_core", "out.bother", "out.phrase", "out.neg_remove")


def _threat_demand(found: Found) -> tuple[int, int] | None:
    """A demand backed by a threat: "if you text me again I go to the regulator", "remove me or else".

    A condition (or an "or else") about the messages or the customer's number, with a legal or
    regulator threat, asks for the stop; its span is the condition's word.
    """
    roles = found.by_role
    if not any(r in roles for r in _THREATS):
        return None
    about_number = (found.seq("out.remove", "out.my_contact", 3)
                    or found.seq("out.my_contact", "out.remove", 5))
    # "STOP or I complain to PTA": the keyword itself opens the demand.
    opens = any(h.start == 0 for r in ("out.en_keyword", "out.ambiguous") for h in roles.get(r, ()))
    # "If you carry on (like this)" names no messages: only a report to an authority, not a move to
    # a rival, makes it about them (corpus b28).
    carry_on = "out.continue" in roles and any(r in roles for r in _THREATS[:2])
    about_us = carry_on or any(r in roles for r in _ABOUT_US_MESSAGING)
    if about_number is None and not opens and not about_us:
        return None
    hit = found.first("out.conditional") or found.first("out.threat_if") or found.first("out.or_else")
    if hit is None or escalation.is_joke(found) or _guarded(found):
        return None
    return hit.start, hit.end


# Straight apostrophes are left out: "don't ... I'm" is not a quotation.
_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("‘", "’"))


def _quoted(text: str, span: tuple[int, int]) -> bool:
    """Whether the span sits inside a pair of quotation marks (a mention, not a request)."""
    before, after = text[:span[0]], text[span[1]:]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    # Single quotes, not apostrophes ("don't", Arabizi "3'"): a ' with no letter on one side.
    marks = [i for i, c in enumerate(text) if c == "'" and not (
        0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())]
    if sum(1 for i in marks if i < span[0]) % 2 == 1 and any(i >= span[0] for i in marks):
        return True
    return any(before.count(o) > before.count(c) and c in after for o, c in _QUOTE_PAIRS)


def only_quoted(found: Found) -> bool:
    """Whether every opt-out word of the text is inside quotation marks (the button «لغو», "STOP")."""
    if not any(q in found.text for q in '"«“‘\''):
        return False
    hits = [h for h in found.hits if h.role in _REQUEST_ROLES]
    return bool(hits) and all(_quoted(found.text, (h.start, h.end)) for h in hits)


_REQUEST_ROLES = frozenset({
    "out.ambiguous", "out.phrase", "out.stop_verb", "out.en_keyword", "out.remove", "out.remove_en",
    "out.dont_want", "out.post_verb", "out.neg_send", "out.stop_them", "out.enough",
})


# The keyword said as a sentence of its own, first or last: not a schedule request.
_KEYWORD_SENTENCE_RULES = frozenset({"optout.leading_keyword", "optout.closing_keyword"})
_REMOVAL_RULES = frozenset({"optout.remove+contact", "optout.contact+remove", "optout.remove+list",
                            "optout.list+remove", "optout.msg+remove"})


# Keywords that mean "stop messaging me" wherever they stand in a short message.
_STRONG = frozenset(fold_pattern(k) for k in (
    "stop", "stopall", "unsubscribe", "unsub", "optout", "لغو", "انصراف", "الغاء", "إلغاء", "ايقاف", "إيقاف",
    "ستوب", "سٹاپ", "اسٹاپ", "استاپ", "laghv", "enseraf", "el8a2", "elgha2", "ilgha2", "i2af", "i9af",
    "eeqaf", "battlo", "batlo"))
# Words that turn the keyword around: "stop nakonid" (don't stop), "don't stop", "not yet".
_TURNED = frozenset(fold_pattern(w) for w in (
    "nakonid", "nakonin", "نکنید", "نکنین", "don't", "dont", "not", "no", "نه", "مش", "لا", "ma", "msh",
    "mesh", "being", "doing", "the", "charging", "working", "nakon", "نکن", "it", "this", "that"))


def _keyword_with_words(key: str, found: Found) -> tuple[tuple[int, int], str] | None:
    """A strong keyword opening a short message, with up to four words after it and no "?".

    "STOP ياخي", "Stop لو سمحتو", "stop 3afak a khoya", «لغو لغو لغو چند بار باید بگم».
    """
    words = key.split(" ")
    if not 2 <= len(words) <= 5 or words[0] not in _STRONG or "?" in found.text:
        return None
    if _TURNED.intersection(words[1:]) or escalation.is_joke(found) or _guarded(found):
        return None
    first = found.text.find(words[0])
    return ((first, first + len(words[0])) if first >= 0 else (0, len(words[0]))), "optout.keyword_words"


_WORD = re.compile(r"\w+")
_STRONG_OR_CODE = _STRONG | {"11"}


def _closing_keyword(folded: str, found: Found, key: str) -> tuple[tuple[int, int], str] | None:
    """A strong keyword (or the panel code) closing a message about our messages.

    "khafe shin ba in sms ha 😡 laghv", "man ye bar goftam laghv, bazam miad. ENSERAF".
    """
    # A cheap test first: most messages have no strong keyword near their end.
    tail = _GLUED_DIGITS.sub(" ", folded[-60:].replace("3'", "gh"))  # as keyword_form sees it
    if "?" in folded[-3:] or _STRONG_OR_CODE.isdisjoint(_WORD.findall(tail)):
        return None
    # Short texts come with their keyword form already made (``key``).
    words = (key or keyword_form(folded)).split(" ") if folded.count(" ") < 30 else []
    if len(words) < 3 or (words[-1] not in _STRONG and words[-1] != "11"):
        return None
    # «غلط نمبر ہے، سٹاپ»: a wrong number is reason enough (corpus b29).
    if not any(found.has(r) for r in ("out.msg", "out.already_sent", "out.ambiguous", "in.wrong_number")):
        return None
    end = folded.rfind(words[-1])
    return (end, end + len(words[-1])), "optout.closing_keyword"


def _hesitant(found: Found) -> bool:
    """Unsure or taken back («نمیدونم، بعدا تصمیم میگیرم»), but not "I don't know where you got my number".

    «نمیدونم شمارمو از کجا آوردید» asks how the number was found (corpus b34): no hesitation.
    """
    how_got = found.by_role.get("out.how_got", ())
    text = found.text
    return any(not any(g.start >= h.end and text.count(" ", h.end, g.start) <= 2 for g in how_got)
               for h in found.by_role.get("out.hesitant", ()))


def _temporary_near(found: Found, span: tuple[int, int]) -> bool:
    """A pause ("this month", «یه مدت») within five words of the request."""
    text = found.text
    for hit in found.by_role.get("out.temporary", ()):
        gap = text[hit.end:span[0]] if hit.end <= span[0] else text[span[1]:hit.start]
        if gap.count(" ") <= 5:
            return True
    return False


def cost_question(found: Found) -> bool:
    """A question about what sending the code costs ("does sending 11 cost money?"): not a request."""
    return "?" in found.text and found.has("out.cost")


_SIGNATURE = re.compile(r"\s*(?:sent from my \w+(?: \w+)?|sent from (?:yahoo|outlook|gmail) mail(?: for \w+)?"
                        r"|get outlook for \w+)\W*$")


# "U N S U B S C R I B E": one word typed letter by letter.
_SPACED_LETTERS = re.compile(r"\w(?: \w){2,}")


def detect(folded: str, found: Found) -> OptDecision:
    """Decide opt-out / opt-in / help for one folded message (``found``: its lexicon hits)."""
    # Keywords are short: longer messages skip the keyword reduction. A mail client's signature
    # ("unsubscribe\n\nSent from my iPhone") is not part of the message.
    said = _SIGNATURE.sub("", folded) if "sent from" in folded or "outlook" in folded else folded
    short = said.count(" ") < 8 or _SPACED_LETTERS.fullmatch(said) is not None
    key = keyword_form(said) if short else ""
    if short:
        # "bas konin": a keyword that the filler words would cut short.
        plain = " ".join(_NON_WORD.sub(" ", said).split())
        if plain in _FOLDED_OUT:
            key = plain
        elif (bare := _POLITE_EDGE.sub("", plain)) in _FOLDED_OUT:
            key = bare  # «بس کنید لطفا», "bas konin lotfan": politeness the filler pass cannot see
        elif " " in plain and len(plain) <= 12 and (near := _near_keyword(plain)) is not None:
            key = near  # «لغ و»: a letter split off, which the filler pass would drop
    decided = _keyword(key, folded, found) if key else None
    if decided is None and " " in key:
        # A keyword with the panel code beside it: «الغاء الاشتراک ۱۱», "STOP 11".
        words = key.split(" ")
        for code in ("11", "12"):
            if code in words:
                rest = " ".join(w for w in words if w != code)
                if (rest in _FOLDED_OUT and code == "11") or (rest in _FOLDED_IN and code == "12"):
                    decided = _keyword(rest, folded, found)
    asked = "?" in folded
    if asked and cost_question(found):
        return OptDecision()
    if decided is not None:
        if decided.opt_out and asked:
            # "stop?", «ايقاف؟»: the keyword asked, not said.
            return OptDecision(review=True, tier="ambiguous", scope=decided.scope, evidence=[
                _ev(found, (0, len(folded)), "opt_out", "opt_out_review", "optout.keyword_asked")])
        return decided
    leading = _LEADING_KEYWORD.match(folded)
    if not short and not (found.by_role.keys() & _TRIGGERS) and not leading:
        return OptDecision()
    conditional = _conditional(found)
    demand = _threat_demand(found)
    if demand is not None:
        conditional = False
    opt_in = _opt_in(found)
    if opt_in is not None and not conditional:
        span, rule = opt_in
        return OptDecision(opt_in=True, tier="free_text", scope=scope_of(found),
                           evidence=[_ev(found, span, "opt_in", "opt_in", rule)])
    help_span = _help_request(found)
    if help_span is not None:
        return OptDecision(help=True, evidence=[_ev(found, help_span, "help", "help", "help.request")])
    if key and _PANEL_CODE_IN_SHORT.search(key) and not _guarded(found) and not conditional \
            and not found.has("out.how_to") and not _AMOUNT_11.search(key) and not _CLOCK_11.search(folded):
        # «۱۱ مزاحما», «سلام، ۱۱», "11 zadam": the panel code inside a short message; asked
        # («ولا اكتب ١١؟»), a human decides.
        if asked:
            return OptDecision(review=True, tier="ambiguous", scope="all", evidence=[
                _ev(found, (0, len(folded)), "opt_out", "opt_out_review", "optout.keyword_asked")])
        return OptDecision(opt_out=True, tier="keyword", scope="all",
                           evidence=[_ev(found, (0, len(folded)), "opt_out", "opt_out", "optout.keyword.11")])
    request = _free_text(found)
    if request is not None and _quoted(folded, request[0]):
        request = None  # «گزینه «لغو اشتراک» غلط املایی داره»: the words are quoted, not said
    if request is not None and request[1] in _REMOVAL_RULES and escalation.is_joke(found) \
            and not found.has("out.msg"):
        request = None  # «تهدیدتون میکنم اگه این کیکو از منو بردارید 😂»: the menu, not the number
    if request is None and demand is not None:
        request = (demand, "optout.threat")
    if request is None:
        for pattern, rule in ((_BARE_NEG_SEND, "optout.bare_neg_send"), (_LAST_SURVEY, "optout.last_one")):
            m = pattern.search(folded)
            if m:
                request = ((m.start(), m.end()), rule)
                break
    lead = _leading_request(folded, found, leading)
    if request is None and lead is not None:
        request = (lead, "optout.leading_keyword")
    if request is None and key:
        request = _keyword_with_words(key, found)
    if request is None:
        request = _closing_keyword(folded, found, key)
    if request is None:
        sentence = _keyword_sentence(folded, found)
        if sentence is not None:
            request = (sentence, "optout.keyword_sentence")
    if request is not None and (_hesitant(found) or _temporary_near(found, request[0])):
        # «انصراف… نمیدونم، بعدا تصمیم میگیرم»: not decided yet.
        return OptDecision(review=True, tier="ambiguous", scope=scope_of(found),
                           evidence=[_ev(found, request[0], "opt_out", "opt_out_review", "optout.hesitant")])
    guarded = _guarded(found) if request is None else _guarded(found, request[0])
    if request is not None and not guarded and not conditional:
        span, rule = request
        # A time or frequency word suggests a schedule, unless the customer insists: "anymore",
        # "I don't want them", a threat.
        insists = (demand is not None or found.has("out.anymore") or found.has("out.dont_want")
                   or rule in _REMOVAL_RULES or rule in _KEYWORD_SENTENCE_RULES or lead is not None
                   # «لغو زده بودم، باز امروز صبح پیامک اومد»: the time says when the ignored one came.
                   or rule == "optout.repeated"
                   # «اينقدر پيام نديد، لغو»: the keyword closing the message (corpus b30).
                   # (At most one _closing_keyword call per message: the first found it, or never ran.)
                   or (found.has("out.suggest") and (rule == "optout.closing_keyword"
                                                     or _closing_keyword(folded, found, key) is not None)))
        # A threat after the request («حذف کنید وگرنه از طریق پلیس ...») is not a how-to question.
        if (_how_to_before(found, span, after=demand is None) or _considering_before(found, span)
                or (((_suggests(found) and not insists) or SUGGESTION_HEAD.match(folded))
                    and rule != "optout.phrase")):
            return OptDecision(review=True, tier="ambiguous", scope=scope_of(found),
                               evidence=[_ev(found, span, "opt_out", "opt_out_review", "optout.how_to")])
        return OptDecision(opt_out=True, tier="free_text", scope=scope_of(found),
                           evidence=[_ev(found, span, "opt_out", "opt_out", rule)])
    if guarded or conditional:
        return OptDecision()
    return _ambiguous(folded, found)


def _leading_request(folded: str, found: Found, m: re.Match[str] | None) -> tuple[int, int] | None:
    """The span of a keyword that opens the message as a request of its own ("STOP. ...")."""
    if m is None or (folded[m.end(1)] == "-" and folded[m.end(1) + 1:m.end(1) + 2].isalnum()):
        return None  # "end-to-end ...": a hyphenated word
    # A longer tail is fine when it is a threat or an insult ("STOP. this is the 5th time I've
    # asked. next stop is the regulator.", «ايقاف!!! ... انتو مجانين؟؟»), or when the keyword ends
    # its own sentence; a question after it asks something else.
    raging = any(found.has(r) for r in ("esc.legal_threat", "esc.regulator_or_media_threat",
                                        "esc.angry_complaint", "esc.churn_threat"))
    words = len(m.group(2).split())
    mark = folded[m.end(1):m.start(2)].strip()[:1]
    # "LAGHV!!! saat 6 sobh payamak??": the keyword shouted; its question is rhetorical.
    raging = raging or "!!" in folded[m.end(1):m.start(2)]
    # «انصراف. شماره منو از کجا آوردید؟»: asking where the number came from backs the request.
    raging = raging or found.has("out.how_got")
    limit = 20 if mark in (".", "!", "۔") else (12 if mark in (",", "،") else 8)
    if raging or ("?" not in m.group(2) and words <= limit):
        return m.start(1), m.end(1)
    return None


def _ambiguous(folded: str, found: Found) -> OptDecision:
    """Opt-out vocabulary without a clear request: flagged for review."""
    hit = found.first("out.ambiguous_phrase")
    where = (hit.start, hit.end) if hit else None
    if where is None and found.word_count() <= 12:
        # In a long message, opt-out vocabulary is usually about something else.
        word = found.first("out.ambiguous")
        where = (word.start, word.end) if word else None
    if where is None:
        for pattern in (_STOP_SIGN, _BARE_ENOUGH):
            m = pattern.search(folded)
            if m:
                where = (m.start(), m.end())
    if where is None or _quoted(folded, where):
        return OptDecision()
    return OptDecision(review=True, tier="ambiguous", scope=scope_of(found),
                       evidence=[_ev(found, where, "opt_out", "opt_out_review", "optout.ambiguous")])
