import Foundation
import Testing
@testable import TaskForceCore

/// A file of 1 MB or more is loaded with its lines found while a second thread validates it
/// (`TextFile.load`): the split must be the one of the plain path, and the lines must be
/// dropped when the decoded text is not the file's bytes as they stand.
struct LargeTextLoadTests {
    /// About 1.2 MB of articles with accents, quotations and headings.
    static let code: String = {
        var lines = ["Code d'essai", ""]
        for n in 1...4_500 {
            if n % 100 == 1 { lines += ["CHAPITRE \(n / 100 + 1). - Chapitre", ""] }
            lines += ["Art. \(n). Le délai de préavis « prévu » est prolongé pour l'article \(n),",
                      "§ 2. Le travailleur peut refuser ; la mesure s'applique à chacun, sans exception aucune.",
                      "1° les conditions fixées par le Roi, après avis de la commission paritaire compétente;", ""]
        }
        return lines.joined(separator: "\n")
    }()

    static func load(_ bytes: [UInt8]) throws -> TextFile {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("code.fr.txt")
        try Data(bytes).write(to: url)
        return try TextFile.load(url)
    }

    @Test func aLargeUTF8TextSplitsAsThePlainPathDoes() throws {
        let bytes = Array(Self.code.utf8)
        #expect(bytes.count >= FileReading.largeFile, "the text must be large enough to take the second thread")
        let loaded = try Self.load(bytes)
        #expect(loaded.encoding == .utf8)
        #expect(loaded.split == TextSplitter.split(utf8: bytes, file: "x"))
        #expect(loaded.split.articles.count == 4_500)
    }

    @Test func aLargeTextWithABOMOrInLatin1IsSplitFromItsDecodedBytes() throws {
        let withBOM = try Self.load([0xEF, 0xBB, 0xBF] + Array(Self.code.utf8))
        #expect(withBOM.split.articles.map(\.text) == TextSplitter.split(Self.code, file: "x").articles.map(\.text))
        let latin1 = try Self.load(Array(Self.code.data(using: .isoLatin1)!))
        #expect(latin1.encoding == .latin1)
        #expect(latin1.split.articles.map(\.text) == TextSplitter.split(Self.code, file: "x").articles.map(\.text))
    }

    @Test func aLargeDamagedTextGivesTheSameSentence() throws {
        var bytes = Array(Self.code.utf8)
        bytes[1_100_000] = 0xFF
        #expect(throws: InputError.self) { try Self.load(bytes) }
        do {
            _ = try Self.load(bytes)
        } catch let error as InputError {
            #expect(error.message.hasPrefix("invalid UTF-8 (byte 0xFF at offset 1100000)"), "\(error.message)")
        }
    }
}
