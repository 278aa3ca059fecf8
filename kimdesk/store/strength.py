"""How guessable a passphrase is: zxcvbn's estimate, with KIMdesk's own words added.

zxcvbn (Dropbox's estimator; the maintained Python port) knows common passwords, English
words, names, keyboard patterns, sequences and repeats. It does not know the published demo
passphrase or the words everyone in a KIM office would try first, so those are given to it
as "user inputs" and count as guessed in a handful of attempts. A passphrase is accepted from
score 3 ("safely unguessable: moderate protection from offline slow-hash scenario", i.e. at
least 10^8 guesses) — the key and enrolment files are slow hashes (Argon2id).
"""

from __future__ import annotations

from dataclasses import dataclass

from kimdesk.i18n import translate

MIN_LENGTH = 8
MIN_SCORE = 3
MAX_ESTIMATED = 72  # zxcvbn's own limit
# words an attacker of a KIM laptop tries first: the app, the demo, the office, the season
CONTEXT_WORDS = (
    "kimdesk", "kimdesk-demo", "demo", "kim", "kommunal", "integration", "integrationsmanagement",
    "passwort", "kennwort", "geheim", "hallo", "willkommen", "sommer", "winter", "fruehling", "herbst",
    "stadt", "kreis", "kreishaus", "rathaus", "verwaltung", "nrw", "deutschland", "qwertz", "schatz",
)


@dataclass(frozen=True)
class Estimate:
    score: int  # 0 (guessed at once) … 4 (very hard to guess)
    reason: str  # the whole sentence; empty when acceptable
    why: str = ""  # the short part of it, for the hint while typing

    @property
    def ok(self) -> bool:
        return not self.reason


def _reason(result: dict) -> str:
    sequence = result.get("sequence") or []
    patterns = {m.get("pattern") for m in sequence}
    if any(m.get("pattern") == "dictionary" and m.get("dictionary_name") == "user_inputs" for m in sequence):
        return translate("Keys", "sie enthält ein naheliegendes Wort wie „kimdesk“ oder „Passwort“ oder ist die "
                                 "veröffentlichte Demo-Passphrase")
    if "repeat" in patterns:
        return translate("Keys", "sie besteht aus Wiederholungen wie „aaaa“ oder „abcabc“")
    if "sequence" in patterns or "spatial" in patterns:
        return translate("Keys", "sie enthält eine Folge wie „1234“, „abcd“ oder „qwertz“")
    if "dictionary" in patterns:
        return translate("Keys", "sie ist ein häufiges Passwort oder Wort")
    if "date" in patterns:
        return translate("Keys", "sie enthält ein Datum oder eine Jahreszahl")
    return translate("Keys", "sie ist zu leicht zu erraten")


def estimate(passphrase: str) -> Estimate:
    if len(passphrase) < MIN_LENGTH:
        return Estimate(0, translate("Keys", "Die Passphrase muss mindestens {n} Zeichen lang sein.")
                        .format(n=MIN_LENGTH), translate("Keys", "zu kurz (mindestens {n} Zeichen)").format(n=MIN_LENGTH))
    from zxcvbn import zxcvbn

    # zxcvbn refuses more than 72 characters (its cost grows with the length); the first 72
    # decide: a long passphrase whose start is guessable is still refused
    result = zxcvbn(passphrase[:MAX_ESTIMATED], user_inputs=list(CONTEXT_WORDS))
    score = int(result["score"])
    if score >= MIN_SCORE:
        return Estimate(score, "")
    why = _reason(result)
    return Estimate(score, translate("Keys", "Die Passphrase ist zu schwach: {why}. Besser ist ein Satz aus "
                                             "mehreren Wörtern.").format(why=why), why)
