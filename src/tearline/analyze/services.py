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
            if word.text[:1].isupper() or (name and word.lower_ in _ACRONYM_SKIPS):
                name.insert(0, word)
                index -= 1
            else:
                break
        while name and name[0].lower_ in _ACRONYM_SKIPS:
            name.pop(0)
        capitals = [w for w in name if w.lower_ not in _ACRONYM_SKIPS]
        initials = "".join(w.text[0] for w in capitals).upper()
        if not initials.endswith(acronym):
            continue
        capitals = capitals[len(capitals) - len(acronym) :]
        lemmas = {lx.lemma(w) for w in capitals} | {w.lower_ for w in capitals}
        if not any(lx.lemma(w) in _SERVICE_HEADS for w in capitals):
            continue
        if lemmas & lx.SERVICE_MODIFIERS:
            found.add(acronym)
    doc.user_data[_ACRONYMS_KEY] = tuple(sorted(found))
    return frozenset(found)
