#!/usr/bin/env python3
"""Writes a large synthetic French bill for scripts/bench-split.

Shaped like a Belgian code: titles, chapters and sections, `Art. N.` labels (some `Nbis`),
`§` paragraphs and `1°` items, accented words, a preamble and a closing formula. The text
is nonsense assembled from a fixed word list with a fixed seed, so every run writes the
same bytes. Never commit its output.

usage: make-big-bill.py OUT [ARTICLES]   (prints the number of articles written)
"""
import random
import sys

WORDS = (
    "le travailleur du sexe employeur exploitant personne de confiance sécurité santé "
    "hygiène contrat rémunération congé à où être règlement prévu présent article "
    "disposition lieu de travail chambre vitrine bouton d'alarme préavis indemnité "
    "médecin attestation données à caractère personnel traitement ministre arrêté "
    "délai jours ouvrables accès formation représentant syndical français néerlandais "
    "reçu façon élève déclaration sociale sûreté intérêt procédure conformément"
).split()


def sentence(rng, low, high):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return words[0].capitalize() + " " + " ".join(words[1:])


def article_lines(rng, label):
    paragraphs = rng.randint(1, 4)
    first = "§ 1er. " if paragraphs > 1 else ""
    lines = [f"{label} {first}{sentence(rng, 8, 20)}."]
    for p in range(2, paragraphs + 1):
        lines.append(f"§ {p}. {sentence(rng, 12, 30)} :")
        for item in range(1, rng.randint(2, 5) + 1):
            lines.append(f"{item}° {sentence(rng, 6, 18).lower()};")
    return lines


def main():
    out = sys.argv[1]
    wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 6500
    rng = random.Random(20260901)
    lines = [
        "---",
        "title: Code synthétique de démonstration (généré pour la mesure de vitesse)",
        "status: fictif — généré par scripts/make-big-bill.py",
        "---",
        "CODE SYNTHÉTIQUE DE DÉMONSTRATION",
        "",
        "PHILIPPE, Roi des Belges,",
        "A tous, présents et à venir, Salut.",
        "",
    ]
    count = 0
    number = 0
    while count < wanted:
        number += 1
        if number % 500 == 1:
            lines += ["", f"TITRE {number // 500 + 1}. - {sentence(rng, 3, 6)}"]
        if number % 50 == 1:
            chapter = (number % 500) // 50 + 1
            ordinal = "1er" if chapter == 1 else str(chapter)
            lines += ["", f"CHAPITRE {ordinal}. - {sentence(rng, 3, 6)}"]
        if number % 10 == 1:
            section = (number % 50) // 10 + 1
            ordinal = "1re" if section == 1 else str(section)
            lines += ["", f"Section {ordinal}. - {sentence(rng, 2, 5)}"]
        label = "Article 1er." if number == 1 else f"Art. {number}."
        lines += [""] + article_lines(rng, label)
        count += 1
        if number % 37 == 0 and count < wanted:
            lines += [""] + article_lines(rng, f"Art. {number}bis.")
            count += 1
    lines += ["", "Promulguons la présente loi, ordonnons qu'elle soit revêtue du sceau de l'Etat.",
              "Donné à Bruxelles, le 1er septembre 2026.", "PHILIPPE", ""]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(count)


if __name__ == "__main__":
    main()
