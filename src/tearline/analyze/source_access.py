"""Find the source by how few could have told, and by how often it was right before.

"one of only four people at the darts night", "the only person to whom Benali has spoken of
the pistol", "only 1 of 3 drivers he uses": no word of the lexicon names a source, yet a count
of who could know points the plotters at whoever told. "He has been accurate on three earlier
items", "she has given police correct information twice before": a record of past reporting
belongs to a source. So do a label or a question about how it knows ("How she knows: ...",
"Q: How do you know this?"), our side running it ("run by this station since 2019") and a past
place inside the group ("a former member of the cell"). The rules read the parse, and leave
alone any sentence whose plot is the count or the judgement ("only two men will carry the
rifles").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.source_roles import forms_of, knower, source_pronouns, subject_of


def _harm(token: Token) -> bool:
    return lx.lemma(token) in lx.THREAT_WORDS or lx.lemma(token) in lx.ATTACK_METHOD_WORDS


def _few(token: Token) -> bool:
    """ "only" or "few" on the noun itself or on its count: "the only person", "only 4 ppl",
    "one of only three people", "one of the few people", "fewer than five people"."""
    marks = [c for c in token.children if c.dep_ in ("amod", "advmod", "det", "nummod")]
    # the parser hangs "fewer" of "fewer than five" on the number, as an adjective
    marks += [
        d for c in marks if c.dep_ == "nummod" for d in c.children if d.dep_ in ("advmod", "amod")
    ]
    return any(lx.lemma(c) in lx.FEW_WORDS or c.lower_ in lx.FEW_WORDS for c in marks)


def _counted_people(token: Token) -> Token | None:
    """The people a count is of: "people" in "one of only three people" and "drivers" in
    "only 1 of 3 drivers", read from the count, which carries the clause ("She is one of ...");
    or the noun itself, counted by "only" or "few" ("the only woman", "only 4 ppl")."""
    if token.lower_ in ("one", "1") or (
        token.pos_ == "NUM" and any(c.lower_ == "only" for c in token.children)
    ):
        people = [o for c in token.children if c.lower_ == "of" for o in c.children]
        return next((o for o in people if _person(o)), None)
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ in ("one", "1")
    ):
        return None  # judged from its "one"
    return token if _person(token) and _few(token) else None


def _person(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PRON") and (
        lx.lemma(token) in lx.FEW_PEOPLE_NOUNS or token.lower_ in lx.FEW_PEOPLE_NOUNS
    )


#: Words that make a relative clause a plan rather than what was told: "the only person who
#: can arm the bomb" counts a plotter, "the only person to whom he has spoken" a listener.
_PLANNING = lx.INTENT_WORDS | frozenset({"can", "could", "shall", "would", "may", "must"})


def _told_clauses(noun: Token) -> set[int]:
    """The relative clauses on a counted noun that say what was told, not what is planned:
    "to whom Benali has spoken of the pistol". Their harm is the telling's subject matter."""
    return {
        t.i
        for clause in noun.children
        if clause.dep_ in ("relcl", "acl")
        and not any(lx.lemma(c) in _PLANNING for c in clause.children if c.dep_ == "aux")
        for t in clause.subtree
    }


#: The words a count of people opens with or is of ("nobody", "one of", "the only person").
_COUNTING_WORDS: frozenset[str] = lx.FEW_PEOPLE_NOUNS | {"nobody", "no-one", "one", "1"}


def _may_count_people(token: Token) -> bool:
    """Whether ``narrowed`` could hold of this token: a word of a count or of the people it
    counts, or a number; a cheap first look, as most words are none of them."""
    return (
        token.lower_ in _COUNTING_WORDS
        or lx.lemma(token) in lx.FEW_PEOPLE_NOUNS
        or token.pos_ == "NUM"
    )


def narrowed(token: Token) -> bool:
    """A count of people that says how few could have told, in a sentence with no threat
    outside what was told: "only 4 ppl at darts night", "the only woman who works that
    corner", "only 1 of 3 drivers VANCE uses", "one of two men who delivered fuel to the
    compound", "the only person to whom Benali has spoken of the pistol"."""
    if _few_who_know(token) or _one_of_us(token):
        return not any(_harm(t) for t in token.sent)
    if not _may_count_people(token):
        return False
    alone = token.lower_ in ("nobody", "no-one") or (
        token.lower_ == "one" and token.i > 0 and token.nbor(-1).lower_ == "no"
    )
    if alone:
        # "Nobody else was in the room when Pell described the plan"
        people = token if any(c.lower_ == "else" for c in token.children) else None
    else:
        people = _counted_people(token)
    if people is None:
        return False
    if people.i != token.i and not (
        _few(people) or any(c.lower_ == "only" for c in token.children)
    ):
        # "one of two men who delivered fuel": a count said of someone, not "one of the men"
        if not any(c.dep_ == "nummod" for c in people.children):
            return False
        if not any(c.dep_ in ("relcl", "acl", "prep") for c in people.children):
            return False
    # "only two men will carry the rifles": the plotters, counted in their plot
    told = _told_clauses(people)
    return not any(_harm(t) and t.i not in told for t in token.sent)


def _few_who_know(token: Token) -> bool:
    """ "Only Pieter, Saul, Greta and my brother-in-law know the date": the few who know,
    listed, of whom one told us."""
    if lx.lemma(token) != "know" or token.pos_ != "VERB":
        return False
    return any(
        s.dep_ == "nsubj"
        and any(c.lower_ == "only" and c.dep_ == "advmod" for c in s.children)
        and any(c.dep_ == "conj" for c in s.subtree)
        for s in token.children
    )


def _one_of_us(token: Token) -> bool:
    """ "they'll know it was one of us two": a count of the teller's own few."""
    return token.lower_ == "one" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and o.lower_ in ("us", "them")
            and any(n.dep_ == "nummod" for n in o.children)
            for o in c.children
        )
        for c in token.children
    )


def _clause_verb(token: Token) -> Token | None:
    """The verb whose subject a judgement is about: "has been accurate" (the copula), "has
    given police correct information" (the verb of the judged thing)."""
    if token.dep_ in ("acomp", "attr", "oprd"):
        return token.head
    if token.dep_ == "amod":
        noun = token.head
        if noun.dep_ in ("dobj", "attr", "nsubjpass"):
            return noun.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            return noun.head.head
    return None


def _history(token: Token, verb: Token) -> set[int]:
    """What an earlier judgement was about ("right about two earlier ambushes", "correct
    information twice before, about a stolen van"): the phrases on the judged verb, word or
    thing, and any harm marked as earlier. Their harm is history, not the warning."""
    found: set[int] = set()
    for judged in {verb, token, token.head}:
        for phrase in judged.children:
            if phrase.dep_ in ("prep", "pcomp") and phrase.i > judged.i:
                found.update(t.i for t in phrase.subtree)
    found.update(
        t.i
        for t in token.sent
        if any(c.dep_ == "amod" and c.lower_ in lx.EARLIER_MARKERS for c in t.children)
    )
    return found


def proven_before(token: Token) -> bool:
    """ "He has been accurate on three earlier items", "the sub-source has been right about two
    earlier ambushes", "she has given police correct information twice before": whoever
    reported, judged right on earlier reporting. A harm outside the dated phrases is a plot
    in the sentence, and then nothing is judged here."""
    if token.pos_ != "ADJ" or lx.lemma(token) not in lx.ACCURACY_ADJECTIVES:
        return False
    verb = _clause_verb(token)
    if verb is None:
        return False
    # "He has no reason to invent it and has been accurate": the parser may lose the shared
    # subject of a conjoined copula, which is then the sentence's own
    subject = subject_of(verb) or subject_of(token.sent.root)
    if subject is None or not (knower(subject) or lx.lemma(subject) in lx.SOURCE_NOUNS):
        return False
    if not any(t.lower_ in lx.EARLIER_MARKERS for t in verb.subtree):
        return False
    history = _history(token, verb)
    return not any(_harm(t) and t.i not in history for t in token.sent)


#: Verbs a label of access asks about: "How she knows:", "How the source learned of it:".
_KNOWING: frozenset[str] = lx.LEARNING_VERBS | frozenset({"know", "get", "come"})


#: Labels of what a report rests on: "Basis:", "Basis of assessment:", "Sourcing:".
_BASIS_LABELS: frozenset[str] = frozenset({"basis", "sourcing"})


def access_label(sentence: Span) -> Token | None:
    """The colon that ends a label saying how whoever reported knows ("How she knows: Pollitt
    works on her team and car-shares with her; he showed her photos of the device"): what
    follows it is the access."""
    words = [t for t in sentence if not t.is_space]
    colon = next((t for t in words[:6] if t.text == ":"), None)
    if colon is not None and words[0].lower_ in _BASIS_LABELS:
        return colon  # "Basis: lounge product (...) + FLINT.": what the report rests on
    if colon is None or words[0].lower_ != "how":
        return None
    label = [t for t in words if t.i < colon.i]
    if not any(lx.lemma(t) in _KNOWING and t.pos_ == "VERB" for t in label):
        return None
    if not any(knower(t) or lx.lemma(t) in lx.SOURCE_NOUNS for t in label):
        return None
    return colon


def plan_after(sentence: Span, colon: Token | None = None) -> bool:
    """A plan told after a label or in an answer ("How she knows: he will bring the device"):
    it is kept."""
    start = colon.i if colon is not None else sentence.start - 1
    return any(t.lower_ in lx.INTENT_WORDS or t.tag_ == "MD" for t in sentence if t.i > start)


def access_question(sentence: Span) -> bool:
    """ "Q: How do you know this?", "How does the informant know?": the answer that follows
    says how whoever reported knows."""
    words = [t for t in sentence if not t.is_space]
    if not words or words[-1].text != "?":
        return False
    how = next((t for t in words if t.lower_ == "how"), None)
    if how is None or how.head.pos_ != "VERB" or lx.lemma(how.head) not in _KNOWING:
        return False
    subject = subject_of(how.head)
    return subject is not None and (
        subject.lower_ in ("you", "he", "she")
        or knower(subject)
        or lx.lemma(subject) in lx.SOURCE_NOUNS
    )


def _ours(token: Token) -> bool:
    """ "this station", "our unit", "us": the side that runs a source."""
    if token.lower_ in ("us", "me"):
        return True
    owned = any(
        c.lower_ in ("this", "our", "my") for c in token.children if c.dep_ in ("det", "poss")
    )
    return owned and lx.lemma(token) in lx.UNIT_NOUNS | lx.OUR_OFFICES | {"office", "unit", "team"}


def handled_by_us(token: Token) -> bool:
    """ "The agent has been run by this station since 2019", "registered by our unit": a
    person our side runs is a source, whatever the report calls it."""
    if token.pos_ != "VERB" or lx.lemma(token) not in lx.HANDLING_VERBS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not (knower(subject) or lx.lemma(subject) in lx.SOURCE_NOUNS):
        return False  # "The convoy will be run by our unit": ours, but no one who reported
    if any(c.tag_ == "MD" for c in token.children):
        return False
    if lx.lemma(token) in _UNSAID_HANDLING and not any(c.dep_ == "agent" for c in token.children):
        # "He was met at the retail park on 29 October and gave the date": met by no one
        # named, to tell what he knew, with nothing of the plan in the sentence, he was met
        # by his handler ("was met at the station and taken to the safe house" is not told)
        others = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        return (
            all(lx.lemma(c) in lx.REPORTING_VERBS | lx.GIVING_VERBS for c in others)
            and not plan_after(token.sent)
            and not any(_harm(t) for t in token.sent)
        )
    return any(
        c.dep_ == "agent" and any(_ours(o) for o in c.children if o.dep_ == "pobj")
        for c in token.children
    )


#: Handling that a report tells without saying who did it: only our side meets or debriefs
#: whoever reported, where the plan is not in the sentence.
_UNSAID_HANDLING: frozenset[str] = frozenset({"meet", "debrief"})


#: Verbs of time spent in a group's ranks: "spent two years as the radio operator of a unit".
_SERVING_VERBS: frozenset[str] = frozenset({"spend", "serve", "fight", "train"})
#: Prepositions that put someone in a group's ranks or in a role of it.
_RANKS: frozenset[str] = frozenset({"as", "with", "in", "for", "among", "inside"})
#: What a role is held in: the group's nouns, and its units.
_GROUP_PARTS: frozenset[str] = lx.GROUP_NOUNS | frozenset({"unit", "section", "battalion"})


def past_insider(token: Token) -> bool:
    """ "Subject spent two years in the Harran valley as the radio operator of a Sable Wing
    unit": a past role inside the group, said of whoever reported, with no plan in the
    sentence, names him to the group as surely as "a former member" does."""
    if token.pos_ != "VERB" or lx.lemma(token) not in _SERVING_VERBS:
        return False
    if token.tag_ not in ("VBD", "VBN") or any(c.tag_ == "MD" for c in token.children):
        return False
    subject = subject_of(token)
    if subject is None or not knower(subject):
        return False
    if subject.pos_ == "PRON" and not forms_of(subject.lower_) <= source_pronouns(token.doc):
        return False  # "he" of a plotter: only the report's own source's "he" counts
    roles = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in _RANKS
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if not any(lx.lemma(t) in _GROUP_PARTS for o in roles for t in o.subtree):
        return False
    return not plan_after(token.sent) and not any(_harm(t) for t in token.sent)


def former_insider(token: Token) -> bool:
    """ "Contact is a former member of the cell", "the source, an ex-fighter of the Front": a
    past place inside the group, said of whoever reported, with no plan in the sentence."""
    if token.pos_ != "NOUN" or not any(
        c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in token.children
    ):
        return False
    if token.dep_ == "attr":
        subject = subject_of(token.head)
    elif token.dep_ == "appos":
        subject = token.head
    else:
        return False
    if subject is None or not (knower(subject) or lx.lemma(subject) in lx.SOURCE_NOUNS):
        return False
    return not plan_after(token.sent) and not any(_harm(t) for t in token.sent)
