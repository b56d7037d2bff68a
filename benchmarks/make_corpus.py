"""Generate a benchmark corpus: the sample reports with names, places, dates and numbers varied.

    python benchmarks/make_corpus.py --n 2000 --seed 1 /tmp/corpus

Report `i` depends only on the seed and `i`, so a corpus of 10,000 begins with the corpus of
1,000. Reports are written 500 to a folder (`part-00/report-00001.txt`, ...) so a run also
exercises mirroring a tree. Every name is invented: capitalized words that name something
(they appear capitalized mid-sentence and are not ordinary English words) are replaced,
consistently within a report and in their capital-letter form too, by made-up words.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PER_FOLDER = 500

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
#: Capitalized words of the samples that are ordinary English, never replaced: replacing them
#: would change what the report says ("Station", "Ministry"), not just who and where.
ENGLISH = frozenset(
    MONTHS
    + [m[:3] for m in MONTHS]
    + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    + [
        "Admiralty", "Al", "Analyst", "Army", "Ashen", "Battalion", "Blue", "Brigade",
        "Brotherhood", "Cathedral", "Cell", "Cells", "Centre", "Cloister", "Coast", "Copper",
        "Crescent", "Cultural", "Desk", "Education", "Ember", "Fen", "Festival", "Ford", "Free",
        "Gate", "Geo", "Great", "Grey", "Hall", "Hearth", "Hollow", "Hotel", "Interior", "Joint",
        "Justice", "Kettle", "Lane", "Liberation", "Line", "Marina", "Maritime", "Marsh", "Mill",
        "Minister", "Ministry", "Ninth", "Northern", "Officer", "Palace", "Palm", "People",
        "Port", "Quay", "Red", "Regent", "Resettlement", "Ridge", "Row", "Shield", "Signal",
        "Sons", "Square", "Station", "Street", "Tanners", "Team", "Telegram", "Threat", "Tide",
        "Unit", "University", "Vanguard", "Way", "WhatsApp", "Wolves",
    ]
)  # fmt: skip
_SYLLABLES = [
    "ka", "ren", "dor", "vel", "mi", "sa", "tor", "lin", "bra", "ost", "hal", "den", "ve", "ra",
    "mor", "tan", "is", "el", "va", "ro", "ki", "lo", "fen", "gar", "ul", "es", "an", "thi", "bo",
]  # fmt: skip

_NAME_IN_TEXT = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}")
_TIME = re.compile(r"\b(?:[01]\d|2[0-3]):[0-5]\d\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DAY_BEFORE_MONTH = re.compile(
    r"\b\d{1,2}(?=\s+(?:" + "|".join(m[:3] for m in MONTHS) + r"))", re.IGNORECASE
)
_MONTH = re.compile(
    r"\b(?:" + "|".join(MONTHS) + r"|" + "|".join(m[:3] for m in MONTHS) + r")\b", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")


def _invented(rng: random.Random, length: int) -> str:
    word = ""
    while len(word) < max(3, length - 1):
        word += rng.choice(_SYLLABLES)
    return word.capitalize()


def _same_case(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    return word.capitalize() if model[:1].isupper() else word.lower()


def vary(template: str, rng: random.Random) -> str:
    """One variant of a report: new names, times, years, dates and digits."""
    names = sorted({w for w in _NAME_IN_TEXT.findall(template) if w not in ENGLISH})
    # one new word per name, none already in the report: two names made one (a man given
    # the city's name) would make a report that cannot be sanitized without losing the city
    taken = {w.lower() for w in re.findall(r"[A-Za-z]+", template)}
    mapping: dict[str, str] = {}
    for name in names:
        word = _invented(rng, len(name))
        while word.lower() in taken:
            word = _invented(rng, len(name))
        taken.add(word.lower())
        mapping[name] = word
    text = template
    if mapping:
        words = "|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True))
        pattern = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
        text = pattern.sub(
            lambda m: (
                _same_case(m.group(0), mapping[m.group(0).capitalize()])
                if m.group(0).capitalize() in mapping
                else m.group(0)
            ),
            text,
        )
    marks: list[str] = []

    def hold(value: str) -> str:
        # Varied values wait behind a digit-free placeholder so the digit pass leaves them be.
        marks.append(value)
        return f"\x00{chr(0xE000 + len(marks) - 1)}"

    text = _TIME.sub(lambda m: hold(f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"), text)
    text = _YEAR.sub(lambda m: hold(str(rng.randrange(2024, 2030))), text)
    text = _DAY_BEFORE_MONTH.sub(lambda m: hold(str(rng.randrange(1, 29))), text)

    def month(m: re.Match[str]) -> str:
        name = rng.choice(MONTHS)
        word = name[:3] if len(m.group(0)) == 3 else name
        return hold(_same_case(m.group(0), word))

    text = _MONTH.sub(month, text)
    text = _DIGITS.sub(
        lambda m: "".join(
            str(rng.randrange(1 if i == 0 and m.group(0)[0] != "0" else 0, 10))
            for i in range(len(m.group(0)))
        ),
        text,
    )
    return re.sub("\x00(.)", lambda m: marks[ord(m.group(1)) - 0xE000], text)


def templates(folder: Path) -> list[str]:
    """The sample reports directly in `folder` (the held-out ones are left out), sorted."""
    found = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    if not found:
        raise SystemExit(f"make_corpus: no *.txt reports in {folder}")
    return found


def report(index: int, seed: int, sources: list[str]) -> str:
    """Report number `index` of the corpus for `seed`: the same for any corpus size."""
    rng = random.Random(f"{seed}:{index}")
    return vary(sources[index % len(sources)], rng)


def write_corpus(out: Path, n: int, seed: int, sources: list[str]) -> int:
    """Write `n` reports under `out`; returns the number of words written."""
    words = 0
    for index in range(n):
        path = out / f"part-{index // PER_FOLDER:02d}" / f"report-{index + 1:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = report(index, seed, sources)
        path.write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and write the corpus."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: python benchmarks/make_corpus.py --n 2000 --seed 1 /tmp/corpus",
    )
    parser.add_argument("out", type=Path, help="folder to write (must be empty or absent)")
    parser.add_argument("--n", type=int, default=2000, help="number of reports (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--samples", type=Path, default=SAMPLES, help="folder of templates")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out}: not empty; name a new folder")
    words = write_corpus(args.out, args.n, args.seed, templates(args.samples))
    print(f"wrote {args.n} reports ({words} words) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
