#!/usr/bin/env python3
"""Writes many valid annotation files for scripts/bench-annotations.

Each file is byte for byte what `AnnotationCodec.encode` writes (sorted keys, two-space
indent, one field per line, tags as a list, the body raw UTF-8 with only `"` and `\\`
escaped: the generated text has no control characters), on articles of the demonstration
bill with their real French fingerprints, so that `taskforce check` finds them all valid
and current. Mostly comments; endorsements (some with a show of hands) and withdrawals
target earlier comments. Comments carry a key and withdrawals the signature of the
comment's key, shows of hands that of their session's facilitator key, whose record is
written in sessions/ (Annotations/README.md, "Authority"), from keys derived from each id and a
published phrase: bench data, nothing secret. Needs the `cryptography` package. Folders 0700, files 0600, file times at midnight UTC of the day.
Fixed seed, so every run writes the same annotations. Never commit its output.

usage: make-annotations.py ANNOTATIONS_DIR [COUNT]   (prints the number of files written)
"""
import calendar
import hashlib
import os
import random
import sys

TEXT = "demo-travail-du-sexe"
# `taskforce parse --json Texts/demo-travail-du-sexe.fr.txt`
FINGERPRINTS = {
    "1": "0eb661f111e275d9", "2": "13687307d206e489", "3": "5314792bd17e8a47", "4": "79678ac1cdde7ef3",
    "5": "35d5570ed90c31a9", "5bis": "7ccfa99713f915ee", "6": "35540990a0ba937c", "7": "e8ce38395fb3c0c7",
    "8": "b680fc696e3a08bc", "9": "7e923ab4054d3f9e", "10": "22bdc92428d8cb38", "11": "4d8b4a2bb4fa4ba0",
    "12": "2f93c64f51e71e83", "13": "c7092f18f0035c39", "14": "6d8a5d032d4fe6da", "15": "0dfd614726c1918f",
    "16": "a2e3277707395d9f", "17": "b1b52e718f355b22", "18": "de797768b66006da", "19": "f1eb126ba2c1b65a",
    "20": "a0919acc612fff4e",
}
SESSIONS = ["BXL-2026-%02d" % n for n in range(1, 13)]
STANCES = ["support", "concern", "oppose", "question"]
# In the order of the `Theme` enum, which is the order tags are written in.
THEMES = ["safety", "health", "income", "contract", "policing", "migration", "housing", "privacy", "consent", "other"]
WORDS = {
    "fr": "nous voulons un contrat écrit la sécurité passe avant tout le registre nous met en danger "
          "qui contrôle les données à caractère personnel le bouton d'alarme doit être à nous "
          "les amendes tombent toujours sur les travailleuses \"pourquoi\" ce délai".split(),
    "nl": "wij willen een geschreven contract veiligheid eerst het register brengt ons in gevaar "
          "wie controleert de persoonsgegevens de alarmknop moet van ons zijn boetes treffen altijd ons".split(),
    "en": "we want a written contract safety comes first the register puts us at risk who controls "
          "the personal data the alarm button must be ours fines always fall on the workers".split(),
}


def quoted(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def encode(fields):
    lines = []
    for key in sorted(fields):
        value = fields[key]
        if isinstance(value, list):
            text = "[]" if not value else "[\n" + ",\n".join("    " + quoted(v) for v in value) + "\n  ]"
        elif isinstance(value, int):
            text = str(value)
        else:
            text = quoted(value)
        lines.append("  " + quoted(key) + ": " + text)
    return ("{\n" + ",\n".join(lines) + "\n}\n").encode("utf-8")


def private_key(ident):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(("taskforce bench key " + ident).encode()).digest())


def public_hex(key):
    from cryptography.hazmat.primitives import serialization
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def main():
    root = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rng = random.Random(20260308)
    folder = os.path.join(root, TEXT)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    comments = []
    for n in range(count):
        article = rng.choice(list(FINGERPRINTS))
        day = "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        ident = "%032x" % rng.getrandbits(128)
        fields = {"format": "taskforce.annotation.v1", "id": ident, "text": TEXT, "article": article,
                  "fingerprint": FINGERPRINTS[article], "day": day}
        if rng.random() < 0.3:
            fields["session"] = "BXL-2026-%02d" % rng.randint(1, 12)
        roll = rng.random()
        if not comments or roll < 0.8:
            language = rng.choice(list(WORDS))
            words = [rng.choice(WORDS[language]) for _ in range(rng.randint(8, 90))]
            fields.update(kind="comment", stance=rng.choice(STANCES), language=language,
                          tags=[t for t in THEMES if rng.random() < 0.15],
                          body=" ".join(words).capitalize() + ".")
            if rng.random() < 0.05:
                fields["proposal"] = " ".join(rng.choice(WORDS[language]) for _ in range(40))
            fields["key"] = public_hex(private_key(ident))
            comments.append((ident, article))
        else:
            target, article = rng.choice(comments)
            fields.update(article=article, fingerprint=FINGERPRINTS[article], target=target)
            if roll < 0.95:
                fields["kind"] = "endorsement"
                if rng.random() < 0.3:
                    fields["count"] = rng.randint(2, 40)
                    # A show of hands is its session's facilitator's, signed with that key
                    # (the session chosen from the id: the random sequence stays the same).
                    fields.setdefault("session", SESSIONS[int(ident[:4], 16) % len(SESSIONS)])
                    fields["signature"] = private_key("session " + fields["session"]).sign(encode(fields)).hex()
            else:
                fields["kind"] = "withdrawal"
                # Signed by the key of the comment it withdraws: it stands.
                fields["signature"] = private_key(target).sign(encode(fields)).hex()
        path = os.path.join(folder, ident + ".json")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(encode(fields))
        midnight = calendar.timegm((int(day[:4]), int(day[5:7]), int(day[8:]), 0, 0, 0))
        os.utime(path, (midnight, midnight))
    # The sessions' records, with the facilitator keys that signed the shows of hands.
    sessions = os.path.join(root, "sessions")
    os.makedirs(sessions, mode=0o700, exist_ok=True)
    for code in SESSIONS:
        record = {"code": code, "day": "2026-01-01", "format": "taskforce.session.v1", "headcount": 12,
                  "key": public_hex(private_key("session " + code)), "place": "Bruxelles"}
        path = os.path.join(sessions, code + ".json")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(encode(record))
    print(count)


if __name__ == "__main__":
    main()
