"""The known traps of triage, with real examples in every script (Persian, Arabic, English,
Finglish, Arabizi, Urdu). Rule-decided outcomes are asserted exactly; model-decided ones only
where the rules fix them (e.g. a keyword forces the category)."""

from __future__ import annotations

import pytest

from pipeline.triage import TriageRequest, escalation, optout, triage, triage_batch
from pipeline.triage.lexicon import LEXICON, Found
from pipeline.triage.normalize import clean, display, fold, lid_form


def t(text: str, channel: str = "sms", **kw):
    return triage(TriageRequest(text=text, channel=channel, **kw))


def scanned(text: str) -> Found:
    """The rules' view of a message (folded text and lexicon hits), for checks below the models."""
    f = fold(clean(text))
    return Found(f, LEXICON.scan(f))


# --------------------------------------------------------------------------- normalisation


def test_normalisation_folds_digits_drops_marks_and_keeps_emoji():
    assert clean("سفارش ۴۵۸۲1 ٣") == "سفارش 45821 3"
    assert clean("إلـــغاء") == "إلغاء"  # tatweel
    assert clean("مَرْحَبًا") == "مرحبا"  # diacritics
    assert clean("می\u200cخوام") == "میخوام"  # ZWNJ
    assert clean("ﻻ") == "لا"  # presentation form
    assert "😡" in clean("خیلی بد 😡")
    assert fold(clean("خيلييييي بد")) == "خیلی بد"  # elongation and ي
    assert fold("STOOOP") == "stop"


def test_names_spelt_with_a_tripled_letter_are_not_squeezed():
    assert fold("ACCC will hear about this, soooo angry") == "accc will hear about this, so angry"
    assert lid_form("Reported you to the BBB") == "reported you to the bbb"
    assert fold("see www.example.com") == "see www.example.com"
    assert fold("bbbb") == "b"


@pytest.mark.parametrize("text", [
    "ACCC will hear about this. Advertised $49, charged $79 at checkout.",
    "reported you to the BBB today. 6 weeks, no sofa, no refund",
])
def test_consumer_protection_bodies_by_name_escalate_as_legal_and_regulator(text):
    result = triage(TriageRequest(text=text))
    assert result.escalate
    assert {"legal_threat", "regulator_or_media_threat"} <= set(result.escalation_reasons)


def test_a_word_found_after_its_proclitic_spans_the_word_alone():
    text = fold(clean("الشرطة طلبت مني كشف حساب"))
    spans = {text[h.start:h.end] for h in LEXICON.scan(text) if h.role == "esc.legal_threat"}
    assert spans == {"الشرطه", "شرطه"}  # not «شرطه ط»: the hit ends where the word ends


def test_letters_unified_only_after_language_and_per_language():
    # Language identification reads the unfolded letters ...
    assert "ي" in lid_form("تم إلغاء طلبي")
    # ... and the display form unifies them for the detected language.
    assert display("سفارشم كي ميرسه", "fa") == "سفارشم کی میرسه"
    assert display("سفارشی کی", "ar") == "سفارشي كي"
    assert t("تم إلغاء طلبي").normalized_text == "تم إلغاء طلبي"


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize("text,lang", [
    ("سفارشم هنوز نرسیده", "fa"),
    ("سفارشم هنوز نرسيده، كي ميرسه؟", "fa"),  # Persian typed with Arabic ي/ك stays Persian
    ("تم إلغاء طلبي ولم يرجع المبلغ", "ar"),  # unifying ي/ك first would make this Persian
    ("الطلب لسه موصلش ليه كده", "ar"),
    ("where is my parcel? ordered a week ago", "en"),
    ("salam sefaresham naresideh", "fa-Latn"),
    ("dige payamak nadid lotfan", "fa-Latn"),
    ("3ayez a2leb el eshterak", "ar-Latn"),
    ("el order lesa mawsalsh", "ar-Latn"),
    ("میرا آرڈر ابھی تک نہیں پہنچا", "ur"),
    ("اپ crash میکنه وقتی login میزنم", "fa"),  # English words inside Persian
    ("الـ app ما يشتغل من امبارح", "ar"),
    ("unsubscribe کریں", "ur"), ("UNSUBSCRIBE شكرا", "ar"), ("unsubscribe لطفا", "fa"),  # a Latin keyword
    ("۹", "fa"), ("٩", "ar"), ("9", "en"),  # digits only: their script
    ("11", "fa"), ("12", "fa"), ("۱۱", "fa"),  # the Iranian panel codes
    ("11!!", "fa"), ("۱۲ 🙏", "fa"), ("11 11", "fa"),  # ... with punctuation, emoji, repeated
    ("👍🙏", "und"), ("???", "und"), ("⭐⭐⭐⭐👌", "und"),  # stars are emoji, not digits
])
def test_language(text, lang):
    assert t(text).language == lang


def test_short_persian_word_is_not_urdu():
    assert t("ممنون").language == "fa"


def test_digits_take_the_customers_language_from_context():
    assert triage(TriageRequest(text="9", language_hint="ar")).language == "ar"


def test_language_confidence_and_runner_up():
    r = t("salam sefaresham naresideh")
    assert 0 < r.language_confidence <= 1 and r.language_runner_up in ("en", "ar-Latn")


# --------------------------------------------------------------------------- opt-out / opt-in


@pytest.mark.parametrize("text", [
    "11", "۱۱", "١١", "لغو ۱۱", "لغو11", "لغو", "STOP", "Stop", "stop please", "STOPALL", "UNSUBSCRIBE",
    "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "إلغاء", "الغاء الاشتراك", "انصراف", "laghv",
    "el8a2", "ان سبسکرائب",
])
def test_hard_keywords_opt_out(text):
    r = t(text)
    assert r.opt_out and r.opt_out_tier == "keyword" and r.category == "opt_out"
    assert r.sentiment == "neutral" and not r.escalate
    assert any(e.task == "opt_out" and e.rule_id.startswith("optout.keyword") for e in r.evidence)


@pytest.mark.parametrize("text", [
    # One typo in a keyword of five letters or more; a doubled letter or a swap in a short one;
    # romanised غ/و spelt other ways; a multi-word keyword run together or split.
    "unsubscibe", "Unsubscrbe pls", "stopp", "stpo", "ستووب", "lghv", "laqv", "lagv", "laghw",
    "el3'a2", "el 8a2", "الغاءالاشتراك", "انصرف", "Stopal",
    # Vocatives and particles beside a keyword.
    "إيقاف لو سمحت يا اخوان", "UNSUBSCRIBE ya gama3a el khair", "STOP ba2a!!", "END w shokran",
    # Urdu spellings of STOP and STOPALL.
    "سٹوپ", "اسٹاپ آل",
])
def test_keyword_spellings_opt_out(text):
    r = t(text)
    assert r.opt_out and r.opt_out_tier == "keyword" and r.category == "opt_out", text


@pytest.mark.parametrize("text", ["shop", "stat", "step", "spot", "top", "send", "ended", "كافيه"])
def test_words_near_keywords_are_not_keywords(text):
    r = t(text)
    assert not r.opt_out and not r.opt_in, text


@pytest.mark.parametrize("text", ["stop?", "laghv?", "enseraf??", "ايقاف؟", "ستوب؟", "11?"])
def test_keyword_asked_as_a_question_is_reviewed(text):
    r = t(text)
    assert r.opt_out_review and not r.opt_out, text


@pytest.mark.parametrize("text", [
    "does sending 11 cost money?", "does texting STOP cost me anything?", "ارسال ١١ عليه رسوم؟",
    "ferestadan e 11 hazine dare?", "ارسال ۱۱ هزینه داره؟",
])
def test_question_about_what_the_code_costs_is_not_an_opt_out(text):
    r = t(text)
    assert not r.opt_out and not r.opt_out_review, text


@pytest.mark.parametrize("text", [
    # A condition or an "or else" about the messages or the number, backed by a legal or
    # regulator threat, demands the stop.
    "اگه یه پیامک دیگه بدید میرم تعزیرات",
    "اگه شماره منو حذف نکنید میرم پیش وکیل، صد بار گفتم",
    "law ma wa2aftoosh el sms di ha3mel shakwa fi 7emayet el mostahlek",
    "screenshot e in sms ha ro mizaram twitter age hazfam nakonid",
    "7iydou raqmi wla ghadi nchki bikom l police",
    # A keyword opening the message, then its reason or an insult.
    "۱۱ - این خط مال پدرم بود که فوت کرده",
    "Stop. Wrong number, I don't know who you are",
    "ايقاف. وأسوأ خدمة شفتها",
    # A threat after the request names the way it will go ("from the police"), not a how-to.
    "شماره‌ام رو حذف کنید وگرنه از طریق دادسرا شکایت میکنم",
    # The keyword as a sentence of its own: a longer tail, or a rhetorical question with an insult.
    "ايقاف!! كل ساعة مسج، انتو مجانين؟",
    "I'm done with your texts",
])
def test_threat_backed_and_keyword_led_requests_opt_out(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # "wrong number" is why they leave, not a subscription made by mistake.
    "enseraf. in shomare eshtebahi dastetoon e",
    # A do-not-disturb list, whatever the verb («ضيفوني» also adds people back).
    "ضيفوني على قائمة عدم الازعاج لو سمحتو",
    # «الاشتراك» after «الغاء» is the thing cancelled, not a verb of subscribing.
    "الغاء الاشتراك بالرسايل وبدي اسكر الحساب كمان",
])
def test_opt_out_reasons_that_look_like_opt_ins(text):
    r = t(text)
    assert r.opt_out and not r.opt_in, text


@pytest.mark.parametrize("text", [
    # Dialect "stop it" and keyword spellings (Gulf, Finglish, Arabizi), said alone.
    "ba6lu", "bas konid", "il8a2", "حذفم", "نفرستید لطفا", "stop it", "آپٹ آؤٹ",
    # Urdu, Gulf and Levantine requests; for a relative; "no need to send".
    "آئندہ مجھے پروموشنل میسج نہ بھیجیں", "la tarsloon li shay ba3d el yom", "ma bdi 3orood abadan",
    "shomare pedaram ro az listetoon pak konid", "نیازی نیست دیگه پیامک تخفیف بفرستید",
    "بس کرو", "کوئٹ", "lghv mrc", "میرا نمبر DND میں ڈال دیں", "دس بار STOP لکھ چکا ہوں پھر بھی میسج آتے ہیں",
    "dige to hich listi nabasham", "no more whatsapp from you please",
    "STAHP", "cancel all", "بس کر دو یار", "please discontinue the promotional messages",
    "mabaghich had l messages, 7eydo nmra dyali", "میرا نمبر اپنے ڈیٹا بیس سے ختم کر دیں",
    # Darija, Tunisian, Gulf, Maghrebi and Egyptian requests.
    "bghit n7bes les messages dyal l3orod",
    "7ydo numero dyali mn 3ndkom",
    "نحيوني من الليستة متاعكم",
    "ما عادش تبعثولي رسائل",
    "la t3od tersil li rasayel",
    "matersloosh rasayel tani",
    "ارفعوا رقمي من القائمة",
    # The keyword sent before and the messages still come.
    "I've sent STOP three times and you still text me",
    "ba3att el8a2 marrtein w lessa bteb3ato",
    # Two requests joined by "and": the account is closed too, the messages stop.
    "unsubscribe me and close my card account as well",
    # A keyword opening a threat.
    "STOP or I report you to the PTA",
])
def test_dialect_and_repeated_requests_opt_out(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # A request taken back in the same message, or only thought about.
    "remove me... no wait, I need the delivery texts",
    "ايقاف. لا لحظة، احتاج رسائل الطلب",
    "maybe I should probably unsubscribe, idk",
    "can you take me off the list... actually nvm",
])
def test_requests_taken_back_are_reviewed(text):
    r = t(text)
    assert not r.opt_out and r.opt_out_review, text


@pytest.mark.parametrize("text", [
    # Eleven of something, and whether the code is free.
    "sharje 11 hezar tomani mikham",
    "ersal 11 rayegane?",
    # The wrong item sent, not our messages.
    "stop sending me the wrong size, twice now",
    # A wished-for option, and a stop already done.
    "يا ريت يكون في خيار ايقاف الاشعارات التسويقية من التطبيق",
    "ba3at STOP embare7 w el rasayel wa2fet fe3lan, shokran",
])
def test_eleven_as_an_amount_and_wrong_items_are_not_opt_outs(text):
    assert not t(text).opt_out, text


def test_keyword_sentence_with_a_long_tail_is_a_request_for_the_rules():
    # The rules read the keyword as its own sentence; the category model may still send it to
    # review when the rest reads like a complaint (the veto), so this checks the rule itself.
    found = scanned("unsubscribe. also my last bill was charged twice and nobody replied to my three emails")
    decision = optout.detect(found.text, found)
    assert decision.opt_out and decision.evidence[0].rule_id == "optout.leading_keyword"


def test_a_hyphenated_word_is_not_a_leading_keyword():
    assert not t("end-to-end encryption for the chat would be great, we all want it in the app").opt_out


@pytest.mark.parametrize("text", [
    # Threats about money or a booking, not about our messages.
    "اگه بیمه خسارتو تا آخر هفته نده از طریق مراجع قضایی پیگیری میکنم",
    "your agent promised me 20% off and the bill has none. it is going on TikTok if you don't honour it",
    "سحبتوا من حسابي ٣ مرات على اوردر واحد!!! لو ما رجعتوا الفلوس النهاردة هروح للمحامي",
    # A joke about the menu, not the phone number.
    "تهدیدتون میکنم اگه این کیکو از منو بردارید 😂🎂",
])
def test_threats_about_other_things_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # Quoted opt-out words are mentions (a button's label, a bug about it), not requests.
    "گزینه «لغو اشتراک» تو تنظیمات غلط املایی داره",
    'the button "unsubscribe me" is broken on the site',
    # What opting out would change is a question.
    "will opting out of marketing affect my card alerts?",
])
def test_quoted_and_what_if_opt_out_words_are_not_requests(text):
    r = t(text)
    assert not r.opt_out and not r.opt_out_review, text


@pytest.mark.parametrize("text", [
    # "Enough" alone is for review; "enough surveys" names what to stop.
    "7 w ba2a kefaya surveys",
    # Formal emails asking to be taken off the lists.
    "I would be grateful if you could remove my mobile number and email address from all of your "
    "marketing lists with immediate effect.",
    "خواهشمند است نشانی ایمیل بنده را از فهرست ارسال خبرنامه حذف فرمایید.",
    # "ya reet" is Egyptian for "please", not a suggestion.
    "ya reet tbatlo teb3atouli el offers 3al whatsapp",
    "ياريت توقفوا عني رسايل المسابقات والسحوبات",
    # Maghrebi and Gulf "I don't want any more".
    "ماعادش بغيت الميساجات ديالكم عافاكم",
])
def test_more_free_text_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "كفاية بقى", "kefaya ba2a!! kol yom resala",  # "enough already"
    "انصراف… نمیدونم، بعدا تصمیم میگیرم",  # not decided
    "3ayez awa2af el resayel bas mesh 3aref law keda el OTP hayew2af",
])
def test_enough_and_hesitation_are_reviewed_not_applied(text):
    r = t(text)
    assert r.opt_out_review and not r.opt_out, text


@pytest.mark.parametrize("text", [
    "المفروض تتأكدوا من تاريخ صلاحية الأدوية قبل ما تبعتوها",  # "before you send", not "don't send"
    "ثبت‌نام دوره رو انصراف دادم، شهریه‌ش برمیگرده؟",  # withdrew from a course
    "ویدیوهای دوره‌ای که خریدم همه از پنلم حذف شده",  # something was deleted
    "ya reet tedeefo zorar 'stop' lel autoplay fel app",  # a quoted button label
])
def test_negation_lookalikes_withdrawals_and_deletions_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # A strong keyword with a few words and no punctuation; a keyword closing a message about us.
    "STOP الرقم مو لي", "Stop لو سمحتو", "stop 3afak a khoya", "STOP mn fadlko",
    "khafe shin ba in sms ha 😡 laghv", "الغاء11",
    # Dialect and formal phrasings.
    "ماريد رسائل بعد، رجاءً", "Please put me on your do-not-contact list",
    "Dear team, I would like to withdraw my consent to receive marketing communications by SMS.",
    "ilgha2 il ishtirak", "akhrejouni mn la liste dyal l i3lanat",
    # Darija "remove me", Levantine "don't send anymore", bare dialect "stop them", «لغو» typed
    # with ع, a form of address before the keyword, "I'm done with your messages" in Finglish.
    "7ayydouni mn les messages 3afak", "la 3ad teb3atouli promos", "حبسو", "wa2afooha", "لعو",
    "آقا لغو", "el8a2 ya habibi", "dige ba payamakatoon kari nadaram",
    # Urdu: "no marketing message should come to this number", "I don't want the newsletter".
    "آفرز والے میسج اس نمبر پر نہ آئیں", "نیوز لیٹر نہیں چاہیے",
    "مجھے نہیں پتا آپ کو میرا نمبر کہاں سے ملا، ہٹائیں اسے",  # "I don't know where ..." is not hesitation
    # From batch b15's phrasings: Darija "take my number off the list", "no offers", Urdu "free me
    # from these messages", a keyword with politeness and a reason, "where did you get my number?".
    "nazzlo ra9mi mn lista dyal l'pub", "bla 3roud 3afak", "ana 5lst mn el promos bta3tkom",
    "مہربانی کر کے مجھے ان ای میلز سے آزاد کریں",
    "انصراف. اصلا شماره منو از کجا آوردید؟", "STOP. ra2m ghalat", "تمومش کنید",
    # From batch b16's phrasings: Darija "I want out of your messages", "no thanks" or "ok" before a
    # keyword, a threat made "through" a complaint line, a condition on the messages a threat ends.
    "bghit nkhrej mn les messages", "no thanks, stop", "ok unsubscribe",
    "اگه باز پیامک تبلیغاتی بیاد از طریق ۱۲۴ شکایت میکنم، شمارمو حذف کنید",
    "اگه این پیامکا قطع نشه به سازمان تنظیم مقررات شکایت میکنم",
    "law weslatni resala tanya harfa3 2adeya",
    # From batch b17's phrasings: a politeness word after a bare "stop it", "off your list",
    # "do not wish to be contacted", Urdu "turn off", an insult-free threat on one more message.
    "bas konin lotfan", "بس کنید لطفا", "take my dad off your sms list please",
    "I do not wish to be contacted by text", "پروموشن والے میسج آف کر دیں",
    # From batch b18's phrasings: Tunisian "delete my number", Gulf "fed up with your ads", «انسراف»
    # (ص typed as س), "stop everything", a threat on the next message.
    "فسخوا نومرويا", "شبعت من إعلاناتكم", "انسراف", "wa22fo kel shi",
    "law ba3atou rasala tanya hashtekikom lel gehaz el 2omi lel etisalat",
    # From batch b19's phrasings: Darija "enough of the messages", «اسحبوا رقمي», the membership of
    # an SMS panel, the do-not-call list in Urdu, Finglish "bas kon".
    "la barka mn l messages dyalkom", "اسحبوا رقمي", "عضویتمو لغو کنید", "bas kon",
    "اس نمبر کو ڈو ناٹ کال لسٹ میں ڈال دیں",
])
def test_keyword_led_and_dialect_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "stop nakonid in takhfifa ro 😂 aalie",  # "don't stop" is praise
    "این ماه دیگه نفرستید، سرم شلوغه",  # a pause, not a stop
    "برای انصراف باید ۱۱ بفرستم یا کلمه لغو؟",  # which code to send
    "kol ma ados 'remove' fel cart el item byerga3 tani",  # a quoted button
])
def test_pauses_questions_and_turned_keywords_are_not_applied(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", ["12", "۱۲", "١٢", "START", "UNSTOP", "عضویت", "اشتراك", "انسٹاپ"])
def test_opt_in_keywords(text):
    r = t(text)
    assert r.opt_in and not r.opt_out and r.category == "opt_in"


@pytest.mark.parametrize("text,scope", [
    ("please stop texting me", "all"),
    ("Stop the daily deal texts", "marketing"),
    ("دیگه پیامک تبلیغاتی نفرستید", "marketing"),
    ("لا أريد رسائل بعد الآن", "all"),
    ("وقفوا هالرسايل لو سمحتوا", "all"),
    ("dige payamak nadid", "all"),
    ("mesh 3ayez rasayel tany", "all"),
    ("remove me from your list please", "all"),
    ("stop sending me surveys", "surveys"),
    ("براہ کرم مجھے پیغامات نہ بھیجیں", "all"),
])
def test_free_text_opt_out(text, scope):
    r = t(text)
    assert r.opt_out and r.opt_out_tier == "free_text" and r.opt_out_scope == scope


@pytest.mark.parametrize("text", [
    "our booking got cancelled and no refund yet",
    "the screen stops responding after login",
    "سفارشم لغو شد ولی پولم برنگشت",
    "تم إلغاء طلبي",
    "I want to cancel my card",
    "how do I cancel my order?",
    "if I unsubscribe, will I still get OTP codes?",
    "اگه لغو عضویت کنم رمز پویا میاد؟",
    "end of the month is fine",
])
def test_cancel_and_stop_inside_other_messages_are_not_opt_outs(text):
    r = t(text)
    assert not r.opt_out
    assert r.category != "opt_out"


def test_ambiguous_opt_out_is_reviewed_never_applied_and_does_not_escalate():
    for text in ("how do I unsubscribe?", "بسه دیگه", "🛑"):
        r = t(text)
        assert r.opt_out_review and not r.opt_out, text
        assert "opt_out" not in r.escalation_reasons


@pytest.mark.parametrize("text", [
    # "Where did you get my number?" is an angry source question, not "how do I leave?".
    "منين جبتوا رقمي؟ احذفوه لو سمحتوا",
    "az koja shomare mano peyda kardid? hazfesh konid",
    # A bare keyword sentence in a message about our messages.
    "Third time asking. You are still texting me. STOP.",
    # "Day and night" is not a schedule suggestion.
    "payamakatoon shab o rooz miad, ghat konid lotfan",
    # A cancelled card in the next sentence does not turn the request into a cancellation.
    "این پیامکا رو نمیخوام، لغو عضویت کنید. کارت هم باطل کنید",
])
def test_free_text_opt_out_around_questions_and_other_sentences(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "سوچ رہا ہوں آپ کی ای میلز سے ان سبسکرائب کر دوں",  # thinking aloud about leaving
    "payamakatoono shab befrestid na sob",  # a schedule, not a stop
    "رات دس بجے کے بعد پروموشن نہ بھیجا کریں",  # Urdu habitual "don't send": a schedule
])
def test_venting_thinking_aloud_and_schedules_are_never_applied(text):
    assert not t(text).opt_out, text


def test_survey_answer_with_stop_surveys_is_survey_response_and_opt_out():
    r = t("۹ ولی دیگه نظرسنجی نفرستید", channel="survey", in_reply_to="nps-2026-11")
    assert r.category == "survey_response" and r.survey_score == 9
    assert r.opt_out and r.opt_out_scope == "surveys"


@pytest.mark.parametrize("text", ["HELP", "info", "راهنما", "مساعدة", "محتاج مساعدة", "3ayez mosa3da",
                                  "rahnama befrestid", "help needed", "مدد چاہیے",
                                  "HELP how do I top up"])
def test_help(text):
    r = t(text)
    assert r.help and r.category == "question" and not r.opt_out


@pytest.mark.parametrize("text", ["thanks for the help, all sorted 👍", "ممنون از کمکتون، مشکلم حل شد",
                                  "your help desk never answers, this is the third day"])
def test_help_words_in_other_messages_are_not_help_requests(text):
    assert not t(text).help


# --------------------------------------------------------------------------- survey scores


@pytest.mark.parametrize("text,channel,ctx,score,scale", [
    ("۹", "survey", "nps-2026-11", 9, "nps"),
    ("٩", "survey", "nps-2026-11", 9, "nps"),
    ("۳ از ۵", "survey", None, 3, "csat"),
    ("10/10", "survey", None, 10, "nps"),
    ("ده", "survey", "nps-1", 10, "nps"),
    ("نمره ۸ میدم ولی پشتیبانی کند بود", "survey", "nps-1", 8, "nps"),
    ("2 - terrible", "sms", None, 2, "nps"),
    ("٤ من ٥", "survey", None, 4, "csat"),
    ("5 stars", "survey", None, 5, "csat"),
    ("noh az dah", "survey", None, 9, "nps"),
    ("tes3a", "survey", "nps-1", 9, "nps"),
    ("thamanya, el khedma kwayesa", "sms", "nps-1", 8, "nps"),  # more Arabizi spellings (b54)
    ("sb3a bas", "sms", "nps-1", 7, "nps"),
    ("thalatha 3ashan el ta25eer", "survey", "csat-1", 3, "csat"),
    ("arba3 njoum", "sms", "csat-1", 4, "csat"),
    ("4", "survey", "csat-order-5531", 4, "csat"),
])
def test_survey_scores(text, channel, ctx, score, scale):
    r = t(text, channel=channel, in_reply_to=ctx)
    assert (r.survey_score, r.survey_scale, r.category) == (score, scale, "survey_response")


def test_survey_comment_is_kept():
    r = t("نمره ۸ میدم ولی پشتیبانی کند بود", channel="survey", in_reply_to="nps-1")
    assert r.survey_comment and "پشتیبانی" in r.survey_comment


@pytest.mark.parametrize("text,score", [
    ("tmenia, service mzyan walakin l'attente twila", 8),  # Darija number word
    ("تمنية، الأبلكيشن سهل", 8),
    ("خمسة على عشرة", 5),  # "x على y" is "x out of y"
    ("sab3a 3al 3ashra", 7),
    ("7 ta", 7),  # Persian counting: "seven of them"
    ("haft ta", 7),
    ("az 10 ta 7 midam chon peyk dir oomad", 7),  # "out of 10, I give 7"
    ("9 9 9 🔥", 9),  # the same score repeated
    ("نه نه نه 👏", 9),
    ("٩ ٩ ٩", 9),
    ("hafttt", 7),  # a doubled letter in a number word
    ("chaaar", 4),
    ("دو میدم", 2),  # a weak word with "I give"
    ("tnein w bas", 2),  # ... or with "only"
    ("واحد بس", 1),
    ("نجمتين بس والتوصيل متأخر", 2),  # star words alone
    ("دو ستارہ", 2),
    ("نمره‌ام ۷ه", 7),  # the copula glued to the digit
    ("دس۔ سروس اچھی تھی", 10),  # the Urdu full stop separates
    ("9 w el sho3'l kolo tamam, ana gebt wa7da bas", 9),  # a weak word beside a digit
    ("7, el tayyara et2a5aret 2 marrat", 7),  # "2 times" is a count
    ("3 — kan bykoon 5 law el akl kan so5n", 3),
    ("٣ — كان بيكون ٥ لو الأكل سخن", 3),  # "would have been 5 if ..."
    ("6 bood age zoodtar javab midadin. alan 2", 2),  # "now" marks the real score
    ("4 setare mididam age tamiz bood, 2", 2),
    ("5/5 ya 3amm", 5),  # "ya" is not "or" between 5 and an Arabizi word
    ("2 mn 5 ya3ni meh", 2),
    ("10 — the man at desk 3 was lovely", 10),  # a number naming a desk
    ("۰ تا وقتی مشکل حل نشده", 0),  # «تا وقتی» is "until", not a count
    ("chahar ta setare", 4),  # counted stars
    ("3 آؤٹ آف 5", 3), ("7 outof 10", 7), ("2 from 5", 2),
    ("دو ہی دوں گا", 2),  # "I'll give only two"
    ("نو جی", 9), ("sifr", 0), ("زوز من خمسة", 2),  # Urdu "sir", Arabizi zero, Tunisian two
    ("4 (az 5) khoob bood", 4), ("2 ... 3ala 5", 2),  # the maximum in brackets or after a pause
    ("3 njoum, el akl kan bared", 3), ("پورے نو نمبر", 9),
    ("٤ من ٥ ... درمیانہ سا", 4),  # «درمیانہ» (medium) is not «کے درمیان» (between)
    ("6 but the doctor alone made it a 9", 6),
])
def test_more_survey_readings(text, score):
    assert t(text, channel="survey").survey_score == score, text


@pytest.mark.parametrize("text", [
    "behtare too hotel sobhoone ta 11 bashe na 9:30",  # clock times, not scores
    "سروے بیس سوالوں کی بجائے تین چار سوال کا ہو تو لوگ بھر بھی دیں",  # "three four": an estimate
    "الاستبيان أطول من اللازم، خلوه سؤال واحد مو عشرة",  # a count of questions, "not ten"
    "el survey kteer, 3 as2ela kfaye",
    "nazarsanji kootah tar bashe, 2 soal bas",
    "the refund took 6 days instead of 3",
    "11?",  # the panel code asked about, not a repeated 1
    "yazdah az dah 😂",  # "11 out of 10": a joke, not a 10
    "٠٠٠",
])
def test_times_and_estimates_are_not_scores(text):
    assert t(text, channel="survey").survey_score is None, text


@pytest.mark.parametrize("text", ["between 7 and 8", "7 or 8", "idk", "8.5", "هفت یا هشت، نمی‌دونم",
                                  "يمكن ٦ يمكن ٧", "shayad 7 shayad 8", "بين ٧ و٨", "ساڑھے سات",
                                  "یه چیزی حدود ۶ و ۷", "3 bas aw 4"])
def test_unclear_scores_abstain(text):
    assert t(text, channel="survey", in_reply_to="nps-1").survey_score is None


def test_score_like_text_outside_survey_context_is_not_a_score():
    r = t("10/10 amazing service", channel="social")
    assert r.survey_score is None and r.category != "survey_response"


def test_scale_from_context_over_text():
    assert t("4", channel="survey", survey_scale="csat").survey_scale == "csat"
    assert t("4", channel="survey", survey_scale="nps").survey_scale == "nps"


def test_survey_sentiment_follows_score():
    assert t("2", channel="survey", in_reply_to="nps-1").sentiment == "negative"
    assert t("10", channel="survey", in_reply_to="nps-1").sentiment == "positive"
    assert t("7", channel="survey", in_reply_to="nps-1").sentiment == "neutral"


@pytest.mark.parametrize("text", ["1. terrible", "۰ افتضاح", "wa7ed. sy2 gedan"])
def test_a_low_score_with_a_word_or_two_does_not_escalate(text):
    r = t(text, channel="survey", in_reply_to="nps-1")
    assert r.survey_score is not None and not r.escalate, text


def test_bare_11_is_an_opt_out_not_a_score_even_in_a_survey():
    r = t("11", channel="survey", in_reply_to="nps-1")
    assert r.opt_out and r.survey_score is None


# --------------------------------------------------------------------------- escalation


def test_joke_with_legal_words_does_not_escalate():
    for text in ("I'll sue you, it's too tasty 😂", "از دستتون شکایت می‌کنم انقدر خوشمزه بود 😂"):
        assert not t(text, channel="social").escalate, text


@pytest.mark.parametrize("text,reason", [
    ("my lawyer will contact you about this", "legal_threat"),
    ("سأرفع دعوى عليكم في المحكمة", "legal_threat"),
    ("I'll report you to the FCC", "regulator_or_media_threat"),
    ("از حسابم برداشت غیرمجاز شده", "safety_or_fraud"),
    ("you charged me twice for one order", "payment_failure"),
    ("I'm switching to another bank next week", "churn_threat"),
])
def test_escalation_reasons_with_evidence(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons
    assert any(e.task == "escalation" and e.label == reason and e.span for e in r.evidence)


def test_consumer_protection_is_legal_and_regulator():
    r = t("شکایتتون رو به تعزیرات میدم، پولمو پس بدید")
    assert {"legal_threat", "regulator_or_media_threat"} <= set(r.escalation_reasons)
    r = t("هشتكيكم لجمعية حماية المستهلك")
    assert {"legal_threat", "regulator_or_media_threat"} <= set(r.escalation_reasons)


@pytest.mark.parametrize("text", [
    # The failure is over: a past problem mentioned, not one to act on.
    "got charged twice on friday but the refund came this morning, all good",
    "اینترنت دیشب یه ساعت قطع بود، الان اوکیه",
    "el app kan wa2e3 sa3a bas rege3 delwa2ti",
    # Weary, not furious: tiredness without shouting.
    "khaste shodam az in hame sms, laghv konid",
    "زهقت من العروض، شيلوني من القائمة",
    "دفعت مرتين بس رجعتوا المبلغ بنفس اليوم",
    "site dirooz down bood, alan dorost shode",
    "got charged for a cancelled order but your team reversed it the next day",
    # Thanks that name a past failure.
    "charged twice last week but you refunded it the same day, thank you so much!",
    "پیامک اطلاع رسانی قطعی آب خیلی به موقع بود، ممنون",
])
def test_settled_problems_and_weariness_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    # A social network or a hospital named, not invoked. (A lawyer or a court named in a request
    # for a document still escalates when the models read a legal threat into it.)
    "saw your sofa ad on instagram, is the discount still on?",
    "فاتورة المستشفى فيها بند ما فهمته، ممكن توضيح؟",
    "ہسپتال کے بل کی رسید ای میل کر دیں",
])
def test_bare_mentions_of_alarming_words_do_not_escalate(text):
    assert not t(text, channel="chat").escalate, text


def test_shouted_weariness_and_a_conditional_fix_still_escalate():
    assert "angry_complaint" in t("BE KHODA KHASTE SHODAM!!! 5 bar zang zadam").escalation_reasons
    # «لو ما اتحلت» is "if it is not solved": a threat, not a solved problem.
    assert t("لو ما اتحلت المشكلة بكرة بروح لحماية المستهلك").escalate


def test_bare_low_score_does_not_escalate():
    assert not t("2", channel="survey", in_reply_to="nps-1").escalate


@pytest.mark.parametrize("text", [
    "unsubscribe\n\nSent from my iPhone", "l a g h v", "لغ و", "إلقاء", "wgfoo el msjat, ma abeeha",
    "نو مور مسجز بليز", "ما بقيتش بغيت هاد الميساجات", "خلوني بحالي من رسايلكم", "دیگه مزاحم نشین",
    "safi ma tsiftouli walo mn daba", "rasayel el survey di tewa2afha law sama7t, ma3andeesh wa2t",
    "plz mera number hata do اپنی لسٹ سے", "میرا نام آپ کی میلنگ لسٹ سے خارج کیا جائے", "STOPP کرو بھائی",
    "مجھے واٹس ایپ پر بھی میسج نہ کریں اور ایس ایم ایس پر بھی نہیں",
])
def test_signatures_spelt_keywords_and_more_dialect_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "ya reit tdeefo option 'pause' lel eshterak badal el el8a2",
    "unsubscribe من الباقة الأسبوعية اللي بـ٥ جنيه",
    "I think I want to unsubscribe but let me ask my husband first",
    "Please don't message before 9am",
    "دیگه نفرستید. نه وایسید، پیامک ارسال سفارش رو لازم دارم",
    "اسمم رو تو پیامکا «نگاره» مینویسید، «نگار» هستم. قطعش نکنید فقط درستش کنید",
    "لغو اشتراک یا لغو پیامک؟ کدومش رو باید بزنم؟ نمیخوام پیامکای مهم قطع شه",
])
def test_instead_of_cancelling_bundles_hesitation_and_dont_cut_it_are_not_applied(text):
    assert not t(text).opt_out, text


def test_a_threat_on_the_next_message_to_the_telecom_regulators_line_opts_out_and_escalates():
    r = t("سومین باره لغو میزنم و باز پیامک میاد. یه بار دیگه بیاد به ۱۹۵ شکایت میکنم")
    assert r.opt_out and "regulator_or_media_threat" in r.escalation_reasons


@pytest.mark.parametrize("text,reason", [
    ("el mandoob hadadni lama rafadt adfa3 ziyada", "safety_or_fraud"),
    ("ابني اتجرح من اللعبة، الحواف حادة جداً", "safety_or_fraud"),
    ("Delete my number from ur database n stop the msgs, or I take this to the Information Commissioner",
     "regulator_or_media_threat"),
    ("agar hazine ha bargasht nakhore dadkhast midam", "legal_threat"),
    ("دوسری ایپ پر شفٹ ہو رہا ہوں، آپ کا تو ایک بھی آرڈر ٹائم پر نہیں آتا", "churn_threat"),
])
def test_threats_injuries_and_departures_escalate(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "دو بار پول کم شد ولی برگشت، مرسی. فقط یه لحظه ترسیدم",
    "My lawyer says your kunafa should be illegal, it's that good",
    "فون PTA سے رجسٹرڈ ہے یا نہیں، کیسے چیک کروں؟",
    "جم کی ممبرشپ کیسے ختم کرواؤں؟ دوسرے شہر شفٹ ہو رہا ہوں",
])
def test_settled_charges_jokes_and_registration_questions_do_not_escalate(text):
    assert not t(text, channel="chat").escalate, text


@pytest.mark.parametrize("text,score", [
    ("4, the internet has been down for the whole of Block 7 since yesterday", 4),
    ("what does 0 mean, good or bad?", None),
    ("eight point five", None),
    ("8 بٹا 10", 8),
])
def test_block_numbers_scale_questions_decimals_in_words_and_urdu_over(text, score):
    assert t(text, channel="sms", in_reply_to="nps-isp-0520").survey_score == score, text


@pytest.mark.parametrize("text", [
    "Baddi tshilouni mn el mailing list tab3etkon", "STOB ya 3am",
    "el 8a2 el eshtirak", "w2fooo", "ma saggalt 3andkom abadan, tla3ouni mn l list", "إلغء الاشتراك",
    "Stop it. Seriously.", "cut it out with the texts", "no thnx, unsub", "jamesh konid in payamakaro",
    "نفرس دیگه", "mujhe msg mat bhejo plz", "بیٹا اب بس کر دو یہ میسج، میں بوڑھا آدمی ہوں، پڑھے نہیں جاتے",
    "ila ma 7bestouch had lmessagat ghadi nchki bikom l ANRT",
])
def test_b21_dialect_typo_and_filler_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "ma tb3atouli el 3orood kol youm, marra fel shahr kfaya",
    "stop. la2 estanna, ana me7tag rasayel el shipping",
    "لا ترسلوا بعد العشاء الله يخليكم، أطفالي نايمين",
    "Stop ignoring me!!! 5 emails and zero replies",
    "برای لغو عدد ۱۱ را ارسال کنید",
    "۱۱ از ۱۰ 😂",
    "لغو اشتراک یعنی چی؟ باید بزنم که پیامک نیاد؟",
    "اگلے مہینے تک stop کر دیں",
    "اتوار کو میسج نہ بھیجیں، چھٹی کا دن ہوتا ہے",
    "ozviate bashgah ro laghv konid va hesabamo bebandid",
])
def test_schedules_taken_back_instructions_and_jokes_are_not_applied(text):
    assert not t(text).opt_out, text


def test_a_membership_of_the_sms_club_is_still_an_opt_out():
    assert t("انصراف از عضویت باشگاه پیامکی").opt_out


@pytest.mark.parametrize("text,reason", [
    ("ba3at el 2essa di l barnameg Amr Adib, yemken yesma3ooha hnak", "regulator_or_media_threat"),
    ("The lift in your mall stopped between floors with my kids inside for 25 minutes", "safety_or_fraud"),
    ("boo gaz to rahro miad, mamoore shoma goft moshkeli nist!", "safety_or_fraud"),
    ("بیمہ کا کلیم بغیر وجہ کے مسترد کر دیا، اب SECP میں شکایت ہو گی", "regulator_or_media_threat"),
    ("The update reset my wallet balance to 0, it was 3,400 AED", "data_loss_or_outage"),
])
def test_b21_escalation_cues(text, reason):
    assert reason in t(text, channel="chat").escalation_reasons, text


@pytest.mark.parametrize("text", [
    "I need a bank statement stamped for a court case next week, can the branch do that?",
    "انخصم مني المبلغ مرتين بس رجع الثاني اليوم، الحمد لله تمام",
    "fi 8alta fel fatoora: el mablagh maktoob marratein bas et5asamt marra wa7da",
])
def test_court_documents_and_refunded_double_charges_do_not_escalate(text):
    assert not t(text, channel="chat").escalate, text


@pytest.mark.parametrize("text,score", [
    ("٠ ٠ ٠ أسوأ خدمة عملاء في حياتي!!!", 0),
    ("كم رقم لازم احط؟ من ١٠ ولا من ٥؟", None),
    ("eleven out of ten!", None),
    ("nomre man 9e", 9),
    ("صفر۔ تین ہفتے سے ریفنڈ کا انتظار کر رہا ہوں", 0),
    ("aath", 8),
])
def test_repeats_with_a_comment_scale_questions_roman_urdu_and_the_finglish_copula(text, score):
    assert t(text, channel="sms", in_reply_to="nps-telco-2026-q2").survey_score == score, text


def test_urdu_star_word():
    r = t("دو اسٹار، پیکنگ پھٹی ہوئی تھی", channel="sms", in_reply_to="csat-order-49002")
    assert (r.survey_score, r.survey_scale) == (2, "csat")


@pytest.mark.parametrize("text", [
    "la t3ood tirsel li rasayel, shokran", "saybouna b7alna, ma bghina 7ta msg",
    "arjo 3adam irsal ay rasa2el",
    "ma abi 3rood", "wagfo el masajat", "n7eb nfasa5 noumrou mel liste", "w2f ersal",
    "ممكن تحذفون رقمي من الرسائل الإعلانية؟", "Activate DND on this number", "just stop it man",
    "age hazfam nakonid miram sazman-e tanzim-e moghararat", "nmikham payamak bgiram", "پاکم کن از لیستت",
    "اگه یه اس دیگه بیاد میرم تعزیرات", "من با تبلیغاتتون کارم تمومه", "اب آپ کے ایڈز سے تنگ آ چکا ہوں",
    "Ads band karo yaar", "plz mujhe apni list se nikal den",
])
def test_b22_dialect_polite_and_threat_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "sorry ba3at el8a2 mn 8er ma a2sod, raga3 el eshterak",
    "رسالتكم تقول 'للإلغاء أرسل ١١' بس أنا ما أبي ألغي، متى ينتهي العرض؟",
    "أفكر ألغي الاشتراك في رسائلكم",
    "لا توقفوا العروض، بس ابي عروض الإلكترونيات",
    "Your stop-and-go traffic alerts saved me an hour",
    "Stop sending the courier to my old address!!!",
    "unsubscribe... hala ba'dan",
    "نوشتم لغو ولی منظورم سفارش بود نه پیامک",
    "آخر هفته ها پیامک نفرستید",
    "میرا نمبر ہٹا دو... نہیں رہنے دو ابھی",
])
def test_b22_mistakes_considering_schedules_and_lookalikes_are_not_applied(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text,reason", [
    ("el akl kan fih 7aga w ebni bytraga3 tool el leil", "safety_or_fraud"),
    ("ri7et el gas 3alya gedan fel ma6ba5", "safety_or_fraud"),
    ("شيلوا رقمي ولا هفضحكم على فيسبوك", "regulator_or_media_threat"),
    ("المندوب حاول يتحرش ببنتي", "safety_or_fraud"),
    ("Guess I'll explain it to a judge then", "legal_threat"),
    ("kasi az hesab-e man vared shode", "safety_or_fraud"),
    ("پیزا میں شیشے کا ٹکڑا تھا", "safety_or_fraud"),
])
def test_b22_escalation_cues(text, reason):
    assert reason in t(text, channel="chat").escalation_reasons, text


def test_a_refund_that_did_not_come_is_not_settled():
    for text, over in (("وما رجعت الفلوس", False), ("رجعت الفلوس الحمد لله", True)):
        assert escalation.settled(scanned(text)) is over, text


@pytest.mark.parametrize("text", [
    "et5asamt martein bs el flos rag3et, kolo tamam dlwa2ty",
    "2 bar pool kam shod vali refundesh oomad, hamechi ok",
    "اگر رائیڈر لیٹ ہو تو بتا دیا کریں، کوئی عدالت نہیں جا رہا 🙂",
])
def test_b22_settled_problems_and_negated_threats_do_not_escalate(text):
    assert not t(text, channel="chat").escalate, text


@pytest.mark.parametrize("text,score", [
    ("5? wla 6, msh mt2aked", None),
    ("wa7da bs 3shan ma feesh sifr", 1),
    ("a3la men 7 ya3ni", None),
    ("كم لازم اكتب؟ من ١ ل ١٠؟", None),
    ("وحدة من خمسة، ما حد رد", 1),
    ("Would be a 10 if the app didn't log me out", None),
    ("score-am 10e", 10),
    ("۸ واسه غذا، ۳ واسه پیک", None),
    ("زر يعيد الطلب بضغطة وحدة", None),
])
def test_b22_alternatives_comparisons_hypotheticals_and_two_aspects(text, score):
    assert t(text, channel="sms", in_reply_to="survey-shop-2026").survey_score == score, text


@pytest.mark.parametrize("text", [
    "3afak ma tsifto liya walou", "ana 3ayez el8i eshtraki fel rasayel el e3laneya",
    "7absouli had les messages",
    "wagfoon el rasayel lo sama7tu", "bala4 3orood", "ma3adch tab3thouli msayel", "بركاو من الميساجات",
    "ما فيه داعي تراسلوني", "ما تبعثوليش ميساجات كاع", "Cease all communication with me immediately.",
    "I'd really appreciate it if you stopped messaging this number.", "I'd rather not receive these anymore.",
    "No longer interested in hearing from you.", "tamumesh konid in payamak haro",
    "با احترام، تمایلی به دریافت پیامک‌های شما ندارم", "دیگه نیازی به این پیامکا ندارم",
    "پلیز میرے نمبر کو Do Not Disturb پر ڈال دیں",
])
def test_b23_indirect_polite_and_dialect_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "matb3atoush rasayel ba3d 11 bel leil", "اینترنتم هر شب ساعت ۱۱ قطع میشه",
    "ma ba3atsh stop, leh wa2aftou rasayel el fawater?", "3amil 3andi ba3at STOP w lessa byewsalo rasayel",
    "ايقاف مؤقت", "عاود صيفطو ليا الميساجات عافاك",
    "unsubscribe me... actually wait till after the sale ends",
    "Stop, I'm driving", "Unsubscribe from what? I never subscribed to anything",
    "don't send me paper statements anymore, email is fine", "نص رسايلكم ما بتهمني، شيلوا اللي ما إلها لزوم",
])
def test_b23_times_businesses_pauses_and_other_things_are_not_applied(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text,reason", [
    ("el captain kan bys2 el se7r w 5awefni", "safety_or_fraud"),
    ("The treadmill's STOP button doesn't work, someone could get hurt", "safety_or_fraud"),
    ("kontor e bargh jaraghe mizane, dud mikone!", "safety_or_fraud"),
    ("ba'd az tazrigh tu klinik dastam varam karde", "safety_or_fraud"),
    ("ta shanbe vaght darin, ba'desh dadgah", "legal_threat"),
])
def test_b23_escalation_cues(text, reason):
    assert reason in t(text, channel="chat").escalation_reasons, text


def test_a_warning_about_a_fake_page_does_not_escalate():
    assert not t("There's a fake page using your logo on Facebook, just so you know", channel="chat").escalate


@pytest.mark.parametrize("text,score", [
    ("nejma wa7da 3ashan ma fi a2al", 1),
    ("100/10 😂😂", None),
    ("tamena, bas el app bta3kon te2eel", 8),
    ("eight and a half", None),
    ("5 stars for the driver, 1 star for the app", None),
    ("اگه ارسال سریع‌تر بود ۱۰ میدادم", None),
])
def test_b23_star_words_joke_scores_halves_and_would_have_given(text, score):
    assert t(text, channel="survey", in_reply_to="survey-2026-05").survey_score == score, text


@pytest.mark.parametrize("text", [
    "QUIT w matb3tleesh tani", "3afak 7iyed liya numero dyali mn les pubs", "mesh momken te7zefo ra2mi?",
    "la as2ila ba3d el yom", "ma 3ad badde yewsalni shi mnkon", "7ell 3anni, shil ra2mi",
    "matba3toosh tany", "batalo tb3atoli esta6la3at ra2y", "ba6lo tarweej, ana bas baddi el fawateer",
    "انسحاب", "لو تكرمتم، لم أعد بحاجة لرسائلكم", "F off with your promos", "yo quit hitting my phone",
    "Mn moshtarie shoma nistm pyamak ndid", "عدم تمایل به دریافت پیامک", "اس نده دیگه", "نو مور میسجز",
    "Mujhe koi message na bhejein", "میرا ای میل ایڈریس آپ کی میلنگ لسٹ سے خارج کر دیا جائے",
])
def test_b24_dialect_formal_and_rude_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "badde erja3 esta2bel el 3orood, ma kan lazem a3mel stop", "ma tb3tooli rasayel ba3d nos el leil",
    "wa2fo el rasayel le7ad ma arga3", "ما أبي أوقف الرسائل، بس أبي أغير الرقم",
    "hmm maybe unsubscribe me later, after the Eid sale",
    "I unsubscribe from everything, but not your newsletter",
    "10 میں سے 11 😄 کمال کر دیا", "ان سبسکرائب کرنے کا لنک بہت چھپا ہوا ہے",
])
def test_b24_opt_ins_schedules_pauses_hesitation_and_lookalikes_are_not_applied(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text,reason", [
    ("fi bug: ay 7ad ye2dar ye3mel reset le password ay 7esab", "safety_or_fraud"),
    ("The insurance agent forged my signature on the policy form", "safety_or_fraud"),
    ("سلنڈر والا والو ڈھیلا چھوڑ گیا، کچن میں گیس بھر گئی تھی", "safety_or_fraud"),
    ("ye bar dige kalaye taghalobi befrestid, gozaresh midam be sazman hemayat", "legal_threat"),
])
def test_b24_escalation_cues(text, reason):
    assert reason in t(text, channel="chat").escalation_reasons, text


@pytest.mark.parametrize("text,score", [
    ("5 njoom lel mandoob w 3 lel akl", None),
    ("3ashara 3ala el tasleem w sifr 3al ta3amol", None),
    ("saba3, el ta6beeq ba6ee2 shwai", 7),
    ("thnain", 2),
    ("النجمة الوحيدة عشان ما في صفر", 1),
    ("فائیو", 5),
])
def test_b24_two_aspects_arabizi_and_urdu_number_words_and_the_only_star(text, score):
    assert t(text, channel="survey", in_reply_to="survey-2026-06").survey_score == score, text


@pytest.mark.parametrize("text", [
    "ma t3awdouch tsiftou liya", "revoke el mowafa2a 3al rasayel el tasweeqiya", "mtb3tolish 3roud tany",
    "3omri ma sajjalt 3andkom. 7ezfo ra8mi", "ST0P", "It would be great if you stopped sending me surveys",
    "pack it in with the texts mate", "baba vel kon ba in payamakat",
    "درخواست قطع ارسال پیامک برای شماره من", "اگه باز پیامک تبلیغاتی بدید به ۱۹۵ گزارش میدم",
    "پیغام رسانی منقطع کریں", "سٹپ پلیز", "ان سب سکرائب", "مجھے یہ میسجز وصول کرنے میں کوئی دلچسپی نہیں ہے",
])
def test_b25_dialect_formal_and_spelt_out_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "mesh 3ayez el rasayel bel ingilizi, ab8aha bel 3arabi", "unsubscribe... msh met2aked lessa",
    "Please don't stop the evening deals", "Unsubscribe. hmm on second thought keep me for the Eid sale",
    "video-ye stop motion-e tabligh-e jadidetun kheili bahal bud",
    "گفتم stop ولی منظورم ارسال سفارش بود نه پیامک",
    "منو از لیست خط بزنید... یا نه، فعلا بمونه", "سروے بھیجنا بند نہ کریں، مجھے فیڈبیک دینا اچھا لگتا ہے",
    "میسج آنا بند ہو گئے، میں نے تو ان سبسکرائب نہیں کیا تھا، واپس چالو کرو",
])
def test_b25_exceptions_second_thoughts_and_requests_to_keep_sending_are_not_applied(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "rani ma7abbitch messages, n7ouli numero mta3i", "ma n7ebch nesta9bel messages menkom",
    "la2 la2 la2 ma baddi risayel", "ba3d ezznak ma3ad tirsel li i3lanat, t3abt",
    "mumkin t7ezfo ra2mi? kan la mama w tawaffet allah yer7amha", "ما ودي يوصلني شي منكم، تكفون",
    "please ya3ni, ana baddi ma yousalni shi, shukran 3al tafahom", "unsubcribe me pls", "الغا ء الاشتراك",
    "sotp پلز", "مجهے مزید میسج نا بهیجیں", "بابا ولمون کنید، ما پیامک نخواستیم", "کنسلم کنید از پیامکا",
    "کمپنی کی مارکیٹنگ ٹیم کو بتا دیں کہ میں آئندہ کوئی پروموشن نہیں لینا چاہتا",
    "Would you mind not texting me anymore?", "khahesh mikonam dige pm nadid",
    "mano az group-e sms kharej kon",
    "momken tesheelo ra2mi men el list? shokran", "yo stop hitting my line with these promos",
])
def test_b26_dialect_polite_and_misspelt_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "sa7bi 2ali ib3at el8a2 3ashan el rasayel, bas ana 3ajebni el 3orood bta3etkom",
    "I said STOP to a different company, not you lol. keep the deals coming",
    "قريت إن لازم أرسل STOP عشان ما توصلني رسايل، بس أنا أبي الرسايل فما رح أرسل",
    "مشتریام ۱۱ میفرستن، از لیست پنل من خودکار حذف میشن؟",
    "شماره موبایلم عوض شده، پیامکا رو به شماره جدید بفرستید نه اینکه قطع بشه",
    "پیامک نظرسنجی بعدی رو نفرستید... اصلا ولش کنید، مهم نیست",
])
def test_b26_reported_keywords_and_taken_back_requests_are_not_applied(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("el order bta3i et-cancel w el flous ma rag3etsh men osboo3", "payment_failure"),
    ("el sana el gaya mesh hajadded el ta2meen ma3akom", "churn_threat"),
    ("الله ياخذكم على هالخدمة", "angry_complaint"),
    ("@AirlineHelp lost my bag 3 days ago, zero updates. tagging @GulfNewsUAE, maybe they'll get a reply",
     "regulator_or_media_threat"),
    ("ye nameh-ye rasmi az daftar-e hoghooghi be zoodi barayetoon miad", "legal_threat"),
    ("emtiaz-e bashgah sefr shode, ghablan 12000 dashtam", "data_loss_or_outage"),
    ("گفتم کارتمو مسدود کنید، هنوز فعاله و دیشب ازش خرید شده", "safety_or_fraud"),
    ("ریفنڈ دو مہینے سے پھنسا ہوا ہے، اب لیگل نوٹس بھیج رہا ہوں", "legal_threat"),
])
def test_b26_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "momken law sama7t mat3atlish rasayel tany?", "baddi l8i l ishtirak bel rasayel",
    "e2la3ouni mn el list wala hroo7 lel mo7ami", "5alas ba2a, el8o2 eshtraki",
    "mumkin tshelooni min qa2emat al rasayel? ma a7tajha", "la3ad ttrsloon shay, wayed ez3aj",
    "ياريت ما توصلنيش رسايلكم بعد كده", "This number does not want your messages.",
    "salam, dige lazem nist akhbar e tour ha ro befrestid, mersi",
    "دفعه آخرم باشه که پیامک تبلیغاتی از شما میبینم",
    "میرا نمبر DND لسٹ میں ڈال دیں", "میسج بند کروانا ہے",
    "میں جانتا ہوں یہ آپ کا کام ہے، پر مجھے اپنے میسجز سے معاف ہی رکھیں 🙏",
    "Third time asking. STOP.", "stop kr do bhai, har roz offers", "UNSUBSCRIBE کر رہا ہوں، بس",
])
def test_b27_dialect_and_indirect_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("khalas bddi 7awel 3ala touch, ma ba2a fiyi", "churn_threat"),
    ("tani marra el akl fih 7asharat, 3ayb", "safety_or_fraud"),
    ("law rje3to b3atoli ra7 eshtkilkon 3al hay2a", "regulator_or_media_threat"),
    ("ya 7emaar ana 2eltelak ma baddi el 3ard", "angry_complaint"),
    ("Your texts violate the TCPA, I'm keeping records", "legal_threat"),
    ("aks haye in maghaze ro baraye khabargozari mifrestam", "regulator_or_media_threat"),
    ("az in hame takhir khastam, dalili nemibinam bemoonam", "churn_threat"),
    ("۱۱ فرستادم باز پیام میاد، مگه نمیفهمید؟", "angry_complaint"),
    ("پچھلے مہینے بل ادا کیا تھا پھر بھی بجلی کاٹ دی", "payment_failure"),
    ("ایپ کی سیٹنگز میں میرا پورا کارڈ نمبر دکھ رہا ہے", "safety_or_fraud"),
])
def test_b27_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


def test_b27_money_given_back_after_a_double_charge_does_not_escalate():
    assert not t("انخصم المبلغ مرتين بس رجعوا لي الفلوس، تمام").escalate


@pytest.mark.parametrize("text", [
    "battlo tb3tuli 3orood ya shabab", "desabonniwni mn had les messages 3afak",
    "brabi na7iwli noumrou mel liste", "sa7, bas ma 3ad tba3tuli shi",
])
def test_b28_dialect_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "STOP or im going to the FCC", "اگه ادامه بدین به ۱۹۵ شکایت میکنم. لغو",
    "چندبار باید ۱۱ بزنم؟ هنوز پیام میاد. لغو",
])
def test_b28_threats_and_repeats_make_a_bare_keyword_a_request(text):
    assert t(text).opt_out, text


def test_carrying_on_with_a_move_to_a_rival_is_not_about_the_messages():
    result = t("اگه اینجوری ادامه بدید میرم سراغ یه شرکت دیگه")
    assert not result.opt_out and not result.opt_out_review
    assert "churn_threat" in result.escalation_reasons


@pytest.mark.parametrize("text", [
    "msh 3awzeen surveys tany 5alas", "momken tmas7o ra2mi mn el list?",
    "Would you mind not sending me these offers anymore?", "Mind taking me off the mailing list please",
    "فكوني من الرسائل ديالكم", "مش حابب أستقبل عروض منكم", "غلط نمبر، سٹاپ", "wagfu el rasayel law sama7to",
])
def test_b29_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "ma tb3atooli rasayel bel lel ya jama3a", "I want to unsubscribe from the premium plan",
    "stop sending the driver to the back gate", "شغلت وضع عدم الإزعاج وما زالت الرسائل توصل",
])
def test_b29_schedules_plans_and_phone_settings_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("enta 7ayawan, ma 7ada byrod", "angry_complaint"),
    ("Never flying with you again after this delay", "churn_threat"),
    ("how do I get my PAC code? moving to another network", "churn_threat"),
    ("stop these texts or I'll complain to TRAI", "regulator_or_media_threat"),
    ("I cancelled the direct debit and it still went out", "payment_failure"),
    ("MY PARCEL IS LATE AGAIN AND NOBODY ANSWERS THE PHONE", "angry_complaint"),
    ("لیز خوردم تو فروشگاه، زمین خیس بود", "safety_or_fraud"),
])
def test_b29_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "Unsubscribe. worst gym in town", "laghv. badtarin restoran",
    "vaghti font ro avaz mikonam app kharab mishe", "et5asamt martein bas el refund nezel, tamam",
])
def test_b29_verdicts_after_a_keyword_and_settled_problems_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    "ma tba3touli shi ba2a ya jama3a", "w2fo el rsayl please", "battlo ya shabab, bikaffi",
    "i2af. el ra2m da mesh bta3i", "استاپ بیشعورا", "ان سبسکراٸب کر دیں", "unsubscibe کر دیں",
    "Don't ever contact me again, thanks",
    "lotfan shomaramo black list konid", "دیگه به این خط اس‌ام‌اس نزنید", "اينقدر پيام نديد، لغو",
])
def test_b30_opt_outs(text):
    assert t(text).opt_out, text


def test_b30_repeated_request_is_read_by_the_rules_and_never_dropped():
    # "I've said cancel several times, why do you send again?": the rules read the request
    # repeated. The category model may veto it to review (after b57's retrain it does), so this
    # checks the rule and that the message is at least put in front of a human.
    text = "چند بار گفتم لغو، چرا باز میفرستید؟"
    found = scanned(text)
    assert optout.detect(found.text, found).opt_out
    r = t(text)
    assert r.opt_out or r.opt_out_review


@pytest.mark.parametrize("text", [
    "ya rait ma tersloon el rasayel wa9t el 9alah", "too many texts, I might unsubscribe",
    "laghv. na bikhial, bashe",
])
def test_b30_schedules_and_second_thoughts_go_to_review(text):
    result = t(text)
    assert not result.opt_out and result.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("bghit nsed l compte dyali, service 3iyan", "churn_threat"),
    ("la2eet 7ashra fel akl!!", "safety_or_fraud"),
    ("Your driver keeps texting me at night, I don't feel safe", "safety_or_fraud"),
    ("sms hatoon ro ghat konid ta moshtari boodanamo ghat nakardam", "churn_threat"),
    ("شمارمو حذف کنید تا شکایت نکردم", "legal_threat"),
    ("law ba3atto resala kaman ha2adem balagh fel qesm", "legal_threat"),
])
def test_b30_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "Unsubscribe. This pharmacy is a joke", "انخصم المبلغ مرتين بس واحد رجع تلقائي، كله تمام",
    "2 bar pool kam shod vali emrooz bargasht, hame chi oke",
])
def test_b30_verdicts_after_a_keyword_and_settled_problems_do_not_escalate(text):
    assert not t(text).escalate, text


def test_b30_a_threat_about_one_more_message_is_an_opt_out():
    assert t("law ba3atto resala kaman ha2adem balagh fel qesm").opt_out


@pytest.mark.parametrize("text", [
    "la tba3atli shi ba3d, mish mahtamm", "momken tel8y eshtraky fel rasayel el tasweeqiya?",
    "ra9mi machi dyalkom, 7aydouh", "ممكن تلغوا اشتراكي في الرسايل؟", "حاجة تبعتولي يا جماعة",
    "Knock it off with the texts", "Do you mind not texting me anymore?", "unsubscibe me",
    "آخه چند بار بگم لغو؟؟؟ بازم میفرستین", "ye bar dige payamak bedin be taazirat shekayat mikonam",
])
def test_b31_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "Stop sending me stuff I didn't order!", "payamak e yadavari ro stop nakonid ha",
    "قبلا ۱۱ فرستادم، الان دیگه تبلیغ نمیاد. مرسی", "Pls stop... unless you have the 2-for-1 again",
])
def test_b31_parcels_a_kept_reminder_a_past_code_and_a_joke_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("0 وخلاص هسيب البنك ده", "churn_threat"),
    ("STOP you muppets", "angry_complaint"),
    ("3 az 10. ghaza masmumam kard", "safety_or_fraud"),
    ("ye bar dige payamak bedin be taazirat shekayat mikonam", "regulator_or_media_threat"),
])
def test_b31_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "wagfooha", "la t3'razoni b rasayel el taswee2", "stop hassling me with these texts, ta",
    "ریمو کنید شمارمو", "حبسوا هاد المساجات", "ختم کرو یہ میسجز", "age ye payam dige bedin miram taziraat",
])
def test_b32_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "abi el rasayel bel english bas, ma abi arabic", "قبض گاز رو دیگه کاغذی نفرستید",
    "آٹو ڈیبٹ بند کر دیں میرے اکاؤنٹ سے", "stop... vaysa, payamake ersal mersoole ro lazem daram",
])
def test_b32_a_language_paper_bills_auto_debit_and_a_retraction_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("ma fi shabake bel 7ara kella mn 5 sa3at", "data_loss_or_outage"),
    ("law el net ma et9alla7 lel yom, bnetgl l zain", "churn_threat"),
    ("7ezfoni mn el list 2abl ma a2addem balagh lel shorta", "legal_threat"),
])
def test_b32_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "ghabze bargh ro do bar pardakht kardam, ba poshtibani ham harf zadam va pool bargasht",
    "et5asamt marten fel app bas el flous rege3et embare7, tamam keda",
])
def test_b32_settled_double_payments_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    "law tekarramt ma tersiloon li rasayel ba3d el yom", "el-gha2 el eshtrak plz", "ensraf mikham",
    "yezzi, na77iwni mel liste mta3kom", "حلّوا عن سماي برسايلكم الله يخليكم", "لا أود تلقي رسائلكم مجدداً",
    "yall gotta stop txting me", "Please take my email off your promo list", "دیگه پیومک نفرسین لطفا",
    "آئندہ نہ بھیجیں یہ میسج",
])
def test_b33_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "Booked at 11pm, driver came at 11:20. Great", "سفارشم دوبار ثبت شد، یکیشو لغو کنید",
    "My daughter replied STOP to your texts by accident, is my order still coming?",
    "la2 mesh hakmel m3akom, el8o el khat",
])
def test_b33_a_clock_time_a_duplicate_order_a_past_reply_and_a_line_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "wa2fo el rasayel bas ba3d el 3eid", "ye mah payamak nadid, mosaferat hastam", "الغاء.. لا خلاص انسوا",
])
def test_b33_deferred_or_taken_back_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("STOP, morons", "angry_complaint"),
    ("ايقاف يا نصابين", "angry_complaint"),
    ("el8a2 ya welad el kalb", "angry_complaint"),
    ("el net wa23 kol yom, ghadi nbaddel l inwi", "churn_threat"),
    ("بروح للجرايد إذا ما صلحتوا العداد", "regulator_or_media_threat"),
    ("My card was stolen an hour ago, block it please", "safety_or_fraud"),
])
def test_b33_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "baraka 3afak, 7bess les sms dyalkom", "eb3edo 3anny w 3an telefony", "ma t3awdoch tsifto liya chi promo",
    "سحبوني من اللائحة ديالكم عافاكم", "أكون ممتناً لو توقفتم عن مراسلتي", "Leave me out of your newsletters",
    "انا مو مشترك ولا ابي اشترك، الغاء", "اتصراف", "پیامک نمیخام دیگه", "بس! اب کوئی میسج نہیں",
    "اصلا نمیدونم شمارمو از کجا آوردید. پاکش کنید", "لغو ۱۱. تو پیامکاتون اسم منم غلط نوشتید",
])
def test_b34_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "مجھے کوئی میسج نہیں آیا، میری فلائٹ کا کیا ہوا؟", "akharin bar bud, hesabam ro hazf konid",
    "صاحبي قال لي ارسل ايقاف عشان توقف الرسائل، بس انا أبي العروض",
])
def test_b34_no_message_came_an_account_and_a_friends_advice_are_not_opt_outs(text):
    out = t(text)
    assert not out.opt_out and not out.opt_in, text


@pytest.mark.parametrize("text", [
    "3ayza a2ol stop bas khayfa yfoutni el 3orood", "stop. لا خلاص مش مهم",
    "stop sending stuff at 6am, or just stop altogether, I don't know anymore",
])
def test_b34_undecided_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("mtb3tlish tany ya 7ywan", "angry_complaint"),
    ("ايقاف الرسائل يا قليلين الأدب", "angry_complaint"),
    ("la tjadidoon el boulisa, ba7awil li shirka thanya", "churn_threat"),
    ("مطعمكم خلاني أتقيأ طول الليل", "safety_or_fraud"),
    ("کیپٹن نے رائیڈ کینسل کر دی اور پورا کرایہ کاٹ لیا", "payment_failure"),
])
def test_b34_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "nchki bikom l ANRT ila ma 7bsstoch", "hashtky l gehaz tanzeem el etesalat law mesh hatebattalo",
    "اذا جاتني رسالة دعاية زيادة بشتكي في هيئة تنظيم الاتصالات", "barcha messaget, fasskhni mel liste",
    "ma tzidoch tba3touli les promotions", "عندي طلب: لا مزيد من الرسائل لو سمحتم", "ensiraaf", "DND",
    "Would appreciate no further marketing texts", "can you not text me", "آقا تروخدا دیگه اس ندین",
    "اگر ممکن ہو تو آئندہ مجھے میسج نہ کیا کریں",
])
def test_b35_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "ما تبعتولناش الرسايل بالإنجليزي، خلوها عربي", "payamake sefaresh ro be shomare ghadimi nafrestid",
    "man unsubscribe nemikham, faghat email ha ro be addresse jadidam befrestid",
    "سرویس پیامک بانک رو غیرفعال کنید، خودم تو اپ میبینم", "میرا پریمیم پلان unsubscribe کر دیں",
    "لو جاتني رسالة فيها رابط باسمكم، اتأكد ازاي انها منكم؟", "جمعہ کی نماز کے وقت میسج نہ کیا کریں",
])
def test_b35_a_language_a_new_number_a_paid_service_and_schedules_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "unsubscribe... 7afakker", "تا بعد از عید پیامک ندید", "ايقاف... أو لا، خلوها، بس قللوها",
])
def test_b35_undecided_or_paused_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("7bsso had lkhra ya chfara", "angry_complaint"),
    ("STOP جاہلو", "angry_complaint"),
    ("ra7 e7ke 3al instagram kel shi", "regulator_or_media_threat"),
    ("zero. el akl ta3abni w roo7t el mostashfa", "safety_or_fraud"),
    ("My subscription ended by itself and all my saved playlists are gone", "data_loss_or_outage"),
])
def test_b35_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "emse7o nemrti mn 3andkom", "bla mat3awdo tsiftoli had les promos", "ma n7ebch nrecevi des sms",
    "wach ymkn tw9fo had les sms?", "ال غاء الاشتراك", "5TOP", "lose my number",
    "Another message from you and I'm going to the ombudsman", "ensraf. shomare ghalat", "opt out mikonam",
    "ریمو می", "bas karo یہ میسج بازی", "إذا ما شلتوا رقمي بشتكي عليكم عند هيئة الاتصالات",
])
def test_b36_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "ma tb3atoosh el OTP 3al whatsapp, sms bas", "یار میسج کم کرو یا بند ہی کر دو",
    "man goftam 'laghv' ke sefaresh laghv beshe na inke az list biroonam konid!",
])
def test_b36_a_channel_fewer_messages_and_a_cancelled_order_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "Stop sending. Actually can you just send less?", "payamak nemikham vali kode tayid ro lazem daram",
    "میری بیوی کہہ رہی ہے یہ میسج بند کرواؤ، مجھے تو کوئی مسئلہ نہیں",
])
def test_b36_undecided_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("ya 7mir, baraka mn had les messages", "angry_complaint"),
    ("7awalt eshtri, el 3amaliyye fashalet bas el raseed naqas", "payment_failure"),
    ("the app logged me into my brother's account??", "safety_or_fraud"),
    ("اگه قطعی‌ها ادامه پیدا کنه میریم رو ایرانسل", "churn_threat"),
])
def test_b36_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "سطوب", "stp", "U N S U B S C R I B E", "S T O P", "mosh 3awez el rasayel di", "ma7tagsh el sms dol",
    "khlas ma tb9awch tsifto liya had les pubs", "n7eb tna7iw noumrou men liste",
    "iza ma wagaftaw el rasayel bashtki 3alaikum 3ind hay2at el etisalat",
    "law wasalny msg tany hashtekiko lel gehaz el qawmy lel etesalat", "مزاحم نشید",
    "bazam payamak? mage nagoftam laghv?", "ghat konid in ersal ha ro lotfan",
    "Not sure how I got on this list, please remove me", "No need to send me these anymore",
    "اگر ممکن ہو تو مجھے یہ میسجز نہ بھیجا کریں", "5، اب مزید سروے نہیں",
])
def test_b37_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "صاحبي كتب لكم ايقاف وما زالت توصله رسايل، طبيعي؟", "٩ ولو أقدر أعطي ١١ كان عطيتكم",
    "mrati 3amalet stop men mobile-i, 3ayez el rasayel tany",
])
def test_b37_a_friends_keyword_a_score_comment_and_a_wanted_back_list_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "Stop. Or don't. I can't tell if these are useful", "is this spam? should i reply stop",
    "remove me from... actually which list am I even on?", "انصراف میدم... بذار اول ببینم تخفیف چیه",
])
def test_b37_undecided_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("wa22fo ya 7amir", "angry_complaint"),
    ("laghv ahmaghaa", "angry_complaint"),
    ("laghv, mikham az in operator beram", "churn_threat"),
    ("pulam ro pas nadadid, mikham beram dadgah", "legal_threat"),
    ("میسج بند نہ کیے تو سم بھی بدل دوں گا", "churn_threat"),
    ("لیپ ٹاپ منگوایا تھا، ڈبے میں اینٹ نکلی", "safety_or_fraud"),
])
def test_b37_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "Heads up, someone on Instagram is pretending to be your support team",
    "انتبهوا، في صفحة مزيفة باسمكم على تويتر",
    "2 bar pul kam shod vali sar e 1 saat bargasht, merci",
])
def test_b37_warnings_and_settled_charges_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    "wa22efo", "unsubscrib mn fadlak", "STOP2END", "tamomesh kon dg", "تمومش کن دیگه",
    "ابعتوا تاني وهرفع عليكم قضية", "بركاو ما تبعثولي", "3afak ma b9itch tsifto liya chi 7aja",
    "momken tefkoni mn el rasayel di?", "mumkin t7ebsou l messages?", "e3mly unsubscribe mn el newsletter",
    "stop w ela wallahi ha7ot screenshots 3al twitter w afda7kom", "اگه پاکم نکنید از طریق وکیلم اقدام میکنم",
    "age in tablighat tamum nashe be police fata shekayat mikonam", "بھائی جان میسج بند کروا دو",
    "میں اپنا نمبر آپ کے ڈیٹا بیس سے ہٹوانا چاہتا ہوں",
])
def test_b38_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "مش عايز أوقف الرسايل، بس عايز أغير الرقم", "sa7bi 2ali eb3at el8a2 bs ana ba7eb el 3orood bta3tko",
    "ana adeelkom 11 law fi", "Take me off the waiting list for the PS5, found one elsewhere",
    "ye khat be esme man sabt shode ke male man nist, mikham laghvesh konid",
    "غلطی ہو گئی، STOP نہیں بھیجنا تھا، میسج جاری رکھیں", "میرا کنکشن ختم کر دیں، اب سروس نہیں چاہیے",
])
def test_b38_a_number_change_a_waiting_list_and_a_phone_line_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "لغو. البته پیامک ارسال مرسوله رو هنوز لازم دارم", "stop kon... ya na, bezar bebinam takhfifa chie",
])
def test_b38_narrowed_or_taken_back_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("STOP you bunch of leeches", "angry_complaint"),
    ("ثغرة: أقدر أغير سعر المنتج من الرابط وأدفع أقل", "safety_or_fraud"),
    ("l9ina 7ashara mayta fel salata", "safety_or_fraud"),
    ("hada akhir tanbih: wa22fo el rasa2el aw b2adde3i 3lekon", "legal_threat"),
    ("This is my last month with you.", "churn_threat"),
    ("I'm filing a police report, the parcel was signed for by someone else", "legal_threat"),
])
def test_b38_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "Is a police report required for a lost phone insurance claim?",
    "khasamo menni marten bs raga3o wa7da el yom, tamam keda",
])
def test_b38_a_police_report_question_and_a_refunded_charge_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    "el 8aa2 el eshterak", "bas konin dge", "ma 3ad tb3atoli sms, fhemto?", "em7o nemrty mn 3andoko",
    "3afak wash momkin t7aydni mn la liste?", "mabghit nwsalni walo mnkom, safi",
    "wallahi law ma wa2aftosh ha2adem shakwa fe 7emayet el mostahlek",
    "law ba3atto risala kaman ha2adem shakwa lel gehaz el 2awmy lel ettesalat",
    "Yo stop hitting my line with these deals", "Stop or I block this number",
    "I've moved abroad, no need to keep sending me these", "digr payamk nfrstid",
    "کیا میرا نمبر آپ کی لسٹ سے نکال دیا جائے؟", "خبردار جو دوبارہ میسج کیا، تھانے میں درخواست دے دوں گا",
    "مجھے کوئی سروے نہیں بھرنا، اور نہ آئندہ بھیجیں",
])
def test_b39_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "ya reet ma tb3atoosh el OTP 3ala whatsapp, ab8a sms",
    "dooste man goft laghv bezan ta tablighat nayad, vali man tablighatetoon ro doost daram",
    "مجھے ٹریکنگ والے میسج چاہئیں، انہیں بند مت کیجیے گا",
])
def test_b39_a_channel_a_friends_advice_and_kept_messages_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "STOP. la2 estana, ana me7tag rasayel el shi7n", "لغو کنید اگه هزینه نداره",
    "میرا نمبر ہٹا دو... نہیں، پہلے یہ بتاؤ میرا آرڈر کہاں ہے",
])
def test_b39_conditional_or_taken_back_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("حبسو هاد الميساجات يا المكلخين", "angry_complaint"),
    ("ma baddi rasayel menkon ya zbale", "angry_complaint"),
    ("8ayyart shabaktkom 5alas, 8eirkom a7san bkteer", "churn_threat"),
    ("bilit rezerv nashod vali 2 milion kasr shod", "payment_failure"),
    ("ezharname baraton mifrestam, montazer bashid", "legal_threat"),
    ("جیز کیش سے لوڈ کیا، پیسے چلے گئے لوڈ نہیں آیا", "payment_failure"),
])
def test_b39_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "e2fo el sms ba2a", "abi awaqf el rasayel", "matsifto li walo 3afak", "ma3adech teb3thouli sms",
    "7aydou numero dyali mn 3andkom", "el promo di e2fooha", "wa2afooli el rasayel law sama7t",
    "ba6lo ez3aj ba2a", "STOP means STOP, thank you", "enseraf az ersal e sms",
    "in payamaka ro kolan ghat konid",
    "خواهشا بیخیال شمارم شید", "دیگه به من زنگ نزنید برای تبلیغات",
    "دفعه بعد پیامک بفرستید شکایت میکنم", "راستش علاقه‌ای به پیامکاتون ندارم",
    "DND لگا دیں", "ان میسجز سے میری جان چھڑاؤ", "پروموشن میسجز کا سلسلہ موقوف کریں",
    "مجھے اپنی لسٹ سے نکال دیجیے", "میں مزید میسجز وصول نہیں کرنا چاہتا",
])
def test_b40_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "Please don't unsubscribe me, my wife sent STOP by mistake",
    "STOP بھیجا تھا، جواب آیا کہ ان سبسکرائب ہو گئے ہیں",
])
def test_b40_a_kept_subscription_and_a_done_opt_out_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "I guess you can stop the emails. not sure", "stop sending... ugh, do what you want",
    "tablighat ro ghat konid... albate takhfif ha gahi khube",
    "unsubscribe... ویسے پہلے ڈسکاؤنٹ کوڈ تو بھیج دو",
])
def test_b40_half_taken_back_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("ba6lo ez3aj ya sharikat el 5ara", "angry_complaint"),
    ("لغو. ایشالا ورشکست شید", "angry_complaint"),
    ("آپ لوگوں کا دماغ ٹھیک ہے؟؟ میسج بند کرو", "angry_complaint"),
    ("Send me your registered address, my solicitor is filing against you", "legal_threat"),
    ("دیگه سمت فروشگاه شما نمیایم، خداحافظ", "churn_threat"),
    ("app vasat e safar ghat shod va keraye do bar hesab kard", "payment_failure"),
])
def test_b40_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "پلیس فتا گفت پرینت تراکنش بگیرم، از کجا؟", "نصاب کولر خیلی با حوصله بود، ممنون",
])
def test_b40_a_cyber_police_document_and_an_installer_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    "ebtallo teb3atoly ba2a", "shilny mn 3andoko law sama7t", "ana mish zboun, la trasloon li",
    "ma3adech teb3thou 3afak", "stop wala hanshor kol 7aga 3al insta", "momken t7aydouni mn la liste?",
    "balash rasayel ba2a", "9, bas ma ba2a tb3atouli surveys", "momken te2afo el sms?",
    "اذا لم تتوقف رسائلكم سأشتكي لهيئة الاتصالات", "ياريت تبطلوا تبعتوا العروض",
    "i dnt want ur sms pls", "quit blowing up my phone pls", "enseraf az ozviat lotfan",
    "دیگه واسم نفرست", "یہ میسج کسی اور کو بھیجو", "مجھے ان SMS سے نجات دلائیں",
    "آئندہ تنگ نہ کریں پلیز", "اگر یہ میسجز نہ رکے تو سم بدل دوں گا",
])
def test_b41_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "ma tb3atoulish el fawateer war2, ab3atohom email",
    "ایپ میں Unsubscribe والا ٹوگل کام نہیں کرتا",
])
def test_b41_paper_bills_and_a_settings_toggle_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "unsubscribe... msh 3arf lessa", "pls reduce or just stop these emails", "laghv konam ya na? nemidunam",
])
def test_b41_undecided_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("el8a2 ya mo5 fadi", "angry_complaint"),
    ("لغو، کمینوں", "angry_complaint"),
    ("na7iwni mel liste sinon nechki bikom lel INTT", "regulator_or_media_threat"),
    ("The card I lost on Monday was used at a petrol station", "safety_or_fraud"),
    ("el dafe3 mesh shaghal w s7abi kollohom nafs el moshkla", "data_loss_or_outage"),
    ("Lower your prices or I'll have to move to another network", "churn_threat"),
])
def test_b41_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "el8a2el eshterak", "dg nfrstid", "msh 3ayez este6la3at tany", "matb9awch tsifto liya les promos",
    "la3ad tirsloon li 3rood", "kol sa3a resala? el8a2 fawran", "ma tsiftoulish 7ata message",
    "lw 3ad jani msg tany hashtki", "ما ابي اسمع منكم بعد اليوم",
    "لو وصلتني رسالة كمان بشتكي عليكم", "Text me again and my lawyer will call you",
    "pls stp sndng msgs", "dige az man nazar nakhayn lotfan", "lazem nist befrestin in payamaka ro",
    "آج سے کوئی آفر والا میسج نہیں", "پرائس لسٹ مت بھیجا کریں",
])
def test_b42_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "Please take me off the waitlist for the 6pm class",
    "STOP ro ke zadam payamaka ghat shod, mamnun",
    "قبض کاغذی رو دیگه نفرستید، ایمیل کافیه",
    "پیامکاتون زیاده ولی نمیخوام لغو کنم، کمترش کنید",
    "کارڈ چوری ہو گیا ہے، فوراً کارڈ بند کریں",
])
def test_b42_a_waitlist_a_done_opt_out_paper_bills_and_a_card_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("el8a2 ya mota5allefeen", "angry_complaint"),
    ("STOP! kolah bardara", "angry_complaint"),
    ("el akl kan feeh 2ezaz, ebni kan hayakol meno", "safety_or_fraud"),
    ("ba3attelko enzar rasmi bokra", "legal_threat"),
    ("ناوي احول على STC خلاص", "churn_threat"),
    ("age pool ro nadid az bime shoma miaim biroon", "churn_threat"),
])
def test_b42_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "الغاء subscription", "ما ابي اعلانات", "bruh stop", "opt out mikham", "abi awa8if el rasayel",
    "ma 3ad tb3atouli ay 7aga", "w2afo el rasayel di", "el rasayel di ba6loha", "balash tb3toli 3orood",
    "I'd really appreciate it if you stopped messaging me altogether",
    "lotfan dige tamas nagirid", "in akharin bari bashe ke payamak midid", "دیگه نه ایمیل میخوام نه پیامک",
    "UNSUBSCRIBE ورنہ فیس بک پر پوسٹ کر دوں گا",
])
def test_b43_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "Can you stop sending the paper bill? email is fine", "من لغو نمیخوام، فقط ساعتشو عوض کنید",
    "دکان بند ہے، SMS پیکج ختم کر دیں",
])
def test_b43_paper_bills_a_schedule_and_a_paid_bundle_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "الغاء الاشتراك... ولا خليه", "sms tabligh nemikham vali age takhfif bashe bad nist",
    "laghv. albate payamake bime ro mikham",
])
def test_b43_taken_back_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("remove me from ur list u muppets", "angry_complaint"),
    ("STOP بےغیرتو", "angry_complaint"),
    ("your driver was drunk and nearly hit my son", "safety_or_fraud"),
    ("the brakes you fixed failed on the highway, we could have died", "safety_or_fraud"),
    ("ba in vaz sim cartamo avaz mikonam", "churn_threat"),
    ("yek ghest 2 bar pardakht shod, lotfan bargardoonid", "payment_failure"),
])
def test_b43_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "2/5 the room smelled of smoke", "چرا بدون اجازه من سفارشمو کنسل کردید؟",
])
def test_b43_a_smoky_room_and_an_order_cancelled_without_asking_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    "la t3eedoon tirsloon li ay 3orood", "ba6lo iz3aj ya jama3a", "بطلوا ازعاج الله يخليكم",
    "ma tirsilou istibyan ba3d el yom", "b3dni mn had l list 3afak", "ya reit btrayy7ouni mn hal rasayel",
    "قلت لكم وقفوا الرسائل", "لا أرغب بتلقي العروض", "pls unsuscribe me",
    "Would you mind removing my number?", "abeg stop dey send me una promo",
    "SABT ENSERAF", "enseraf az hame chiz", "shomaram ro az in panel dar biyarid",
    "امکانش هست منو از نظرسنجی‌ها معاف کنید", "هزار بار گفتم لغو", "لغوه عضویت",
    "دیگه هیچ پیامی از شما دریافت نکنم", "آئندہ یہ سروے نہ بھیجا کریں", "بس کریں بھائی",
    "میرا نمبر اپنے ریکارڈ سے ڈیلیٹ کریں",
])
def test_b44_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "law ba3attoli risala tanya ha2dem shakwa le gehaz tanzeem el etesalat",
     "ye sms dige bedin post mikonam too insta",
])
def test_b44_if_you_send_again_threats_are_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "Keep this up and I'll unsubscribe", "ma baddi ilghi, baddi ajjel el ishtirak shahr",
    "لا تبعتولي رسايل بالانجليزي",
    "وقفوا إرسال الشحنة لحد ما أرجع", "Can I stop the survey halfway?",
    "I don't want to unsubscribe, just change the number", "بعد از ساعت ۱۱ شب هیچی نفرستید",
    "رات 11 بجے کے بعد میسج مت بھیجا کریں", "بل والی ای میلز بند کر کے ایس ایم ایس پر بھیج دیں",
])
def test_b44_a_warning_a_postponement_a_language_a_parcel_and_sending_hours_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "I unsubscribed from the emails, does that also stop the SMS?",
    "میسج بند کرو... نہیں، ابھی رہنے دو",
])
def test_b44_scope_questions_and_taken_back_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


def test_b44_opt_in_after_an_earlier_11():
    out = t("ghablan 11 zade budam, alan 12")
    assert out.opt_in and not out.opt_out


@pytest.mark.parametrize(("text", "reason"), [
    ("stop texting me ya zbele", "angry_complaint"),
    ("جھوٹے کہیں کے، پھر وہی وعدہ", "angry_complaint"),
    ("Customer shouting that nobody came again", "angry_complaint"),
    ("حيدو رقمي ولا نشكي بيكم للبوليس", "legal_threat"),
    ("la2eit 2 khasmat 3al card", "payment_failure"),
    ("یہ پوسٹ وائرل کر دوں گا", "regulator_or_media_threat"),
])
def test_b44_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "انسحب المبلغ مرتين بس كل شي تمام الحين", "دوبار پول کم شد ولی برگشت، مشکلی نیست دیگه",
])
def test_b44_settled_double_charges_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    "st op", "na77ouni tawa mel liste", "matb3tliish tani 3orood", "7el 3an ra2mi ya 3am",
    "n7eb nwa99ef les sms", "momken tshilooni mn qa2emat el rasayel", "yaret tshelooni mn el list",
    "احبسو المساجات الله يخليكم", "ما عاد توصلني عروضكم لو سمحت",
    "stop, unsubscribe, whatever makes these go away",
    "No idea how I got on this list but I'd like to be off it", "Please desist from sending me offers",
    "dadash nafres dige", "mamnoon, vali unsubscribe mikham", "میرا نمبر ڈی این ڈی میں ڈال دیں",
    "Text me one more time and I'll report you to the FCC",
])
def test_b45_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "إذا ما فيه جديد لا ترسلون نفس العرض كل يوم", "stop sending so many, one a week is enough",
    "Please stop sending to my work email, use my gmail",
    "nemikham ozviatam laghv beshe, chera payamak dadin?",
    "tatil ha payamak nadid",
])
def test_b45_a_repeated_offer_fewer_messages_another_address_and_holidays_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "bas konid dige, ya hadeaghal shab nafrestid",
    "یا تعداد پیامکا رو کم کنید یا منو حذف کنید",
])
def test_b45_alternatives_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


def test_b45_asking_for_the_newsletter_back_is_an_opt_in():
    out = t("The newsletter stopped coming, did you remove me? I want it back")
    assert out.opt_in and not out.opt_out


@pytest.mark.parametrize(("text", "reason"), [
    ("STOP ya ghaba2", "angry_complaint"),
    ("wa2aft el tagdeed bas lessa khasmeen mn el card", "payment_failure"),
    ("ezay an2el ra2mi le shreka tanya?", "churn_threat"),
    ("ha2adem shakwa le hay2at el ettesalat", "regulator_or_media_threat"),
    ("بل ادا کر چکا تھا پھر بھی بجلی کاٹ دی", "payment_failure"),
])
def test_b45_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


def test_b45_a_refunded_double_charge_does_not_escalate():
    assert not t("2، پیسے ڈبل کٹے لیکن واپس آ گئے").escalate


@pytest.mark.parametrize("text", [
    "2l8a2 el eshterak", "unsubscibe mn fadlkom", "اوقاف", "dige bas konid", "ان سبکرائب",
    "na7ini mn el liste 3afak", "momken tetla3oni mn list el offers?",
    "ana m4 3ayez rasayel", "w2f el rsa2l", "matb3toulich les promos", "ما نحبش يوصلني حتى ميساج",
    "أفضّل عدم استلام أي رسائل", "ممكن ما يجيني منكم شي؟", "توقفي ارسال الاستبيانات لو سمحتي",
    "STOP, I'm not your customer", "khabarname ro dige nemikham", "امکانش هست دیگه نظرسنجی برام نفرستین",
    "میرا نمبر ایس ایم ایس سروس سے ختم کریں", "STOPALL بھیج رہا ہوں",
])
def test_b46_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "ana mesh 3ayez a3mel unsubscribe, bs fein el offer?", "ma tb3toosh el fatoora wara2, email bas",
    "mesh ha3mel stop, bs ab3atoli el kbeera bs", "مو قصدي الغاء الاشتراك، بس ليش بالانجليزي؟",
    "shabha payamak nadid lotfan", "کد ورود من به یه شماره دیگه پیامک میشه",
    "ان سبسکرائب نہیں کرنا، بس نمبر بدلنا ہے",
])
def test_b46_negated_keywords_paper_invoices_and_night_sending_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "Stop sending me the same offer 4 times", "لغو... البته پیامک‌های قسط وام رو میخوام",
    "میسج بند کر دیں... نہیں رکیں، اپڈیٹ تو چاہییں",
])
def test_b46_narrowed_and_taken_back_requests_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("stop kosgoo", "angry_complaint"),
    ("bagalib 3ala Mobily, 5alas", "churn_threat"),
    ("your guard shoved me at the gate", "safety_or_fraud"),
    ("bimeh pool nemide? bashe, ba vakil miam", "legal_threat"),
    ("اگه بازم پیامک بیاد میرم تعزیرات", "legal_threat"),
])
def test_b46_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "ALGHA2 el eshterak", "ان سب اسکرائب", "unsubscrib کر دو", "cancel text subscription",
    "ya reet lw tw2fo el rasayel", "mumkin to7azfoni mn el list?", "ma yabeeli msgs 3orood",
    "ma 3ad tb3atooli shi", "3ayz el rsayl tw2f", "mafeesh da3i lel rasayel di",
    "bghit nt7ayd mn had la liste",
    "ew2afo ba2a", "na7i ra9mi mn 3andkom", "bas matb3toulich had les sms",
    "لو سمحت بدون رسائل ترويجية", "بطلوا بقى", "I keep getting your texts, I just want them stopped",
    "5 setare, vali in akharin nazarsanji bashe", "کارم با تبلیغات شما تموم شد", "۱۱ میفرستم که تموم شه",
    "دیگه هیچ پیامی ندید", "اس نمبر پر میسج مت کیا کرو", "ریٹنگ کا میسج نہ بھیجا کریں",
    "جان چھوڑو میری، یہ روز کے میسج",
    "law wsolatni resala tanya ra7 ashtki 3nd el CST",
])
def test_b47_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "ya reet ma tb3tosh 3orood yom el gom3a", "mikham hesabam ro bebandam",
    "ghabz ro payamak nakonid, email konid",
])
def test_b47_a_weekday_an_account_and_a_bill_by_email_are_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "وقفوا الرسايل لمدة شهر بس", "بلاش الرسايل دي... ولا أقولك سيبها",
])
def test_b47_a_pause_and_a_taken_back_request_go_to_review(text):
    out = t(text)
    assert not out.opt_out and out.opt_out_review, text


@pytest.mark.parametrize(("text", "reason"), [
    ("el8a2 ya 7ramiya", "angry_complaint"),
    ("STOP! چور کمپنی", "angry_complaint"),
    ("sarrfouli 2 fois f la carte", "payment_failure"),
    ("ha2adem shakwa fi wezaret el tejara", "regulator_or_media_threat"),
    ("the hygienist chipped my tooth", "safety_or_fraud"),
    ("ranande mast bood", "safety_or_fraud"),
])
def test_b47_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    # The rules hesitate (a condition, a how-to question, a bare "stop" with no object) and the
    # category model is sure (OPT_OUT_OVERRULE_THRESHOLD): applied.
    "اگر آپ کو زحمت نہ ہو تو مجھے اپنی میسجنگ لسٹ سے نکال دیجیے",
    "ممنون میشم اگه دیگه برام پیامک تبلیغاتی ارسال نکنید",
    "law ba3attoli risala tanya hashtekeko le gehaz tanzeem el etesalat",
    "Is it possible to stop all marketing messages to this number? Thank you",
    "يعني ما فيه طريقة توقفون فيها الرسايل عني؟ أرجوكم وقفوها",
    "bruh stop 😭",
])
def test_requests_the_rules_hesitate_over_and_the_model_is_sure_of_opt_out(text):
    r = t(text)
    assert r.opt_out and not r.opt_out_review, text
    assert r.category == "opt_out", text


@pytest.mark.parametrize("text", [
    # A guard ("my phone's do-not-disturb", "the paid plan, not the messages") holds against
    # the model, and a joke stays a joke.
    "شغلت وضع عدم الإزعاج وما زالت الرسائل توصل",
    "بدي الغي الاشتراك المدفوع مش الرسايل، الرسايل خلوها",
    "age payamak nemikhastam 11 mizadam dige, pas tablighat ro bedin 😁",
])
def test_guards_and_jokes_hold_against_a_sure_model(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # A free-text rule matched, but the category model's "opt-out or survey answer" is under
    # OPT_OUT_VETO_THRESHOLD: a human decides; the request is never dropped.
    "STOP!!! ya sharika el 7aramiya w kaman ha-ghayyar el khat bta3i l shabaka tanya",
    "momken ma ywsalnish 7aga mnko?",
])
def test_rule_requests_the_model_doubts_go_to_review(text):
    r = t(text)
    assert not r.opt_out and r.opt_out_review, text


def test_a_rule_request_the_skeleton_model_reads_passes_the_veto():
    # "el8oni" (cancel me): vetoed to review while the model read only its spelling; with the
    # skeleton features (and the veto at 0.5) the model agrees with the rule.
    r = t("el8oni mn el 5edma di")
    assert r.opt_out and not r.opt_out_review


@pytest.mark.parametrize("text", [
    "n7eb nnaha mel messaget mta3kom, yezzi", "khalas ya 3am zehe2t mn i3lanatko", "7ell 3anni bi rasaylak",
    "hatha ra8m waldi el mutawaffa, arjo 7athfa min 3indkom", "m3ad bghit tsifto lia walo",
    "khlas barkaw m les messages, rani fed", "nafs el 3ard bteb3atoh 10 marrat, batlo ba2a",
    "Mi no wan hear from una again, stop am", "wagfoli el rasayel el taswee2iya w khallo el tanbeehat",
    "la 2ouridu rasa2il ba3d el2an", "wa2efli hal khidme el i3laniye, ma 3am bestfid minha",
    "ba3d el salam, arjoo 7azf baydnati mn qa2emet el mourasalat el tasweeqiya", "sto0p", "انثراف",
    "پیامک بی پیامک، فهمیدید؟", "دوست ندارم پیامک تبلیغاتی بگیرم",
    "میرا نمبر لسٹ سے نکالنا اتنا مشکل ہے کیا؟ کب سے کہہ رہا ہوں",
    "او بھائی بس کر دو ہن، بہت ہو گیا", "law wesselni risala kaman wa7da barfa3 3aleikom 2adiyye",
    "wallahi iza ma wa2afto ra7 anzel screenshots 3al twitter w afda7kom",
])
def test_b48_b49_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # Taken back, only probable, a warning: review, never applied.
    "ايقاف. لحظة لا، رسائل رمز التحقق أحتاجها", "enseraf. na albate, code-e takhfif ro mikham, bikhial",
    "ehtemalan enseraf midam", "لغو عضویت... البته اول کد تخفیف آخرو استفاده کنم بعد",
    "wa2fo... la2 khalas sebo, el 3orood sa3at bt2ed", "el8a2 el eshterak... wala la2 ma3lesh sebo",
    "kifesh nfasa5 rou7i mel liste mta3kom?",
])
def test_b48_b49_hesitations_are_not_applied(text):
    r = t(text)
    assert not r.opt_out and r.opt_out_review, text


@pytest.mark.parametrize("text", [
    "mesh 3ayez awa2af el rasayel, bas 3ayez a8ayar el ra2m elli bteb3atolo",
    "ما أبي أوقفها، أبي أقللها. رسالة وحدة بالأسبوع تكفي", "١٠ ولو فيه ١١ كان حطيت",
    "faghat ruz-haye tatil payamak nadid", "Why did I stop getting your newsletter? I actually liked it",
    "Put an unsubscribe link in your SMS like other shops do, it'd look more honest",
    # Money back, not "put me back on the list".
    "يا حرامية رجعولي فلوسي",
])
def test_b48_b49_not_opt_outs(text):
    r = t(text)
    assert not r.opt_out and not r.opt_in, text


@pytest.mark.parametrize("text,reason", [
    ("enta mesh bet-fham? wa2af el rasayel ya 3abeet", "angry_complaint"),
    ("دیگه پیام نفرستید نفهما", "angry_complaint"),
    ("حرام خورو بند کرو یہ میسج", "angry_complaint"),
    ("AHMAGHANE-TARIN SISTEM-E DONYA RO DARIN", "angry_complaint"),
    ("الشحنة متأخرة ١٠ أيام والمندوب يكذب علي كل يوم، هزلت والله", "angry_complaint"),
    ("Charged 3 times for one order and nobody answers the chat", "payment_failure"),
    ("7asabo 3alay ishtirakein fel fatoora w ana 3andi wa7ed bas", "payment_failure"),
    ("پرداخت موفق بود ولی تو اپ سفارشی ثبت نشده", "payment_failure"),
    ("في حدا سرق موبايلي امبارح، كيف بوقف الشريحة وبطلع وحدة جديدة بنفس الرقم؟", "safety_or_fraud"),
    ("kalaye ersali tagalobi bud, asl nist", "safety_or_fraud"),
    ("madarek ro jam kardam ke be moshaver-e hoghughi-am bedam", "legal_threat"),
    ("يا ريت تلقون حل قبل لا أغيّر رأيي وأروح لجرير", "churn_threat"),
    ("پیام نفرستید. حسابمم میخوام ببندم", "churn_threat"),
    ("a7san lkom trodo 3alaya 2abl ma aroo7 wezaret el tejara", "legal_threat"),
    ("a7san lkom trodo 3alaya 2abl ma aroo7 wezaret el tejara", "regulator_or_media_threat"),
])
def test_b48_b49_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "ey2aaf", "ایس ٹی او پی", "n7eb nna7i num mta3i mel promos", "la ab3ato shi ba3ad el youm, ma a7tajkom",
    "ya wla7d ta7ayedni men had l list wla nchki bikom l jam3iyat 7imayat l mostahlik",
    "3afakom 7abso had l messages, ana mrid f sbitar w ma fiyach",
    "hey can u make sure I dont get any more marketing emails or sms from you guys? thx",
    "age ye sms dige bedid mirim ta'zirat shekayat mikonim", "خبردار جو اب میسج کیا",
    "آپ کی مارکیٹنگ ٹیم سے کہیں میرا نمبر بھول جائے 🙏",
])
def test_b50_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "el8a2 el rasayel bas lama el 3ard yeb2a 5eles, mesh dlwa2ty",
    "الحين لو ما ابي العروض وش اسوي؟",
    "میخوام از تبلیغاتتون انصراف بدم ولی اول بگید جشنواره یلدا تا کی ادامه داره",
])
def test_b50_deferred_or_how_to_requests_go_to_review(text):
    r = t(text)
    assert not r.opt_out and r.opt_out_review, text


@pytest.mark.parametrize("text", [
    "ana mesh 3ayez el tarqiya el 2otomatikiya lel ba2a, wa2afooha",
    "please stop calling me, just email the invoice",
])
def test_b50_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text,reason", [
    ("sir t9awed bla messages, 7ayed ra9mi daba", "angry_complaint"),
    ("اسحبوا رقمي من قائمتكم يا ظلمة", "angry_complaint"),
    ("el a3l kan fih sha3r w ba3d shwaya ta3abt w rege3t", "safety_or_fraud"),
    ("After resetting my password, it shows up in plain text in the page URL", "safety_or_fraud"),
    ("تم إلغاء طلبي ولسه ما رجعتوا الفلوس، صار لي أسبوع", "payment_failure"),
    ("پرواز کنسل شد ولی هنوز پول بلیطو برنگردوندین، ده روز گذشته", "payment_failure"),
    ("هذه المرة الأخيرة اللي أطلب فيها منكم", "churn_threat"),
    ("mamnoon az hamkari-e in chand sal, az mah-e bad ba shoma nistim", "churn_threat"),
])
def test_b50_escalations(text, reason):
    assert reason in t(text).escalation_reasons, text


@pytest.mark.parametrize("text", [
    "ana 3ayez el rasayel tewa2af, mesh 3ashan 7aga bas ana mesh me7tagha", "كانسل الاشتراك بالرسايل",
    "هبلغ الجهاز القومي لتنظيم الاتصالات لو الرسايل مقفتش", "I'd appreciate it if you stopped contacting me.",
    "deleteam konid az listetun", "dige az man nazar nakhayd, har kharid ye nazarsanji!",
    "payamak haye shoma mozahemate, ye bar dige bedid shekayat mikonam dadsara",
    "be nazaretun ino nemifahmam ke goftam nafrestid?", "اشتہاروں سے میرا جی بھر گیا ہے، اب اور نہیں",
])
def test_b51_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # Taken back or left to the company: review, never applied.
    "وقفوا الرسايل... ولا لا، خلوا بس رسايل الفواتير", "اگه امکانش هست فقط بعضی پیامکا رو نفرستید",
    "میسج کم کریں یا بالکل بند کریں، آپ کی مرضی",
])
def test_b51_hesitations_go_to_review(text):
    r = t(text)
    assert not r.opt_out and r.opt_out_review, text


@pytest.mark.parametrize("text", [
    # An opt-in that says "don't remove my number", a food order not to cancel, no texts at night.
    "ana lghit bel ghalat embare7, la tsheelo ra2mi, baddi el rasayel",
    "khahesh mikonam ghaza ro cancel nakonid, peyk dar rah-e",
    "ساعت ۲ بامداد پیامک تبلیغ اومد! شبا نفرستید",
    "بند کرا دو یا جو بھی کرو، مجھے فرق نہیں پڑتا",
])
def test_b51_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("ba3at 'el8a2' 3ashan alghi el bakka zay ma el mowazaf 2al w etkhasamli bardo", "payment_failure"),
    ("2. Your driver was rude and told me to 'watch my back'", "safety_or_fraud"),
    ("you guys are crooks. absolute crooks.", "angry_complaint"),
    ("I want to speak to a manager RIGHT NOW", "angry_complaint"),
    ("There's a direct debit in my name to you that I never set up", "safety_or_fraud"),
    ("dige sms nadid pedar sukhteha", "angry_complaint"),
    ("DIGE PAYAMAK NADIN BI SHOOOR", "angry_complaint"),
    ("ye hafte vaght darid, ba'desh kar dast-e vakile", "legal_threat"),
    ("چرا هر ماه ۲۰ هزار تومن بابت سرویسی که فعال نکردم کم میشه؟", "safety_or_fraud"),
    ("آپ کی کیب سروس کا میٹر بیچ میں رک گیا اور کرایہ ڈبل آ گیا", "payment_failure"),
    ("کیا آپ لوگ میرا نمبر نکال دیں گے یا مجھے PTA جانا پڑے گا؟", "regulator_or_media_threat"),
    ("STOP کمینو", "angry_complaint"),
])
def test_b51_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


@pytest.mark.parametrize("text", [
    # Asking what ending a contract early costs is a question (older lines, all labelled so).
    "how do i end my contract early and what's the fee?",
    "Is there a way to end my contract early? What's the fee?",
])
def test_b51_calm_lines_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    "ايفاف", "لغولطفا", "STOPکریں", "ya reet tebattloha, ana msh me7tag el 3orood",
    "law sama7to ma 3ad bdi wasal rasayel", "اشيلوا رقمي من عندكم", "please unsubscribe me from all texts",
    "I would be grateful if you no longer contacted me.", "دفعه دهمه لغو میفرستم، چرا نمیفهمید",
    "مجھے ان لسٹ کر دیں پلیز", "بند کرو گے یا نہیں یہ میسج؟", "نو، اور یہ سروے آخری ہو پلیز",
    "law resala kaman wasaletni hashtki 3aleko",
])
def test_b52_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # Conditions, calls rather than messages, unsure senders: review, never applied.
    "el8a2 law el rasayel di feeha floos 3alaya", "لو ما عندكم شي مفيد لا ترسلون شي",
    "اینقدر پیامک ندید دیگه", "مجھے سوچنے دیں کہ ان سبسکرائب کروں یا نہیں",
    "میرے خیال سے اب مجھے ان میسجز کی ضرورت نہیں",
])
def test_b52_hesitations_go_to_review(text):
    r = t(text)
    assert not r.opt_out and r.opt_out_review, text


@pytest.mark.parametrize("text", [
    # Calls rather than messages; packaging, duplicate promos, night-time notifications, paper
    # bills, a bill no longer emailed.
    "والله مشغول، بطلوا تتصلوا",
    "No more plastic bags in my order please", "Stop sending duplicates, same promo twice today",
    "اعلان‌های شبانه رو خاموش کنید لطفا", "ghabz gaz ro dige kaghazi naferestid",
    "میں نے STOP بھیجا تو اب بل بھی ای میل پر نہیں آ رہا",
])
def test_b52_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("wallah bagoom anaqel 7ag Zain law ma ta7san el khedma", "churn_threat"),
    ("لاحظت تحويلين ما أعرفهم من البطاقة اليوم", "safety_or_fraud"),
    ("لو تأخرتوا مرة ثانية بلغي الاشتراك السنوي", "churn_threat"),
    ("My points show 0 today, I had 3,000 last week", "data_loss_or_outage"),
    ("sharmande bashid, 3 saat montazer mundam", "angry_complaint"),
    ("ghabz gaz 5 barabar shode!!! shookhi darin?!", "angry_complaint"),
    ("daroo khune doctor daroo eshtebahi dad be bacham", "safety_or_fraud"),
    ("age ghat nakonid ba 195 tamas migiram", "regulator_or_media_threat"),
    ("نیٹ ورک بدلنے کا سوچ رہا ہوں، سگنل ہی نہیں آتا", "churn_threat"),
])
def test_b52_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


def test_b52_settled_double_charge_does_not_escalate():
    assert not t("do bar pool kam shod vali farda bargasht, faghat bebinin chera").escalate


@pytest.mark.parametrize("text", [
    "ESHTERAKY EL8OOH!", "میسجبندکریں", "ایس ایم ایس بند", "balash tes2aluni 3an ra2yi tani",
    "momken t2aflo el notifications el tasweekeya? shokran", "mesh fakra eny eshtarakt, yaret tlghonha",
    "el rasayel kteer, momken tesheelni?", "I'd appreciate not getting any more promo texts.",
    "leh lessa bteb3atu? ana 2olt stop mn yomein 😤", "law fdelt ast2bel rasayel hashtki",
    "law msh hatwa2fo el rasayel hakalem el gehaz", "ab3atuli kaman resala w shoofo", "bala2 el surveys ba2a",
    "درخواست: میرا نمبر نیوز لیٹرز سے ہٹا دیں", "اشتباه گرفتین. لغو",
])
def test_b53_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # A request taken back, a pause, "fewer or none, whatever": review, never applied.
    "بطلوا الرسايل... ولا أقولكم، خلوها", "وقفوا شوية الرسايل دي", "dige payamak nadid... hala na, badan",
    "میسج کم کر دو یا بند کر دو",
])
def test_b53_hesitations_go_to_review(text):
    r = t(text)
    assert not r.opt_out and r.opt_out_review, text


@pytest.mark.parametrize("text", [
    # The price of unsubscribing, an item off an order, a cancelled event, WhatsApp instead of SMS,
    # a paused vegetable box.
    "el8a2 el eshterak byekallef felos?", "shelo el cola mn el order law sama7t",
    "el8a2 el 7afla kan ghalat, kont 3ayez a7dar", "خلوا الرسايل بس عالواتساب",
    "ویکلی سبسکرپشن ایک ہفتے کے لیے بند کر دیں",
])
def test_b53_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("bi adaba, 3 ruze javab nemidin", "angry_complaint"),
    ("msh hasebkom, hakhdo bel 2anoon", "legal_threat"),
    ("KEFAYA ESTEHBAL, kol shahr nafs el moshkela", "angry_complaint"),
    ("el connexion ma5douma mel jem3a fel 7ouma kolha", "data_loss_or_outage"),
    ("you charged the delivery fee twice again", "payment_failure"),
    ("dige hich vaght nemiam in restoran", "churn_threat"),
    ("age dorost nashe miram bank dige", "churn_threat"),
    ("چرا اینقدر نفهمید؟ گفتم آدرس عوض شده", "angry_complaint"),
])
def test_b53_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


def test_b53_fixed_hack_does_not_escalate():
    assert not t("حسابم هک شده بود ولی با پشتیبانی درستش کردیم، ممنون").escalate


@pytest.mark.parametrize("text", [
    # The keyword said alone, then the line, number or registration as the reason for leaving.
    "لغو، این خط مال مادرمه", "laghv, in sim cart ro hafte pish kharidam", "لغو - من ثبت نام نکردم",
    "el8a2, wrong number, ana msh Samir", "الغاء الاشتراك، الخط ده بتاع جوزي",
    # A subscription to messages, not a paid one.
    "Cancel my subscription to these promo texts", "please end the sms offers subscription",
    # A score answered, then "no more surveys".
    "٩ من ١٠ وبلاش استبيانات بعد كده", "عشرة. بس ارجوكم بلاش استبيانات", "6, w wa2fo el este2sa2at",
    "4. دیگه هم سوال نپرسید",
    # One word the keyword lists now hold.
    "wa9fo", "انضراف", "لغوکنید",
])
def test_older_lines_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # The thing cancelled is an order, or the subscription is a paid one.
    "لغو، سفارش ۴۵۲ رو نمیخوام", "el8a2, el order mesh 3ayzo",
    "cancel my Netflix subscription, the texts say it renews", "لغو، اینترنتم قطعه",
])
def test_older_lines_guards_still_hold(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "wa2afo el 2araf da ba2a", "leesh kil yom? 7athfoo raqmi", "ma 3ad ebghaa estibyan",
    "khalas, ma ba2a tba3tuli", "lw el rasayel ma wa2fetsh hashtki", "age laghv nakonid miram shekayat",
    "3afak matsiftoch liya had l3orod", "I'd like off the list please", "انصراف‌میدم",
    "e2af. ma3ndi wa2t", "DND لگا دو پلیز",
    "ایک بار کہہ دیا نا مت بھیجو", "کیا آپ یہ میسج بھیجنا روک سکتے ہیں؟", "مجھے کال اور میسج نہ کیا کریں",
    "ما عرفتش منين جبتو رقمي؟ نحيوه",
])
def test_b54_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # A request taken back, a hedged one: review, never applied.
    "el8a2. la2 ma3lesh 5aleeha", "Not for me. And maybe stop sending these?",
])
def test_b54_hesitations_go_to_review(text):
    r = t(text)
    assert not r.opt_out and r.opt_out_review, text


@pytest.mark.parametrize("text", [
    # A suspended SIM, a repeated one-time code, a cap on messages, an agent's questions, a lost SIM,
    # a joke score above ten.
    "وقفوا لي الشريحة من امبارح", "stop sending me the same OTP, it never works",
    "no more than one text a week please", "please stop asking me for my order number",
    "gooshim ro gom kardam, lotfan ghatesh konid", "10 بلکہ 11 دوں",
])
def test_b54_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("STOP کرو بے شرمو", "angry_complaint"),
    ("You have ONE job. Deliver my parcel.", "angry_complaint"),
    ("kart ro bastam vali hanooz ghest kam mishe", "payment_failure"),
    ("بینک کے نام سے کال آئی، میں نے نمبر بتا دیا اور اب پیسے کٹ گئے", "safety_or_fraud"),
    ("اس سروس پر میں نے وکیل کر لیا ہے", "legal_threat"),
])
def test_b54_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


@pytest.mark.parametrize("text", [
    "پیسے کٹ گئے تھے مگر خود ہی واپس آ گئے",
    "النت كان فاصل امبارح، دلوقتي رجع الحمد لله",
])
def test_b54_settled_problems_do_not_escalate(text):
    assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    "il8a2 2ishtirak kol el 3orood", "mish 3ayza ay rasayel tanya", "ma arid rasayel, shokran",
    "arrêtez les sms s'il vous plait", "iza b2i t3ato rasayel bashtki 3aleikom",
    "ba2ollko wa2afo mn zaman", "ana 3ayez awa2afha dlw2ty, sheloni mn el list",
    "ma 3ad fi da3i tib3atuli 3orood",
    "mafi tari2a twa2fo el rasayel?? wa2fuha lo sama7to",
    "لو سمحتم، هل بالإمكان إيقاف الرسائل الترويجية؟", "كفاية تقييمات، وقفوها",
    # The guide settles an ignored earlier STOP as the request repeated.
    "i sent STOP last week and you're still texting me",
])
def test_b55_opt_outs(text):
    assert t(text).opt_out, text


def test_b55_undone_opt_out_asks_back_in():
    r = t("ye payam laghv raft eshtebahi, barem gardunid")
    assert r.opt_in and not r.opt_out


@pytest.mark.parametrize("text", [
    # Once a month is enough, freight on hold, a user account, no surveys on Sundays.
    "ma tb3atoolish 3orood kol yom, mara fel shahr kwayes", "توقف ارسال بار تا هفته بعد",
    "حساب کاربریمو پاک کنید لطفا", "yekshanbe ha payam nadid, sarm shologhe",
])
def test_b55_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("el8a2 ya nasbeen", "angry_complaint"),
    ("enseraf, kolahbardara", "angry_complaint"),
    ("مسخره‌ها، دو هفته‌ست جواب نمیدید", "angry_complaint"),
    ("The manager was rude to my mother. You should be ashamed.", "angry_complaint"),
    ("میرے بھائی کی لاء فرم ہے، وہ آپ سے بات کریں گے", "legal_threat"),
])
def test_b55_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


@pytest.mark.parametrize(("text", "score"), [
    ("9 w ba2alko 3 sneen m3akom", 9),  # "3 years" is a duration
    ("2, kallemtko 4 mrat", 2),  # "4 times" is a count
    ("۷، اگلی بار جلدی پہنچائیں تو ۱۰", 7),  # "next time ..., 10" is a condition
])
def test_b55_survey_readings(text, score):
    assert t(text, channel="survey").survey_score == score, text


@pytest.mark.parametrize("text", [
    "merci de me retirer de votre liste svp", "ya reit tw2fo el rasayel dy", "khalsouna mn el sms ba2a",
    "kafaya rasayel ba2a", "كافي تدزون رسائل عروض", "Not a customer, no point texting me",
    "age baz ham tablighat bedid shekayat mikonam",
    # Urdu "I've already sent UNSUB" (a woman speaking) is the request repeated.
    "تین بار UNSUB بھیج چکی ہوں",
])
def test_b56_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "7ot ra2mi fel list tani", "START plz, wa7ashetni el 3orood", "UNSTOP, raje3 tani",
    "3ayez ashtirik fe rasayel el 3orood", "رجعوا لي رسائل الخصومات", "أرسلت إيقاف بالغلط",
    "Please switch the texts back on", "payamak hatun ro mikham dobare", "سهوا ۱۱ زدم",
])
def test_b56_opt_ins(text):
    r = t(text)
    assert r.opt_in and not r.opt_out, text


@pytest.mark.parametrize("text", [
    # Fewer messages, not on Fridays, "I don't want to stop them", "I want them", send earlier.
    "mafeesh tari2a ta2allelo el rasayel? ha3mel el8a2", "ma tb3atoush rasayel youm el gom3a",
    "ما أبغى أوقف الرسايل، بس خلوها بالعربي", "قالولي ابعت الغاء عشان يوقف الرسايل، بس انا عاوزها",
    "پیامک قطعی برق رو نمیخوام اینجوری، فقط زودتر بفرستید",
    # Unsure.
    "msh 3arfa a3mel unsubscribe wala la2", "ye fekri mikonam dar mored laghv",
])
def test_b56_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("kafaya ya 5awal", "angry_complaint"),
    ("Are you deaf? I told you twice", "angry_complaint"),
    ("عالم فاشلة والله", "angry_complaint"),
    ("ana dafe3 w el floos lessa ma7gouza", "payment_failure"),
    ("لسه فيه عمليات بتتخصم من الكارت", "safety_or_fraud"),
    ("badam dasht, raftim orzhans", "safety_or_fraud"),
    ("در بسته شد و انگشتم شکسته", "safety_or_fraud"),
    ("رائیڈر رات کو میسج کر کے تنگ کرتا ہے", "safety_or_fraud"),
])
def test_b56_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


def test_b56_solved_problem_does_not_escalate():
    assert not t("مشکل دو بار کسر شدن پول رو حل کردید، ممنون").escalate


def test_b56_days_are_not_a_score():
    assert t("sefr, 3 roze internet nadaram", channel="survey").survey_score == 0


@pytest.mark.parametrize("text", [
    "ma 3ad tbe3touli 3ala ra2mi", "ma tsift li walou", "7bes ma tsifet", "7iyedni mn la liste",
    "أفضّل ألا أتلقى أي عروض", "I'd appreciate being removed from your list", "bas ba2a tb3atouli",
    "lotfan khodetoon ghatesh konid",
])
def test_b57_opt_outs(text):
    assert t(text).opt_out, text


def test_b57_opt_ins():
    r = t("shelt nafsi bel ghalat, rajje3ni 3al broadcast")
    assert r.opt_in and not r.opt_out
    # "they haven't given me the money back" is no request to be added back.
    assert not t("lessa ma rag3ouli el flos").opt_in


@pytest.mark.parametrize("text", [
    # An internet bundle, paper bills, a warranty, only some of the messages; unsure senders.
    "الغوا اشتراكي في باقة النت", "وقفوا الفواتير الورقية", "Remove the extended warranty please",
    "I'd like to stop some of these messages", "el8a2 el 3orod bas wla kolo?",
    "remove me? or is this the wrong place to ask", "she says unsubscribe from all of it, we'll see",
])
def test_b57_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("انقلعوا عني", "angry_complaint"),
    ("awel ma yekhlas el 3a2d ana mashi", "churn_threat"),
    ("عرض زين أحسن من عرضكم", "churn_threat"),
    ("lazem yerod 2abl ma anzel el video", "regulator_or_media_threat"),
    ("سرقوا جوالي والتطبيق مفتوح", "safety_or_fraud"),
    ("doctor daroo ghalat dad", "safety_or_fraud"),
])
def test_b57_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


def test_b57_number_word_and_solved_problem():
    assert t("khamsat nojoum", channel="survey").survey_score == 5
    assert not t("دفعت مرتين بالغلط وانحلت بسرعة").escalate


@pytest.mark.parametrize("text", [
    "ana 3ayez at2elgha men el list di", "law sama7t tshelon ra2mi", "barakaw mn les messages svp",
    "لو بعتوا تاني هشتكي", "كافي دز رسايل", "ارسلت ايقاف وما زالت الرسائل تصل",
    "If you text me one more time I'm reporting you", "age in tablighat ghat nashe shekayat mikonam",
    "پلیز مجھے کوئی میسج نہ بھیجا کریں", "بس کر دو اب یار", "how many times do I have to say STOP",
])
def test_b58_opt_outs(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    "7ot ra2mi tani bel list", "raj3o tanbihat el offers", "ضيفوا رقمي للعروض", "رجعو ابعتولي العروض",
    "ثبت نام مجدد پیامک لطفا", "eshtebahi 11 zadam, mikham bargardam",
])
def test_b58_opt_ins(text):
    r = t(text)
    assert r.opt_in and not r.opt_out, text


def test_maybe_rejoining_later_is_no_opt_in():
    # «لغو. شاید بعدا دوباره عضو شدم»: cancel; maybe I'll join again later (corpus b27, b30, b57).
    r = t("لغو. شاید بعدا دوباره عضو شدم")
    assert r.opt_out and not r.opt_in
    for text in ("felan laghv, shayad baadan dobare ozv sham", "فعلا لغو، شاید بعدا دوباره عضو شدم",
                 "maybe I'll subscribe again one day"):
        assert not t(text).opt_in, text


@pytest.mark.parametrize("text", [
    # Unsure, not now, a condition, "I don't want to stop them", "don't cut them off, I need them".
    "stop... walla la2 ma ba3ref", "wa2ef el surveys bas mesh halla2",
    "enseraf midam... albate age takhfif nadarid",
    "ana msh 3ayez awa2af el rasayel, bas ghayyero el wa2t", "yadavari ha ro ghat nakonid lazem daram",
    "دیگه نمیخوام پیامکاتونو... بعدا بهتون میگم",
])
def test_b58_not_opt_outs(text):
    assert not t(text).opt_out, text


def test_b58_unfollowing_by_mistake_is_no_opt_in():
    assert not t("لغيت متابعتكم على تيك توك بالغلط").opt_in


@pytest.mark.parametrize(("text", "reason"), [
    ("والله صبري خلص معاكم", "angry_complaint"),
    ("شعور ندارید؟ صد بار گفتم", "angry_complaint"),
    ("ليه افضل معاكم والعروض عند غيركم احسن", "churn_threat"),
    ("I'm not shopping with you again after this", "churn_threat"),
    ("bakhari atish gerefte", "safety_or_fraud"),
    ("راننده کیف پولمو برد", "safety_or_fraud"),
])
def test_b58_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


def test_b58_number_word_and_solved_problems():
    assert t("sitte", channel="survey").survey_score == 6
    assert not t("do bar pool kam shod vali dirooz bargasht").escalate
    assert not t("پورے شہر میں انٹرنیٹ ڈاؤن تھا، اب ٹھیک ہے").escalate


@pytest.mark.parametrize("text", [
    "law wasalatni risala kaman bashtki", "n7eb nokhrej mn la liste", "la tdizoon rasayel", "wa2fuha khales",
    "la sms wala calls", "wa2fo el esteb2anat", "كافي عاد دز رسايل", "بند کریں یہ میسج سروس",
    "ارسلت ايقاف وما زالت الرسائل تصلني",
])
def test_b59_opt_outs(text):
    assert t(text).opt_out, text


def test_b59_opt_ins():
    for text in ("rag3ouni lel list", "حابب ترجع تجيني رسايلكم", "پشیمون شدم، برگردونید منو"):
        r = t(text)
        assert r.opt_in and not r.opt_out, text
    # "cancel (my number is in your system by mistake)": a reason for leaving, not a mistake undone.
    assert not t("لغو، شماره من اشتباهی تو سیستمتونه").opt_in


@pytest.mark.parametrize("text", [
    # Not now, unsure, only some of them, WhatsApp instead of SMS, duplicates, a form of address,
    # a courier, the English ones only.
    "الغاء الاشتراك بعدين، هلق لا", "خففوا الرسايل، ولا وقفوها؟ مدري", "Stop, I mean not all of them",
    "ma tb3atoolish 3al whatsapp, ib3atouli sms", "وقفوا رسايل التأكيد المكررة",
    "Stop calling me sir please", "in peyk ro dige dar khoone ma naferestin", "انگریزی والے بند کر دیں",
])
def test_b59_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("همتون دروغگویید", "angry_complaint"),
    ("ba6lo ya aghbiya", "angry_complaint"),
    ("3ayez a7awel raqmi l we", "churn_threat"),
    ("Please send me the account closure form", "churn_threat"),
    ("اکاؤنٹ بند کرنا ہے میرا", "churn_threat"),
    ("7addatht l'app w kol les conversations mchaw", "data_loss_or_outage"),
    ("ana bedda3ikon", "legal_threat"),
    ("الكارت انقشط والرصيد ما نزل", "payment_failure"),
    ("fi ze2eez fel akl", "safety_or_fraud"),
])
def test_b59_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


def test_b59_solved_problems_do_not_escalate():
    for text in ("el site kan wa2e3, dilwa2ti shaghal", "دو بار پول کم شد ولی الان برگشت"):
        assert not t(text).escalate, text


@pytest.mark.parametrize("text", [
    # Persian puts the cancelled thing before the verb: an order, a card, a booking, insurance.
    "سفارش ۱۲۳۴ رو لغو کنید، اشتباه زدم", "sefaresh 48812 ro laghv konid lotfan, eshtebahi zadam",
    "mikham kart e etebariamo laghv konam", "نوبت دندونپزشکیمو لغو کنید، فردا نمیتونم بیام",
    "bime badane ro laghv konam chizi pas migiram?", "چرا سفارشمو بدون اطلاع لغو کردین؟!",
])
def test_object_before_cancel_verb_is_no_opt_out_nor_opt_in(text):
    r = t(text)
    assert not (r.opt_out or r.opt_out_review or r.opt_in), text


@pytest.mark.parametrize("text", [
    # A request to cancel («درخواست لغو», «طلب إلغاء») names no cancelled thing; «دفعه» is "time".
    "درخواست لغو عضویت از خبرنامه", "دفعه دهمه لغو میفرستم!!! بی‌شرفا",
    "طلب إلغاء الاشتراك من القائمة البريدية", "سرویس پیامک تبلیغاتی رو لغو کنید",
    # «کتنے» ("how many") asks no price.
    "کتنے میسج بھیجو گے؟ بس کرو یار",
])
def test_opt_outs_around_the_object_guard(text):
    assert t(text).opt_out, text


@pytest.mark.parametrize("text", [
    # Number removed, no more surveys, "let me not be on the list", "cancel me", "stop all this",
    # "cancel me yourselves", "this one too: cancel", "don't send to my number", STOP or else.
    "3ayez ra2mi yetshal w 3ayez a3raf wesel lekom ezay", "bdoun ez3aj, ma 3ad badi istbyanat",
    "ba ehteram, lotfan dar list e ersal nabasham", "ببخشید میشه لغوم کنید؟ ممنون میشم", "روکو یہ سب",
    "ba3att el8a2 bas ma zabatet, mumkin tla8ooni intou?",
    "ghabli ro laghv kardam, alan az ye panel e dige payamak miad, inam laghv",
    "ماشاءاللہ بہت میسج بھیجتے ہو 😂 بس اب میرے نمبر پر مت بھیجنا", "ستوب وإلا بنزل سكرين شوت في الانستا",
])
def test_b60_opt_outs(text):
    r = t(text)
    assert r.opt_out and not r.opt_in, text


@pytest.mark.parametrize("text", [
    # Back to the messages, subscribe to alerts, alerts back on, put my number on the list, add me back.
    "baddi erja3 e5od rasayelkon, kenet ghalta el8a2", "3awez eshtirak fe tanbihat el re7lat",
    "hi can you turn the flight alerts back on? I switched them off by mistake",
    "lotfan shomare mano too list e payamak haye takhfif bezarid",
    "پہلے STOP کیا تھا، اب دوبارہ ڈیلز کے میسج چاہئیں",
    "بیٹے نے میرا نمبر ان سبسکرائب کر دیا تھا، پلیز واپس جوڑ دیں",
])
def test_b60_opt_ins(text):
    r = t(text)
    assert r.opt_in and not r.opt_out, text


@pytest.mark.parametrize("text", [
    # Thinking of blocking, not wanting to cancel, "this part", liking the messages, an ADSL line,
    # a hedge, next month, someone else's advice declined, a stop-loss order, hold music, a question
    # about the keyword, a machine that stops, maintenance, "don't stop them".
    "ta3ebt mn rasayelkom, bfakker a3mel block", "ana mesh 3ayez alghi, bas 3ala fekra el rasayel di mofida",
    "in ghesmat ro laghv konid", "bazia migan laghv konid, vali man payamakatuno dust daram 😄",
    "khat e ADSL ro laghv konid, mikham fiber begiram az khodetun",
    "پیامکای نظرسنجیتون خیلی زیاده، فکر کنم دیگه نمیخوام", "اگلے مہینے سے میسج نہ بھیجیں",
    "لوگ کہتے ہیں STOP بھیجو، میں نہیں بھیجوں گا، آپ کے میسج کام کے ہوتے ہیں",
    "Stop loss تو اپ کارگزاری کار نمیکنه", "Stop the music on hold pls, it's so loud 😂",
    "Is the STOP keyword case-sensitive?", "app e bank ba update e jadid hey stop mikone",
    "إيقاف الخدمة بسبب الصيانة لحد إمتى؟", "میسج بند نہ کیجیے گا، مجھے آپ کی آفرز پسند ہیں 😄",
    "نگران نباشید لغو نمیکنم، فقط کمتر بفرستید 😅",
])
def test_b60_not_opt_outs(text):
    assert not t(text).opt_out, text


@pytest.mark.parametrize(("text", "reason"), [
    ("khalas ya 3alam batlo t3azbouni b rasayelkom ALLAH YA5ODKOM", "angry_complaint"),
    ("STOP نکمو", "angry_complaint"),
    ("دس سال سے آپ کا کسٹمر ہوں، لیکن لگتا ہے اب الوداع کہنے کا وقت آ گیا ہے", "churn_threat"),
    ("Online banking not working for anyone in my family", "data_loss_or_outage"),
    ("el cheque et-sarraf b tawqee3 mzawar, da mesh tawqee3i", "safety_or_fraud"),
    ("my instagram linked to your app started posting ads I never posted. hacked?", "safety_or_fraud"),
    ("Please stop cheque no. 000231, my cheque book was stolen from my car", "safety_or_fraud"),
    ("servis e ezafe bedune ejaze faal kardin", "safety_or_fraud"),
])
def test_b60_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


def test_b60_not_escalations():
    for text in ("pulam do bar kam shode bud vali barghasht, mersi",
                 "دوستوں سے کہا ہے اس ہوٹل پر مقدمہ کروں گا کیونکہ واپس آنے کا دل ہی نہیں کر رہا 😄"):
        assert not t(text).escalate, text


@pytest.mark.parametrize("text", ["ستة ونص", "mabeen 6 w 7 mesh 3aref"])
def test_b60_unclear_scores_are_not_read(text):
    assert t(text, channel="survey").survey_score is None, text


def test_b60_condition_in_arabizi_keeps_the_first_score():
    assert t("9 w lw fe dark mode yeb2a 10", channel="survey").survey_score == 9


@pytest.mark.parametrize("text", [
    # "Can you not send me messages again?", "remove my number" (Tunisian), STOP in Maghrebi
    # Arabizi, "another SMS and I'm at the prosecutor's", "desist", a regulator threat, typos,
    # "end contact", "just stop altogether".
    "momken mat ba3tolish rasayel tany?", "3aslema, ne7iw noumrouti mel liste mte3kom ya3tikom sa77a",
    "i9af. a8ba bank t3amalt ma3a", "tani sms w hab2a fel nyaba, ana mesh bahazzar",
    "Desist from messaging me. Last warning.",
    "age ye payamak dige bedin shekayat mikonam be sazman tanzim moqarrarat", "دیگ ن فرستین",
    "میں نے کوئی سروس نہیں لی، نہ ہی لینی ہے، مہربانی کر کے رابطہ ختم کریں",
    "Your texts come at 2am every night. Just stop altogether.",
])
def test_b61_opt_outs(text):
    r = t(text)
    assert r.opt_out and not r.opt_in, text


def test_an_ignored_opt_out_is_repeated_whatever_the_time_of_day():
    # «من که هفته پیش لغو زده بودم، باز امروز صبح ...»: "this morning" says when the ignored one
    # came; it asks for no schedule (corpus b61). Checked at the rule level: the model may still
    # send the whole message to review.
    for text in ("من که هفته پیش لغو زده بودم، باز امروز صبح پیامک تخفیف اومد",
                 "mazal tab3tou? 9olt lkom STOP 9bal jem3a"):
        found = scanned(text)
        assert optout.detect(found.text, found).opt_out, text


@pytest.mark.parametrize("text", [
    "baddi erja3 e5od rasayelkon, kenet ghalta el8a2", "START law sama7t, 3ayez el tanbihat targa3",
    "ghablan enseraf dadam vali pashimoon shodam, mishe dobare payam bedid?",
])
def test_b61_opt_ins(text):
    r = t(text)
    assert r.opt_in and not r.opt_out, text


@pytest.mark.parametrize("text", [
    # Robocalls instead of texts, not cutting the bank's texts, thanks that the ads stopped, an
    # OTP that stopped coming, a setting asked for, "stop it with these prices", undecided.
    "ممكن توقفوا المكالمات الآلية وتبعتوا رسايل نصية بدالها؟",
    "sms haye bank ro nemikham qat konam, faqat tablighatesh ziade",
    "dige payamak e tablighati nemiad, khoobe, mamnoon",
    "گفتید لغو بزنم پیامکای تبلیغاتی قطع بشه، ولی از اون موقع رمز یکبار مصرفم نمیاد",
    "میسج کی سیٹنگ میں صرف پروموشن بند کرنے کا آپشن دیں، باقی آتے رہیں",
    "bas konid dige ba in qeymataa", "kinda want to opt out but your deals are good sometimes lol",
])
def test_b61_not_opt_outs(text):
    assert not t(text).opt_out, text


def test_the_stem_of_payment_is_not_the_word_for_time():
    # «دفعه» ("time") is not «دفع» ("payment"): "I said cancel ten times, this is the last time"
    # cancels no payment (corpus b61). At the rule level the request stands.
    found = scanned("ده بار گفتم لغو، این دفعه آخره بعدش شکایت میکنم")
    assert optout.detect(found.text, found).opt_out


@pytest.mark.parametrize(("text", "reason"), [
    ("yalla shilo ra2mi ya kilab", "angry_complaint"),
    ("سٹاپ، بدتمیز لوگو", "angry_complaint"),
    ("tani sms w hab2a fel nyaba, ana mesh bahazzar", "legal_threat"),
    ("سأقاضيكم", "legal_threat"),
    ("la8eit el re7la w ba3atoli refund na2es 200, da msh el ettefa2", "payment_failure"),
    ("آپ لوگوں نے خود میرا آرڈر کینسل کر دیا اور پیسے بھی رکھ لیے", "payment_failure"),
    ("أنا في المطار والحجز مش موجود رغم إني دفعت، الطيارة بعد ساعة", "payment_failure"),
    ("Someone applied for a loan in my name using my CNIC, I need to stop it now", "safety_or_fraud"),
    ("nezafat e restoran vahshatnak bood, soosk to ghaza bood", "safety_or_fraud"),
    ("gaz e kontor nasht dare, mamoor e shoma goft moshkeli nist vali boo miad", "safety_or_fraud"),
])
def test_b61_escalations(text, reason):
    r = t(text)
    assert r.escalate and reason in r.escalation_reasons, (text, r.escalation_reasons)


@pytest.mark.parametrize("text", [
    # The guide's money-and-cancellations case: money not back after a cancellation.
    "bilit e cinema laghv shod vali poolam hanooz bar nagashte",
    "sefareshamo khodam cancel kardam vali poolesh hanooz bar nagashte",
    "ہوٹل بکنگ کینسل کی تھی، تین ہفتے ہو گئے پیسے واپس نہیں آئے",
])
def test_money_not_back_after_a_cancellation_is_a_payment_failure(text):
    assert "payment_failure" in escalation.find(scanned(text)), text


def test_money_back_after_a_cancellation_is_no_payment_failure():
    for text in ("bilit e cinema laghv shod vali poolam bargasht, mersi",
                 "Cancelled my order, refund came today"):
        found = scanned(text)
        assert "payment_failure" not in escalation.find(found) or escalation.settled(found), text


# --------------------------------------------------------------------------- batch contract


def test_batch_equals_one_by_one():
    texts = ["STOP", "salam sefaresham naresideh", "٤ من ٥", "my lawyer will call", "ممنون", "👍"]
    batch = triage_batch([TriageRequest(text=x, channel="survey") for x in texts])
    for x, r in zip(texts, batch, strict=True):
        one = triage(TriageRequest(text=x, channel="survey"))
        assert (r.language, r.category, r.sentiment, r.opt_out, r.survey_score, r.escalation_reasons) == (
            one.language, one.category, one.sentiment, one.opt_out, one.survey_score, one.escalation_reasons)
        assert abs(r.category_confidence - one.category_confidence) < 1e-3


def test_model_version_in_every_result():
    assert t("hi").model_version.startswith("triage-")


def test_star_emoji_with_variation_selectors_are_counted():
    # "⭐️" is the star and U+FE0F: five of them with an emoji after are five stars, not one.
    r = t("⭐️⭐️⭐️⭐️⭐️👌", channel="survey", in_reply_to="csat-order-1")
    assert (r.survey_score, r.survey_scale) == (5, "csat")
    assert t("⭐️⭐️⭐️", channel="survey", in_reply_to="csat-order-1").survey_score == 3
