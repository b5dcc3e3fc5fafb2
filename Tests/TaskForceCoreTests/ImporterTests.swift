import Foundation
import Testing
@testable import TaskForceCore

@Suite("Importer entry point")
struct ImporterTests {
    @Test func formatIsRecognisedFromContentNotName() {
        #expect(Importer.format(of: Data("<?xml version=\"1.0\"?>\n<akomaNtoso/>".utf8)) == .akomaNtoso)
        #expect(Importer.format(of: Data("<akn:akomaNtoso xmlns:akn=\"x\"/>".utf8)) == .akomaNtoso)
        #expect(Importer.format(of: Data("<!doctype html>\n<html lang=\"en\"><body/></html>".utf8)) == .justel)
        #expect(Importer.format(of: Data("<HTML><BODY>x</BODY></HTML>".utf8)) == .justel)
        #expect(Importer.format(of: Data("<rss/>".utf8)) == .unknownXML(root: "rss"))
        #expect(Importer.format(of: Data("Article 1. Text.".utf8)) == .plainText)
    }

    @Test func plainTextIsPassedThrough() throws {
        let file = try ImportTestFile(contents: Data("---\ntitle: x\n---\nArticle 1. Text.\n".utf8), name: "bill.fr.md")
        defer { file.remove() }
        let text = try Importer.importFile(at: file.url, displayName: "bill.fr.md")
        #expect(text.title == "x")
        #expect(text.units == [.rawLines(["Article 1. Text."])])
        #expect(text.expectedNumbers == ["1"])
    }

    @Test func aMissingFileIsAnIOError() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/law.xml")
        let error = #expect(throws: InputError.self) { try Importer.importFile(at: url) }
        #expect(error?.kind == .io)
        #expect(error?.exitCode == 74)
        #expect(error?.file == url.path)
    }

    @Test func aFolderIsRefusedAsNotARegularFile() {
        let error = #expect(throws: InputError.self) {
            try Importer.importFile(at: FileManager.default.temporaryDirectory, displayName: "tmp")
        }
        #expect(error?.kind == .badData)
        #expect(error?.message == "this is not a regular file")
        #expect(error?.file == "tmp")
    }

    /// A FIFO would block a reader forever; it is refused without being opened.
    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let file = try ImportTestFile(contents: Data(), name: "placeholder.xml")
        defer { file.remove() }
        let fifo = file.url.deletingLastPathComponent().appendingPathComponent("pipe-\(UUID().uuidString).xml")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        defer { unlink(fifo.path) }
        let error = #expect(throws: InputError.self) { try Importer.importFile(at: fifo) }
        #expect(error?.message == "this is not a regular file")
    }

    @Test func aFileOverTheCapIsRefusedBeforeReading() throws {
        // Sparse: 64 MiB + 1 byte on disk costs nothing, and is never read.
        let file = try ImportTestFile(contents: Data(), name: "huge.akn.xml")
        defer { file.remove() }
        let handle = try FileHandle(forWritingTo: file.url)
        try handle.truncate(atOffset: UInt64(Importer.maximumFileSize + 1))
        try handle.close()
        let error = #expect(throws: InputError.self) { try Importer.importFile(at: file.url, displayName: "huge.akn.xml") }
        #expect(error?.kind == .badData)
        #expect(error?.exitCode == 65)
        #expect(error?.message == "the file is 64.1 MB, over the 64 MB limit for files to import")
    }

    @Test func aSmallFileIsImportedThroughTheEntryPoint() throws {
        let xml = "<akomaNtoso><act><body><article><num>Article 1</num><heading>Scope</heading>"
            + "<content><p>Text.</p></content></article></body></act></akomaNtoso>"
        let file = try ImportTestFile(contents: Data(xml.utf8), name: "small.en.akn.xml")
        defer { file.remove() }
        let text = try Importer.importFile(at: file.url)
        #expect(text.units == [.article(label: "Article 1", number: "1", heading: "Scope", body: ["Text."])])
        #expect(text.language == "en")
        #expect(text.metadataValue("source") == "small.en.akn.xml")
    }
}

/// A file in its own temporary folder, removed by `remove()`.
struct ImportTestFile {
    let folder: URL
    let url: URL

    init(contents: Data, name: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("taskforce-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        url = folder.appendingPathComponent(name)
        try contents.write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
