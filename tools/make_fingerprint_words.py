"""Make resources/wordlists/fingerprint-words-N.txt: the EFF large wordlist less the words in deny-N.txt.

    .venv/bin/python tools/make_fingerprint_words.py EFF_LIST [N]

EFF_LIST is eff_large_wordlist.txt as the EFF publishes it ("11111<TAB>abacus" lines; the copy in the diceware
package, diceware/wordlists/wordlist_en_eff.txt, is the same file). Its SHA-256 is checked, so the list made is
the same wherever it is made. Words that are not plain letters (t-shirt, yo-yo) are left out too. A new deny
list means a new N: the app names the list version it uses, and the office and the laptops must run the same
one to see the same words (docs/sync.md).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

EFF_SHA256 = "addd35536511597a02fa0a9ff1e5284677b8883b83e986e43f15a3db996b903e"
HERE = Path(__file__).resolve().parent.parent / "resources" / "wordlists"


def read_deny(path: Path) -> set[str]:
    return {line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines()} - {""}


def main(argv: list[str]) -> int:
    source = Path(argv[1])
    version = argv[2] if len(argv) > 2 else "1"
    raw = source.read_bytes()
    if hashlib.sha256(raw).hexdigest() != EFF_SHA256:
        print(f"{source} is not the EFF large wordlist this tool knows (SHA-256 differs)", file=sys.stderr)
        return 1
    words = [line.split("\t")[1] for line in raw.decode("utf-8").splitlines() if line.strip()]
    deny = read_deny(HERE / f"deny-{version}.txt")
    # Plain letters only: "t-shirt" typed as "tshirt" would not match a recovery code.
    kept = [w for w in words if w not in deny and re.fullmatch(r"[a-z]+", w)]
    (HERE / f"fingerprint-words-{version}.txt").write_text("".join(w + "\n" for w in kept), "utf-8")
    print(f"{len(kept)} words kept of {len(words)} ({len(words) - len(kept)} denied)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
