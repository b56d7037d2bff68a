"""The acronyms by which a report names a partner's security or intelligence body.

A report that writes "Tavrosian Security Directorate (TSD)" once goes on with "TSD's
knowledge rests on ..." and "at TSD headquarters": each "TSD" names the service, which the
token-level rules of `triggers` cannot know from the three letters alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tearline.analyze import lexicon as lx

#: Head nouns of a security or intelligence body's name: "Tavrosian Security Directorate".
_SERVICE_HEADS: frozenset[str] = frozenset(
    {"directorate", "service", "agency", "bureau", "department", "office", "committee"}
)
#: Small words inside a body's name that its acronym skips: "Bureau of State Security".
_ACRONYM_SKIPS: frozenset[str] = frozenset({"of", "for", "the", "and", "&"})
_ACRONYMS_KEY = "tearline.service_acronyms"
#: What a security body guards or fights, besides "security" and "intelligence": "State
#: Protection Directorate", "National Counter-Terrorism Bureau".
_GUARDING_KINDS: frozenset[str] = frozenset(
    {"protection", "terrorism", "counterterrorism", "counterintelligence", "constitution"}
)


def service_acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms a report defines for a security or intelligence body ("Tavrosian
    Security Directorate (TSD)"): each later "TSD" names the service as surely as the name.
    The acronym must be the initials of the name, and the name must say what kind of body
    it is (a head such as "Directorate", a word such as "Security" or "Intelligence")."""
    cached = doc.user_data.get(_ACRONYMS_KEY)
    if cached is not None:
        return frozenset(cached)
    found: set[str] = set()
    for token in doc[2:-1]:
        if token.nbor(-1).text != "(" or token.nbor(1).text != ")":
            continue
        acronym = token.text
        if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6):
            continue
        name: list[Token] = []
        index = token.i - 2
        while index >= 0 and len(name) < 2 * len(acronym):
            word = doc[index]
            # ("Counter-Terrorism" is three tokens, whose hyphen the acronym skips)
            if word.text[:1].isupper() or (name and word.lower_ in _ACRONYM_SKIPS | {"-"}):
                name.insert(0, word)
                index -= 1
            else:
                break
        while name and name[0].lower_ in _ACRONYM_SKIPS:
            name.pop(0)
        capitals = [w for w in name if w.lower_ not in _ACRONYM_SKIPS | {"-"}]
        initials = "".join(w.text[0] for w in capitals).upper()
        if not initials.endswith(acronym):
            continue
        capitals = capitals[len(capitals) - len(acronym) :]
        lemmas = {lx.lemma(w) for w in capitals} | {w.lower_ for w in capitals}
        if not any(lx.lemma(w) in _SERVICE_HEADS for w in capitals):
            continue
        if lemmas & (lx.SERVICE_MODIFIERS | _GUARDING_KINDS):
            found.add(acronym)
    doc.user_data[_ACRONYMS_KEY] = tuple(sorted(found))
    return frozenset(found)


_NATIONALITIES_KEY = "tearline.service_nationalities"


def service_nationalities(doc: Doc) -> frozenset[str]:
    """The nationalities by which a report names a partner security or intelligence body
    ("Ostrian" of "Ostrian Directorate of Internal Intelligence"): once the report names
    the body so, "the Ostrians" elsewhere are its officers, whatever they do in the sentence
    ("get the Ostrians to agree to a warning"). The name must say what kind of body it is: a
    head such as "Directorate" and a word such as "Security" or "Intelligence" in it."""
    cached = doc.user_data.get(_NATIONALITIES_KEY)
    if cached is not None:
        return frozenset(cached)
    found: set[str] = set()
    for token in doc[1:]:
        if not token.text[:1].isupper() or lx.lemma(token) not in _SERVICE_HEADS:
            continue
        name = [token]
        index = token.i - 1
        while (
            index >= 0
            and doc[index].text[:1].isupper()
            and doc[index].is_alpha
            and doc[index].lower_ not in _ACRONYM_SKIPS
        ):
            name.insert(0, doc[index])
            index -= 1
        after = token.i + 1
        if after < len(doc) and doc[after].lower_ in ("of", "for"):
            # "Directorate of Internal Intelligence": the words that say what it does
            after += 1
            while after < len(doc) and doc[after].text[:1].isupper() and doc[after].is_alpha:
                name.append(doc[after])
                after += 1
        nationality = name[0]
        if nationality is token or not nationality.text.endswith(("an", "ish", "ese", "i")):
            continue  # "Ostrian", "Krennish", "Tavorese", "Qatari": an adjective of a country
        if {w.lower_ for w in name} & lx.SERVICE_MODIFIERS:
            found.add(nationality.text)
    doc.user_data[_NATIONALITIES_KEY] = tuple(sorted(found))
    return frozenset(found)


def names_partner_service(token: Token) -> bool:
    """ "the Ostrians", when the report names an "Ostrian ... Intelligence" body: the
    nationality, in the plural, standing for that partner service."""
    return (
        token.tag_ in ("NNPS", "NNS")
        and token.text.endswith("s")
        and token.text[:-1] in service_nationalities(token.doc)
    )
