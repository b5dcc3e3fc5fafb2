#!/usr/bin/env python3
"""Gives the fictional demo annotations in Annotations/ their keys and signatures.

Every comment and endorsement gets the public half of a key, every edit, withdrawal,
moderation and show of hands the signature `taskforce` would write (Annotations/README.md, "Authority"), and
each demo session record the public half of its facilitator key. The demo's private keys
are derived from a fixed, published phrase: they are NOT secret, which is harmless for
fictional examples and lets tests act as the demo's facilitator. Real keys are random.

Files are rewritten in the canonical format (`AnnotationCodec.encode`), so running the
script twice changes nothing. Needs the `cryptography` package (python3-cryptography).

usage: sign-demo-annotations.py [ANNOTATIONS_DIR]            (default: Annotations)
       sign-demo-annotations.py --session-key CODE           prints the demo facilitator key
"""
import hashlib
import json
import os
import sys

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives import serialization

PHRASE = "taskforce fictional demo key "


def private_key(name):
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256((PHRASE + name).encode()).digest())


def public_hex(key):
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def quoted(s):
    out = '"'
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        elif ch == "\t":
            out += "\\t"
        elif ch == "\r":
            out += "\\r"
        elif o < 0x20 or o == 0x7F:
            out += "\\u%04x" % o
        else:
            out += ch
    return out + '"'


def encode(fields):
    lines = []
    for key in sorted(fields):
        value = fields[key]
        if isinstance(value, bool):
            text = "true"
        elif isinstance(value, list):
            text = "[]" if not value else "[\n" + ",\n".join("    " + quoted(v) for v in value) + "\n  ]"
        elif isinstance(value, int):
            text = str(value)
        else:
            text = quoted(value)
        lines.append("  " + quoted(key) + ": " + text)
    return ("{\n" + ",\n".join(lines) + "\n}\n").encode("utf-8")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--session-key":
        print(private_key("session " + sys.argv[2]).private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()).hex())
        return
    root = sys.argv[1] if len(sys.argv) > 1 else "Annotations"
    sessions = os.path.join(root, "sessions")
    for name in sorted(os.listdir(sessions)):
        path = os.path.join(sessions, name)
        record = json.load(open(path, encoding="utf-8"))
        record["key"] = public_hex(private_key("session " + record["code"]))
        rewrite(path, encode(record))
    records = {}
    for text in sorted(os.listdir(root)):
        folder = os.path.join(root, text)
        if text in ("sessions", "live", "tmp", "drafts", "quarantine", "conflicts") or not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            records[os.path.join(folder, name)] = json.load(open(os.path.join(folder, name), encoding="utf-8"))
    by_id = {r["id"]: r for r in records.values()}
    for path, r in records.items():
        r.pop("signature", None)
        if r["kind"] in ("comment", "endorsement"):
            r["key"] = public_hex(private_key(r["id"]))
        signer = None
        if r["kind"] == "comment" and "supersedes" in r:
            signer = private_key(r["supersedes"])
        elif r["kind"] == "withdrawal":
            target = by_id[r["target"]]
            by_facilitator = target["kind"] == "moderation" or "count" in target
            signer = private_key("session " + target["session"]) if by_facilitator else private_key(target["id"])
        elif r["kind"] == "moderation" or r["kind"] == "endorsement" and "count" in r:
            # A moderation and a show of hands are the session's facilitator's.
            signer = private_key("session " + r["session"])
        if signer:
            r["signature"] = signer.sign(encode(r)).hex()
        rewrite(path, encode(r))


def rewrite(path, data):
    """Replaces the file in one step, keeping its mode and times (midnight of its day)."""
    info = os.stat(path)
    temporary = path + ".part"
    with open(temporary, "wb") as f:
        f.write(data)
    os.chmod(temporary, info.st_mode & 0o777)
    os.utime(temporary, (info.st_atime, info.st_mtime))
    os.replace(temporary, path)


main()
