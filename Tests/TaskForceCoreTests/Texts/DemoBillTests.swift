import Foundation
import Testing
@testable import TaskForceCore

/// The bundled demonstration bill (ARCHITECTURE: Texts) is what a newcomer sees first.
struct DemoBillTests {
    static let texts = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Texts")

    @Test func threeLanguagesWithTheSameArticles() throws {
        let library = try TextLibrary.load(Self.texts)
        let demo = try #require(library.text("demo-travail-du-sexe"))
        #expect(demo.versions.map(\.language).sorted() == ["en", "fr", "nl"])
        #expect(demo.problems.isEmpty)
        let numbers = demo.versions.map { $0.file?.split.articles.map(\.number) ?? [] }
        #expect(Set(numbers).count == 1)
        #expect(numbers[0].count >= 12)
        #expect(numbers[0].contains("5bis"))
    }

    @Test func isLabelledFictionalAndShapedLikeABelgianBill() throws {
        let library = try TextLibrary.load(Self.texts)
        let demo = try #require(library.text("demo-travail-du-sexe"))
        let marker = ["fr": "fictif", "nl": "fictief", "en": "fictional"]
        for version in demo.versions {
            let split = try #require(version.file?.split)
            #expect(split.title.lowercased().contains(marker[version.language]!))
            #expect(split.frontMatterValue("status")?.isEmpty == false)
            #expect(Set(split.articles.compactMap(\.path.last)).count >= 5)
            #expect(split.articles.allSatisfy { $0.heading != nil })
            #expect(split.articles.contains { $0.text.contains("§ 2.") })
            #expect(split.articles.contains { $0.text.contains("1°") })
            #expect(!split.closing.isEmpty)
        }
        #expect(demo.version("fr")?.file?.split.articles.first?.label == "Article 1er")
    }
}
