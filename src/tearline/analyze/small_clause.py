"""Keep what collected material shows when it shows someone doing something.

"Collected imagery shows the group digging firing pits" has no content clause for the frame
cut to keep: the act is a participle hanging off the verb of showing. Dropping the sentence
loses the warning, and cutting the frame alone leaves a fragment ("The group digging ...").
The subject and its verb of showing go, and the participle is put in the past tense, so that
"the group dug firing pits" stands as a sentence. spaCy lemmatizes but does not inflect, so
the past tense is formed here: regular spelling rules and a table of common irregular verbs.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tearline.analyze import lexicon as lx

#: Verbs of seeing or recording by which material or a sensor shows someone's act.
PERCEIVING: frozenset[str] = lx.SHOWING_VERBS | frozenset(
    {"see", "observe", "hear", "film", "spot", "watch", "detect", "image", "photograph"}
)

#: Past tenses that the spelling rules would get wrong.
IRREGULAR_PAST: dict[str, str] = {
    "be": "was",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "come": "came",
    "dig": "dug",
    "drive": "drove",
    "fly": "flew",
    "get": "got",
    "give": "gave",
    "go": "went",
    "hide": "hid",
    "hold": "held",
    "keep": "kept",
    "leave": "left",
    "make": "made",
    "meet": "met",
    "put": "put",
    "ride": "rode",
    "run": "ran",
    "say": "said",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "shoot": "shot",
    "sit": "sat",
    "speak": "spoke",
    "stand": "stood",
    "steal": "stole",
    "take": "took",
    "teach": "taught",
    "tell": "told",
    "throw": "threw",
    "write": "wrote",
}
_VOWELS = frozenset("aeiou")
#: Labels the parser gives the act of "saw Pell meet Dorn", "observed the group testing".
_ACT_LABELS = frozenset({"xcomp", "ccomp", "advcl", "oprd", "dobj"})


def past_tense(participle: Token) -> str:
    """ "agreeing" -> "agreed", "loading" -> "loaded", "digging" -> "dug", "meet" -> "met"."""
    lemma = participle.lemma_.lower()
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    stem = participle.lower_[:-3] if participle.lower_.endswith("ing") else lemma
    if stem.endswith("e"):
        return f"{stem}d"
    if len(stem) > 1 and stem.endswith("y") and stem[-2] not in _VOWELS:
        return f"{stem[:-1]}ied"
    return f"{stem}ed"


def perceived_act(sentence: Span, triggers: set[int]) -> tuple[Token, Token] | None:
    """The doer and the participle of "<material> shows <doer> <participle> ...", when every
    trigger is in the part before the doer; None when the sentence is not of that shape."""
    root = sentence.root
    if root.lemma_.lower() not in PERCEIVING or root.pos_ != "VERB":
        return None
    for child in root.children:
        # "showed six men loading", "saw Pell meet Dorn": a participle or a bare infinitive
        if child.tag_ not in ("VBG", "VB") or child.dep_ not in _ACT_LABELS:
            continue
        doer = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.i > root.i:
            return _checked(doer, child, triggers)
    for obj in (c for c in root.children if c.dep_ == "dobj"):
        act = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if act is not None:
            return _checked(obj, act, triggers)
    return None


def _checked(doer: Token, act: Token, triggers: set[int]) -> tuple[Token, Token] | None:
    start = doer.left_edge.i
    if not triggers or any(i >= start for i in triggers):
        return None
    return doer, act
