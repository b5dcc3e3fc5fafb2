#!/usr/bin/env python3
"""Makes the import fixtures of Tests/EndToEndTests/ImportFixtures from the demonstration
bill in Texts/ (fictional text written for taskforce): a bilingual Chamber-style PDF, a
PDF in one language on two columns, a scan without text layer, an encrypted PDF, a
200-page bilingual PDF, a DOCX, an ODT, a password-protected DOCX and a zip that is no
document. The files are committed; run this again only to change them.

    pip install reportlab msoffcrypto-tool
    scripts/make-import-fixtures.py [OUT_DIR]            (default: the fixtures folder)
    scripts/make-import-fixtures.py --big OUT.pdf PAGES  (only the long PDF, for benchmarks)
"""
import io
import os
import re
import sys
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONT, BOLD, SIZE, LEAD = "Helvetica", "Helvetica-Bold", 9, 11.5
WIDTH, HEIGHT = A4
MARGIN, GUTTER = 50, 24
COLUMN = (WIDTH - 2 * MARGIN - GUTTER) / 2


def read_bill(language):
    """The demo bill's lines after its front matter, blank lines dropped."""
    with open(os.path.join(ROOT, "Texts", f"demo-travail-du-sexe.{language}.txt"), encoding="utf-8") as f:
        text = f.read()
    body = text.split("---\n", 2)[2]
    return [line for line in body.splitlines() if line.strip()]


def blocks(lines):
    """Groups lines into aligned blocks: a preamble, then one per chapter heading and article."""
    out, current = [], []
    for line in lines:
        if re.match(r"^(Art\.|Article\b|Artikel\b|CHAPITRE|HOOFDSTUK)", line) and current:
            out.append(current)
            current = []
        current.append(line)
    out.append(current)
    return out


def wrap(text, width, font):
    """Greedy wrapping. A long word that does not fit is cut with a hyphen when its first
    part fits on the line, as typesetters do (the import must join it again)."""
    lines, line = [], ""
    for word in text.split():
        candidate = (line + " " + word).strip()
        if stringWidth(candidate, font, SIZE) <= width:
            line = candidate
            continue
        if line and len(word) >= 10:
            for cut in range(len(word) - 4, 4, -1):
                head = line + " " + word[:cut] + "-"
                if word[:cut].isalpha() and stringWidth(head, font, SIZE) <= width:
                    line, word = head, word[cut:]
                    break
        if line:
            lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines


class Document:
    """A two-column page writer with a running header and a numbered footer."""

    def __init__(self, path, header, footer, encrypt=None):
        # invariant: no date or random id inside, so that running this again changes no byte.
        self.c = canvas.Canvas(path, pagesize=A4, pageCompression=1, encrypt=encrypt, invariant=1)
        self.header, self.footer = header, footer
        self.page = 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.c.setFont(FONT, 8)
        self.c.drawString(MARGIN, HEIGHT - 30, self.header)
        self.c.drawRightString(WIDTH - MARGIN, 30, f"{self.footer}   {self.page}")
        self.y = HEIGHT - 60

    def lines_of(self, block):
        """(text, font, indent, gap_before) for a block of source lines."""
        out = []
        for i, source in enumerate(block):
            label = re.match(r"^(Art\.|Article\b|Artikel\b)", source) is not None
            heading = re.match(r"^(CHAPITRE|HOOFDSTUK|EXPOS|MEMORIE|COMMENTAIRE|ARTIKELSGEWIJZE|PROJET|WETSONTWERP|AVANT|VOORONTWERP)", source)
            font = BOLD if (label or heading or (i == 1 and re.match(r"^(Art|Article|Artikel)", block[0]))) else FONT
            for j, line in enumerate(wrap(source, COLUMN - 12, font)):
                out.append((line, font, 10 if j == 0 and not (label or heading) else 0, 4 if j == 0 else 0))
        return out

    def side_by_side(self, left, right):
        a, b = self.lines_of(left), self.lines_of(right)
        height = max(sum(LEAD + g for _, _, _, g in a), sum(LEAD + g for _, _, _, g in b))
        if self.y - height < 60:
            self.new_page()
        top = self.y
        for x, lines in ((MARGIN, a), (MARGIN + COLUMN + GUTTER, b)):
            y = top
            for text, font, indent, gap in lines:
                y -= LEAD + gap
                self.c.setFont(font, SIZE)
                self.c.drawString(x + indent, y, text)
        self.y = top - height - 6

    def flowing(self, lines_source):
        """One language down the left column, then the right, page after page."""
        column, lines = 0, self.lines_of(lines_source)
        for text, font, indent, gap in lines:
            if self.y - LEAD - gap < 60:
                if column == 0:
                    column, self.y = 1, HEIGHT - 60
                else:
                    self.new_page()
                    column = 0
            self.y -= LEAD + gap
            self.c.setFont(font, SIZE)
            self.c.drawString(MARGIN + column * (COLUMN + GUTTER) + indent, self.y, text)

    def save(self):
        self.c.showPage()
        self.c.save()


MEMO = {
    "fr": ["EXPOSÉ DES MOTIFS", "Le présent projet améliore la sécurité et les droits des travailleurs du sexe.",
           "COMMENTAIRE DES ARTICLES", "Article 1er", "Cet article précise le fondement constitutionnel de la loi.",
           "Art. 2", "Cet article définit les notions utilisées dans la loi.",
           "Art. 3", "Cet article fixe le champ d'application."],
    "nl": ["MEMORIE VAN TOELICHTING", "Dit ontwerp verbetert de veiligheid en de rechten van de sekswerkers.",
           "ARTIKELSGEWIJZE BESPREKING", "Artikel 1", "Dit artikel bepaalt de grondwettelijke grondslag van de wet.",
           "Art. 2", "Dit artikel omschrijft de begrippen die de wet gebruikt.",
           "Art. 3", "Dit artikel bepaalt het toepassingsgebied."],
}
DRAFT = {
    "fr": ["AVANT-PROJET DE LOI soumis à l'avis du Conseil d'État", "Article 1er",
           "La présente loi règle une matière visée à l'article 74 de la Constitution.",
           "Art. 2", "Pour l'application de la présente loi, on entend par travailleur du sexe toute personne majeure qui fournit des services sexuels.",
           "Art. 3", "La présente loi s'applique à tout travail sexuel exercé sur le territoire."],
    "nl": ["VOORONTWERP VAN WET onderworpen aan het advies van de Raad van State", "Artikel 1",
           "Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.",
           "Art. 2", "Voor de toepassing van deze wet wordt onder sekswerker verstaan elke meerderjarige die seksuele diensten verleent.",
           "Art. 3", "Deze wet is van toepassing op elk sekswerk dat op het grondgebied wordt verricht."],
}
HEADER = "DOC 56 0001/001"
FOOTER = "KAMER · 1e ZITTING VAN DE 56e ZITTINGSPERIODE — CHAMBRE · 1e SESSION DE LA 56e LÉGISLATURE"


def chamber_pdf(path, encrypt=None):
    fr, nl = read_bill("fr"), read_bill("nl")
    doc = Document(path, HEADER, FOOTER, encrypt)
    for a, b in zip(blocks(MEMO["fr"]), blocks(MEMO["nl"])):
        doc.side_by_side(a, b)
    doc.new_page()
    doc.side_by_side(["PROJET DE LOI"], ["WETSONTWERP"])
    for a, b in zip(blocks(fr), blocks(nl)):
        doc.side_by_side(a, b)
    doc.new_page()
    for a, b in zip(blocks(DRAFT["fr"]), blocks(DRAFT["nl"])):
        doc.side_by_side(a, b)
    doc.save()


def one_language_pdf(path):
    doc = Document(path, "Projet de loi de démonstration (fictif)", "Page")
    doc.flowing(read_bill("fr"))
    doc.save()


def scanned_pdf(path):
    """Grey bars where lines of text would be: a page as a scan without OCR shows it."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for page in range(2):
        y = HEIGHT - 80
        while y > 80:
            c.setFillGray(0.6)
            c.rect(MARGIN, y, COLUMN, 5, stroke=0, fill=1)
            c.rect(MARGIN + COLUMN + GUTTER, y, COLUMN, 5, stroke=0, fill=1)
            y -= 12
        c.showPage()
    c.save()


def big_pdf(path, pages):
    """A long bilingual bill: the demo bill's articles again and again, numbered on."""
    fr, nl = read_bill("fr"), read_bill("nl")
    def without_closing(block):
        for i, line in enumerate(block):
            if line.startswith(("Promulguons", "Kondigen")):
                return block[:i]
        return block
    fr_articles = [without_closing(b) for b in blocks(fr) if re.match(r"^(Art\.|Article)", b[0])]
    nl_articles = [without_closing(b) for b in blocks(nl) if re.match(r"^(Art\.|Artikel)", b[0])]
    doc = Document(path, HEADER, FOOTER)
    doc.side_by_side(fr[:3], nl[:3])
    number = 0
    while doc.page < pages:
        a, b = fr_articles[number % len(fr_articles)], nl_articles[number % len(nl_articles)]
        number += 1
        label_fr = "Article 1er" if number == 1 else f"Art. {number}"
        label_nl = "Artikel 1" if number == 1 else f"Art. {number}"
        doc.side_by_side([label_fr] + a[1:], [label_nl] + b[1:])
    doc.save()
    return number


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(path):
    """The French bill as a minister's office would type it: chapters in `Heading 1`,
    odd articles as `Heading 2` paragraphs (`Article 1er – Objet`), even ones as a bold
    `Art. 2.` run opening the first paragraph. Style ids are Dutch Word's (`Kop1`)."""
    paragraphs = []
    def p(text, style=None, bold_start=None):
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        runs = ""
        if bold_start:
            runs += f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{xml_escape(bold_start)} </w:t></w:r>'
        runs += f'<w:r><w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'
        paragraphs.append(f"<w:p>{props}{runs}</w:p>")
    for block in blocks(read_bill("fr")):
        first = block[0]
        m = re.match(r"^(Art\. (\S+)|Article 1er)$", first)
        if first.startswith("CHAPITRE"):
            p(first, "Kop1")
            rest = block[1:]
        elif m and (m.group(2) is None or not (m.group(2)[:-3] if m.group(2).endswith("bis") else m.group(2)).isdigit()
                    or int(m.group(2).rstrip("bis")) % 2 == 1):
            p(f"{first} – {block[1]}", "Kop2")
            rest = block[2:]
        elif m:
            p(f"{block[1]}. {block[2]}", bold_start=first + ".")
            rest = block[3:]
        else:
            rest = block
        for line in rest:
            p(line)
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(paragraphs)}</w:body></w:document>'
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:styles {W}>'
              '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style></w:styles>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)


def odt(path):
    """The Dutch bill as LibreOffice writes it: `<text:h>` for chapters and for `Artikel 1
    Toepassingsgebied`, a bold automatic style on the `Art. N` span of the other articles."""
    body = []
    for block in blocks(read_bill("nl")):
        first = block[0]
        if first.startswith("HOOFDSTUK"):
            body.append(f'<text:h text:outline-level="1">{xml_escape(first)}</text:h>')
            rest = block[1:]
        elif first.startswith("Artikel") or first in ("Art. 5bis", "Art. 12"):
            body.append(f'<text:h text:outline-level="2">{xml_escape(first)} {xml_escape(block[1])}</text:h>')
            rest = block[2:]
        elif first.startswith("Art."):
            body.append(f'<text:p text:style-name="P1"><text:span text:style-name="T1">{xml_escape(first)}</text:span>'
                        f'<text:s/>{xml_escape(block[1])}. {xml_escape(block[2])}</text:p>')
            rest = block[3:]
        else:
            rest = block
        for line in rest:
            body.append(f'<text:p text:style-name="P1">{xml_escape(line)}</text:p>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">'
               '<office:automatic-styles><style:style style:name="T1" style:family="text">'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/>'
               '</office:automatic-styles><office:body><office:text>' + "".join(body) +
               '</office:text></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
                   zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def encrypted_docx(source, path):
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    with open(source, "rb") as f:
        plain = OOXMLFile(f)
        with open(path, "wb") as out:
            plain.encrypt("secret", out)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--big":
        count = big_pdf(sys.argv[2], int(sys.argv[3]))
        print(f"{sys.argv[2]}: {sys.argv[3]} pages, {count} articles")
        return
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Tests", "EndToEndTests", "ImportFixtures")
    os.makedirs(out, exist_ok=True)
    chamber_pdf(os.path.join(out, "chamber-bill.frnl.pdf"))
    chamber_pdf(os.path.join(out, "encrypted.pdf"), encrypt="secret")
    one_language_pdf(os.path.join(out, "one-language-two-columns.fr.pdf"))
    scanned_pdf(os.path.join(out, "scan-without-text.pdf"))
    big_pdf(os.path.join(out, "long-bill-200-pages.frnl.pdf"), 200)
    docx(os.path.join(out, "draft.fr.docx"))
    odt(os.path.join(out, "draft.nl.odt"))
    encrypted_docx(os.path.join(out, "draft.fr.docx"), os.path.join(out, "password.docx"))
    with zipfile.ZipFile(os.path.join(out, "photos.zip"), "w") as z:
        z.writestr("readme.txt", "Not a document: a zip of notes.\n")


if __name__ == "__main__":
    main()
