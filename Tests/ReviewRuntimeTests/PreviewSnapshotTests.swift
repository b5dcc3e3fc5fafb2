import Foundation
import ReviewRuntime
import AnnotationFixtures
import TaskForceCore
import TaskForceUI
import Testing

/// The digest preview (`D`) is built from the annotations the screen holds, not from a
/// second read of the folder: it must be the same digest, byte for byte, whatever order the
/// screen learnt the annotations in (start-up, saves, arrivals).
struct PreviewSnapshotTests {
    /// The repository's demonstration bill (a text, not annotations: tests never read the
    /// checkout's `Annotations/`).
    static let texts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Texts")
    static let textID: TextID = "demo-travail-du-sexe"

    @Test func thePreviewOfTheScreensAnnotationsIsTheDigestOfTheFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let textsCopy = root.appendingPathComponent("Texts")
        try FileManager.default.createDirectory(at: textsCopy, withIntermediateDirectories: true)
        for language in ["fr", "nl", "en"] {
            let name = "\(Self.textID).\(language).txt"
            try FileManager.default.copyItem(at: Self.texts.appendingPathComponent(name), to: textsCopy.appendingPathComponent(name))
        }
        let library = try TextLibrary.load(textsCopy)
        let split = try #require(library.text(Self.textID)?.version("fr")?.file?.split)
        let store = AnnotationStore(root: root.appendingPathComponent("Annotations"))
        let writer = WriterKeys()
        var saved: [Annotation] = []
        for (n, article) in split.articles.prefix(6).enumerated() {
            let comment = writer.keyed(.comment(text: Self.textID, article: try #require(article.annotationNumber), fingerprint: article.fingerprint,
                                                stance: Stance.allCases[n % 4], tags: [Theme.allCases[n % 10]],
                                                body: "Remarque \(n) sur l'article \(article.number).", language: "fr",
                                                session: n % 2 == 0 ? "BXL-2026-12" : nil, day: "2026-12-04"))
            saved.append(comment)
            saved.append(.endorsement(of: comment, count: n + 2, day: "2026-12-04"))
            if n == 3 { saved.append(writer.signed(.withdrawal(of: comment, day: "2026-12-04"), actingOn: comment.id)) }
        }
        for a in saved { try store.save(a) }

        let loaded = StartupLoad(store: store, catalogue: CurrentView.catalogue(of: library), quarantine: false)
        let disk = FolderDisk(store: store, texts: textsCopy)
        let fromScreen = try #require(disk.digestContent(textID: Self.textID, language: .fr, annotations: loaded.known.all))
        let fromFolder = DigestPreview.Content.build(
            text: try #require(library.text(Self.textID)), annotations: AnnotationLoader.load(store, quarantine: false).annotations,
            sessions: SessionRecords.load(store, quarantine: false).records, language: .fr)
        #expect(fromScreen == fromFolder)
        #expect(fromScreen.markdown.contains { $0.contains("Remarque 0 sur l'article") })
        #expect(!fromScreen.markdown.contains { $0.contains("Remarque 3 sur l'article") })  // withdrawn
        // Learnt in another order (arrivals come in any order): the same digest.
        let reversed = KnownAnnotations(loaded.known.all.reversed())
        #expect(disk.digestContent(textID: Self.textID, language: .fr, annotations: reversed.all) == fromScreen)
    }
}
