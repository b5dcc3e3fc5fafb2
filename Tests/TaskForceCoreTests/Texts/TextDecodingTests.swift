import Foundation
import Testing
@testable import TaskForceCore

/// The bad inputs of the foundation issue, at the level of the core: each gives one
/// sentence naming the file (and line), never a crash; the ones a careful user would
/// expect to work (Latin-1, UTF-16, CRLF) are read.
struct TextDecodingTests {
    private func decodeError(_ bytes: [UInt8]) -> InputError? {
        do {
            _ = try TextDecoding.decode(bytes, file: "x.fr.txt")
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyFile() {
        let e = decodeError([])
        #expect(e?.kind == .badData)
        #expect(e?.description == "x.fr.txt: the file is empty")
    }

    @Test func blankFile() {
        #expect(decodeError(Array(" \n\r\n\t\n".utf8))?.message == "the file is empty (only blank lines)")
    }

    @Test func binaryFile() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let e = decodeError(png)
        #expect(e?.kind == .badData)
        #expect(e?.message.contains("binary") == true)
    }

    @Test func controlCharactersWithoutNULAreBinaryToo() {
        let bytes = (0..<400).map { UInt8($0 % 8 + 1) } + Array("Art. 1. x".utf8)
        #expect(decodeError(bytes)?.message.contains("binary") == true)
    }

    @Test func brokenUTF8NamesTheLine() {
        var bytes = Array("Préambule\nArt. 1. Un.\nArt. 2. D".utf8)
        bytes.append(0xE9)
        bytes += Array("ux.\n".utf8)
        let e = decodeError(bytes)
        #expect(e?.line == 3)
        #expect(e?.description.hasPrefix("x.fr.txt:3: invalid UTF-8") == true)
    }

    /// A Latin-1 byte, then a three-byte UTF-8 apostrophe: damage, not a Latin-1 file.
    @Test func mixedEncodingsAreRefusedNotGarbled() {
        let bytes = Array("Loi\n\nArt. 1. Le caf".utf8) + [0xE9] + Array(" est ouvert.\nArt. 2. Voir l’article 1.\n".utf8)
        let e = decodeError(bytes)
        #expect(e?.line == 3)
        #expect(e?.message.hasPrefix("invalid UTF-8") == true)
    }

    @Test func latin1IsReadAndFlagged() throws {
        // "Art. 1. Le délégué « doit »" in ISO-8859-1, and a Windows-1252 right quote.
        let bytes: [UInt8] = Array("Art. 1. Le d".utf8) + [0xE9] + Array("l".utf8) + [0xE9] + Array("gu".utf8)
            + [0xE9, 0x20, 0xAB, 0x20] + Array("doit".utf8) + [0x20, 0xBB, 0x20, 0x92]
        let decoded = try TextDecoding.decode(bytes, file: "x.fr.txt")
        #expect(decoded.encoding == .latin1)
        #expect(decoded.text == "Art. 1. Le délégué « doit » ’")
    }

    @Test func utf16WithBOMBothEndians() throws {
        let text = "Art. 1. Réunion à Liège.\nArt. 2. Ghent.\n"
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try TextDecoding.decode(le, file: "x").text == text)
        #expect(try TextDecoding.decode(be, file: "x").text == text)
        #expect(try TextDecoding.decode(le, file: "x").encoding == .utf16)
    }

    @Test func utf16WithAnUnpairedSurrogateIsRefused() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]
        #expect(decodeError(bytes)?.message.contains("UTF-16") == true)
    }

    @Test func bomIsDropped() throws {
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Art. 1.".utf8), file: "x").text == "Art. 1.")
    }
}

/// Reading from disk: the checks that come before decoding.
struct TextFileTests {
    private func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    private func loadError(_ url: URL) -> InputError? {
        do { _ = try TextFile.load(url); return nil } catch { return error }
    }

    @Test func noArticleAtAll() throws {
        let url = try temporaryFile("memo.fr.txt", Array("Une note de service.\nSans article.\n".utf8))
        let e = loadError(url)
        #expect(e?.kind == .badData)
        #expect(e?.message.hasPrefix("no article found") == true)
        #expect(e?.file.hasSuffix("memo.fr.txt") == true)
    }

    @Test func fiftyMegabytesIsRefusedBeforeReading() throws {
        let url = try temporaryFile("huge.fr.txt", [])
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1_048_576)  // sparse: nothing is really written
        try handle.close()
        let e = loadError(url)
        #expect(e?.kind == .badData)
        #expect(e?.message == "the file is 50.0 MB, over the 32 MB limit for texts")
    }

    /// Several megabytes are read into memory advised to take large pages (`FileReading`):
    /// every byte arrives, at its place, whatever the kernel makes of the advice.
    @Test func aLargeFileIsReadWhole() throws {
        let bytes = (0..<(6 * 1_048_576 + 12_345)).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
        let url = try temporaryFile("large.fr.txt", bytes)
        #expect(try FileReading.bytes(of: url, limit: TextFile.sizeLimit, what: "texts") == bytes)
    }

    @Test func aFIFOIsNotReadFrom() throws {
        let dir = try temporaryFile("placeholder", []).deletingLastPathComponent()
        let fifo = dir.appendingPathComponent("pipe.fr.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(loadError(fifo)?.message == "this is not a regular file")
    }

    @Test func missingFileIsAnIOError() {
        let e = loadError(URL(fileURLWithPath: "/nonexistent/x.fr.txt"))
        #expect(e?.kind == .io)
        #expect(e?.exitCode == 74)
    }

    @Test func crlfGivesTheSameArticlesAsLF() throws {
        let lf = "Titre\n\nArt. 1. Un.\nDeux lignes.\n\nArt. 2. Trois.\n"
        let a = try TextFile.load(try temporaryFile("a.fr.txt", Array(lf.utf8))).split
        let b = try TextFile.load(try temporaryFile("b.fr.txt",
                                                    Array(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8))).split
        #expect(a.articles.map(\.text) == b.articles.map(\.text))
        #expect(a.articles.map(\.fingerprint) == b.articles.map(\.fingerprint))
    }
}
