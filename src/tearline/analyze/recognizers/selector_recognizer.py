"""Find selectors: phone numbers, IMSI/IMEI, handles, accounts, e-mail, IP and MAC addresses."""

import copy
from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IpRecognizer, MacAddressRecognizer

from tearline.analyze.recognizers.tagged_pattern_recognizer import (
    TaggedPatternRecognizer,
    line_pattern,
)
from tearline.categories import Category

# Words after which an identifier names an account or a device. Case-insensitive: prose varies.
_ACCOUNT_WORD = (
    r"(?i:user[ \t]?name|user[ \t]?id|user|handle|screen[ \t]name|account(?:[ \t]name)?|acct"
    r"|login|profile|channel|device[ \t](?:id|name)|device|hostname"
    r"|telegram|signal|whatsapp|threema|wickr|viber|skype|discord|session[ \t]id"
    r"|serial[ \t]number|serial[ \t]no\.?|s/n)"
)
# Blank runs inside lookbehinds are bounded, so a long run of blanks cannot be split many ways.
_GAP = r"[ \t]{0,3}"
_SPACE = r"[ \t]{1,3}"
# The lookahead fails fast where no name can start, before the costlier lookbehind.
# The label is matched and then dropped from the result with \K (the `regex` module's "keep
# out"): the same spans as a look-behind, without testing one at every word character.
_AFTER_ACCOUNT_WORD = (
    rf"\b{_ACCOUNT_WORD}(?:{_SPACE}(?i:id|named|called))?{_GAP}[:=#]?{_GAP}\K"
    r"(?=[\w\"'\u201c\u2018])"
)
# Makers whose model names ("Pixel 7", "Nokia 105", "ThinkPad X1") identify a covered device.
_DEVICE_MAKER = (
    r"(?:iPhone|iPad|Pixel|Galaxy|Nokia|Huawei|Xiaomi|Redmi|Motorola|ThinkPad|MacBook"
    r"|OnePlus|Oppo|Tecno|Itel|Xperia|Blackview|Doogee|Alcatel|Lenovo|Latitude|EliteBook)"
)
# Words after which a quoted name is the name of a chat, group or channel under coverage.
_CHAT_WORD = (
    r"(?i:chat|group[ \t]chat|chat[ \t]group|channel|forum|server"
    r"|(?:telegram|whatsapp|signal|discord|viber)[ \t]group)"
)
_PHONE_WORD = (
    r"(?i:phone|telephone|tel\.?|mobile|cell(?:phone)?|number|line|whatsapp|signal|telegram"
    r"|viber|sim|msisdn)"
)


_LABEL_WORD = (
    r"(?i:phone|telephone|tel|mobile|cell|number|no|serial|imei|imsi|iccid|msisdn|sim|handle"
    r"|username|user|account|id|e-?mail|address|signal|telegram|whatsapp|wickr|threema)"
)
#: A label between an opening bracket or a comma and a selector ("(mobile ", ", serial
#: number "), or the words that introduce a handle ("posting as "), with the relative pronoun
#: of an aside (", who posts as ", ", where he posts as ") so that its commas go too.
_LABEL_BEFORE = regex.compile(
    rf"(?:[(,][ \t]*((?:{_LABEL_WORD}[ \t.:#]*){{1,3}})"
    r"|(?:,[ \t]*(?i:who|where[ \t]+(?:he|she|they))[ \t]+|[ \t])"
    r"((?i:posting|posts|posted|writing|writes|wrote|signed in|logged in)[ \t]as[ \t]*))$"
)


def result_like(
    found: RecognizerResult, entity: str, start: int, end: int, rule: str
) -> RecognizerResult:
    """A result with the score of `found`, over another span, of `entity`, named `rule`."""
    explanation = found.analysis_explanation
    if explanation is not None:
        explanation = copy.copy(explanation)
        explanation.pattern_name = rule
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=found.score,
        analysis_explanation=explanation,
        recognition_metadata=dict(found.recognition_metadata or {}),
    )


class SelectorRecognizer(TaggedPatternRecognizer):
    """Recognize identifiers whose mention reveals collection coverage.

    Presidio's ``IpRecognizer`` and ``MacAddressRecognizer`` are reused as they are (composed,
    their results re-labelled SELECTOR). Phone numbers and e-mail addresses use our own patterns:
    ``PhoneRecognizer`` with its default leniency rejects the reserved fictional ranges invented
    reports use (+44 7700 900123) yet finds "314/00000-26" inside the report serial
    TD-314/00000-26; ``EmailRecognizer`` validates domains with ``tldextract``, which fetches the
    Public Suffix List over the network on first use and rejects reserved domains such as
    ``.example``.

    Scores: a number after its own label (IMSI, IMEI) is unambiguous (0.9); an international
    phone number is rarely anything else (0.7); handles, account names and national-format
    numbers after a phone word (0.6), national numbers with a leading 0 and e-mail addresses
    (0.5) are weaker, so that a more specific recognizer (personnel contacts) outranks them.
    """

    WHY: ClassVar[str] = (
        "A selector such as a phone number, IMSI, handle or account tells the recipient which "
        "communications or devices are being collected against."
    )

    ENTITY: ClassVar[str] = Category.SELECTOR.value

    PATTERNS: ClassVar[list[Pattern]] = [
        line_pattern(
            "imsi_after_label",
            r"\b(?i:imsi)(?:[ \t]++(?i:number|no\.?))?+[ \t]*+[:#=,]?[ \t]*+\d{15}(?!\d)",
            0.9,
        ),
        line_pattern(
            "imei_after_label",
            r"\b(?i:imei(?:sv)?)(?:[ \t]++(?i:number|no\.?))?+[ \t]*+[:#=,]?[ \t]*+"
            r"\d{2}[ -]?\d{6}[ -]?\d{6}(?:[ -]?\d{1,2})?(?![\d-])",
            0.9,
        ),
        line_pattern(
            "iccid_after_label",
            r"\b(?i:iccid)(?:[ \t]++(?i:number|no\.?))?+[ \t]*+[:#=,]?[ \t]*+\d{18,22}(?!\d)",
            0.9,
        ),
        line_pattern(
            "quoted_handle_after_posting_as",
            # posting as "frostwyrm88": a quoted name shaped like a handle (a digit or an
            # underscore in it), so that a nickname ("known as 'Tinker'") is left alone.
            r"(?<=\b(?i:posting|posts|posted|writing|writes|wrote|online|goes|going|signed"
            r"|logged|registered|appears)[ \t](?i:as|under)[ \t]{1,3})"
            r"(?=[\"'\u201c\u2018][\w.-]*[0-9_])[\"'\u201c\u2018][\w.-]{3,30}[\"'\u201d\u2019]",
            0.6,
        ),
        line_pattern(
            "bare_handle_after_posting_as",
            # a forum "where he posts as orchard_keeper": the same name without quotes, an
            # underscore or a digit in it, as no nickname or given name has
            r"(?<=\b(?i:posting|posts|posted|writing|writes|wrote|online|goes|going|signed"
            r"|logged|registered|appears)[ \t](?i:as|under)[ \t]{1,3})"
            r"(?=[\w.-]*[0-9_])[A-Za-z][\w.-]{1,29}[A-Za-z0-9](?![\w@-])",
            0.6,
        ),
        line_pattern(
            "phone_international_format",
            # + or 00 and a country code, then digit groups split by one space, dot or dash,
            # optionally with an area code in parentheses; PHONE_DIGITS bounds the length.
            r"(?<![\w+])(?:\+|\b00)[1-9]\d{0,2}(?:[ .-]?\(\d{1,4}\))?[ .-]?\d{1,14}"
            r"(?:[ .-]\d{1,14}){0,6}(?!\w|[/.-]\d)",
            0.7,
        ),
        line_pattern(
            "phone_national_format_after_phone_word",
            rf"(?=[(\d])(?<=\b{_PHONE_WORD}{_GAP}(?:(?i:number|no\.?){_GAP})?[:#]?{_GAP})"
            r"(?:\(\d{2,5}\)[ .-]?|\d{2,5}[ .-])\d{3,4}[ .-]?\d{3,4}(?!\w|[/.-]\d)",
            0.6,
        ),
        line_pattern(
            "phone_national_format_with_trunk_zero",
            # 07700 900123, 030-1234-5678: a leading 0 and 10-11 digits (see PHONE_DIGITS).
            r"(?<![\w/.+-])0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\w|[/.-]\d)",
            0.5,
        ),
        line_pattern(
            "phone_national_format_with_parenthesized_trunk",
            # (07700) 900 839: the trunk and area code in parentheses.
            r"(?<![\w)])\(0\d{2,4}\)[ .-]?\d{3,4}[ .-]?\d{3,4}(?!\w|[/.-]\d)",
            0.5,
        ),
        line_pattern(
            "imei_in_dashed_form",
            # 35-209900-176148-1: the form IMEIs are printed in, even without their label.
            r"(?<![\w-])\d{2}-\d{6}-\d{6}-\d(?![\w-])",
            0.7,
        ),
        line_pattern(
            "device_model_name",
            # A maker and a model with a digit in it, so that "a Nokia phone" is not matched.
            rf"\b{_DEVICE_MAKER}(?:[ \t][A-Z][a-z]+)?[ \t](?=[A-Za-z+-]{{0,4}}\d)"
            r"[A-Za-z0-9+-]{1,8}(?:[ \t](?:Pro|Max|Plus|Ultra|Mini|Lite|Carbon))?(?![\w-])",
            0.6,
        ),
        line_pattern(
            "quoted_chat_name_after_chat_word",
            rf"(?<=\b{_CHAT_WORD}{_GAP}[:,]?{_GAP})[\"\u201c][^\"\u201d\n]{{2,40}}[\"\u201d]",
            0.6,
        ),
        line_pattern(
            "social_media_handle",
            r"(?<![\w.@+-])@(?=[A-Za-z0-9_]{0,29}[A-Za-z])[A-Za-z0-9_]{2,30}"
            r"(?:\.[A-Za-z0-9_]{1,30})*(?![\w@]|\.\w)",
            0.6,
        ),
        line_pattern(
            "messenger_link",
            r"\b(?i:t\.me|wa\.me|signal\.me|telegram\.me)/[A-Za-z0-9_+#/-]{3,64}",
            0.7,
        ),
        line_pattern(
            "account_name_after_account_word",
            # A token that looks made-up (a letter and a digit or underscore), so that
            # "the account was" or "device owner" are not matched.
            rf"{_AFTER_ACCOUNT_WORD}(?=[\w.-]*[A-Za-z])(?=[\w.-]*[0-9_])"
            r"[A-Za-z0-9_](?:[A-Za-z0-9_]|[.-](?=[A-Za-z0-9_])){2,63}(?![\w@])",
            0.6,
        ),
        line_pattern(
            "quoted_account_name_after_account_word",
            rf"{_AFTER_ACCOUNT_WORD}[\"'\u201c\u2018][^\"'\u201d\u2019\s]{{2,64}}"
            r"[\"'\u201d\u2019]",
            0.6,
        ),
        line_pattern(
            "numeric_account_id_after_messenger",
            r"(?=\d)(?<=\b(?i:telegram|signal|whatsapp|threema|discord|skype|facebook|instagram)"
            rf"{_SPACE}(?i:id|user[ \t]?id|account[ \t]id){_GAP}[:#=]?{_GAP})\d{{5,15}}(?!\d)",
            0.7,
        ),
        line_pattern(
            "bank_account_iban",
            # VY62 0040 0000 1234 5678 90: a country code, two check digits, then groups of
            # four, written grouped or run together; an account under coverage.
            r"(?<![\w-])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![\w-])",
            0.7,
        ),
        line_pattern(
            "radio_frequency",
            # 148.250 MHz: a tuned channel, given to the kilohertz, is a covered net; a band
            # such as "2.4 GHz" is not; "on" before it goes too ("a net on 148.250 MHz")
            r"(?:\b(?i:on)[ \t]{1,3})?(?<![\w.])\d{1,5}\.\d{2,4}[ \t]?(?:MHz|kHz|GHz|mhz|khz)"
            r"(?![\w])",
            0.7,
        ),
        line_pattern(
            # "rota_v3.xlsx", "IMG_2041.jpg": a file by its name, quoted or not, shows which
            # device, drive or account was read; its quotes go with it
            "file_name",
            r"(?<![\w.@/-])(?:[\"\u201c](?=[^\"\u201d\s]{3,80}[\"\u201d]))?"
            r"[A-Za-z0-9_-][\w-]*(?:\.[\w-]+)*\.(?i:xlsx?|docx?|pdf|txt|csv|od[ts]|pptx?"
            r"|jpe?g|png|heic|gif|mp4|mov|avi|m4a|wav|mp3|zip|rar|7z|kml|kmz|gpx|db|sqlite)"
            r"(?![\w@-]|\.\w)(?:[\"\u201d](?<=[\"\u201c][^\"\u201d\s]{3,80}[\"\u201d]))?",
            0.6,
        ),
        line_pattern(
            # 'a member posting as "ostrich_lamp"', 'the administrator, "cobalt.vane",': a
            # user name in quotes, lower case with an underscore or a dot inside, as no
            # nickname is written; its quotes go with it
            "quoted_handle",
            r"[\"\u201c](?=[a-z0-9._]*[a-z])[a-z0-9]{2,30}(?:[._][a-z0-9]{2,30}){1,3}[\"\u201d]",
            0.6,
        ),
        line_pattern(
            "email_address",
            r"(?<![\w.%+-])[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
            r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w@-])",
            0.5,
        ),
    ]

    #: Digits a phone number of each form may have: E.164 allows 8-15 with the country code;
    #: a national number with a leading 0 has 10-11.
    PHONE_DIGITS: ClassVar[dict[str, tuple[int, int]]] = {
        "phone_international_format": (8, 15),
        "phone_national_format_with_trunk_zero": (10, 11),
        "phone_national_format_with_parenthesized_trunk": (10, 11),
    }

    #: Every selector is an identifier: its other mentions reveal the same coverage.
    IDENTIFIER_RULES: ClassVar[frozenset[str]] = frozenset(p.name for p in PATTERNS)

    CONTEXT: ClassVar[list[str]] = [
        "phone",
        "mobile",
        "number",
        "imsi",
        "imei",
        "account",
        "handle",
        "username",
        "telegram",
        "signal",
        "whatsapp",
        "email",
        "address",
        "device",
    ]

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(patterns, context, supported_entity, name)
        # (rule name shown to reviewers, reused Presidio recognizer)
        self._reused: tuple[tuple[str, PatternRecognizer], ...] = (
            ("ip_address", IpRecognizer(supported_entity=self.supported_entities[0])),
            ("mac_address", MacAddressRecognizer(supported_entity=self.supported_entities[0])),
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Run our patterns and the reused Presidio recognizers, reporting all as ours."""
        results: list[RecognizerResult] = [
            result
            for result in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if self._has_possible_length(text, result)
        ]
        results.extend(self._labels_in_brackets(text, results))
        for rule_name, reused in self._reused:
            for result in reused.analyze(text, entities, nlp_artifacts):
                if not self._is_part_of_longer_number(text, result):
                    results.append(self._as_own(result, rule_name, type(reused).__name__))
        return EntityRecognizer.remove_duplicates(results)

    def _labels_in_brackets(
        self, text: str, results: list[RecognizerResult]
    ) -> list[RecognizerResult]:
        """ "Pell (mobile +49 151 23456789) will drive", "the device, serial number R58M12,",
        "posting as 'frostwyrm88'": the label goes with the selector, rather than reading
        "(mobile)" or "posting as" with nothing after it."""
        labels = []
        for found in results:
            before = _LABEL_BEFORE.search(text, max(0, found.start - 40), found.start)
            if before is None:
                continue
            group = 1 if before.group(1) is not None else 2
            if group == 1 and not text.startswith((")", ","), found.end):
                continue  # only a label in brackets or between commas goes with it
            start = before.start(group)
            if text[before.start()] == ",":
                # ", serial number X," is an aside: both its commas go with it
                start = before.start()
                if text.startswith(",", found.end):
                    comma = result_like(
                        found, self.ENTITY, found.end, found.end + 1, "selector_label"
                    )
                    labels.append(self.tag(comma, identifier=False))
            label = result_like(found, self.ENTITY, start, before.end(group), "selector_label")
            labels.append(self.tag(label, identifier=False))
        return labels

    def _has_possible_length(self, text: str, result: RecognizerResult) -> bool:
        """Tell whether a phone number has as many digits as its form allows."""
        explanation = result.analysis_explanation
        bounds = self.PHONE_DIGITS.get(explanation.pattern_name if explanation else "")
        if bounds is None:
            return True
        digits = sum(ch.isdigit() for ch in text[result.start : result.end])
        return bounds[0] <= digits <= bounds[1]

    def _as_own(
        self, result: RecognizerResult, rule_name: str, reused_name: str
    ) -> RecognizerResult:
        """Re-label a reused recognizer's result so explanations name this recognizer."""
        explanation = result.analysis_explanation
        if explanation is not None:
            explanation.recognizer = self.name
            explanation.pattern_name = (
                f"{rule_name} (Presidio {reused_name}: {explanation.pattern_name})"
            )
        result.recognition_metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return self.tag(result, identifier=True)

    @staticmethod
    def _is_part_of_longer_number(text: str, result: RecognizerResult) -> bool:
        """Tell section numbers such as 1.2.3.4.5 and words such as "add::" from addresses."""
        found = text[result.start : result.end]
        before = text[max(result.start - 2, 0) : result.start]
        after = text[result.end : result.end + 2]
        dotted = regex.fullmatch(r"\d\.", before) or regex.match(r"\.\d", after)
        return bool(dotted) or not any(ch.isdigit() for ch in found)
