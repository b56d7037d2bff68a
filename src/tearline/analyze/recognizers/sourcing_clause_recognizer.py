"""Find the clauses and sentences that say how something was learned, over the parse.

This is the rewriting heart of the scrub, and no Presidio recognizer does it: attribution is
a clause, not an entity. For each sentence with a source or method word (see `triggers`):
- a reporting frame ("Intercepted messages ... indicate that X", "the source said X") is cut
  and its content clause X kept;
- a modifier that carries the word (an "According to ..." phrase, a relative clause, an
  apposition, a prepositional phrase) is cut with the commas around it;
- a sentence whose main clause itself is about the source or the collection is dropped whole.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc, Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze import operations
from tearline.analyze import source_motives as motives
from tearline.analyze.codename_usage import written_as_surname
from tearline.analyze.employers import employer_names, mention_cuts
from tearline.analyze.entities import entity_type, sentence_entities
from tearline.analyze.following import FOLLOWING_VERBS, followed_movement
from tearline.analyze.frames import (
    after_item_marks,
    content_clauses,
    core_and_frame,
    end_before_stop,
    finite,
    lexical_frame,
    lexical_tail_frame,
    topic_frame,
)
from tearline.analyze.group_names import carried_names, full_name_offers
from tearline.analyze.named_roles import leader_statements
from tearline.analyze.planned_conjunct import collected_then_planned
from tearline.analyze.recognizers.background_sentence_recognizer import (
    actionable,
    actionable_word,
)
from tearline.analyze.recognizers.codename_recognizer import CodenameRecognizer
from tearline.analyze.scenes import scene_opening
from tearline.analyze.segmentation import entry_date_line, runs_on_from, speaker_label_mark
from tearline.analyze.services import service_acronyms
from tearline.analyze.shared_quarters import quarters_codes
from tearline.analyze.small_clause import (
    PERCEIVING,
    opening_watch,
    opening_watched_act,
    passive_perceived,
    past_tense,
    perceived_act,
    shown_thing,
)
from tearline.analyze.source_access import access_label, access_question, plan_after
from tearline.analyze.source_clauses import source_clauses
from tearline.analyze.source_roles import (
    about_the_source,
    described_as,
    learn_source,
    plotter,
    refers_to_source,
    reporter,
    shares_life,
    source_pronouns,
    subject_of,
    threat_in,
    threat_to_others,
    tie,
)
from tearline.analyze.source_roles import (
    learns as roles_learns,
)
from tearline.analyze.spans import (
    doc_text,
    result,
    sentence_extent,
    subtree_span,
    with_adjacent_comma,
)
from tearline.analyze.technical import (
    deleted_material,
    device_compromise,
    found_in_search,
    travelled_as,
)
from tearline.analyze.triggers import logged_exchange, teller_words, trigger, unaware
from tearline.categories import Category, identifier_entity, parse_entity

FOLLOW_UP = "follow-up-sentence"
#: A full name offered to its kept short mention; the decide stage (`decide.carry_forward`)
#: takes it up only where the full name went with a removal.
NAME_OFFER = "name-offer"
#: A statement of who leads the plotters, offered for a sentence that named him; the decide
#: stage puts it in only where the whole sentence went.
LEADER_OFFER = "leader-offer"
#: The subject form of a pronoun that a cut frame had as its object.
_NOMINATIVE: dict[str, str] = {"him": "he", "her": "she", "them": "they"}
#: The score of a frame whose reporter no word names a source ("The guard said that ..."):
#: cut, but its reporter is not learned as the source's name.
UNNAMED_FRAME_SCORE = 0.8
#: Rules after which the sentence's reporting subject names the source for the rest.
LEARNING_RULES: frozenset[str] = frozenset(
    {"sourcing-sentence", FOLLOW_UP, "reporting-frame", "sourcing-prep", "sourcing-relcl"}
)
#: Heads of phrases that only attribute: the whole phrase goes when a source is inside it.
ATTRIBUTION_HEADS: frozenset[str] = frozenset({"accord", "per", "via", "cite", "base", "quote"})
#: Verbs that report by describing: "describes the cell as", "identified the driver as".
#: Verbs of telling, writing and sending: when a plotter did them is when we heard or read.
COMMUNICATING: frozenset[str] = (
    lx.SPEECH_VERBS
    | lx.MESSAGING_VERBS
    | {
        "send",
        "share",
        "upload",
        "forward",
    }
) - {"add", "type"}
#: A follow-up sentence this long or longer is more than an aside about the source.
MAX_FOLLOW_UP_TOKENS = 25

#: Prepositions of place: a name after them is where someone is, not a group's name.
_PLACE_PREPS: frozenset[str] = frozenset({"at", "in", "on", "near", "inside", "aboard"})

#: Dependency labels of modifiers that can go without breaking the sentence around them.
CUTTABLE: frozenset[str] = frozenset(
    {"prep", "agent", "relcl", "acl", "appos", "advcl", "npadvmod", "parataxis", "advmod"}
)


#: Prepositions that date an act: "on 3 November", "at 02:10 on 3 May".
_DATING_PREPOSITIONS: frozenset[str] = frozenset({"on"})


#: Who or what watches: a frame with one of them reports what was seen, not what was told.
_WATCHERS: frozenset[str] = frozenset(
    {"surveillance", "camera", "cctv", "observation", "observer", "watcher", "imagery", "drone"}
)


def _watching(core: Token, found: list[tuple[Token, Category]]) -> bool:
    """The cut frame reports what was watched: a watcher among its triggers, or a verb of
    seeing ("saw that"). "Partner reporting says Halas met a dealer on 30 September" tells
    of the plotter's meeting, whose date is the plot's."""
    verb = core.head if core.dep_ == "ccomp" else None
    return any(lx.lemma(t) in _WATCHERS for t, _ in found) or (
        verb is not None and lx.lemma(verb) in PERCEIVING
    )


def _done_on(core: Token) -> list[tuple[int, int]]:
    """The date of a past act that a cut collection frame reported ("... confirmed Vance
    walked the car park roof on 3 November"): with the frame gone, it dates our watching,
    not the plot. An act still to come ("will walk", "would launch") keeps its date."""
    if core.tag_ != "VBD" or any(c.dep_ == "aux" for c in core.children):
        return []
    cuts = []
    for prep in core.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DATING_PREPOSITIONS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or entity_type(objects[0]) != "DATE":
            continue
        last = prep.right_edge
        before = core.doc[prep.i - 1]
        start = before.idx + len(before.text) if prep.i > 0 else prep.idx
        cuts.append((start, last.idx + len(last.text)))
    return cuts


class SourcingClauseRecognizer(EntityRecognizer):
    """Attribution frames, sourcing modifiers and sourcing-only sentences (SOURCE, METHOD)."""

    NAME = "SourcingClauseRecognizer"
    WHY_FRAME = "attributes the warning to a source or a collection method"
    WHY_MODIFIER = "a phrase that describes a source or how the information was collected"
    WHY_SENTENCE = "a sentence only about a source or the collection, not the threat"
    WHY_NAMED = "names the group that the cut attribution named, so the warning keeps who"
    WHY_NAMED_PERSON = "gives the full name that went with a removal to a kept mention of it"
    WHY_LEADER = "says who leads the plotters, which the removed sentence was the only one to say"
    WHY_ACT = "the act that the cut frame showed, told as a sentence of its own"
    WHY_FOLLOW_UP = "continues a dropped sourcing sentence and says nothing of the threat"
    WHY_DESCRIBED = "the description a cut report gave stays, as a plain statement"
    WHY_SHOWN = "what the cut frame showed stays, as a plain statement"
    WHY_FOLLOWED = "where the one we followed went stays, as a plain statement"
    WHY_SAID_WHEN = "when a plotter said or wrote it: the date it was heard or read"
    WHY_RECORDED_WHEN = "when the camera or sensor caught the act: the date of the collection"
    WHY_FIRM = "names the firm whoever reported works for, which points at the source"
    WHY_QUARTERS = "the cell or flat a cellmate or flatmate who reported shares points at them"

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[
                Category.SOURCE.value,
                Category.METHOD.value,
                Category.COLLECTION.value,
                Category.PERPETRATOR.value,
                Category.THREAT.value,
                identifier_entity(Category.SOURCE),
            ],
            name=self.NAME,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load: the lexicon is static and the parse comes with the artifacts."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Results over every sentence of the parsed document."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        results: list[RecognizerResult] = []
        doc = nlp_artifacts.tokens
        codenames = {
            word
            for _, category, (start, end) in CodenameRecognizer.codenames(text)
            if category is Category.SOURCE
            # in capitals, as a title-case mention may be the one found ("Lantern's account")
            for word in text[start:end].upper().split()
        }
        pronouns = source_pronouns(doc, also=motives.driven_or_rewarded)
        dropped_before = False
        asked_access = False
        previous: Span | None = None
        for sentence in doc.sents:
            if asked_access and not plan_after(sentence):
                # "Q: How do you know this? A: My cousin drives for Pell's uncle ...": the
                # answer is the access, whatever words it uses
                found = [self._drop(sentence, Category.SOURCE, [sentence.start_char])]
            else:
                found = self._sentence(sentence, codenames, pronouns)
                if _dropped_whole(found, Category.SOURCE):
                    # "The source lodges with Basil Crae, who will shoot the judge ...": the
                    # plotter and his act stand on their own once the source's half goes
                    found = self._threat_in_relative(sentence, codenames, pronouns) or found
            if previous is not None and runs_on_from(previous, sentence):
                # '... on the group "Quiet Harvest"' | ', the group chat we monitor,
                # indicates that': a frame from the comma, with the content after it, starts
                # where the sentence does; a half that goes whole (', our driver told us')
                # is a tail, and the half before it the content
                opening = after_item_marks(sentence)
                content_end = end_before_stop(sentence)
                for r in found:
                    if r.start <= opening and r.end < content_end:
                        r.start = after_item_marks(previous)
            if previous is not None and entry_date_line(previous):
                # "Day 41 (12 APR)" over "Sat with my liaison contact in the brigade G2 ...":
                # the entry's date is the day of the meeting its first sentence tells
                found.extend(
                    self._drop(previous, parse_entity(r.entity_type)[0], [previous.start_char])
                    for r in found[:1]
                    if r.analysis_explanation.pattern_name == "sourcing-sentence"
                    and r.start <= after_item_marks(sentence)
                )
            previous = sentence
            asked_access = access_question(sentence)
            if not found and dropped_before and _follows_up(sentence):
                found = [self._drop(sentence, Category.SOURCE, [sentence.start_char], FOLLOW_UP)]
            dropped_before = bool(found) and found[-1].analysis_explanation.pattern_name in (
                "sourcing-sentence",
                "follow-up-sentence",
            )
            if any(
                r.entity_type == Category.SOURCE.value
                and r.analysis_explanation.pattern_name in LEARNING_RULES
                and r.score > UNNAMED_FRAME_SCORE
                for r in found
            ) or _questioned_frame(sentence, found):
                # "A collaborator of this Unit has communicated that ...": "the collaborator"
                # is the source in the rest of the report, as "he" may be
                pronouns = learn_source(sentence, pronouns)
                # "...; the courier has been cooperative since his arrest": more of the source
                found.extend(
                    result(
                        self.NAME,
                        Category.SOURCE.value,
                        s,
                        e,
                        0.85,
                        "source-clause",
                        self.WHY_SENTENCE,
                    )
                    for s, e in source_clauses(sentence, pronouns)
                )
            results.extend(found)
            results.extend(self._said_when(sentence))
        results.extend(self._carried_names(doc, results))
        results.extend(self._employers(doc, results))
        results.extend(self._quarters(doc, results))
        return [r for r in results if r.entity_type in entities]

    def _quarters(self, doc: Doc, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """The numbered cell or flat a removed cellmate or flatmate shares, in every mention."""
        sourcing = [(r.start, r.end) for r in results if r.entity_type == Category.SOURCE.value]
        return [
            result(
                self.NAME,
                identifier_entity(Category.SOURCE),
                start,
                end,
                0.85,
                "shared-quarters",
                self.WHY_QUARTERS,
            )
            for start, end in quarters_codes(doc, sourcing)
        ]

    def _employers(self, doc: Doc, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Every kept mention of the firm a removed source phrase says whoever reported works
        for ("A Dellmore employee ... says": "Do not alert Dellmore")."""
        sourcing = [(r.start, r.end) for r in results if r.entity_type == Category.SOURCE.value]
        # a mention in any sentence that goes ("Dellmore's compliance officer filed a STOR")
        # goes with it, and is no kept mention
        removed = [
            (r.start, r.end)
            for r in results
            if r.entity_type in (Category.SOURCE.value, Category.METHOD.value)
        ]
        return [
            result(self.NAME, Category.SOURCE.value, s, e, 0.85, "source-employer", self.WHY_FIRM)
            for name in employer_names(doc, sourcing)
            if name.split()[-1].lower() not in lx.GROUP_NOUNS
            for s, e in mention_cuts(doc, name, removed)
        ]

    def _carried_names(self, doc: Doc, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """What dropped text took of the plot, offered back: a group's name on its next kept
        mention, a person's full name on his first kept short one, a leader as a statement."""
        dropped = [
            (r.start, r.end)
            for r in results
            if r.analysis_explanation.pattern_name in ("sourcing-sentence", FOLLOW_UP)
        ]
        offers = (
            ("named-perpetrator", self.WHY_NAMED, carried_names(doc, dropped)),
            (NAME_OFFER, self.WHY_NAMED_PERSON, full_name_offers(doc)),
            (LEADER_OFFER, self.WHY_LEADER, leader_statements(doc)),
        )
        return [
            result(
                self.NAME,
                Category.PERPETRATOR.value,
                start,
                end,
                0.85,
                rule,
                why,
                replacement=wording,
            )
            for rule, why, offered in offers
            for start, end, wording in offered
        ]

    def _sentence(
        self, sentence: Span, codenames: set[str], pronouns: frozenset[str] = frozenset()
    ) -> list[RecognizerResult]:
        label = access_label(sentence)
        if _how_it_was_learned(sentence):
            # "The treasurer is paying for the bookings, which is how LANTERN came to hear of
            # them": what comes before the aside is how whoever reported knows
            return [self._drop(sentence, Category.SOURCE, [sentence.start_char])]
        if _states_origin(sentence.root) or (label is not None and not plan_after(sentence, label)):
            # "This comes from one of our people, a foreman who ...": where the report is from;
            # "How she knows: he works on her team": how whoever reported knows
            return [self._drop(sentence, Category.SOURCE, [sentence.start_char])]
        if label is not None:
            # "How she knows: Pollitt will bring the device": the label goes, the plan stays
            end = label.idx + len(label.text_with_ws)
            return [
                result(
                    self.NAME,
                    Category.SOURCE.value,
                    sentence.start_char,
                    end,
                    0.85,
                    "sourcing-label",
                    self.WHY_FRAME,
                )
            ]
        if _forwards_what_was_passed(sentence):
            # "Forwarding below what our Veldarian colleagues passed.": how the report
            # travelled, and from whom
            return [self._drop(sentence, Category.METHOD, [sentence.start_char])]
        found = [
            (t, c)
            for t in sentence
            if (
                c := Category.SOURCE
                if _codename(t, codenames) or reporter(t) or refers_to_source(t, pronouns)
                else trigger(t)
            )
            is not None
        ]
        credit = _capitals_credit(sentence, {t.i for t, _ in found})
        if credit is not None:
            # "... APPROX 17:45, PER TELEGRAM CHAT COLLECTED 27 JUN VIA CASCADE ACCESS.": the
            # credit at the end goes, read from the words where capitals defeat the parser
            return [
                result(
                    self.NAME,
                    Category.METHOD.value,
                    *credit,
                    0.85,
                    "sourcing-tail",
                    self.WHY_FRAME,
                )
            ]
        if not found and _relays_information(sentence.root):
            # "Piet passed this on from Brask last night.": how the report travelled
            return [self._drop(sentence, Category.SOURCE, [sentence.start_char])]
        if not found:
            # "X reported that Y" in a report attributes Y to whoever X is: keep Y alone
            core, frame = core_and_frame(sentence, [])
            topic = None if frame else topic_frame(sentence)
            if topic is not None:
                # "Col. Mavros briefed on a plot to sink the ferry.": the plot stays
                return self._unnamed_frames([topic])
            if not frame or (
                not _reported_by(core, sentence.root)
                and not _frame_verb_misread(core.head, sentence)
            ):
                return []
            if _overheard_speech(core):
                # "The nephew heard Vasko give the order over a meal on 28 March"
                return [self._drop(sentence, Category.SOURCE, [sentence.start_char])]
            if _plotters_telling(core):
                # "The cell will inform the press that it bombed the depot": their claim is
                # part of the plot, not the frame by which we learned it
                return []
            if _likelihood_frame(sentence, frame[0]):
                # "We judge it unlikely that the group has ...": the likelihood is the content,
                # and no one who reported is named; cutting "We judge" leaves "It unlikely"
                return []
            own = _speakers_conjunct(core)
            if own is not None:
                frame = [*frame, own]  # "..., and agreed to testify": the speaker's own act
            return [
                *self._unnamed_frames(frame),
                # "The porter heard the men leave the flat": "The men left the flat"
                *self._tensed(core),
                # "Ilir Dosti said that he will shoot ...": "he" keeps the name the frame gave
                *self._named_speaker(frame, core),
                # "Mira Oduya of the Lantern cell told her brother that the cell will ...":
                # "the cell" keeps the name and the group the frame gave
                *self._named_subject(sentence, frame, core),
            ]
        category = _dominant(found)
        if category is Category.SOURCE and _meeting_with(sentence, {t.i for t, _ in found}):
            # "Meet with CHIS at the superstore car park, in the back of the handler's car":
            # when and where we met whoever reported, with nothing of the plan
            return [self._drop(sentence, category, [t.idx for t, _ in found])]
        scene = scene_opening(sentence, {t.i for t, _ in found})
        if scene is not None:
            # "ELK sat in on planning talk at the farm, where Rune set out the plan to burn
            # the shelter": how the source was there goes, what was planned there stays
            return [
                result(self.NAME, category.value, *scene, 0.85, "scene-opening", self.WHY_FRAME)
            ]
        known = (
            self._known_as(found, category)
            or self._seen_described(sentence, found, category)
            or self._followed_to(sentence, found, category)
            or self._placed_at(sentence, found, category)
            or self._driven_to(sentence, found, category)
        )
        if known:
            return known
        raised = self._reported_to_have(sentence, found, category)
        if raised:
            return raised
        product = (
            _method_label(sentence, {t.i for t, _ in found})
            if category is Category.METHOD
            else None
        )
        if product is not None:
            # "Feed hits 28/09-01/10: Mace's red Vauxhall Astra WM19 KTX on Kiln St": the
            # collection's label goes, what it found stays as a plain note
            return [
                result(self.NAME, category.value, *product, 0.85, "sourcing-label", self.WHY_FRAME)
            ]
        part = _semicolon_part(sentence, {t.i for t, _ in found}, category)
        if part is not None and any(
            described_as(t) for t in sentence if part[0] <= t.idx < part[1]
        ):
            # "The subject named Dario Feld as the driver; Feld will ...": what was named
            # stays as a plain statement, not with the half that named it
            described = self._described_as(sentence, found, category)
            if described:
                return described
        if part is not None:
            # "The call was recorded at the post on 2 March; the group will strike on 5 March":
            # the collection has a clause of its own, and the threat stands in the other
            return [
                result(self.NAME, category.value, *part, 0.85, "sourcing-clause", self.WHY_SENTENCE)
            ]
        aside = _bracketed_part(sentence, {t.i for t, _ in found})
        if aside is not None:
            # "Sorcha Lyle rehearsed the route on 16 December (surveillance team Delta
            # photographed her on the stairwell)": the brackets hold all of the collection
            return [
                result(self.NAME, category.value, *aside, 0.85, "sourcing-aside", self.WHY_MODIFIER)
            ]
        if any(
            t.lemma_.lower() in lx.SOURCE_STATE
            or unaware(t)
            or motives.track_record(t)
            or logged_exchange(t)
            for t, _ in found
        ) and not any(t.lemma_.lower() in lx.THREAT_WORDS for t in sentence):
            # "He remains in custody", "DRIVER NOT AWARE.", "4 previous reports, all
            # correct", "Calls to a rental shop, 15 June": the state or the record of whoever
            # reported or of our collection, nothing of the threat
            return [self._drop(sentence, category, [t.idx for t, _ in found])]
        half = _collection_half(sentence, {t.i for t, _ in found}) or _coordinate_half(
            sentence, {t.i for t, _ in found}
        )
        if half is not None:
            start, end = half
            return [
                result(
                    self.NAME, category.value, start, end, 0.85, "sourcing-half", self.WHY_MODIFIER
                )
            ]
        described = self._described_as(sentence, found, category)
        if described:
            return described
        if not any(c.islower() for c in sentence.text) and not _capitals_threat(sentence):
            # an all-capitals heading ("CYBER OPERATIONS DIVISION - THREAT REPORTING"); an
            # all-capitals report's sentence with a weapon in it is read as any other
            return [self._drop(sentence, category, [t.idx for t, _ in found])]
        watched = self._watched(sentence, {t.i for t, _ in found}, category) or self._followed(
            sentence, {t.i for t, _ in found}, category
        )
        if watched:
            return watched
        core, frame = core_and_frame(sentence, found, _modifier_cut)
        if not frame:
            frame = _frame_before_that(sentence, {t.i for t, _ in found})
        if not frame:
            frame = _information_from_source(sentence, {t.i for t, _ in found})
        if frame and _our_judgement(sentence, frame[0], found):
            # "We judge it unlikely that the group has ...": our own judgement of likelihood,
            # whose cut would leave "It unlikely that ..."; a reporting tail still goes
            if len(frame) == 1:
                return []
            frame = frame[1:]
        if frame and category is Category.SOURCE and _threat_to_reporter(sentence, core):
            # "He says the Movement would burn his boat if it came out": his fear, no warning
            return [self._drop(sentence, category, [t.idx for t, _ in found])]
        trailing = None if frame else _trailing_attribution(sentence, found)
        if trailing is not None:
            # "On foot along the dry riverbed, according to signals intercepted by our
            # detachment": a verbless line whose attribution the parser made its root
            return [
                result(self.NAME, category.value, *trailing, 0.85, "sourcing-prep", self.WHY_FRAME)
            ]
        if not frame:
            perceived = self._perceived(sentence, {t.i for t, _ in found}, category)
            if perceived:
                return perceived
            shown = self._shown(sentence, {t.i for t, _ in found}, category)
            if shown:
                return shown
            if opening_watch(sentence, {t.i for t, _ in found}) is not None:
                # "CCTV at the garage filmed Kyle Marsh on the forecourt": a watcher of ours
                # and its recording open the sentence, and no act of the doer's can be kept
                # as a clause; cutting a piece of a misread parse would leave a fragment
                return [self._drop(sentence, category, [t.idx for t, _ in found])]
            lexical = lexical_frame(
                sentence,
                {t.i for t, _ in found},
                lambda t: _method_modifier_cut(t, sentence.root),
            )
            if lexical is None:
                tail = lexical_tail_frame(sentence, {t.i for t, _ in found})
                if tail is not None:
                    return [
                        result(
                            self.NAME,
                            category.value,
                            *tail,
                            0.85,
                            "reporting-frame",
                            self.WHY_FRAME,
                        )
                    ]
            if lexical is not None and _our_judgement(sentence, lexical, found):
                return []  # "We assess it likely that ...", read from the words alone
            if lexical is not None:
                start, end = lexical
                return [
                    result(
                        self.NAME,
                        category.value,
                        start,
                        end,
                        0.85,
                        "reporting-frame",
                        self.WHY_FRAME,
                    ),
                    *self._modifiers_after(sentence, found, end, category),
                ]
        if not frame and category is Category.SOURCE and about_the_source(sentence, pronouns):
            # "She writes for a weekly and has interviewed members, which gives her good
            # access": the whole sentence portrays whoever reported, not only the phrase
            return [self._drop(sentence, category, [t.idx for t, _ in found])]
        topic = None if frame else topic_frame(sentence)
        if topic is not None and all(topic[0] <= t.idx < topic[1] for t, _ in found):
            # "The source reported on a plot to sink the ferry.": the plot stays
            return [
                result(self.NAME, category.value, *topic, 0.85, "reporting-frame", self.WHY_FRAME)
            ]
        if (
            not frame
            and core.lemma_.lower() in lx.REPORTING_VERBS
            and not _object_modifier_holds(core, found)
        ):
            # "MOSSBANK reported the following.": reporting with no content clause to keep
            return [self._drop(sentence, category, [t.idx for t, _ in found])]
        if frame and _overheard_speech(core):
            # "The nephew heard Vasko give the order over a meal on 28 March": what was
            # overheard is the speaking itself, its where and when ours, and nothing it said
            return [self._drop(sentence, category, [t.idx for t, _ in found])]
        cuts: list[tuple[int, int, str, str]] = []
        named: list[RecognizerResult] = []
        heard = _heard_telling(core) if frame else None
        if heard is not None:
            # "The source heard Gavin Rook say that he will bomb ...": his saying goes with the
            # hearing, what he said stays, and "he" takes the name the saying gave
            told, pronoun = heard
            frame = [*frame, (told.left_edge.idx, pronoun.idx)]
            core = pronoun.head
        if frame:
            cuts.extend((s, e, "reporting-frame", self.WHY_FRAME) for s, e in frame)
            if category is Category.METHOD and _watching(core, found):
                # "Our surveillance officers confirmed Vance walked the roof on 3 November":
                # the day a watched act was done is the day we watched it
                cuts.extend((s, e, "watched-date", self.WHY_MODIFIER) for s, e in _done_on(core))
            own = _speakers_conjunct(core)
            if own is not None:
                # "He volunteered that X, and agreed to keep cooperating ...": what the
                # speaker did goes with his frame
                cuts.append((*own, "reporting-frame", self.WHY_FRAME))
            named = self._named_subject(sentence, frame, core) + self._named_speaker(frame, core)
            if _bare_participle(core):
                named.extend(self._tensed(core))
        core_tokens = {t.i for t in core.subtree}
        for token, _ in found:
            if token.i not in core_tokens or any(s <= token.idx < e for s, e in frame):
                continue  # outside the kept clause, or inside a frame that goes anyway
            named_tie = _tie_before_name(token)
            if named_tie is not None:
                # "his cousin Farid Meziane has been building a vest": the plotter stays by
                # name, his tie to whoever reported goes
                cuts.extend((s, e, "sourcing-tie", self.WHY_MODIFIER) for s, e in named_tie)
                continue
            shared = _life_shared_with(token, core)
            if shared is not None:
                # the relative clause alone, not the name it hangs on
                start, end = with_adjacent_comma(sentence.doc, *subtree_span(shared), sentence)
                cuts.append((start, end, "sourcing-relcl", self.WHY_MODIFIER))
                continue
            seen = self._seen_in_conjunct(token, category)
            if seen:
                # "..., and the porter saw a long black case being carried in": the seeing
                # goes, what was seen stays ("and a long black case was carried in")
                named.extend(seen)
                continue
            cut = _cuttable_ancestor(token, core)
            if cut is None or (
                cut.pos_ == "VERB" and cut.left_edge.i == cut.right_edge.i and cut.dep_ != "amod"
            ):
                # no modifier to cut, or a lone verb the parser misread as one
                return [self._drop(sentence, category, [t.idx for t, _ in found])]
            if _paid_or_counted(cut) and not any(lx.lemma(t) in lx.THREAT_WORDS for t in sentence):
                # "Total payments to the source now stand at USD 9,500", "Just three members,
                # including the source, attended": without him the sum is still his, and the
                # count still narrows who could have told
                return [self._drop(sentence, category, [t.idx for t, _ in found])]
            if _put_under_collection(cut, sentence):
                # "His account was opened to collection on 2 November": the sentence's own
                # predicate is our collection, and its date the day it began
                return [self._drop(sentence, category, [t.idx for t, _ in found])]
            if _leave_for_collection(cut, sentence):
                # "Authority for the intrusive deployment was signed on 1 May": the leave
                # exists only for our collection, and without it nothing is left to tell
                return [self._drop(sentence, category, [t.idx for t, _ in found])]
            if _only_our_access(cut, sentence):
                # "Forum server: a VPS at ..., admin account compromised via ...": a line
                # whose thing is only there because we broke into it
                return [self._drop(sentence, category, [t.idx for t, _ in found])]
            if _describes_the_subject(cut, sentence):
                # "The skipper, who has given us sound information before, called the duty
                # officer": the one the clause describes is the source, and so the sentence
                return [self._drop(sentence, category, [t.idx for t, _ in found])]
            start, end = subtree_span(cut)
            misread = _person_set_off(cut)
            if misread is not None:
                # "by knowledge of our Agency, the brothers Arben Dren and Luan Dren, are
                # preparing": the parse hangs the plotters on the Agency; the phrase ends at
                # its comma
                end = misread
            teller = teller_words(cut)
            if teller and end <= teller[0].idx:
                # "According to the cousin, militia\ncommander X ...": the parser joined the
                # teller to the subject; the phrase runs to its comma
                end = teller[-1].idx + len(teller[-1].text)
            start, end = with_adjacent_comma(sentence.doc, start, end, sentence)
            cuts.append((start, end, f"sourcing-{cut.dep_}", self.WHY_MODIFIER))
            journey = travelled_as(token)
            if journey is not None:
                # "travelled on 26 November under the name Jonna Pikk": the date of a past
                # journey under a false name is the date of the record that shows it
                named.extend(self._recorded(_time_modifiers(sentence, [journey])))
        if _leaves_a_fragment(sentence, cuts) or (
            cuts and not named and not _actionable_left(sentence, cuts)
        ):
            # "Prepared by the GEOINT cell." would read "Prepared.": nothing a recipient needs
            return [self._drop(sentence, category, [t.idx for t, _ in found])]
        return [
            *named,
            # an act told by a bare infinitive needs a tense once its frame goes, but says
            # nothing more of the plot: it does not save a sentence that would go
            *(self._tensed(core) if frame and _bare_infinitive(core) else []),
            *(
                result(self.NAME, category.value, s, e, 0.85, rule, why)
                for s, e, rule, why in cuts
                if e > s
            ),
        ]

    def _said_when(self, sentence: Span) -> list[RecognizerResult]:
        """ "On 4 June at 22:47 the user posted a floor plan ... and wrote that ...": when a
        plotter said, wrote or sent something is when it was heard or read, so the phrases
        that date the act of telling go. Only those before what was told: the attack's own
        date may be parsed onto the verb of telling when it comes after."""
        verbs = [sentence.root]
        verbs += [c for c in sentence.root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        told = [v for v in verbs if lx.lemma(v) in COMMUNICATING and v.tag_ == "VBD"]
        if not told:
            return []
        content = [c for v in verbs for c in v.children if c.dep_ in ("ccomp", "xcomp")]
        # the parser may miss what was told ("Reast said he and two friends ... will stab
        # marchers ... on Saturday"): a modal or a "that" after the verb opens it anyway
        opens = [
            t.i
            for t in sentence
            if t.i > told[0].i and (t.tag_ == "MD" or (t.lower_ == "that" and t.dep_ == "mark"))
        ]
        limit = min([c.left_edge.i for c in content] + opens, default=sentence.end)
        return [
            result(
                self.NAME,
                Category.COLLECTION.value,
                *with_adjacent_comma(sentence.doc, *subtree_span(modifier), sentence),
                0.85,
                "said-when",
                self.WHY_SAID_WHEN,
            )
            for verb in verbs
            for modifier in verb.children
            if _time_modifier(modifier) and modifier.right_edge.i < limit
        ]

    def _modifiers_after(
        self, sentence: Span, found: list[tuple[Token, Category]], end: int, category: Category
    ) -> list[RecognizerResult]:
        """The method modifiers inside the content a lexical frame keeps."""
        cuts = []
        for token, _ in found:
            cut = _cuttable_ancestor(token, sentence.root) if token.idx >= end else None
            if cut is not None:
                start, stop = with_adjacent_comma(sentence.doc, *subtree_span(cut), sentence)
                cuts.append(
                    result(
                        self.NAME,
                        category.value,
                        start,
                        stop,
                        0.85,
                        f"sourcing-{cut.dep_}",
                        self.WHY_MODIFIER,
                    )
                )
        return cuts

    def _named_speaker(
        self, frame: list[tuple[int, int]], content: Token
    ) -> list[RecognizerResult]:
        """ "a woman whose brother, Ilir Dosti, has been boasting to her that he and a friend
        will shoot ...": the frame goes with the name in it, so "he" takes the name."""
        pronoun = next((c for c in content.children if c.dep_ == "nsubj"), None)
        if pronoun is None or pronoun.lower_ not in ("he", "she", "they"):
            return []
        told = content.head
        if content.dep_ == "acl" and told.dep_ in ("dobj", "dative") and told.i > told.head.i:
            # "Tobias Crane told an associate that he will drive ...", the clause misread as
            # one about the associate
            told = told.head if lx.lemma(told.head) in lx.SPEECH_VERBS else told
        speaker = subject_of(told) if content.dep_ == "ccomp" or told is not content.head else None
        if speaker is None and content.dep_ == "ccomp" and content.head.dep_ == "acl":
            speaker = content.head.head  # "THE DRIVER, MILO STARK, STATED ...", misparsed
        if speaker is None:
            return []
        # in capitals "THE DRIVER" is tagged a proper noun; its article says it is not
        proper = speaker.pos_ == "PROPN" and not any(c.dep_ == "det" for c in speaker.children)
        named = speaker if proper else None
        named = named or next(
            (c for c in speaker.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
        )
        if named is None or not any(s <= named.idx < e for s, e in frame):
            return []
        if any(trigger(t) is Category.SOURCE for t in speaker.subtree):
            return []  # "Ilir Dosti, a trusted contact, reported that he ...": a source's name
        # the name's own words, not an apposition's ("Keir Madden, a supporter of the Ashfall
        # Collective, has said he ...")
        words = [named]
        while (
            words[0].i > named.left_edge.i
            and words[0].nbor(-1).pos_ == "PROPN"
            and words[0].nbor(-1).text[:1].isupper()
        ):
            words.insert(0, words[0].nbor(-1))
        if len(words) < 2 and (named.text.isupper() or entity_type(named) != "PERSON"):
            return []  # "Dosti" alone could be anyone's, and "HAWK" a codename
        name = " ".join(t.text for t in words)
        if pronoun.lower_ == "they":
            # "Curtis Vahl told the group that they would ...": he and those he told; a "they"
            # told to one person, or by no one, is left alone
            listener = next((c for c in told.children if c.dep_ in ("dobj", "dative")), None)
            if listener is None or lx.lemma(listener) not in lx.GROUP_NOUNS:
                return []
            if [c.lower_ for c in listener.children] != ["the"]:
                return []
            name = f"{name} and the {listener.text}"
        return [
            result(
                self.NAME,
                Category.PERPETRATOR.value,
                pronoun.idx,
                pronoun.idx + len(pronoun.text),
                0.85,
                "named-perpetrator",
                self.WHY_NAMED,
                replacement=name,
            )
        ]

    def _seen_in_conjunct(self, perceiver: Token, category: Category) -> list[RecognizerResult]:
        """ "Dosti has been up to the roof, and the porter saw a long black case being carried
        in": the source sees in a clause joined to the threat; the seeing goes and the passive
        act takes a tense ("a long black case was carried in")."""
        verb = perceiver.head
        if perceiver.dep_ != "nsubj" or verb.dep_ != "conj" or not roles_learns(perceiver):
            return []
        act = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if act is None or act.tag_ != "VBN":
            return []
        being = next((c for c in act.children if c.dep_ == "auxpass" and c.lower_ == "being"), None)
        seen = next((c for c in act.children if c.dep_ == "nsubjpass"), None)
        if being is None or seen is None or seen.i < verb.i:
            return []
        copula = "were" if seen.tag_ in ("NNS", "NNPS") else "was"
        return [
            result(
                self.NAME,
                category.value,
                perceiver.left_edge.idx,
                seen.left_edge.idx,
                0.85,
                "reporting-frame",
                self.WHY_FRAME,
            ),
            result(
                self.NAME,
                Category.THREAT.value,
                being.idx,
                being.idx + len(being.text),
                0.85,
                "perceived-act",
                self.WHY_ACT,
                replacement=copula,
            ),
        ]

    def _perceived(
        self, sentence: Span, triggers: set[int], category: Category
    ) -> list[RecognizerResult]:
        """ "Collected imagery shows the group digging pits": the frame goes and the act is
        told in the past tense ("The group dug pits"). A clause inside the act that says how
        a man was picked out ("whom he picked out from a photograph as Anton Velichko") goes
        up to the name."""
        identified = _identifications(sentence, triggers)
        found = perceived_act(
            sentence, {i for i in triggers if not any(s <= i < e for s, e, _ in identified)}
        )
        if found is None:
            return self._opening_act(sentence, triggers, category)
        doer, act = found
        if any(i <= doer.i for _, _, i in identified):
            return []  # the picking out comes before the act: not a clause inside it
        asides = [
            result(self.NAME, category.value, s, e, 0.85, "sourcing-relcl", self.WHY_MODIFIER)
            for s, e in (
                (sentence.doc[start].idx, sentence.doc[end - 1].idx + len(sentence.doc[end - 1]))
                for start, end, _ in identified
            )
        ]
        start = after_item_marks(sentence)
        return [
            result(
                self.NAME,
                category.value,
                start,
                doer.left_edge.idx,
                0.85,
                "reporting-frame",
                self.WHY_FRAME,
            ),
            self._act(act) if act.i != doer.i + 1 else self._told_act(doer, act),
            # "caught two men launching a quadcopter and flying it": both acts take the tense
            *(self._act(c) for c in act.children if c.dep_ == "conj" and c.tag_ == "VBG"),
            *(
                result(self.NAME, category.value, s, e, 0.85, "perceiver-clause", self.WHY_MODIFIER)
                for s, e in _perceiver_clauses(sentence, act)
            ),
            *self._recorded(_recorded_when(sentence, act) if category is Category.METHOD else []),
            *asides,
        ]

    def _opening_act(
        self, sentence: Span, triggers: set[int], category: Category
    ) -> list[RecognizerResult]:
        """ "A camera at the Pellham garage filmed Kyle buying two cans on 8 February", which
        the parser misread ("filmed" an adjective of "Kyle"): read from the words, the watcher
        and its recording go and the act is told in the past tense ("Kyle bought two cans"),
        without the day it was recorded, as when the parse is right."""
        found = opening_watched_act(sentence, triggers)
        if found is None:
            return []
        _, doer, act = found
        if any(i >= doer.i for i in triggers):
            return []  # something of ours in what was recorded: the usual rules decide
        return [
            result(
                self.NAME,
                category.value,
                after_item_marks(sentence),
                doer.idx,
                0.85,
                "reporting-frame",
                self.WHY_FRAME,
            ),
            self._told_act(doer, act),
            *self._recorded(
                _time_modifiers(sentence, [t for t in sentence if t.i >= act.i or t.dep_ == "ROOT"])
                if category is Category.METHOD
                else []
            ),
        ]

    def _watched(
        self, sentence: Span, triggers: set[int], category: Category
    ) -> list[RecognizerResult]:
        """ "Three men were watched from altitude burying a device, then running a wire to
        the pump house": the seeing goes and the acts stay as they were going on ("Three men
        were burying a device, then running a wire to the pump house"), and so do the
        seeing's adverbs before it ("was last seen ... leaving")."""
        found = passive_perceived(sentence, triggers)
        if found is None:
            return []
        seeing, act = found
        # "He was last seen by the team leaving his flat": the adverbs of the seeing go with
        # it, so no "He was last leaving" is left
        start = seeing
        while start.i > 0 and start.nbor(-1).dep_ == "advmod" and start.nbor(-1).head == seeing:
            start = start.nbor(-1)
        return [
            result(
                self.NAME,
                category.value,
                start.idx,
                act.idx,
                0.85,
                "reporting-frame",
                self.WHY_FRAME,
            )
        ]

    def _unnamed_frames(self, frames: list[tuple[int, int]]) -> list[RecognizerResult]:
        """Reporting frames whose reporter no word names a source ("The guard said that
        ..."): cut, with the score that keeps the reporter from being learned as a name."""
        return [
            result(
                self.NAME,
                Category.SOURCE.value,
                start,
                end,
                UNNAMED_FRAME_SCORE,
                "reporting-frame",
                self.WHY_FRAME,
            )
            for start, end in frames
            if end > start
        ]

    def _restated(
        self,
        sentence: Span,
        category: Category,
        frame_end: int,
        act: tuple[int, int],
        rule: str,
        why: str,
        replacement: str,
    ) -> list[RecognizerResult]:
        """A collection sentence told again as the plotters' act: the frame from the
        sentence's start to `frame_end` goes, and the words at `act` read `replacement`
        ("A mobile team followed Hosk to" -> "Hosk went to")."""
        return [
            result(
                self.NAME,
                category.value,
                after_item_marks(sentence),
                frame_end,
                0.85,
                "reporting-frame",
                self.WHY_FRAME,
            ),
            result(
                self.NAME, Category.THREAT.value, *act, 0.85, rule, why, replacement=replacement
            ),
        ]

    def _followed(
        self, sentence: Span, triggers: set[int], category: Category
    ) -> list[RecognizerResult]:
        """ "A mobile team then followed Hosk to Fernhill Close, where he photographed the
        house": the following goes and the movement stays ("Hosk went to Fernhill Close,
        where he photographed the house")."""
        found = followed_movement(sentence, triggers)
        if found is None:
            return []
        quarry, goal = found
        # "tailed him to the depot": "he went to the depot"
        subject = _NOMINATIVE.get(quarry.lower_)
        kept = goal if subject else quarry
        return self._restated(
            sentence,
            category,
            kept.idx,
            (goal.idx, goal.idx + len(goal.text)),
            "followed-movement",
            self.WHY_FOLLOWED,
            f"{subject + ' ' if subject else ''}went {goal.text}",
        )

    def _shown(
        self, sentence: Span, triggers: set[int], category: Category
    ) -> list[RecognizerResult]:
        """ "Imagery from 2 May shows fresh trenches at the quarry": the frame goes and the
        thing stays as a statement ("There are fresh trenches at the quarry")."""
        found = shown_thing(sentence, triggers)
        if found is None:
            return []
        verb, replacement = found
        return [
            *self._restated(
                sentence,
                category,
                verb.idx,
                (verb.idx, verb.idx + len(verb.text)),
                "shown-thing",
                self.WHY_SHOWN,
                replacement,
            ),
            # "The camera recorded two tubes being unloaded ... at 14:20 on 21 April": what
            # a camera caught was going on when it recorded, the hour of the collection
            *self._recorded(_caught_when(sentence, verb) if category is Category.METHOD else []),
        ]

    def _seen_described(
        self, sentence: Span, found: list[tuple[Token, Category]], category: Category
    ) -> list[RecognizerResult]:
        """ "Plumtree, who works two bays away, saw the device on 8 October: a steel box with a
        tilt switch": who saw it and when go, the description stays as a statement ("The
        device is a steel box with a tilt switch")."""
        seen = _seen_thing_described(sentence, {t.i for t, _ in found})
        if seen is None:
            return []
        thing, colon = seen
        # the thing with its "of" phrase; not "himself" of "saw the vest himself", nor where
        last = max(
            [thing.i]
            + [
                c.right_edge.i
                for c in thing.children
                if c.dep_ == "prep" and c.lower_ == "of" and c.right_edge.i < colon.i
            ]
        )
        end = sentence.doc[last].idx + len(sentence.doc[last].text)
        copula = " are" if thing.tag_ in ("NNS", "NNPS") else " is"
        return self._restated(
            sentence,
            category,
            thing.left_edge.idx,
            (end, colon.idx + len(colon.text)),
            "shown-thing",
            self.WHY_SHOWN,
            copula,
        )

    def _followed_to(
        self, sentence: Span, found: list[tuple[Token, Category]], category: Category
    ) -> list[RecognizerResult]:
        """ "Mobile surveillance on 21 November followed Tully to a lock-up on the estate":
        the watching and its date go, where he went stays ("Tully went to a lock-up on the
        estate"); a clause that tells what was seen there goes with it."""
        followed = _followed_somewhere(sentence, {t.i for t, _ in found})
        if followed is None:
            return []
        verb, person, asides = followed
        return [
            *self._restated(
                sentence,
                category,
                verb.idx,
                (verb.idx, person.idx + len(person.text)),
                "perceived-act",
                self.WHY_ACT,
                f"{person.text} went",
            ),
            *(
                result(self.NAME, category.value, s, e, 0.85, "sourcing-relcl", self.WHY_MODIFIER)
                for s, e in asides
            ),
        ]

    def _driven_to(
        self, sentence: Span, found: list[tuple[Token, Category]], category: Category
    ) -> list[RecognizerResult]:
        """ "NIGHTJAR, the driver we placed with the group, drove Meyrick and Ilka Brandt to
        the cutting on 2 November": who drove them goes, where they went stays ("Meyrick and
        Ilka Brandt went to the cutting on 2 November")."""
        driven = _driven_somewhere(sentence, {t.i for t, _ in found})
        if driven is None:
            return []
        verb, people = driven
        return self._restated(
            sentence,
            category,
            verb.idx,
            (verb.idx, people.end_char),
            "perceived-act",
            self.WHY_ACT,
            f"{people.text} went",
        )

    def _placed_at(
        self, sentence: Span, found: list[tuple[Token, Category]], category: Category
    ) -> list[RecognizerResult]:
        """ "SEAWALL, reporting independently, places Tirnov at the petrol station on three
        nights": who places him goes, where he was stays ("Tirnov was at the petrol station
        on three nights")."""
        placed = _placed_somewhere(sentence, {t.i for t, _ in found})
        if placed is None:
            return []
        verb, placed_thing = placed
        thing = placed_thing.text
        plural = placed_thing[-1].tag_ == "NNS" or placed_thing[0].lower_ in ("these", "those")
        return self._restated(
            sentence,
            category,
            verb.idx,
            (verb.idx, placed_thing.end_char),
            "perceived-act",
            self.WHY_ACT,
            f"{thing[:1].upper()}{thing[1:]} {'were' if plural else 'was'}",
        )

    def _known_as(
        self, found: list[tuple[Token, Category]], category: Category
    ) -> list[RecognizerResult]:
        """ "a man the informant knows only as 'Spud'": the one whose name is the by-name
        stays, and only who knows him by it goes ("a man known only as 'Spud'")."""
        naming = _naming_clause(found)
        if naming is None:
            return []
        start, verb = naming
        return [
            result(
                self.NAME,
                category.value,
                start,
                verb.idx,
                0.85,
                "sourcing-relcl",
                self.WHY_MODIFIER,
            ),
            result(
                self.NAME,
                Category.PERPETRATOR.value,
                verb.idx,
                verb.idx + len(verb.text),
                0.85,
                "known-as",
                self.WHY_NAMED,
                replacement=KNOWN_AS[lx.lemma(verb)],
            ),
        ]

    def _reported_to_have(
        self, sentence: Span, found: list[tuple[Token, Category]], category: Category
    ) -> list[RecognizerResult]:
        """ "Oskar Belling is reported by HAWTHORN (our CHS, B2) to have bought bolt cutters":
        the passive report with its source goes, and the act takes the tense of its own
        auxiliary ("Oskar Belling has bought bolt cutters")."""
        root = sentence.root
        if lx.lemma(root) not in lx.REPORTING_VERBS:
            return []
        auxpass = next((c for c in root.children if c.dep_ == "auxpass"), None)
        subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
        # the parser may hang the act on the agent ("by HAWTHORN ... to have bought")
        acts = [c for c in root.children if c.dep_ == "xcomp"] + [
            t for t in root.subtree if t.dep_ in ("relcl", "acl") and t.head.dep_ == "pobj"
        ]
        act = next((t for t in acts if t.pos_ == "VERB" and t.i > root.i), None)
        if auxpass is None or subject is None or act is None or auxpass.i > root.i:
            return []
        auxes = [c for c in act.children if c.dep_ in ("aux", "auxpass") and c.i < act.i]
        if len(auxes) < 2 or auxes[0].lower_ != "to" or lx.lemma(auxes[1]) not in TENSED:
            return []  # "is said to plan": no auxiliary to carry the tense
        if not all(auxpass.i < t.i < auxes[0].i for t, _ in found):
            return []  # the source is named in the act or its subject: no frame alone
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        tensed = TENSED[lx.lemma(auxes[1])][plural]
        to = auxes[0]
        return [
            result(
                self.NAME,
                category.value,
                auxpass.idx,
                to.idx + len(to.text),
                0.85,
                "reporting-frame",
                self.WHY_FRAME,
            ),
            result(
                self.NAME,
                Category.THREAT.value,
                auxes[1].idx,
                auxes[1].idx + len(auxes[1].text),
                0.85,
                "perceived-act",
                self.WHY_ACT,
                replacement=tensed,
            ),
        ]

    def _recorded(self, spans: list[tuple[int, int]]) -> list[RecognizerResult]:
        """When a record or a sensor caught the act: the collection's date, which goes."""
        return [
            result(
                self.NAME,
                Category.COLLECTION.value,
                start,
                end,
                0.85,
                "recorded-when",
                self.WHY_RECORDED_WHEN,
            )
            for start, end in spans
        ]

    def _tensed(self, core: Token) -> list[RecognizerResult]:
        """ "... shows Pell handing over a pistol", "... and heard him go over the plan": the
        kept act needs a tense ("Pell handed over", "he went over"), and a pronoun doer just
        before it its subject form."""
        if not (_bare_participle(core) or _bare_infinitive(core)):
            return []
        doer = next((c for c in core.children if c.dep_ == "nsubj"), None)
        if doer is None or doer.lower_ not in _NOMINATIVE or doer.i != core.i - 1:
            return [self._act(core)]
        return [
            result(
                self.NAME,
                Category.THREAT.value,
                doer.idx,
                core.idx + len(core.text),
                0.85,
                "perceived-act",
                self.WHY_ACT,
                replacement=f"{_NOMINATIVE[doer.lower_]}{doer.whitespace_}{past_tense(core)}",
            )
        ]

    def _told_act(self, doer: Token, act: Token) -> RecognizerResult:
        """The kept act in the past tense; an object pronoun before it becomes its subject
        ("He saw them loading a dive bag": "They loaded")."""
        subject = SUBJECT_FORMS.get(doer.lower_)
        if subject is None:
            return self._act(act)
        return result(
            self.NAME,
            Category.THREAT.value,
            doer.idx,
            act.idx + len(act.text),
            0.85,
            "perceived-act",
            self.WHY_ACT,
            replacement=f"{subject} {past_tense(act)}",
        )

    def _act(self, act: Token) -> RecognizerResult:
        """The participle of a kept act, put in the past tense ("handing" -> "handed")."""
        return result(
            self.NAME,
            Category.THREAT.value,
            act.idx,
            act.idx + len(act.text),
            0.85,
            "perceived-act",
            self.WHY_ACT,
            replacement=past_tense(act),
        )

    def _described_as(
        self, sentence: Span, found: list[tuple[Token, Category]], category: Category
    ) -> list[RecognizerResult]:
        """ "A liaison report describes the cell as four men led by Mirko Halas": the report
        goes, and what it says stays as a plain statement ("The cell is four men led by ...")."""
        described = next(filter(None, (described_as(verb) for verb in sentence)), None)
        if described is None:
            return []
        thing, as_ = described
        if any(t.i >= thing.left_edge.i for t, _ in found):
            return []  # the description itself holds a trigger: the usual rules decide
        start = after_item_marks(sentence)
        # present tense: who the perpetrators are holds whenever the report said it
        copula = "is" if thing.tag_ in ("NN", "NNP") else "are"
        return [
            result(
                self.NAME,
                category.value,
                start,
                thing.left_edge.idx,
                0.85,
                "reporting-frame",
                self.WHY_FRAME,
            ),
            result(
                self.NAME,
                Category.PERPETRATOR.value,
                as_.idx,
                as_.idx + len(as_.text),
                0.85,
                "described-as",
                self.WHY_DESCRIBED,
                replacement=copula,
            ),
        ]

    def _named_subject(
        self, sentence: Span, frame: list[tuple[int, int]], content: Token
    ) -> list[RecognizerResult]:
        """ "The detainee, a courier for the Marsh Wolves, stated that the group will ...": the
        frame goes, so "the group" takes the name the frame gave it."""
        subject = next(
            (
                t
                for t in content.subtree
                if t.dep_ in ("nsubj", "nsubjpass")
                and t.lemma_.lower() in lx.GROUP_NOUNS
                and [c.lower_ for c in t.children] == ["the"]
            ),
            None,
        )
        if subject is None:
            return []
        start, end = frame[0]
        person = _speaker_name(content, start, end)
        tagged = [
            e
            for e in sentence_entities(sentence)
            if e.label_ == "ORG"
            and start <= e.start_char
            and e.end_char <= end
            and not any(t.lemma_.lower() in lx.SERVICE_NOUNS | lx.OUR_OFFICES for t in e)
            # "intercept of Dorn's mobile": the owner of a covered device, not a group
            and e.root.dep_ != "poss"
            # the speaker's own name, which the small model may tag an organization
            and not (person is not None and person.endswith(e.text))
            # "Party A": a transcript's speaker label, no group's name
            and not _labels_speaker(e)
            # "met at McDonald's on the bypass": where we met, not who plots
            and not _place_named(e.root)
        ]
        names = [
            e
            for e in tagged
            # "in the surroundings of Demirel": a man the report names in full elsewhere
            # ("Yusuf Demirel"), which the small model may tag an organization
            # ("the Tansa cartel" of "Benedek Tansa" is a family's group, and stays one)
            if not (
                len(e) == 1
                and not _names_group_after(e)
                and written_as_surname(doc_text(sentence.doc), e.text)
            )
            # "a confidential person of the SPD": a service by the acronym the report gave it
            and not any(t.text in service_acronyms(sentence.doc) for t in e)
        ]
        if not names and not tagged:
            # (when the only names the frame gave are a man's or a service's, no group is
            # named, and no other capitalized phrase stands in for one)
            # the model does not always tag an invented group: a capitalized noun phrase will do
            names = [
                chunk
                for chunk in sentence.noun_chunks
                if start <= chunk.start_char
                and chunk.end_char <= end
                and chunk.start != sentence.start
                and (
                    all(t.text[:1].isupper() for t in chunk if t.lower_ != "the")
                    # "the Serrat cartel": a named group of the same kind as "the cartel"
                    or (
                        chunk.root.lemma_.lower() == subject.lemma_.lower()
                        and any(t.text[:1].isupper() for t in chunk[:-1] if t.lower_ != "the")
                    )
                )
                # "Officers of the Ostrian Security Service told us": a service or an
                # office that reports; "a porter at the Hotel Marlow": where someone works
                and chunk.root.lemma_.lower() not in lx.SERVICE_NOUNS | lx.OUR_OFFICES
                and chunk.root.text not in service_acronyms(sentence.doc)
                and not (chunk.root.dep_ == "pobj" and chunk.root.head.lower_ in _PLACE_PREPS)
                and entity_type(chunk.root) != "PERSON"
                and len(chunk) >= 2
            ]
        # "GREY OWL reported that the cell ...", "Halden Police said the group ...": who
        # reports is the source, never the group's name
        names = [
            n
            for n in names
            if not (n.root.dep_ == "nsubj" and n.root.head.i != content.i)
            and not _labels_speaker(n)
        ]
        if not names and person is None:
            return []
        text = subject.text
        if names:
            name = next(
                (e for e in names if e[-1].lemma_.lower() == subject.lemma_.lower()), names[0]
            )
            words = name.text.split()
            text = " ".join(words[1:] if words[0].lower() == "the" else words)
            name_end = name.end
            if text.count('"') % 2 and name_end < len(sentence.doc):
                if sentence.doc[name_end].text == '"':
                    text, name_end = f'{text}"', name_end + 1  # 'the "Riverine Youth" group'
                else:
                    text = text.replace('"', "")
            after = sentence.doc[name_end] if name_end < len(sentence.doc) else None
            if after is not None and after.lemma_.lower() == subject.lemma_.lower():
                text = f"{text} {after.text}"  # "the Lantern cell", of which "Lantern" is named
        article = subject.nbor(-1) if subject.i > 0 else subject
        if not (start <= article.idx < end) and person is not None:
            # "Radu Terzin ... tells Party B that the crew will ...": the crew and the man
            replacement = f"{person} and the {text}"
        else:
            replacement = f"the {text}"
        return [
            result(
                self.NAME,
                Category.PERPETRATOR.value,
                article.idx,
                subject.idx + len(subject.text),
                0.85,
                "named-perpetrator",
                self.WHY_NAMED,
                replacement=replacement,
            )
        ]

    def _threat_in_relative(
        self, sentence: Span, codenames: set[str], pronouns: frozenset[str]
    ) -> list[RecognizerResult]:
        """ "The source is the brother-in-law of Jon Varga, who will bomb the Selby mall on 3
        May": the relative clause tells the threat of someone the source's half of the sentence
        only names, so the half goes and "Jon Varga will bomb the Selby mall on 3 May" stays.
        Only when no word of the relative clause or of its antecedent is the source's."""
        found = [
            t.i
            for t in sentence
            if _codename(t, codenames)
            or reporter(t)
            or refers_to_source(t, pronouns)
            or trigger(t) is not None
        ]
        found_set = set(found)
        for rel in sentence:
            relative = _relative_threat(rel)
            if relative is None:
                continue
            pronoun, antecedent = relative
            named = range(antecedent.left_edge.i, antecedent.i + 1)
            told = {t.i for t in rel.subtree}
            if found_set & (told | set(named)):
                continue  # the source's own clause, or the source himself
            if not any(i < antecedent.left_edge.i for i in found):
                continue  # no half of the source's before the plotter
            doc = sentence.doc
            if any(not (t.is_punct or t.is_space) for t in doc[max(told) + 1 : sentence.end]):
                continue  # "..., who is one of two told, reported the following": his half
            cuts = [
                (sentence.start_char, doc[antecedent.left_edge.i].idx, "sourcing-lead"),
                (
                    antecedent.idx + len(antecedent.text),
                    pronoun.idx + len(pronoun.text),
                    "relative-pronoun",
                ),
            ]
            return [
                result(self.NAME, Category.SOURCE.value, s, e, 0.85, rule, self.WHY_FRAME)
                for s, e, rule in cuts
            ]
        return []

    def _drop(
        self,
        sentence: Span,
        category: Category,
        anchors: list[int],
        rule: str = "sourcing-sentence",
    ) -> RecognizerResult:
        start, end = sentence_extent(sentence, anchors)
        why = self.WHY_FOLLOW_UP if rule == FOLLOW_UP else self.WHY_SENTENCE
        return result(self.NAME, category.value, start, end, 0.85, rule, why)


#: Relative pronouns that can stand as the subject of the clause they open.
_RELATIVE_SUBJECTS: frozenset[str] = frozenset({"who", "which", "that"})


def _dropped_whole(found: list[RecognizerResult], category: Category) -> bool:
    """The sentence's only result drops it whole, as of the category."""
    return (
        len(found) == 1
        and found[0].analysis_explanation.pattern_name == "sourcing-sentence"
        and found[0].entity_type == category.value
    )


def _relative_threat(rel: Token) -> tuple[Token, Token] | None:
    """The relative pronoun and the antecedent of a relative clause that tells a threat with
    the antecedent as its subject ("Jon Varga, who will bomb the Selby mall"), else None."""
    if rel.dep_ != "relcl" or rel.head.pos_ not in ("NOUN", "PROPN"):
        return None
    pronoun = next(
        (c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < rel.i), None
    )
    if pronoun is None or pronoun.lower_ not in _RELATIVE_SUBJECTS:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in rel.children):
        return None  # "who is one of two people told of the target": no act to come
    if not any(
        lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS for t in rel.subtree
    ):
        return None
    if any(t.pos_ == "PRON" and t.dep_ in ("dobj", "pobj", "dative") for t in rel.subtree):
        return None  # "the brothers, who have threatened to kill him": a threat to the source
    return pronoun, rel.head


#: Words that end the name of an office, a service or a group, never a person's.
_NOT_PERSON_ENDS: frozenset[str] = (
    lx.SERVICE_NOUNS | lx.OUR_OFFICES | lx.GROUP_NOUNS | lx.UNIT_NOUNS | {"police"}
)


#: Verbs by which a watcher keeps after someone: what they show is where he went.
_FOLLOWING: frozenset[str] = FOLLOWING_VERBS | {"track"}  # a tracker leads us to him too


def _followed_somewhere(
    sentence: Span, triggers: set[int]
) -> tuple[Token, Token, list[tuple[int, int]]] | None:
    """The verb, the person followed and the asides to cut, in "<our watching> followed
    <Name> to <place>", each trigger in the subject or in a clause hung on the place."""
    verb = sentence.root
    if lx.lemma(verb) not in _FOLLOWING or verb.tag_ != "VBD":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = next(
        # a surname the parser may read as an adverb ("followed Tully to ...")
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "advmod", "npadvmod") and c.text[:1].isupper() and c.is_alpha
        ),
        None,
    )
    place = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if subject is None or person is None or place is None:
        return None
    if not all(t.is_space for t in sentence.doc[person.i + 1 : place.i]) or place.i < person.i:
        return None  # "followed Tully to ...", a line break at most between them
    in_subject = {t.i for t in subject.subtree}
    if not triggers & in_subject:
        return None  # the watching is not ours: "the gunmen followed him to the car park"
    asides = [
        t
        for t in place.subtree
        if t.dep_ in ("relcl", "acl") and {u.i for u in t.subtree} & triggers
    ]
    if not asides:
        return None  # nothing seen where he went: whether the place matters is `following`'s
    covered = in_subject | {u.i for a in asides for u in a.subtree}
    if not triggers <= covered:
        return None
    spans = [
        _unseen(a) or with_adjacent_comma(sentence.doc, *subtree_span(a), sentence) for a in asides
    ]
    return verb, person, spans


def _unseen(clause: Token) -> tuple[int, int] | None:
    """The "seen " of "where the van was seen being resprayed": the act seen stays as a
    plain passive ("where the van was being resprayed"), the seeing goes."""
    if lx.lemma(clause) not in _SEEING | {"watch"} or clause.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return None
    act = next(
        (c for c in clause.children if c.dep_ in ("xcomp", "ccomp") and c.i > clause.i), None
    )
    if act is None:
        return None
    between = [t for t in clause.doc[clause.i + 1 : act.i] if not t.is_space]
    if [t.lower_ for t in between] != ["being"]:
        return None
    return clause.idx, between[0].idx


#: Verbs by which a source carries the plotters somewhere: "drove Meyrick to the cutting".
_CARRYING: frozenset[str] = frozenset({"drive", "take", "bring", "ferry"})


def _driven_somewhere(sentence: Span, triggers: set[int]) -> tuple[Token, Span] | None:
    """The verb and the people carried in "<source> drove <Name> and <Name> to <place>",
    every trigger in the verb's subject."""
    for verb in sentence:
        if lx.lemma(verb) not in _CARRYING or verb.tag_ != "VBD":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        people = next((c for c in verb.children if c.dep_ == "dobj"), None)
        goal = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if subject is None or people is None or goal is None:
            return None
        if not triggers or not triggers <= {t.i for t in subject.subtree}:
            return None  # "the gunmen drove him to the car park": not who reported
        names = [t for t in people.subtree if not t.is_space]
        if people.left_edge.i != verb.i + 1 or goal.i != people.right_edge.i + 1:
            return None
        if not all(t.text[:1].isupper() or t.lower_ in ("and", ",") for t in names):
            return None  # "drove the van to ...": no plotter named as carried
        return verb, sentence.doc[people.left_edge.i : people.right_edge.i + 1]
    return None


#: Words that open the thing a source places somewhere: "places that workbench in ...".
_POINTING: frozenset[str] = frozenset({"that", "the", "this", "these", "those"})
#: The prepositions of where a thing or a man was placed.
_PLACING: frozenset[str] = frozenset({"at", "in", "near", "inside"})


def _placed_somewhere(sentence: Span, triggers: set[int]) -> tuple[Token, Span] | None:
    """The verb and what it places in "<source> places <Name> at <place>" or "<reporting>
    places that workbench in <place>", every trigger before the verb."""
    doc = sentence.doc
    verb = next(
        (t for t in sentence if lx.lemma(t) in ("place", "put") and t.tag_ in ("VBZ", "VBD")),
        None,
    )
    if verb is not None and triggers and all(i < verb.i for i in triggers):
        person = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if person is not None and person.text[:1].isupper() and person.i == verb.i + 1:
            place = next(
                (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _PLACING),
                None,
            )
            if place is not None and all(t.is_space for t in doc[person.i + 1 : place.i]):
                return verb, doc[person.i : person.i + 1]
    return _placed_thing(sentence, triggers)


def _placed_thing(sentence: Span, triggers: set[int]) -> tuple[Token, Span] | None:
    """ "The PELICAN reporting (S-1) places that workbench in a lock-up": a thing the
    reporting places, read from the words, as the parser may take "places" for a noun."""
    if not triggers:
        return None
    doc = sentence.doc
    verb = next(
        (t for t in doc[max(triggers) + 1 : sentence.end] if t.lower_ in ("places", "placed")),
        None,
    )
    if verb is None or verb.i + 1 >= sentence.end or doc[verb.i + 1].lower_ not in _POINTING:
        return None
    words: list[Token] = []
    for token in doc[verb.i + 1 : min(verb.i + 5, sentence.end)]:
        if token.lower_ in _PLACING and len(words) > 1:
            return verb, doc[words[0].i : token.i]
        if not (token.is_alpha and token.is_lower):
            return None
        words.append(token)
    return None


#: Verbs by which a witness picks a man out by name: "whom he picked out ... as Velichko".
_IDENTIFYING: frozenset[str] = frozenset({"pick", "identify", "recognise", "recognize", "name"})


def _identifications(sentence: Span, triggers: set[int]) -> list[tuple[int, int, int]]:
    """(start, end, verb) token ranges of relative clauses of picking a man out by name, from
    the relative pronoun to the "as" before the name: "whom he picked out from a photograph
    as" of "..., whom he picked out from a photograph as Anton Velichko, a former ...". Only
    those with a trigger inside."""
    spans = []
    for verb in sentence:
        if verb.dep_ != "relcl" or lx.lemma(verb) not in _IDENTIFYING:
            continue
        as_ = next(
            (
                t
                for t in verb.subtree
                if t.lower_ == "as"
                and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in t.children)
            ),
            None,
        )
        if as_ is None:
            continue
        start = verb.left_edge.i
        if not any(start <= i <= as_.i for i in triggers):
            continue
        spans.append((start, as_.i + 1, verb.i))
    return spans


#: Verbs of seeing a thing at first hand, whose object a colon then describes.
_SEEING: frozenset[str] = frozenset({"see", "observe", "notice", "inspect", "examine", "handle"})


def _seen_thing_described(sentence: Span, triggers: set[int]) -> tuple[Token, Token] | None:
    """The thing seen and the colon after it, in "<source> saw <the thing> [when]:
    <a noun phrase describing it>", every trigger before the thing."""
    # the parser may root the sentence on a participle after the colon ("... the vests at
    # the flat: two waistcoats packed with nails") and hang the seeing under it
    root = next(
        (
            t
            for t in sentence
            if lx.lemma(t) in _SEEING and t.tag_ == "VBD" and t.dep_ in ("ROOT", "ccomp")
        ),
        None,
    )
    if root is None:
        return None
    thing = next((c for c in root.children if c.dep_ == "dobj"), None)
    colon = next((t for t in sentence if t.text == ":" and t.i > root.i), None)
    if thing is None or colon is None or thing.i >= colon.i:
        return None
    if not all(i < thing.left_edge.i for i in triggers):
        return None
    if [c.lower_ for c in thing.children if c.dep_ == "det"] != ["the"]:
        return None  # "saw a van": no thing already named for the description to be of
    after = [t for t in sentence if t.i > colon.i and not t.is_space]
    if not after or after[0].pos_ not in ("DET", "NUM", "ADJ", "NOUN"):
        return None
    if any(
        t.tag_ == "MD"
        or (
            t.pos_ in ("VERB", "AUX")
            and t.dep_ in _OWN_CLAUSE
            # "a steel box with magnets welded to its base": a bare participle describes
            and (t.tag_ not in ("VBN", "VBG") or any(c.dep_.startswith("aux") for c in t.children))
        )
        for t in after
    ):
        return None  # a clause of its own after the colon: the usual rules judge it
    return thing, colon


#: Dependency labels of a verb that heads a clause of its own, not a phrase inside a noun's.
_OWN_CLAUSE: frozenset[str] = frozenset({"ROOT", "ccomp", "parataxis", "conj", "advcl"})


def _frame_verb_misread(verb: Token, sentence: Span) -> bool:
    """ "Messages exchanged in the group between 19 and 24 November show that ...": the
    parser made the participle the root and hung the reporting verb on it as a bare "dep";
    the reporting verb is the frame's all the same."""
    return (
        verb.dep_ == "dep"
        and verb.head.i == sentence.root.i
        and lx.lemma(verb) in lx.REPORTING_VERBS
        and sentence.root.tag_ in ("VBD", "VBN")
        and verb.i > sentence.root.i
    )


#: The number of one source of a network run under one codename: "LANTERN/3", "ROOK-2".
_SUB_NUMBER = re.compile(r"[/-]\d{1,3}$")


def _codename(token: Token, codenames: set[str]) -> bool:
    """A source's codename, as the header gave it or in title case in the prose ("PLUMTREE"
    in the header, "Plumtree, who works two bays away, saw ..." in a paragraph), with or
    without the number of one source of its network ("LANTERN/3"), also as a part of the
    reference that files him ("NM/CHIS/0417", which the tokenizer may split)."""
    if not codenames:
        return False  # asked of every word, and most reports give no source a codename
    if any(
        name in codenames or (name[:1].isupper() and name.upper() in codenames)
        for name in {token.text, _SUB_NUMBER.sub("", token.text)}
    ):
        return True
    return "/" in token.text and any(part in codenames for part in token.text.split("/"))


#: Verbs by which someone is known by a name, with the participle that says it without who
#: knows him: "a man the source calls 'Spud'" -> "a man called 'Spud'".
KNOWN_AS: dict[str, str] = {
    "know": "known",
    "call": "called",
    "name": "named",
    "nickname": "nicknamed",
    "refer": "referred",
    "describe": "described",
    "identify": "identified",
}


def _naming_clause(found: list[tuple[Token, Category]]) -> tuple[int, Token] | None:
    """The start of the cut and the verb of a relative clause whose subject is the only
    source word and that gives the person it hangs on a name: "(whom) the informant knows
    only as 'Spud'", "the source calls Spud"."""
    verbs = {t.head.i: t.head for t, _ in found if t.dep_ == "nsubj"}
    if len(verbs) != 1:
        return None
    verb = next(iter(verbs.values()))
    if verb.dep_ != "relcl" or lx.lemma(verb) not in KNOWN_AS:
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    if not all(subject.left_edge.i <= t.i <= subject.right_edge.i for t, _ in found):
        return None  # the source is in the name or after it: nothing of the clause stays
    named = any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd"
        for c in verb.subtree
        if c.i > verb.i
    )
    if not named:
        return None  # "a man the informant knows well": an acquaintance, not a by-name
    pronoun = [c for c in verb.children if c.tag_ in ("WP", "WDT") and c.i < subject.i]
    start = pronoun[0] if pronoun else subject.left_edge
    return start.idx, verb


def _speakers_conjunct(content: Token) -> tuple[int, int] | None:
    """The span of a verb the parser joined to the content but whose doer is the speaker:
    "He volunteered that Rask is Ilmar Raskin, and agreed to keep cooperating": "agreed" has
    no subject of its own and the tense of "volunteered", not of "is"."""
    frame_verb = content.head
    if content.dep_ != "ccomp" or frame_verb.tag_ != "VBD" or content.tag_ == "VBD":
        return None
    for conj in content.children:
        if conj.dep_ != "conj" or conj.tag_ != "VBD":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue  # "..., and the men left": a clause with a doer of its own
        if _shares_the_perfect(content, conj):
            continue  # "he had filled four cans and hidden them": the content goes on
        start = conj.left_edge
        while start.i > content.i and start.nbor(-1).dep_ in ("cc", "punct"):
            start = start.nbor(-1)
        end = end_before_stop(conj.subtree)
        return start.idx, end
    return None


#: Endings of a past participle that no simple past has ("hidden", "shown", "gone"): a verb
#: the tagger read as past after a perfect is the perfect's participle.
_PARTICIPLE_ONLY = ("en", "wn", "ne")


def _shares_the_perfect(content: Token, conj: Token) -> bool:
    """ "he had filled four cans and hidden them in the van": the conjunct is a participle
    of the content's own perfect, mistagged as a past tense, not an act of the speaker."""
    return conj.lower_.endswith(_PARTICIPLE_ONLY) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in content.children
    )


def _questioned_frame(sentence: Span, found: list[RecognizerResult]) -> bool:
    """ "During tactical questioning the driver, a local fuel trader, stated that ...": a
    frame cut for our questioning, whose teller is whoever we questioned, the source."""
    return any(
        r.entity_type == Category.METHOD.value
        and r.analysis_explanation.pattern_name == "reporting-frame"
        and any(r.start <= t.idx < r.end and lx.lemma(t) in lx.QUESTIONING_NOUNS for t in sentence)
        for r in found
    )


def _labels_speaker(span: Span) -> bool:
    """True for a span holding the noun of a speaker label ("Party" of "Party A")."""
    return any(t.i + 1 < len(t.doc) and speaker_label_mark(t.doc, t.i + 1) for t in span)


def _speaker_name(content: Token, start: int, end: int) -> str | None:
    """The person's name of whoever speaks in a cut frame, for the content to keep: the
    speaker's own name ("Mira Oduya told ..."), or the name a transcript's label is taken to
    be ("Party A, taken to be Radu Terzin, tells ..."). None for a source or no name."""
    if content.dep_ != "ccomp":
        return None
    speaker = subject_of(content.head)
    if speaker is None or not start <= speaker.idx < end:
        return None
    if any(trigger(t) is Category.SOURCE or reporter(t) for t in speaker.subtree):
        return None  # "Ilir Dosti, a trusted contact, reported ...": a source's name
    if any(t.lemma_.lower() in lx.STAFF_ROLE_NOUNS for t in speaker.subtree):
        return None  # "Analyst Lena Corvin assesses that ...": one of ours, no plotter
    for token in speaker.subtree:
        if token.tag_ != "NNP" or token.dep_ not in ("nsubj", "appos", "attr", "pobj"):
            continue
        if token.dep_ == "pobj" and token.head.lower_ != "as":
            continue  # "of the Ashfall Collective": where he belongs, not who he is
        words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        words.append(token)
        if (
            len(words) < 2
            or any(not t.text[:1].isupper() or t.text.isupper() for t in words)
            or token.lower_ in _NOT_PERSON_ENDS
            or any(t.lower_ in lx.SPEAKER_LABEL_NOUNS for t in words)
        ):
            continue
        # the small model tags an invented name a person or, as often, an organization
        if entity_type(token) in ("PERSON", "ORG"):
            return " ".join(t.text for t in words)
    return None


#: The auxiliary of a reported act ("to have bought", "to be planning") in the present
#: tense, singular and plural, once the report around it is cut.
TENSED: dict[str, tuple[str, str]] = {"have": ("has", "have"), "be": ("is", "are")}

#: Object pronouns and the subject they become when a perceived act is told on its own.
SUBJECT_FORMS: dict[str, str] = {"them": "they", "him": "he", "her": "she"}

#: A sentence left with fewer words than this after its modifiers are cut is a fragment.
MIN_LEFT_WORDS = 3


def _tie_before_name(token: Token) -> list[tuple[int, int]] | None:
    """The spans of "his cousin " before a plotter's name ("his cousin Farid Meziane", "her
    brother, Ivo Brenn,", with the comma that closed the name): a source's possessive of a
    tie that the name follows, or None."""
    if token.dep_ != "poss":
        return None
    # "his cousin", or the source by a noun: "the subject's brother Tomas Vey"
    if token.lower_ not in ("his", "her", "my", "their") and token.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(
        lx.lemma(t) in _THREAT_CLAUSE_WORDS or lx.lemma(t) in lx.GROUP_NOUNS for t in token.sent
    ) and not _membership(token.sent.root):
        # "his brother Ivo Brenn lives with him": the kin are the source's access; "is in the
        # cell", "is in the water team" say who belongs to the plotters
        return None
    head = token.head
    doc = token.doc
    if tie(head) and head.dep_ == "compound" and head.head.pos_ == "PROPN":
        head = head.head  # "his nephew Tomas Keel": the tie is the name's first compound
    if tie(head):
        # "his cousin, Farid Meziane": the parser sets the name beside the tie
        name = next(
            (c for c in head.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN"),
            None,
        )
        beside = doc[head.i + 1] if head.i + 1 < len(doc) else head
        while beside.dep_ == "compound" and beside.head.i > beside.i:
            beside = beside.head  # "his cousin Jonas Brandt is ...": the name's head
        if name is None and beside.pos_ == "PROPN" and beside.head.i == head.head.i:
            name = beside  # "his cousin Rahim will rent": the parser made both subjects
        if name is None or name.left_edge.i > head.i + 2:
            return None
        start, end = name.left_edge, name.right_edge
    elif head.pos_ == "PROPN":
        ties = [c for c in head.children if c.dep_ == "compound" and tie(c)]
        if not ties:
            return None
        after = [c for c in head.children if c.i > ties[-1].i and c.pos_ == "PROPN"]
        start, end = (after[0] if after else head), head
    else:
        return None
    spans = [(token.left_edge.idx, start.idx)]
    following = end.i + 1
    if doc[start.i - 1].text == "," and following < len(doc) and doc[following].text == ",":
        # "her brother, Ivo Brenn, will drive": the name's closing comma goes with its opening
        spans.append((doc[following].idx, doc[following].idx + 1))
    return spans


def _membership(root: Token) -> bool:
    """ "X is in the water team", "X is a member of ...", "X belongs to ...": who is in what."""
    if lx.lemma(root) == "belong":
        return True
    if lx.lemma(root) != "be":
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "among") for c in root.children) or any(
        c.dep_ == "attr" and lx.lemma(c) == "member" for c in root.children
    )


def _leaves_a_fragment(sentence: Span, cuts: list[tuple[int, int, str, str]]) -> bool:
    """Cutting the modifiers would leave a word or two, or take the sentence's own verb: what
    is left is no sentence, so the sentence is about the collection; drop it whole."""
    if _only_a_question_left(sentence, cuts):
        return True
    if not any(rule.startswith("sourcing-") for _, _, rule, _ in cuts):
        return False
    words = [t for t in sentence if t.is_alpha or t.like_num]
    left = [t for t in words if not any(s <= t.idx < e for s, e, _, _ in cuts)]
    root = sentence.root
    modifiers = [(s, e) for s, e, rule, _ in cuts if rule.startswith("sourcing-")]
    if len(left) < MIN_LEFT_WORDS or any(s <= root.idx < e for s, e in modifiers):
        return True
    if _caption_without_its_participle(root, modifiers):
        return True
    if left[0].i == root.i and root.tag_ in ("VBD", "VBZ"):
        # "On 1 March LANTERN/3 drove Vesk to ...": the parser hung the doer on the date, and
        # the cut took him with it; "Drove Vesk to ..." tells what whoever reported did
        return True
    if _linking_verb_bared(root, modifiers) or _subject_emptied(sentence, modifiers):
        return True
    # "His account is subject to a covert data request": the adjective's complement goes,
    # and "is subject" says nothing without it
    return any(
        t.dep_ == "prep"
        and t.head.dep_ == "acomp"
        and t.head.pos_ == "ADJ"
        and any(s <= t.idx < e for s, e in modifiers)
        and not any(s <= t.head.idx < e for s, e, _, _ in cuts)
        for t in sentence
    )


#: Verbs that say nothing without their complement: "remains on intercept", "stays under
#: watch", "is on the target list".
_LINKING_VERBS: frozenset[str] = frozenset({"be", "remain", "stay", "continue", "keep"})
#: The complements of such a verb.
_LINKED_DEPS: frozenset[str] = frozenset({"prep", "acomp", "attr", "oprd", "xcomp", "advmod"})


#: The words that open an indirect question: "find where the acid is stored".
_QUESTION_WORDS: frozenset[str] = frozenset(
    {"where", "what", "when", "who", "whom", "whose", "which", "how", "why", "whether", "if"}
)


def _only_a_question_left(sentence: Span, cuts: list[tuple[int, int, str, str]]) -> bool:
    """ "DC Oduya (handler) to task the CHIS to find where the acid is stored": with the
    tasking cut, "Where the acid is stored." is left, a question we mean to have answered,
    not a statement of the threat."""
    if not any(s <= sentence.root.idx < e for s, e, _, _ in cuts):
        return False
    left = [t for t in sentence if t.is_alpha and not any(s <= t.idx < e for s, e, _, _ in cuts)]
    if not left or left[0].lower_ not in _QUESTION_WORDS:
        return False
    clause = left[0] if left[0].dep_ in ("ccomp", "advcl", "xcomp") else left[0].head
    return clause.dep_ in ("ccomp", "advcl", "xcomp") and any(
        s <= clause.head.idx < e for s, e, _, _ in cuts
    )


def _linking_verb_bared(root: Token, modifiers: list[tuple[int, int]]) -> bool:
    """ "Penhale's mobile, 07700 900713, remains on intercept.": the cut takes every
    complement of a linking verb, and "Penhale's mobile remains." is no statement."""
    if lx.lemma(root) not in _LINKING_VERBS or any(s <= root.idx < e for s, e in modifiers):
        return False
    complements = [c for c in root.children if c.dep_ in _LINKED_DEPS]
    return bool(complements) and all(any(s <= c.idx < e for s, e in modifiers) for c in complements)


def _subject_emptied(sentence: Span, modifiers: list[tuple[int, int]]) -> bool:
    """ "An application to intercept Darrow's mobile has gone to the desk": the subject is a
    noun whose whole content is the act its "to" clause names; with that clause cut, "An
    application has gone to the desk" tells nothing but where our paperwork went."""
    for subject in sentence:
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "NOUN":
            continue
        if any(s <= subject.idx < e for s, e in modifiers):
            continue
        clauses = [
            c
            for c in subject.children
            if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        others = [
            c for c in subject.children if c.dep_ not in ("det", "punct", "acl") and not c.is_space
        ]
        if (
            clauses
            and not others
            and all(any(s <= c.idx < e for s, e in modifiers) for c in clauses)
        ):
            return True
    return False


def _caption_without_its_participle(root: Token, modifiers: list[tuple[int, int]]) -> bool:
    """A caption with no finite verb ("Items seized from Oskar Lindgren, arrested 6 January at
    the services") whose subject's participle is cut: "Items arrested 6 January at the
    services" says only when and where the seizure was, and is no sentence."""
    if root.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    return any(
        m.dep_ == "acl" and any(s <= m.idx < e for s, e in modifiers)
        for c in root.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for m in c.children
    )


#: A label before a colon this long or longer is a sourcing frame ("int fr CHIS w/ direct
#: access to subj:"), shorter a field name ("MOTIVE:") whose value is about the source too.
MIN_LABEL_FRAME_WORDS = 4


def _semicolon_part(
    sentence: Span, triggers: set[int], category: Category = Category.SOURCE
) -> tuple[int, int] | None:
    """The clause to drop when a semicolon parts the sentence into one clause holding every
    trigger and another that stands alone as a sentence with something to act on. A colon
    parts a note's sourcing label from what it introduces the same way ("int fr CHIS w/
    direct access to subj: FENN intends to shoot MP Harriet Quayle ..."), label first; a
    method's colon ("Photos recovered show the vest: nails packed around ...") introduces
    what the collection shows, and the usual rules judge it."""
    separators = (";", ":") if category is Category.SOURCE else (";",)
    for semicolon in (t for t in sentence if t.text in separators):
        before = sentence.doc[sentence.start : semicolon.i]
        after = sentence.doc[semicolon.i + 1 : sentence.end]
        if semicolon.text == ":" and (
            sum(t.is_alpha for t in before) < MIN_LABEL_FRAME_WORDS
            or not _threat_to_others_after(sentence, semicolon)
        ):
            # "MOTIVE: wants compensation ...": a field whose value is the label's; "he is
            # frightened: if they suspect him, they will kill him": his fear, no warning
            continue
        credit = {
            t.i
            for a in before
            if lx.lemma(a) in ATTRIBUTION_HEADS and a.dep_ == "prep"
            for t in a.subtree
        }
        if triggers <= credit:
            # "According to him, the gunmen are Teodor Brankic and 'Zec'; they will wait
            # ...": the attribution phrase goes alone, the names before the semicolon stay
            continue
        if semicolon.text == ";" and _reports_a_clause(before, triggers):
            # "The source says two men will sit in the third row; when she takes questions,
            # Pask will fire": the half before reports a plot of its own, and only its frame
            # goes
            continue
        first_word = next((t for t in after if not t.is_space and not t.is_punct), None)
        if (
            semicolon.text == ";"
            and all(i < semicolon.i for i in triggers)
            and first_word is not None
            and _shares_subject(first_word, semicolon)
        ):
            # "CORNCRAKE paid 250 pounds tonight; met in the Jubilee retail park car park"
            last = next(t for t in reversed(after) if not t.is_space)
            return after_item_marks(sentence), last.idx + len(last.text)
        if all(i < semicolon.i for i in triggers) and _standalone(after):
            first = next(t for t in after if not t.is_space)
            return after_item_marks(sentence), first.idx
        if semicolon.text == ";" and all(i > semicolon.i for i in triggers) and _standalone(before):
            return semicolon.idx, end_before_stop(after)
    return None


def _object_modifier_holds(core: Token, found: list[tuple[Token, Category]]) -> bool:
    """Every trigger stands in a relative clause on the reporting verb's object, whose
    reporter no trigger names: "Council office confirm 10:30 slot booked by a "Mr D. Grant",
    mobile given matches the second handset" keeps the slot once the clause goes."""
    cuts = [_cuttable_ancestor(t, core) for t, _ in found]
    return bool(found) and all(
        cut is not None
        and cut.dep_ == "relcl"
        and cut.head.dep_ == "dobj"
        and cut.head.head.i == core.i
        for cut in cuts
    )


def _method_label(sentence: Span, triggers: set[int]) -> tuple[int, int] | None:
    """A short label of a product of collection that opens a line and ends in a colon ("Feed
    hits 28/09-01/10:", "Footage 3 May:"), holding every trigger, before words a recipient can
    act on: the label, from its line's start to the first word after the colon. A longer label
    is a sentence of its own ("Photos recovered show the vest: ..."), which the usual rules
    judge."""
    doc = sentence.doc
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None:
        return None
    line_start = next(
        (t.i + 1 for t in reversed(sentence.doc[sentence.start : colon.i]) if "\n" in t.text),
        sentence.start,
    )
    label = doc[line_start : colon.i]
    after = [t for t in doc[colon.i + 1 : sentence.end] if not t.is_space]
    if (
        not after
        or not triggers
        or not all(line_start <= i < colon.i for i in triggers)
        or sum(t.is_alpha for t in label) >= MIN_LABEL_FRAME_WORDS
        # the label names a product of collection, not a field of the report ("Tasking:",
        # "Persona:") or an act of ours ("pulled 26 Nov:")
        or not any(t.pos_ in ("NOUN", "PROPN") and lx.lemma(t) in lx.EVIDENCE_NOUNS for t in label)
    ):
        return None
    # words first: the entities are only asked for when no word decides
    if not (any(map(actionable_word, after)) or any(map(actionable, after))):
        return None
    start = after_item_marks(sentence) if line_start == sentence.start else label[0].idx
    return start, after[0].idx


def _reports_a_clause(part: Span, triggers: set[int]) -> bool:
    """A reporting verb in the part whose content clause, in the part too, is finite and
    holds no trigger: "The source says two men will sit in the third row"."""
    return any(
        part.start <= clause.head.i < part.end
        and part.start <= clause.left_edge.i
        and clause.i < part.end
        and finite(clause)
        and not triggers & {t.i for t in clause.subtree if t.i < part.end}
        for clause in content_clauses(part)
    )


#: Verbs of hearing someone speak, whose bare infinitive tells the speaking as overheard.
_HEARING_VERBS: frozenset[str] = frozenset({"hear", "overhear"})
#: What is given when an order is spoken: "give the order", "gave the go-ahead".
_SPOKEN_ORDERS: frozenset[str] = frozenset({"order", "instruction", "command", "go-ahead"})
#: Acts of talking about something that a hearer overhears ("heard him name the target",
#: "overheard them discuss the route"): the talking, not a plan, unless a harm is named in it.
_TALKING_VERBS: frozenset[str] = frozenset(
    {"name", "mention", "discuss", "talk", "speak", "describe", "whisper", "shout", "repeat"}
)


def _talks_of_nothing_told(act: Token) -> bool:
    """ "name the target", "discuss the route", "talk about it": the talking's object is a
    bare noun or a pronoun, so the sentence tells how we learned and nothing of the plan. A
    name, a number, a modifier or a clause ("name the bank he will rob", "discuss the bombing
    of the depot") tells something, and the act stays."""
    talker = next((c for c in act.children if c.dep_ == "nsubj"), None)
    said = [t for t in act.subtree if talker is None or t not in talker.subtree]
    for token in said:
        if token.i == act.i or token.dep_ in ("det", "poss", "punct", "case"):
            continue
        if token.dep_ == "prep" and token.head.i == act.i:
            continue  # "talk about it"
        if token.pos_ not in ("NOUN", "PRON") or token.dep_ not in ("dobj", "pobj"):
            return False
        if any(c.dep_ not in ("det", "poss") for c in token.children):
            return False
    return True


#: What is paid to someone: a sum "to the source" is his pay.
_PAID_NOUNS: frozenset[str] = lx.REWARD_NOUNS | frozenset(
    {"fee", "expense", "expenses", "remuneration", "salary", "retainer", "allowance", "bonus"}
    | {"stipend", "wage", "sum", "money", "cash", "total"}
)
#: Prepositions that put one person inside a counted set: "three members, including him".
_INCLUDING: frozenset[str] = frozenset({"including", "among", "besides", "with"})


def _paid_or_counted(cut: Token) -> bool:
    """A cut modifier that leaves its head about the source: a payment to him ("payments to
    the source") or a counted set he is in ("three members, including the source", "four
    men, among them our informant")."""
    head = cut.head
    if cut.dep_ == "prep" and cut.lower_ in ("to", "for") and lx.lemma(head) in _PAID_NOUNS:
        return head.pos_ == "NOUN"
    counted = any(c.dep_ == "nummod" for c in head.children) and head.pos_ == "NOUN"
    if cut.dep_ == "prep" and cut.lower_ in _INCLUDING:
        return counted
    if cut.dep_ == "appos" and any(c.lower_ in _INCLUDING for c in cut.children):
        return counted
    return False


#: Prepositions whose object is a place wherever the phrase hangs ("on the A40").
_AT_PLACE: frozenset[str] = frozenset({"at", "on", "near", "aboard"})


def _place_named(root: Token) -> bool:
    """A name that says where ("met at McDonald's", "a lay-by on the A40", "met in the
    Starbucks"), not a group someone belongs to ("a source in the Red Hand")."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in _AT_PLACE or (
        prep.lower_ in _PLACE_PREPS and prep.head.pos_ in ("VERB", "AUX")
    )


def _heard_telling(core: Token) -> tuple[Token, Token] | None:
    """The verb of saying and the pronoun subject of what was said in "heard Gavin Rook say
    that he will ...": a named speaker's bare infinitive after a verb of hearing, whose content
    clause has a pronoun for its doer."""
    if core.tag_ not in ("VB", "VBP") or lx.lemma(core.head) not in _HEARING_VERBS:
        return None
    if lx.lemma(core) not in lx.SPEECH_VERBS:
        return None
    speaker = next((c for c in core.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "PROPN" or not speaker.text[:1].isupper():
        return None
    content = next((c for c in core.children if c.dep_ == "ccomp" and c.i > core.i), None)
    if content is None:
        return None
    pronoun = next((c for c in content.children if c.dep_ == "nsubj"), None)
    if pronoun is None or pronoun.lower_ not in ("he", "she", "they"):
        return None
    return core, pronoun


def _overheard_speech(core: Token) -> bool:
    """ "heard Vasko give the order", "overheard Pell tell his men": a bare infinitive after a
    verb of hearing whose act is speaking, with no content clause of what was said."""
    if core.tag_ != "VB" or lx.lemma(core.head) not in _HEARING_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "aux") for c in core.children):
        return False
    if lx.lemma(core) == "give":
        return any(c.dep_ == "dobj" and lx.lemma(c) in _SPOKEN_ORDERS for c in core.children)
    if lx.lemma(core) in _TALKING_VERBS:
        return _talks_of_nothing_told(core)
    return lx.lemma(core) in lx.SPEECH_VERBS and not any(c.dep_ == "xcomp" for c in core.children)


def _threat_to_others_after(sentence: Span, colon: Token) -> bool:
    """A threat after the colon against anyone but the sentence's subject ("he is
    frightened: they will kill him" threatens only whoever reported)."""
    speaker = subject_of(sentence.root)
    after = next((t for t in sentence if t.i > colon.i and not t.is_space), None)
    return after is not None and (speaker is None or threat_to_others(after, speaker))


#: Words outside the brackets that make a line worth keeping once the brackets go.
MIN_OUTSIDE_WORDS = 4


def _bracketed_part(sentence: Span, triggers: set[int]) -> tuple[int, int] | None:
    """The bracketed aside to drop, with the blank before it, when it holds every trigger and
    no threat, and the words outside it make a line of their own."""
    opener = next((t for t in sentence if t.text == "(" and t.i < min(triggers)), None)
    if opener is None:
        return None
    closer = next((t for t in sentence if t.text == ")" and t.i > opener.i), None)
    if closer is None or max(triggers) > closer.i:
        return None
    inside = sentence.doc[opener.i + 1 : closer.i]
    if any(t.text in "()" for t in inside) or any(
        lx.lemma(t) in _THREAT_CLAUSE_WORDS for t in inside
    ):
        return None
    outside = [
        t for t in sentence if (t.i < opener.i or t.i > closer.i) and (t.is_alpha or t.like_num)
    ]
    if len(outside) < MIN_OUTSIDE_WORDS or opener.i == sentence.start:
        return None
    if not any(actionable_word(t) and not t.text.isdigit() for t in outside):
        return None  # "ADVISOR FIELD NOTEBOOK - OMLT 3 (partner force)": nothing to act on
    before = opener.nbor(-1)
    return before.idx + len(before.text), closer.idx + len(closer.text)


def _standalone(part: Span) -> bool:
    """A clause that reads as a sentence and carries the threat: a finite verb and a word of
    harm, weapon or intent ("the courier was calm" is about whoever reported)."""
    return any(t.tag_ in ("MD", "VBD", "VBP", "VBZ") for t in part) and any(
        lx.lemma(t) in _THREAT_CLAUSE_WORDS or t.lower_ in lx.INTENT_WORDS for t in part
    )


_THREAT_CLAUSE_WORDS = lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS | lx.INTENT_WORDS


def _bare_infinitive(clause: Token) -> bool:
    """A kept clause headed by a bare infinitive after a verb of perceiving ("heard him go over
    the plan", "saw the men leave the flat"), with a doer of its own and no auxiliary."""
    return (
        clause.tag_ == "VB"
        and lx.lemma(clause.head) in PERCEIVING
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
    )


def _bare_participle(clause: Token) -> bool:
    """A kept clause headed by a participle with no auxiliary ("Pell handing over a pistol"),
    which the tagger sometimes reads as a noun with a subject."""
    participle = clause.tag_ == "VBG" or (
        clause.lower_.endswith("ing") and any(c.dep_ == "nsubj" for c in clause.children)
    )
    return participle and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _put_under_collection(cut: Token, sentence: Span) -> bool:
    """A passive main verb whose own "to"/"under" phrase is the collection: "the account was
    opened to collection", "his phone was placed under interception". The phrase completes
    the verb, so cutting it leaves a sentence about something done to him by us."""
    root = sentence.root
    return (
        cut.dep_ == "prep"
        and cut.lower_ in ("to", "under")
        and cut.head.i == root.i
        and root.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in root.children)
        and lx.lemma(root) not in lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS
    )


def _actionable_left(sentence: Span, cuts: list[tuple[int, int, str, str]]) -> bool:
    """Whether any word a recipient could act on stays once the cuts are made. A participle
    of intent ("Prepared" of "Prepared by the desk") is no plan once its agent is cut."""
    kept = [
        t
        for t in sentence
        if not any(start <= t.idx < end for start, end, _, _ in cuts)
        and not (t.tag_ == "VBN" and t.lemma_.lower() in lx.INTENT_WORDS)
    ]
    # words first: the entities are only asked for when no word decides
    return any(actionable_word(t) for t in kept) or any(actionable(t) for t in kept)


def _dominant(found: list[tuple[Token, Category]]) -> Category:
    methods = sum(1 for _, c in found if c is Category.METHOD)
    return Category.METHOD if methods > len(found) - methods else Category.SOURCE


def _names_group_after(name: Span) -> bool:
    """True when a group's noun follows the name: "Tansa" of "the Tansa cartel"."""
    doc = name.doc
    return name.end < len(doc) and doc[name.end].lemma_.lower() in lx.GROUP_NOUNS


def _trailing_attribution(
    sentence: Span, found: list[tuple[Token, Category]]
) -> tuple[int, int] | None:
    """The ", according to ..." that ends a line the parser rooted on "according", from its
    comma to the end of the line, when every trigger is in it and words stand before it."""
    root = sentence.root
    if root.lemma_.lower() not in ATTRIBUTION_HEADS or root.i == sentence.start:
        return None
    before = [t for t in sentence if t.i < root.i and (t.is_alpha or t.like_num)]
    if len(before) < MIN_LEFT_WORDS or any(t.i < root.i for t, _ in found):
        return None
    start = root.nbor(-1) if root.nbor(-1).text == "," else root
    return start.idx, end_before_stop(sentence)


def _attribution_phrase(token: Token, core: Token) -> Token | None:
    """The outermost attribution phrase above the token ("according to ...", "per ...",
    "based on ..."): "According to FGI received via the embassy channel" goes whole, not
    only its inner "via ..."."""
    current = token
    found: Token | None = None
    while current.i != core.i and current.head.i != current.i:
        if current.lemma_.lower() in ATTRIBUTION_HEADS and current.dep_ in CUTTABLE:
            found = current
        current = current.head
    return found


def _meeting_with(sentence: Span, found: set[int]) -> bool:
    """ "Meet with CHIS at the car park.", "Met ROOK at 19:40 at the depot": a log's note
    of a meeting with whoever reported, its verb with no subject or with ours ("we", "I"),
    tells where and when we met him; a plan or a word of harm in the sentence keeps it."""
    root = sentence.root
    # (the parser may read a log line's first word as a name or a noun: "Meet with ...")
    if lx.lemma(root) != "meet" or root.pos_ not in ("VERB", "PROPN", "NOUN"):
        return False
    if plan_after(sentence):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ not in ("we", "i") for c in subjects):
        return False
    met = [c for c in root.children if c.dep_ == "dobj"]
    met += [o for c in root.children if c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    if not any(t.i in found for m in met for t in m.subtree):
        return False
    # (a car we met in is no attack's car: only a word of harm keeps the sentence)
    return not any(lx.lemma(t) in lx.THREAT_WORDS for t in sentence)


#: Occasions of contact: held with a source, they are our collection.
_CONTACT_NOUNS = lx.QUESTIONING_NOUNS | {"meeting", "contact", "encounter", "conversation", "call"}


def _method_modifier_cut(token: Token, clause: Token) -> bool:
    """A method word that a modifier of the reported clause carries, so that the clause can
    stay once the modifier goes: "... on a single booking paid with one card"."""
    if trigger(token) is not Category.METHOD:
        return False
    cut = _cuttable_ancestor(token, clause)
    return cut is not None and cut.dep_ in ("prep", "acl", "relcl") and cut.i != clause.i


def _modifier_cut(token: Token, clause: Token) -> bool:
    """A trigger in a modifier of the reported clause that can go while the clause stays."""
    return (
        _method_modifier_cut(token, clause)
        # "We inform you that, according to our Service, the cell will ...": the telling
        # and the attribution inside what is told both go, what is told stays
        or _attribution_phrase(token, clause) is not None
        or _modifier_in(token, clause)
        or _tie_before_name(token) is not None
        or _life_shared_with(token, clause) is not None
    )


def _life_shared_with(token: Token, clause: Token) -> Token | None:
    """ "Farid Meziane, with whom he shares a flat, has been building a vest": the relative
    clause that says whoever reported lives or works with the plotter goes, the clause stays."""
    if token.dep_ == "nsubj":
        verb = token.head  # "with whom he shares a flat"
    elif token.dep_ == "pobj":
        verb = token.head.head  # "who lives with him"
    else:
        return None
    if (
        verb.dep_ == "relcl"
        and verb.i != clause.i
        and shares_life(verb)
        and any(lx.lemma(t) in _THREAT_CLAUSE_WORDS for t in clause.subtree)
    ):
        return verb
    return None


def _modifier_in(token: Token, clause: Token) -> bool:
    """A source's kin as the owner of a place in the kept clause ("from his cousin's yard"):
    a modifier that can go, the clause read without it."""
    cut = _cuttable_ancestor(token, clause)
    return (
        cut is not None
        and cut.i != clause.i
        and cut.dep_ == "prep"
        and token.dep_ == "poss"
        and token.head.dep_ == "poss"
    )


def _cuttable_ancestor(token: Token, core: Token) -> Token | None:
    """The nearest modifier above `token` that can be cut, or None if `token` is the core's own."""
    attribution = _attribution_phrase(token, core)
    if attribution is not None:
        return attribution
    if _indirect_object(token):
        return token  # "He sent the persona a photo of the knives": the photo stays
    if token.dep_ == "amod" and deleted_material(token):
        return token  # "Among the deleted notes was a list": "Among the notes was a list"
    current = token
    while current.i != core.i:
        if current.dep_ in CUTTABLE and (
            _inside_comms_phrase(current, core)
            or _inside_light_phrase(current, core)
            or _inside_basis_phrase(current, core)
        ):
            # "In messages on the group's channel, ...": the channel belongs to the messages;
            # "On the occasion of a meeting, at which ...": the occasion is the meeting;
            # "by operative knowledge of our Agency, ...": the knowledge is the Agency's
            current = current.head.head
            continue
        if current.lower_ == "with" and lx.lemma(current.head) in _CONTACT_NOUNS:
            # "The meeting with the source took place at a hotel": the meeting is ours, so
            # its place and date are the collection's; what holds the meeting goes instead
            current = current.head
            continue
        if current.dep_ in CUTTABLE:
            # "According to the source": the preposition hangs off another cuttable word
            while (
                current.head.i != core.i
                and current.head.dep_ in CUTTABLE
                and current.head.pos_ in ("ADP", "VERB", "SCONJ")
            ):
                current = current.head
            if current.head.dep_ == "appos" and current.head.i != core.i:
                # "Pell, a regular contact of the source's brother, has bought ...": the
                # apposition says how he is tied to the source, so it goes whole
                return current.head
            copula = current.head
            if (
                copula.i != core.i
                and copula.dep_ == "relcl"
                and copula.lemma_.lower() == "be"
                and not any(c.dep_ in ("attr", "acomp") for c in copula.children)
            ):
                # "Pell, who is under surveillance, visited ...": the clause says nothing else
                return copula
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _person_set_off(cut: Token) -> int | None:
    """Where a cut phrase ends when the parse made a person ("Arben Dren", "the cousins"),
    set off by a comma, the apposition of an office or a service inside it: an office is never
    a person, so the person begins the clause the phrase stood before. The offset of that
    comma, or None."""
    for token in cut.subtree:
        head = token.head
        if (
            token.dep_ == "appos"
            and cut.left_edge.i < head.i < token.i
            and cut.doc[token.left_edge.i - 1].text == ","
            and lx.lemma(head) in _NOT_PERSON_ENDS
            and (lx.lemma(token) in lx.TIES or entity_type(token) == "PERSON")
        ):
            return cut.doc[token.left_edge.i - 1].idx
    return None


#: Verbs that take a recipient and a thing given ("sent the persona a photo").
GIVING_VERBS: frozenset[str] = frozenset(
    {"send", "give", "hand", "show", "pass", "forward", "offer", "email", "text", "message"}
)


def _collection_half(sentence: Span, triggers: set[int]) -> tuple[int, int] | None:
    """ "Its leader is Teodor Brann; blockchain tracing put the wallet in his name": of two
    clauses joined by a semicolon, the one that holds every trigger and nothing a recipient
    could act on goes, whatever the parser made of the join."""
    semicolons = [t for t in sentence if t.text == ";"]
    if len(semicolons) != 1:
        return None
    semicolon = semicolons[0]
    words = [t for t in sentence if not t.is_space and not t.is_punct]
    after = [t for t in words if t.i > semicolon.i]
    before = [t for t in words if t.i < semicolon.i]
    if not after or not before:
        return None
    if all(i > semicolon.i for i in triggers) and not any(actionable_word(t) for t in after):
        kept = before
    elif all(i < semicolon.i for i in triggers) and not any(actionable_word(t) for t in before):
        kept = after
    else:
        return None
    if not any(actionable_word(t) for t in kept):
        # "Access depends on Kastell keeping this phone; loss is likely if he replaces it":
        # the other half only goes on about the collection, and goes with it
        return None
    if kept is before:
        return semicolon.idx, after[-1].idx + len(after[-1].text)
    if _shares_subject(after[0], semicolon):
        # "CORNCRAKE paid 250 pounds tonight; met in the Jubilee retail park car park": the
        # half after has the subject of the half before, whoever reported, and goes with it
        return after_item_marks(sentence), after[-1].idx + len(after[-1].text) + _stop(after[-1])
    if after[0].lower_ in _THING_PRONOUNS and after[0].dep_ in ("nsubj", "nsubjpass"):
        # "A keylogger was left on the machine; it reports out through the hotel Wi-Fi": the
        # half after goes on about the thing of ours the half before put there
        return None
    return after_item_marks(sentence), after[0].idx


def _stop(last: Token) -> int:
    """The length of the full stop after a sentence's last word, which goes with a cut of
    the whole sentence."""
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return len(following.text) if following is not None and following.text in ".!?" else 0


def _shares_subject(first: Token, semicolon: Token) -> bool:
    """ "...; met in the car park": a verb after the semicolon with no subject of its own,
    joined to the verb before it, whose subject it shares."""
    return (
        first.pos_ == "VERB"
        and first.dep_ == "conj"
        and first.head.i < semicolon.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    )


#: Pronouns by which a clause goes on about a thing the clause before it named.
_THING_PRONOUNS: frozenset[str] = frozenset({"it", "this"})


def _coordinate_half(sentence: Span, triggers: set[int]) -> tuple[int, int] | None:
    """ "Pell's phone was located near the bridge on 2 March, and the group will attack the
    bridge on 9 March": of two clauses joined by "and" or "but", each with its own subject,
    the one whose verb or subject is a trigger goes when the other names the harm or the
    weapon and holds no trigger. A trigger in a modifier is left to the modifier rules."""
    root = sentence.root
    conj = next(
        (
            c
            for c in root.children
            if c.dep_ == "conj" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        ),
        None,
    )
    if conj is None and triggers:
        # "... and was last seen in a blue tipper" goes; so does "was seen on the footage and"
        # before the plan its subject will carry out
        return _coordinate_predicate(sentence, triggers) or collected_then_planned(
            sentence, triggers
        )
    if conj is None or not triggers:
        return None
    second = sentence.doc[conj.left_edge.i : conj.right_edge.i + 1]
    inside = {t.i for t in second}
    first = sentence.doc[sentence.start : conj.left_edge.i]
    if (
        not triggers & inside
        and _core_triggered(root, triggers)
        and _names_harm(second)
        # "A deckhand ... reported that the dhow will tow two skiffs to the anchorage, from
        # which eight men will climb ...": a first half that frames content is cut as a frame
        and not any(c.dep_ == "ccomp" for c in root.children)
    ):
        return after_item_marks(sentence), conj.left_edge.idx
    if triggers <= inside and _core_triggered(conj, triggers) and _names_harm(first):
        joint = [t for t in first if t.i > root.i and t.dep_ in ("cc", "punct")]
        start = joint[0].idx if joint else conj.left_edge.idx
        last = [t for t in second if not t.is_punct and not t.is_space][-1]
        return start, last.idx + len(last.text)
    return None


#: Verbs by which a plotter belongs to a group: the predicate says who threatens.
MEMBERSHIP_VERBS: frozenset[str] = frozenset({"belong", "affiliate"})


def _coordinate_predicate(sentence: Span, triggers: set[int]) -> tuple[int, int] | None:
    """ "Crane belongs to the Iron Meridian and was last seen in a blue tipper": of two
    predicates of one subject, the second goes from its "and" when its own verb is the trigger,
    every trigger is in it, the subject is named and the first says whose he is or the harm."""
    root = sentence.root
    conj = next((c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    if conj is None or conj.i not in triggers or root.i in triggers:
        return None
    subject = subject_of(root)
    if subject is None or (subject.pos_ != "PROPN" and not subject.text[:1].isupper()):
        return None  # "He was recruited by ... and deserted": a pronoun may be the source
    if subject.lower_ in lx.REPORTER_PRONOUNS:
        return None
    inside = {t.i for t in conj.subtree}
    if not triggers <= inside:
        return None
    first = [t for t in sentence if t.i < conj.left_edge.i]
    if not (lx.lemma(root) in MEMBERSHIP_VERBS or any(lx.lemma(t) in _HARM for t in first)):
        return None  # "Haji Mahmud is the senior elder of ... and has engaged with us": ours
    joint = [t for t in first if t.i > root.i and t.dep_ in ("cc", "punct")]
    if not joint:
        return None
    last = [t for t in sentence if t.i in inside and not t.is_punct and not t.is_space][-1]
    return joint[0].idx - (
        1 if joint[0].idx and sentence.doc.text[joint[0].idx - 1] == " " else 0
    ), (last.idx + len(last.text))


def _core_triggered(verb: Token, triggers: set[int]) -> bool:
    """The clause's verb, or a word of its subject, is a trigger: the clause is about the
    collection itself, so no modifier cut could save it."""
    core = {verb.i} | {
        t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
    }
    if lx.lemma(verb) in lx.REPORTING_VERBS | lx.LEARNING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in ("this", "it", "that") for c in verb.children
    ):
        return True  # "and we learned this from a wiretap": the clause only says how
    return bool(triggers & core)


#: Words of harm and weapons that are nothing else ("the device is replaced" may be ours).
_HARM = lx.THREAT_WORDS | (
    lx.ATTACK_METHOD_WORDS - {"device", "truck", "van", "car", "vehicle", "belt", "drone", "petrol"}
)


def _names_harm(part: Span) -> bool:
    """A clause with a finite verb and a word of harm or a weapon: the threat itself."""
    return any(t.tag_ in ("MD", "VBD", "VBP", "VBZ") for t in part) and any(
        lx.lemma(t) in _HARM for t in part
    )


def _frame_before_that(sentence: Span, triggers: set[int]) -> list[tuple[int, int]]:
    """ "Our partner's signals service reports, from calls collected in May, that the cell
    intends to kidnap ...": the parser took "reports" for a noun and the subject of the
    threat's verb. Where every trigger stands before a "that" which opens the root's own
    clause, with its own subject after it, everything up to the "that" is the frame."""
    root = sentence.root
    mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        mark = _that_after_information(sentence)
        if mark is None or root.i < mark.i or not finite(root):
            return []
    elif not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > mark.i for c in root.children):
        return []
    if not triggers or max(triggers) > mark.i:
        return []
    after = mark.i + 1
    while after < sentence.end and sentence.doc[after].is_space:
        after += 1
    return [(after_item_marks(sentence), sentence.doc[after].idx)]


#: Prepositions by which information is said to come from someone: "information from a
#: sensitive source", "reporting via a trusted contact".
_FROM_SOMEONE: frozenset[str] = frozenset({"from", "via", "through", "by"})
#: Our own subjects of "we have information ...": the frame is ours, and what it says the
#: warning.
_OUR_HOLDERS: frozenset[str] = frozenset({"we", "i", "there"})
#: Verbs of our holding information: "we have", "we hold", "we received", "there is".
_HOLDING: frozenset[str] = frozenset({"have", "be", "hold", "receive", "get", "obtain"})


def _information_from_source(sentence: Span, triggers: set[int]) -> list[tuple[int, int]]:
    """ "We have information from a sensitive source that the cell will bomb the depot": the
    parser hangs the "that" clause on the source, not on the information, so no content
    clause is found. A clause opened by "that" with a subject of its own, hung on a noun of
    information or on whoever it came from ("from a source"), is what the information says
    when the frame is ours ("we have", "there is"); every trigger stands before the "that"
    and all up to it is the frame."""
    root = sentence.root
    holder = next((c for c in root.children if c.dep_ in ("nsubj", "expl")), None)
    if holder is None or holder.lower_ not in _OUR_HOLDERS or root.lemma_ not in _HOLDING:
        return []
    for mark in sentence:
        if mark.lower_ != "that" or mark.dep_ != "mark" or not triggers or max(triggers) > mark.i:
            continue
        clause = mark.head
        if clause.dep_ not in ("acl", "relcl", "ccomp") or not finite(clause):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > mark.i for c in clause.children):
            continue
        noun = clause.head
        giver = noun.head.head if noun.dep_ == "pobj" else None
        if not (
            lx.lemma(noun) in lx.INFORMATION_NOUNS
            or (
                giver is not None
                and noun.head.lower_ in _FROM_SOMEONE
                and (
                    (lx.lemma(giver) in lx.INFORMATION_NOUNS and giver.head.i == root.i)
                    # "We hold intelligence from a reliable informant that": on the verb
                    or (giver.i == root.i and any(_information_held(c) for c in root.children))
                )
            )
        ):
            continue
        after = mark.i + 1
        while after < sentence.end and sentence.doc[after].is_space:
            after += 1
        return [(after_item_marks(sentence), sentence.doc[after].idx)]
    return []


def _information_held(token: Token) -> bool:
    """The information we have or there is: the object or subject of the holding verb."""
    return token.dep_ in ("dobj", "attr", "nsubj") and lx.lemma(token) in lx.INFORMATION_NOUNS


def _that_after_information(sentence: Span) -> Token | None:
    """ "Our Service has at disposal information, received on 12 May in a meeting with the
    source, that the brothers are preparing ...": a long frame the parser seldom reads right.
    From the words: the "that" right after a noun of information, or after an aside set off
    by commas just after that noun, opens what the information says."""
    words = [t for t in sentence if not t.is_space]
    for k, that in enumerate(words[2:], start=2):
        if that.lower_ != "that" or that.tag_ != "IN":
            continue
        before = words[k - 1]
        if before.pos_ == "NOUN" and lx.lemma(before) in lx.INFORMATION_NOUNS:
            return that
        if before.text != ",":
            continue
        # the aside opens with the first comma before this one; a noun of information before it
        opening = next((j for j in range(k - 2, 0, -1) if words[j].text == ","), None)
        noun = words[opening - 1] if opening is not None else None
        if noun is not None and noun.pos_ == "NOUN" and lx.lemma(noun) in lx.INFORMATION_NOUNS:
            return that
    return None


def _indirect_object(token: Token) -> bool:
    """The recipient of a verb of giving ("sent the persona a photo of the knives"), which can
    go while the thing given stays. Read from the words after it, as the parser often takes
    the thing given for the subject of a later verb."""
    if token.dep_ not in ("dative", "dobj") or token.head.lemma_.lower() not in GIVING_VERBS:
        return False
    if token.lower_ in ("us", "me"):
        return False  # "has given us sound information": giving to us is the reporting
    if any(c.dep_ in ("prep", "npadvmod") for c in token.head.children):
        # "handed the handler a list at the cafe on 3 May": where and when it was handed over
        # is the meeting's, and would stay with the thing given; the usual rules decide
        return False
    after = next((t for t in token.doc[token.right_edge.i + 1 :] if not t.is_space), None)
    return after is not None and after.pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN")


#: Nouns that only frame the phrase they head: "on the occasion of", "in the course of".
LIGHT_NOUNS: frozenset[str] = frozenset({"occasion", "course", "margin", "sideline", "context"})


def _inside_light_phrase(modifier: Token, core: Token) -> bool:
    """The modifier hangs off a light noun ("On the occasion of a meeting ... at which the VP
    took part"), itself the object of a phrase that can go: the phrase goes whole."""
    noun, phrase = modifier.head, modifier.head.head
    return (
        noun.dep_ == "pobj"
        and lx.lemma(noun) in LIGHT_NOUNS
        and phrase.dep_ in CUTTABLE
        and phrase.pos_ == "ADP"
        and phrase.i != core.i
    )


#: Nouns for what is known, whose owner is whoever reported it: "by the knowledge of our
#: Agency", "on information of the partner service".
BASIS_NOUNS: frozenset[str] = (lx.INFORMATION_NOUNS - _THING_PRONOUNS - {"that", "these"}) | (
    {"knowledge", "finding", "data"}
)


def _inside_basis_phrase(modifier: Token, core: Token) -> bool:
    """The modifier hangs off a noun of what is known, itself the object of a phrase that
    can go ("by operative knowledges of our Agency, the brothers are preparing ..."): the
    knowledge is only there as the reporter's, so the phrase goes whole."""
    noun, phrase = modifier.head, modifier.head.head
    return (
        modifier.lower_ in ("of", "from")
        and noun.dep_ == "pobj"
        and lx.lemma(noun) in BASIS_NOUNS
        and phrase.dep_ in CUTTABLE
        and phrase.pos_ == "ADP"
        and phrase.i != core.i
    )


def _inside_comms_phrase(modifier: Token, core: Token) -> bool:
    """The modifier hangs off a comms noun that is itself the object of a cuttable phrase."""
    noun, phrase = modifier.head, modifier.head.head
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in lx.COMMS_NOUNS
        and phrase.dep_ in CUTTABLE
        and phrase.pos_ == "ADP"
        and phrase.i != core.i
    )


#: What a sentence that only relays the report passes on ("passed this on", "shared it").
RELAYED: frozenset[str] = frozenset(
    {
        "this",
        "it",
        "that",
        "information",
        "following",
        "report",
        "reporting",
        "detail",
        "intelligence",
        "warning",
        "tip",
        "account",
    }
)


#: Verbs by which a report is sent on: "Forwarding below ...", "I attach ...".
_FORWARDING_VERBS: frozenset[str] = frozenset(
    {"forward", "pass", "send", "relay", "attach", "enclose", "share", "copy", "circulate"}
)


def _forwards_what_was_passed(sentence: Span) -> bool:
    """A sentence that sends on what someone passed, told or shared ("Forwarding below what
    our Veldarian colleagues passed", "Sending on what the Ostrian desk shared with us",
    "I attach what our partners gave us"): how the report travelled, with none of the
    threat in it."""
    root = sentence.root
    if lx.lemma(root) not in _FORWARDING_VERBS or root.pos_ != "VERB":
        return False
    subject = subject_of(root)
    if subject is not None and subject.lower_ not in ("i", "we"):
        return False  # "They will share what the scouts reported": the plotters' own relay
    if any(
        lx.lemma(t) in lx.THREAT_WORDS
        or lx.lemma(t) in lx.ATTACK_METHOD_WORDS
        or lx.lemma(t) in lx.ACTOR_WORDS
        for t in sentence
    ):
        return False
    return any(
        t.lower_ == "what"
        and t.dep_ in ("dobj", "nsubj")
        and (lx.lemma(t.head) in lx.REPORTING_VERBS or lx.lemma(t.head) in lx.GIVING_VERBS)
        and t.head.i != root.i
        and any(c.dep_ == "nsubj" and c.i != t.i for c in t.head.children)
        for t in sentence
    )


def _relays_information(root: Token) -> bool:
    """A reporting verb whose object is the information itself, with no content clause:
    "Piet passed this on", and in the passive "This was reported to the team on 15 October"."""
    if root.lemma_.lower() not in lx.REPORTING_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return False
    if any(_judged_likelihood(c) for c in root.children):
        return False  # "We judge it highly likely that ...": "it" is the content, not a report
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RELAYED for c in root.children):
        return True
    # "A friend of the bomb-maker passed on the details": the parser takes the particle for a
    # preposition, and what was passed on is its object; a plotter passing on the details
    # passes on the plan ("The leader passed on the details to the bomber")
    subject = subject_of(root)
    return (
        root.lemma_.lower() == "pass"
        and not (subject is not None and plotter(subject))
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "along")
            and any(o.dep_ == "pobj" and o.lemma_.lower() in RELAYED for o in c.children)
            for c in root.children
        )
    )


def _our_judgement(
    sentence: Span, frame: tuple[int, int], found: list[tuple[Token, Category]]
) -> bool:
    """A frame of our own judgement ("We judge it highly likely that ...") whose only
    reporter is "we" or "I", carrying a likelihood as its content."""
    start, end = frame
    return all(t.lower_ in ("we", "i") for t, _ in found if start <= t.idx < end) and (
        _likelihood_frame(sentence, frame)
    )


#: Adjectives by which a judgement grades its content ("it highly likely that").
LIKELIHOOD: frozenset[str] = frozenset(
    {"likely", "unlikely", "probable", "improbable", "possible", "doubtful", "certain"}
)


def _reported_by(core: Token, root: Token) -> bool:
    """True when the sentence's main verb reports the clause: as its complement, or through
    the object of its phrase ("assesses with moderate confidence that the BRF will ...")."""
    head = core.head
    return (
        head.i == root.i
        or (
            head.dep_ in ("pobj", "pcomp")
            and head.head.dep_ == "prep"
            and head.head.head.i == root.i
        )
        or _telling_the_reader(head, root)
    )


#: Who a telling may be addressed to when it is told to us: a telling to anyone else that is
#: yet to come is the teller's plan.
_US: frozenset[str] = frozenset({"us", "you", "we", "me"})


#: Verbs by which someone tells another a thing, besides those of speaking and messaging.
_TELLING_OTHERS: frozenset[str] = frozenset(
    {"inform", "warn", "notify", "advise", "announce", "claim", "brief", "assure", "remind"}
)


def _plotters_telling(core: Token) -> bool:
    """ "The cell will inform the press that it bombed the depot", "The group plans to tell
    the hostages' families that they will be killed": a telling whose teller is the plotters'
    group, or one yet to come (a plan, "will tell", "plans to tell") to someone other than us,
    is part of the plot; what it says is not a warning stripped of its frame, and cutting the
    frame loses who claims or threatens it. A named plotter's telling that reached us ("Curtis
    Vahl told the group that ...") is a frame, whose names the kept clause takes up."""
    verb = core.head
    if core.dep_ != "ccomp" or verb.i == core.i or verb.pos_ != "VERB":
        return False
    if lx.lemma(verb) not in COMMUNICATING | _TELLING_OTHERS:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # "have been told": the subject is the one told, the teller is after "by"
        hearers = [c for c in verb.children if c.dep_ == "nsubjpass"]
        tellers = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    else:
        hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        tellers = [t for t in (subject_of(verb),) if t is not None]
    if any(t.lower_ in _US for t in tellers + hearers):
        return False
    if any(plotter(t) for t in tellers):
        return True
    planned = verb.dep_ == "xcomp" and lx.lemma(verb.head) in lx.INTENT_WORDS
    return lx.unrealized(verb) or planned


#: Who tells the reader in a letter's own frame: "We wish to inform you", "This is to ...".
_LETTER_WRITERS: frozenset[str] = frozenset({"we", "i", "this"})


def _telling_the_reader(verb: Token, root: Token) -> bool:
    """ "We wish to inform you that X", "This is to advise you that X", "We are writing to
    tell you that X": the writer's own frame of telling the reader, through an infinitive of
    the main verb; X is the warning."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.head.i == root.i
        and verb.tag_ == "VB"
        and any(c.lower_ == "you" and c.dep_ in ("dobj", "dative") for c in verb.children)
        and all(s.lower_ in _LETTER_WRITERS for s in subjects)
    )


def _likelihood_frame(sentence: Span, frame: tuple[int, int]) -> bool:
    """A frame of "we judge it (highly) likely" or "I assess it unlikely": cutting it would
    leave "It unlikely that ...", and the likelihood is part of what is said."""
    start, end = frame
    words = [t.lower_ for t in sentence if t.idx >= start and not t.is_space]
    framed = sum(1 for t in sentence if start <= t.idx < end and not t.is_space)
    judge = next((i for i, w in enumerate(words[:framed]) if w in ("we", "i")), None)
    if judge is None:
        return False
    # "we judge it (highly) likely", "I assess it unlikely": a few words from the subject
    window = words[judge + 1 : judge + 7]
    if "it" in window and any(
        w in LIKELIHOOD for w in window[window.index("it") + 1 : window.index("it") + 4]
    ):
        return True
    # "We judge the threat credible": a judgement of a thing, which its verb holds together
    after = [t for t in sentence if t.idx >= end and not t.is_space][:6]
    for token in after:
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.lower_ in JUDGED:
            return True
    return False


#: Adjectives by which we judge a threat itself: "We judge the threat credible".
JUDGED: frozenset[str] = LIKELIHOOD | frozenset(
    {"credible", "imminent", "plausible", "genuine", "serious", "real", "high", "low"}
)


def _judged_likelihood(token: Token) -> bool:
    """An adjective of likelihood that carries the content clause of a judgement: "(judge it)
    highly likely that ...", "(assess it) unlikely that ..."."""
    return token.pos_ == "ADJ" and any(
        c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" for m in c.children)
        for c in token.children
    )


#: An all-capitals sentence this long is a report's prose, not a heading.
MIN_CAPITALS_SENTENCE = 10


#: Words that credit what comes before them to a source or a method.
_CREDITING = frozenset({"per", "via", "according", "from"})


def _capitals_credit(sentence: Span, triggers: set[int]) -> tuple[int, int] | None:
    """In an all-capitals sentence, a comma then "PER", "VIA", "ACCORDING TO" or "FROM", with
    a word of collection and every trigger after it: from the comma to the sentence's end,
    when what comes before it names the threat on its own."""
    if any(c.islower() for c in sentence.text):
        return None
    for token in sentence:
        if token.lower_ not in _CREDITING or token.i == sentence.start:
            continue
        comma = token.doc[token.i - 1]
        if comma.text != "," or (triggers and min(triggers) < token.i):
            continue
        tail = token.doc[token.i : sentence.end]
        if not any(_collection_word(t) for t in tail):
            continue
        if not _capitals_threat(token.doc[sentence.start : comma.i]):
            return None
        last = [t for t in sentence if not t.is_space][-1]
        end = last.idx if last.is_punct else last.idx + len(last.text)
        return comma.idx, end
    return None


def _collection_word(token: Token) -> bool:
    """A word that names a source, a method or the collection, by its form alone."""
    forms = {token.lower_, lx.lemma(token), token.lower_.removesuffix("s")}
    return bool(forms & (lx.METHOD_WORDS | lx.COMMS_NOUNS | lx.SOURCE_NOUNS | {"collect"}))


def _capitals_threat(sentence: Span) -> bool:
    """An all-capitals sentence of a signal-style report ("SOURCE SAYS THEY HAVE DUG IN A
    COMMAND WIRE IED ..."): long, with a weapon or a threat in it."""
    words = [t for t in sentence if t.is_alpha]
    # the tagger rarely finds a lemma in capitals: "GRENADES" is looked up as "grenade" too
    forms = {f for t in words for f in (t.lower_, lx.lemma(t), t.lower_.removesuffix("s"))}
    return len(words) >= MIN_CAPITALS_SENTENCE and bool(
        forms & (lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS)
    )


def _leave_for_collection(cut: Token, sentence: Span) -> bool:
    """The cut phrase says what a warrant or an authority is for ("Authority for the intrusive
    deployment", "the warrant for the covert entry"), and that noun is the subject or the
    object of the sentence's main verb, in a sentence with no harm in it: once the phrase
    goes, the sentence tells only that we were allowed to collect."""
    leave = cut.head
    root = sentence.root
    return (
        cut.dep_ == "prep"
        and cut.lower_ in ("for", "of", "on")
        and leave.head.i == root.i
        and leave.dep_ in ("nsubj", "nsubjpass", "dobj")
        and operations.permission_noun(leave)
        and not any(lx.lemma(t) in lx.THREAT_WORDS for t in sentence)
    )


def _only_our_access(cut: Token, sentence: Span) -> bool:
    """A verbless line whose main noun the cut participle calls compromised by us, or a
    sentence whose main clause only says where a searched thing was: "The same photograph is
    in a second passport in the name of Piet Maren, found behind the door panel"."""
    root = sentence.root
    if cut.dep_ == "advcl" and cut.head.i == root.i and found_in_search(cut):
        return True
    return (
        root.pos_ in ("NOUN", "PROPN")
        and cut.head.i == root.i
        and cut.dep_ in ("acl", "amod")
        and device_compromise(cut)
    )


def _describes_the_subject(cut: Token, sentence: Span) -> bool:
    """A relative clause about a source that describes the sentence's subject (or its root,
    when the parser made the subject the root), in a sentence with no threat in it."""
    if cut.dep_ != "relcl":
        return False
    described = cut.head
    root = sentence.root
    if described.pos_ != "NOUN" or lx.lemma(described) in lx.ACTOR_WORDS | lx.GROUP_NOUNS:
        return False  # "The cell leader, who met our source, lives in Halden": where he lives
    # "Reporter is a shift supervisor ..., who came to my office": what the copula says the
    # subject is, the clause describes too
    said_to_be = described.dep_ == "attr" and described.head.i == root.i
    return (
        described.i == root.i or said_to_be or described.dep_ in ("nsubj", "nsubjpass")
    ) and not threat_in(root)


def _threat_to_reporter(sentence: Span, content: Token) -> bool:
    """The reported content threatens only whoever reported it: "He says the Movement would
    burn his boat if it came out"."""
    speaker = subject_of(content.head) if content.dep_ == "ccomp" else None
    if speaker is None or speaker.lower_ not in ("he", "she", "i"):
        return False
    threats = [t for t in content.subtree if lx.lemma(t) in lx.THREAT_WORDS]
    return bool(threats) and not threat_to_others(content, speaker)


#: Verbs of coming to know, after "which is how": "came to hear of", "found out", "knew".
_KNOWING_AFTER_HOW: frozenset[str] = lx.LEARNING_VERBS | {"know", "find"}
#: How far after "how" the verb of knowing may stand: "how LANTERN came to hear".
_HOW_REACH = 5


def _how_it_was_learned(sentence: Span) -> bool:
    """ "..., which is how LANTERN came to hear of them", "..., which was how we learned of it":
    an aside that says the clause before it is how someone came to know, with no plan in that
    clause (a plan told before such an aside stays, and the aside is judged as any other)."""
    words = [t for t in sentence if not t.is_space]
    for k, word in enumerate(words[1:-3], start=1):
        if word.lower_ != "which" or words[k - 1].text != ",":
            continue
        if lx.lemma(words[k + 1]) != "be" or words[k + 2].lower_ != "how":
            continue
        after = words[k + 3 : k + 3 + _HOW_REACH]
        if not any(lx.lemma(t) in _KNOWING_AFTER_HOW for t in after):
            continue
        return not any(t.tag_ == "MD" or t.lower_ in lx.INTENT_WORDS for t in words[:k])
    return False


def _states_origin(root: Token) -> bool:
    """ "This comes from a freight agent at the quay", "The information stems from a contact":
    the report saying where it comes from, with no threat to keep."""
    if _states_basis(root):
        return True
    # "Our information is from a community focal point": the copula says it as well
    if not (lx.lemma(root) in lx.ORIGIN_VERBS and root.pos_ == "VERB") and lx.lemma(root) != "be":
        return False
    # a heading run into the sentence may stand as a second subject ("Basis of reporting\nThis")
    subjects = [
        c for c in root.children if c.dep_ == "nsubj" and lx.lemma(c) in lx.INFORMATION_NOUNS
    ]
    if not subjects or threat_in(root):
        return False
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in root.children):
        return False  # "This comes from the armoury, and the cell will use it": a plot goes on
    origins = [
        o
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if all(lx.lemma(s) in PRONOUN_SUBJECTS for s in subjects):
        # "it comes from the armoury" may be a weapon: a pronoun's origin must be a person
        return any(_person_word(o) for o in origins)
    return bool(origins)


def _states_basis(root: Token) -> bool:
    """ "This judgement rests mainly on Voss's own messages, read through ...": what an
    assessment is based on, which is its sourcing, with no threat to keep."""
    if lx.lemma(root) not in lx.BASIS_VERBS or root.pos_ != "VERB" or threat_in(root):
        return False
    subject = subject_of(root)
    return (
        subject is not None
        and lx.lemma(subject) in lx.JUDGEMENT_NOUNS | lx.INFORMATION_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "on" for c in root.children)
    )


#: Subjects that may be information or anything else ("this comes from the armoury").
PRONOUN_SUBJECTS: frozenset[str] = frozenset({"this", "it", "that", "these"})


def _person_word(token: Token) -> bool:
    """ "one of our people", "a freight agent", "a contact", "Mira Tolan": someone."""
    lemma = lx.lemma(token)
    return (
        lemma in ("one", "someone", "people", "person")
        or lemma in lx.SOURCE_NOUNS
        or lemma in lx.SOURCE_PLAIN_NOUNS
        or lemma in lx.KNOWER_NOUNS
        or entity_type(token) == "PERSON"
    )


#: The label of a line that only tells how long something lasted ...
_DURATION_LABELS: frozenset[str] = frozenset({"duration", "lasted", "length"})
#: ... and the words such a line is made of, besides its numbers.
_DURATION_WORDS: frozenset[str] = _DURATION_LABELS | frozenset(
    {"min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "approx", "about"}
    | {"approximately", "some", "around", "of", "an", "a", "half", "and", "over", "under"}
)


def _follows_up(sentence: Span) -> bool:
    """A short aside after a dropped sourcing sentence: a pronoun subject, no threat in it."""
    words = [t for t in sentence if not t.is_space and not t.is_punct]
    if not words or len(words) >= MAX_FOLLOW_UP_TOKENS:
        return False
    if any(
        t.lemma_.lower() in lx.THREAT_WORDS
        or t.lemma_.lower() in lx.ATTACK_METHOD_WORDS
        or t.lower_ in lx.INTENT_WORDS
        for t in words
    ):
        return False
    if any(t.lower_ in _DURATION_LABELS for t in words) and all(
        t.like_num or t.lower_ in _DURATION_WORDS for t in words
    ):
        return True  # "Duration 35 mins.": how long the meeting just dropped lasted
    subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects[:1]:
        owners = [c.lower_ for c in subject.children if c.dep_ == "poss"]
        if subject.lower_ in lx.FOLLOW_UP_SUBJECTS or any(
            o in lx.FOLLOW_UP_SUBJECTS for o in owners
        ):
            return True
    return False


def _recorded_when(sentence: Span, act: Token) -> list[tuple[int, int]]:
    """ "Station CCTV recorded Colley walking the fence line on 28 September": what a camera
    or a sensor caught was done when it was recorded, so the date or hour of the act (or of
    the recording) is when the collection ran, not when the attack comes. The parser may hang
    the date that ends the sentence on the last noun of what was done ("bringing in a pipe
    and a bag of fertiliser on 1 November"): it dates the act all the same."""
    last = next((t for t in reversed(sentence) if not (t.is_punct or t.is_space)), None)
    misread = [
        token.head
        for token in sentence
        if token.i > act.i
        and last is not None
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.right_edge.i == last.i
        and _time_modifier(token)
    ]
    spans = _time_modifiers(sentence, [sentence.root, act])
    return spans + [s for s in _time_modifiers(sentence, misread) if s not in spans]


def _caught_when(sentence: Span, verb: Token) -> list[tuple[int, int]]:
    """When a camera or sensor caught a thing in a past act: the times that date the verb of
    recording, or the participle that says what was going on ("tubes being unloaded ... at
    14:20"). A thing shown as it stands now ("imagery shows trenches") has no such time."""
    if verb.tag_ != "VBD":
        return []
    thing = next(c for c in verb.children if c.dep_ == "dobj")
    acts = [c for c in thing.children if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBG")]
    return _time_modifiers(sentence, [verb, *acts])


def _time_modifiers(sentence: Span, verbs: list[Token]) -> list[tuple[int, int]]:
    """The phrases that only date these verbs, each with its adjacent comma."""
    return [
        with_adjacent_comma(sentence.doc, *subtree_span(modifier), sentence)
        for verb in verbs
        for modifier in verb.children
        if _time_modifier(modifier)
    ]


#: An hour in a clock's form: "14:20".
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")


def _time_modifier(token: Token) -> bool:
    """ "on 28 September", "at 02:14", "last Tuesday": a phrase that only dates its verb."""
    if token.dep_ == "prep" and token.lower_ in ("on", "at", "during", "in"):
        objects = [c for c in token.children if c.dep_ == "pobj"]
        # a clock time the entity recognizer may leave unlabelled ("at 14:20")
        return bool(objects) and all(
            _CLOCK_TIME.fullmatch(o.text) or entity_type(o) in ("DATE", "TIME") for o in objects
        )
    return token.dep_ == "npadvmod" and entity_type(token) in ("DATE", "TIME")


def _perceiver_clauses(sentence: Span, act: Token) -> list[tuple[int, int]]:
    """ "The man saw four fighters digging ... while moving his animals": a clause with no
    subject of its own tells what a person who saw was doing (the parser may hang it on the
    act), so it goes with the frame. Not when collected material saw ("imagery shows the
    group digging while guards watched" has its own subject)."""
    perceiver = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if perceiver is None or perceiver.lemma_.lower() in lx.EVIDENCE_NOUNS:
        return []
    return [
        with_adjacent_comma(sentence.doc, *subtree_span(clause), sentence)
        for clause in act.children
        if clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ]
