import Foundation
import Testing

/// Files `parse` must refuse: exit 65 with one sentence that names the file (README: Commands),
/// and never a crash or a hang.
struct BadDataTests {
    @Test func emptyFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write([UInt8](), to: "empty.fr.txt")

        let result = try runTaskforce(["parse", "empty.fr.txt"], in: folder.url)

        expectBadData(result, file: "empty.fr.txt")
        #expect(result.stderr.contains("empty"))
    }

    @Test func binaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pngHeader: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        try folder.write(pngHeader + [UInt8](repeating: 0, count: 4096), to: "picture.fr.txt")

        let result = try runTaskforce(["parse", "picture.fr.txt"], in: folder.url)

        expectBadData(result, file: "picture.fr.txt")
        #expect(result.stderr.contains("binary"))
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Valid UTF-8 (é on line 1), then a lone Latin-1 é (0xE9) on line 3: damage, not Latin-1.
        let bytes = Array("Loi de démonstration\n\nArt. 1er. Le caf".utf8) + [0xE9]
            + Array(" est ouvert.\nArt. 2. Fin.\n".utf8)
        try folder.write(bytes, to: "damaged.fr.txt")

        let result = try runTaskforce(["parse", "damaged.fr.txt"], in: folder.url)

        expectBadData(result, file: "damaged.fr.txt")
        #expect(result.stderr.contains("damaged.fr.txt:3:") || result.stderr.contains("line 3"),
                "the message names line 3: \(result.stderr)")
    }

    @Test func noArticle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Compte rendu de la réunion\n\nNous avons parlé de l'article 5 du projet.\n", to: "minutes.fr.txt")

        let result = try runTaskforce(["parse", "minutes.fr.txt"], in: folder.url)

        expectBadData(result, file: "minutes.fr.txt")
        #expect(result.stderr.contains("no article"))
    }

    @Test func duplicateArticleNumberNamesBothLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // `Art. 5.` on lines 7 and 13; line numbers chosen so that they cannot be confused
        // with the article numbers.
        let lines = [
            "Loi de démonstration", "", "Art. 1er. Objet.", "", "Art. 2. Champ.", "",
            "Art. 5. Sécurité.", "", "Art. 6. Hygiène.", "", "Art. 7. Contrats.", "",
            "Art. 5. Sécurité encore.", "",
        ]
        try folder.write(lines.joined(separator: "\n"), to: "twice.fr.txt")

        let result = try runTaskforce(["parse", "twice.fr.txt"], in: folder.url)

        expectBadData(result, file: "twice.fr.txt")
        let message = result.stderr
        #expect(message.contains(/\b7\b/) && message.contains(/\b13\b/), "both lines named: \(message)")
        // The listing is still printed, so the user sees where the repeat is.
        #expect(result.stdout.contains("Art. 6."))
        #expect(result.stdout.contains("6 articles."))
    }

    @Test func fileOverTheSizeLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write([UInt8](), to: "huge.fr.txt")
        // Sparse: 50 MB on paper, nothing on disk. The size must be refused before reading.
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 50 * 1_048_576)
        try handle.close()

        let result = try runTaskforce(["parse", "huge.fr.txt"], in: folder.url)

        expectBadData(result, file: "huge.fr.txt")
        #expect(result.stderr.contains("32") && result.stderr.contains("MB"),
                "the message gives the 32 MB limit: \(result.stderr)")
    }

    @Test func fifoIsRefusedWithoutHanging() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.url.appendingPathComponent("pipe.fr.txt")
        try #require(mkfifo(fifo.path, 0o600) == 0)

        // Opening a FIFO for reading blocks until a writer comes: nobody will.
        let result = try runTaskforce(["parse", "pipe.fr.txt"], in: folder.url, timeout: 10)

        #expect(!result.timedOut, "taskforce blocked on the FIFO and was killed after 10 s")
        expectBadData(result, file: "pipe.fr.txt")
        #expect(result.stderr.contains("not a regular file"))
    }
}
