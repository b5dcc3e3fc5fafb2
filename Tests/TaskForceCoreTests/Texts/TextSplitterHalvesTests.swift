import Foundation
import PropertyBased
import Testing
@testable import TaskForceCore

/// A large code is split in two halves on two cores (`LaterHalf`, `Run.join`). Whatever the
/// text, the result must be the one-pass split's: the same parts, paths, line numbers,
/// duplicate reports and notices. Here every text is split both ways, the halves forced on
/// texts of any length (`twoCoresFrom: 0`).
struct TextSplitterHalvesTests {
    static func bothWays(_ bytes: [UInt8], file: String) -> (halves: SplitText, whole: SplitText) {
        (TextSplitter.split(utf8: bytes, file: file, twoCoresFrom: 0),
         TextSplitter.split(utf8: bytes, file: file, twoCoresFrom: .max))
    }

    /// Whether the split of `bytes` took the later half (it may be thrown away, rightly).
    static func joins(_ bytes: [UInt8]) -> Bool {
        let lines = TextLines(bytes)
        return TextBytes.reading(bytes) { text in
            var run = TextSplitter.Run(bytes: bytes, text: text, lines: lines, file: "t.txt", style: .keywords)
            let later = LaterHalf(bytes, text, lines: lines, file: "t.txt", style: .keywords)
            _ = run.split(laterHalf: later)
            return run.joinedLaterHalf
        }
    }

    /// A code as a generator makes it: articles in order under titles, chapters and sections
    /// at random, with quoted amending text, wrapped sentences, repeated and backward
    /// numbers, Justel notes under headings, a closing formula and what may follow it.
    static func code(_ choices: [Int]) -> [String] {
        var lines = ["Loi d'essai", ""]
        var n = 1
        for choice in choices {
            switch choice {
            case 0: lines += ["TITRE \(n). - Titre", ""]
            case 1: lines += ["CHAPITRE \(n). - Chapitre", ""]
            case 2: lines += ["Section \(n). - Section", ""]
            case 3: lines += ["« Art. \(n + 1). Texte cité", "qui continue »", ""]
            case 4: lines += ["\" Article \(n + 40). Cité sans fin", ""]
            case 5: lines += ["Le texte s'arrête au milieu de", "Article \(max(1, n - 3)). ce qui suit", ""]
            case 6: lines += ["Art. \(max(1, n - 2)). Un numéro répété.", ""]
            case 7: lines += ["(1)<L 1999-05-04/60, art. 3>", ""]
            case 8: lines += ["Article \(n)", "Objet court", "Le texte de l'article.", ""]
            case 9: lines += ["Art. \(n)bis. Inséré.", ""]
            case 10 where n > 30: lines += ["Promulguons la présente loi.", "", "Artikel 1. Un second texte.", ""]
            default: lines += ["Art. \(n). § 1er. Le texte de l'article \(n).", "§ 2. La suite, terminée.", ""]
            }
            n += 1
        }
        return lines
    }

    @Test func generatedCodesSplitInHalvesAsInOnePass() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...13).array(of: 40...400)) { choices in
            let bytes = Array(Self.code(choices).joined(separator: "\n").utf8)
            let split = Self.bothWays(bytes, file: "code.fr.txt")
            #expect(split.halves == split.whole)
            #expect(split.halves.articles.map(\.path) == split.whole.articles.map(\.path))
        }
    }

    @Test func fragmentDocumentsSplitInHalvesAsInOnePass() async {
        await propertyCheck(count: 400, input: Gen.element(of: SplitterPropertyTests.fragments).array(of: 0...120)) { pieces in
            let bytes = Array(pieces.compactMap { $0 }.joined(separator: "\n").utf8)
            let split = Self.bothWays(bytes, file: "gen.txt")
            #expect(split.halves == split.whole)
            #expect(split.halves.articles.map(\.path) == split.whole.articles.map(\.path))
        }
    }

    /// The halves are taken, not only thrown away: on ordered codes nearly always, and on the
    /// demo bills, and a number of the first half repeated in the later one is reported there.
    @Test func theLaterHalfIsTakenWhereItReadsOn() throws {
        var code = ["Code", ""]
        for n in 1...400 { code += [n % 50 == 1 ? "CHAPITRE \(n). - Partie" : "", "Art. \(n). Texte \(n).", ""] }
        code += ["Art. 7. Encore le sept.", ""]
        let bytes = Array(code.joined(separator: "\n").utf8)
        #expect(Self.joins(bytes))
        let split = Self.bothWays(bytes, file: "code.fr.txt")
        #expect(split.halves == split.whole)
        #expect(split.halves.problems.map(\.message) == ["article 7 appears twice (first at line 22)"])

        for name in ["demo-travail-du-sexe.fr.txt", "demo-vitrines.nl.txt"] {
            let demo = try [UInt8](Data(contentsOf: DemoBillTests.texts.appendingPathComponent(name)))
            #expect(Self.joins(demo), "\(name)")
            let split = Self.bothWays(demo, file: name)
            #expect(split.halves == split.whole, "\(name)")
        }
    }

    /// Every real text, and each one twice in a row (every number then repeats across the
    /// halves, and a second text follows the closing matter).
    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout"))
    func realTextsSplitInHalvesAsInOnePass() throws {
        var texts: [(String, [UInt8])] = []
        for directory in [SharedTexts.directory, SharedTexts.intakeDirectory].compactMap({ $0 }) {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
                let url = directory.appendingPathComponent(name)
                let lower = name.lowercased()
                if lower.hasSuffix(".txt") || lower.hasSuffix(".md") {
                    guard name != "SOURCES.md" else { continue }
                    texts.append((name, try [UInt8](Data(contentsOf: url))))
                } else if lower.hasSuffix(".xml") || lower.hasSuffix(".html") {
                    // The rendering `TextFile` splits for an imported format.
                    texts.append((name, Array(try Importer.importFile(at: url, displayName: name).rendered().utf8)))
                }
            }
        }
        #expect(texts.count >= 15, "the corpus has shrunk: \(texts.map(\.0))")
        var notJoined: [String] = []
        for (name, bytes) in texts {
            let decoded = try TextDecoding.decode(bytes, file: name).utf8
            for text in [decoded, decoded + [0x0A] + decoded] {
                let split = Self.bothWays(text, file: name)
                #expect(split.halves == split.whole, "\(name), \(text.count) bytes")
                #expect(split.halves.articles.map(\.path) == split.whole.articles.map(\.path), "\(name)")
                if text.count == decoded.count, !Self.joins(text) { notJoined.append(name) }
            }
        }
        print("later half not taken: \(notJoined)")
        #expect(notJoined.count * 4 <= texts.count, "the later half was thrown away for \(notJoined)")
    }
}
